"""The keychain (keyring): one entry per secret, chunked for small keychains; never a plain file."""

from __future__ import annotations

import logging
import os
from typing import Protocol

from .. import APP_NAME
from ..outcomes import KeychainError
from ..redact import secrets as redactor

log = logging.getLogger("launcher.keychain")

# Windows Credential Manager holds 2560 bytes per entry, stored as UTF-16: stay well below 1280 characters.
CHUNK = 1000
CHUNK_MARK = "\x00chunks:"


class Vault(Protocol):
    persistent: bool

    def set(self, service: str, key: str, value: str) -> None: ...
    def get(self, service: str, key: str) -> str | None: ...
    def delete(self, service: str, key: str) -> None: ...


def service_name(provider: str) -> str:
    return f"{APP_NAME}/{provider}"


class MemoryVault:
    """This run only: used when no keychain can be had. Nothing is written anywhere."""

    persistent = False

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}

    def set(self, service: str, key: str, value: str) -> None:
        self._data[(service, key)] = value

    def get(self, service: str, key: str) -> str | None:
        return self._data.get((service, key))

    def delete(self, service: str, key: str) -> None:
        self._data.pop((service, key), None)


def _explain(exc: Exception) -> str:
    import keyring.errors as ke

    if isinstance(exc, ke.NoKeyringError):
        return "No system keychain is available (install and start a Secret Service such as GNOME Keyring or KWallet)."
    if isinstance(exc, ke.KeyringLocked):
        return "The system keychain is locked. Unlock it and try again."
    if isinstance(exc, ke.InitError):
        return "The system keychain could not be opened."
    text = str(exc).lower()
    if "dismissed" in text or "denied" in text or "cancel" in text:
        return "Access to the system keychain was denied."
    if "locked" in text:
        return "The system keychain is locked. Unlock it and try again."
    return f"The system keychain reported an error ({exc.__class__.__name__})."


def _refuses_plain_files(backend: object) -> bool:
    module = type(backend).__module__
    explicit = os.environ.get("PYTHON_KEYRING_BACKEND")
    return module.startswith("keyrings.alt") and not explicit


class KeyringVault:
    persistent = True

    def __init__(self) -> None:
        import keyring
        from keyring.backends import fail

        self._keyring = keyring
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise KeychainError(_explain(keyring.errors.NoKeyringError()))
        if _refuses_plain_files(backend):
            raise KeychainError("Only a plain-file keyring was found; the launcher does not store secrets in "
                                "plain files. Set PYTHON_KEYRING_BACKEND to choose it on purpose.")
        self.backend_name = type(backend).__name__

    def _call(self, fn, *args):  # type: ignore[no-untyped-def]
        import keyring.errors as ke

        try:
            return fn(*args)
        except ke.PasswordDeleteError:
            return None
        except Exception as exc:  # keyring backends raise many kinds (dbus, secretstorage, OS errors)
            log.warning("keychain call failed: %s", exc.__class__.__name__)
            raise KeychainError(_explain(exc)) from None

    def set(self, service: str, key: str, value: str) -> None:
        redactor.add(value)
        old = self._call(self._keyring.get_password, service, key)
        if len(value) <= CHUNK:
            self._call(self._keyring.set_password, service, key, value)
        else:
            parts = [value[i:i + CHUNK] for i in range(0, len(value), CHUNK)]
            for n, part in enumerate(parts):
                self._call(self._keyring.set_password, service, f"{key}#{n}", part)
            self._call(self._keyring.set_password, service, key, f"{CHUNK_MARK}{len(parts)}")
        if old and old.startswith(CHUNK_MARK):  # drop leftover chunks of a longer old value
            start = 0 if len(value) <= CHUNK else -(-len(value) // CHUNK)
            for n in range(start, int(old[len(CHUNK_MARK):])):
                self._call(self._keyring.delete_password, service, f"{key}#{n}")

    def get(self, service: str, key: str) -> str | None:
        value = self._call(self._keyring.get_password, service, key)
        if value and value.startswith(CHUNK_MARK):
            parts = [self._call(self._keyring.get_password, service, f"{key}#{n}")
                     for n in range(int(value[len(CHUNK_MARK):]))]
            if any(p is None for p in parts):
                return None
            value = "".join(parts)  # type: ignore[arg-type]
        redactor.add(value)
        return value

    def delete(self, service: str, key: str) -> None:
        value = self._call(self._keyring.get_password, service, key)
        if value and value.startswith(CHUNK_MARK):
            for n in range(int(value[len(CHUNK_MARK):])):
                self._call(self._keyring.delete_password, service, f"{key}#{n}")
        if value is not None:
            self._call(self._keyring.delete_password, service, key)


def open_vault() -> tuple[Vault, str | None]:
    """The OS keychain, or an in-memory vault for this run with the reason why."""
    try:
        return KeyringVault(), None
    except KeychainError as exc:
        return MemoryVault(), f"{exc.message} Sessions are kept for this run only."
