"""A studio's signing keys: one Ed25519 key per TUF role, each a PEM file readable by its owner only (0600), in a
folder of their own (0700) that is never inside the repository.

What each key is for (the README tells a studio how to keep them): `root` signs which keys are trusted (needed to
create the repository and to rotate a key: keep it offline); `targets` signs what a build holds and `snapshot`
the repository's state (needed to publish); `timestamp` signs that the state is current (needed every few days,
so it may live on the machine that re-signs it)."""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import private_dir
from ..outcomes import UsageError

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner, SSlibKey

ROLES = ("root", "targets", "snapshot", "timestamp")
MAX_KEY_BYTES = 16 * 1024


def key_path(keys: Path, role: str) -> Path:
    return keys / f"{role}.pem"


def generate(keys: Path, role: str, *, seed: bytes | None = None, path: Path | None = None) -> CryptoSigner:
    """A new key for `role`, written to `keys/<role>.pem` (0600, never over an existing file). `seed`: 32 bytes
    that make the key reproducible (the demo repository's, whose root ships with the launcher)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(seed) if seed else Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    private_dir(keys)
    path = path or key_path(keys, role)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; keys are never overwritten.") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    return signer_for(private)


def signer_for(private: object) -> CryptoSigner:
    from securesystemslib.signer import CryptoSigner, SSlibKey

    public = SSlibKey.from_crypto(private.public_key())  # type: ignore[attr-defined]
    return CryptoSigner(private, public)  # type: ignore[arg-type]


def load(keys: Path, role: str) -> CryptoSigner:
    """The signer of `role` from `keys`; a usage error (exit 2) naming the file when it is missing or unusable,
    or readable by other users."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path(keys, role)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise UsageError(f"The {role} key is not in {keys} ({path.name} is missing).") from None
    except OSError as exc:
        raise UsageError(f"The {role} key {path} cannot be read ({exc.strerror or exc}).") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"The {role} key {path} is not a regular file.")
        if os.name == "posix" and info.st_mode & 0o077:
            raise UsageError(f"The {role} key {path} is readable by other users; run chmod 600 on it.")
        data = fh.read(MAX_KEY_BYTES + 1)
    try:
        private = serialization.load_pem_private_key(data, password=None) if len(data) <= MAX_KEY_BYTES else None
    except (ValueError, TypeError):
        private = None
    if not isinstance(private, Ed25519PrivateKey):
        raise UsageError(f"The {role} key {path} is not an unencrypted Ed25519 private key in PEM.")
    return signer_for(private)


def public(signer: CryptoSigner) -> SSlibKey:
    return signer.public_key


def retire(keys: Path, role: str) -> Path:
    """Move `role`'s key aside (kept: the studio decides when to destroy it)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    old = key_path(keys, role)
    new = keys / f"{role}.pem.retired-{stamp}"
    with contextlib.suppress(FileNotFoundError):
        os.replace(old, new)
    return new
