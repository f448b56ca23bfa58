"""The keychain (keyring): one entry per secret, chunked for small keychains; never a plain file.

How a value is kept (format 1):
- the main entry `key` holds `v1:` + the value when it fits in one entry, or a header
  `v1chunks:<count>:<sha256-prefix>` when it does not; the chunks then sit in `key#0` .. `key#<count-1>`.
  Every value is written behind its `v1:` tag, so no value (a server's token included) can be read back as a
  header, and the header's checksum refuses chunks that belong to another write.
- entries are sized by their UTF-16 encoding (Windows Credential Manager: 2560 bytes per entry), never by
  characters, so 1,000 emoji are chunked like 4,000 ASCII characters.
- each write is read back; a write that did not stick leaves nothing of the new or the old value behind and
  raises KeychainError.
Entries written by older launchers (a raw value, or the `\\x00chunks:N` marker) are still read.

Every keychain call runs on a worker thread of its own and is waited for `LAUNCHER_KEYCHAIN_DEADLINE` seconds
(default 15): a Secret Service that never answers (a frozen daemon, a locked wallet whose prompt never shows)
blocks for ever otherwise. Past the deadline the keychain counts as unavailable for the rest of the run (every
later call fails at once). A keychain that is locked and shows its unlock prompt is waited for longer
(`LAUNCHER_KEYCHAIN_UNLOCK_WAIT`, default 300 s): a person is typing a password."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any, Protocol

from ..identity import keychain_service
from ..outcomes import KeychainError
from ..redact import secrets as redactor
from ..translatable import QT_TRANSLATE_NOOP

LOCKED = QT_TRANSLATE_NOOP("Keychain", "The system keychain is locked. Unlock it and try again.")
_ITEM_MISSING = re.compile(r"NotFound|NoSuch", re.IGNORECASE)
log = logging.getLogger("launcher.keychain")

ENTRY_BYTES = 2560  # Windows Credential Manager's limit per entry, in UTF-16 bytes
CHUNK_BYTES = 2000  # what one entry may hold here, in UTF-16-LE bytes: room below the limit
CHUNK = CHUNK_BYTES // 2  # in UTF-16 code units (= characters for ASCII tokens)
MAX_VALUE_BYTES = 64 * 1024  # UTF-16 bytes of one secret (32 chunks); real tokens are a few KB at most
MAX_CHUNKS = -(-MAX_VALUE_BYTES // CHUNK_BYTES) + 1
INLINE = "v1:"
HEADER = "v1chunks:"
LEGACY_CHUNK_MARK = "\x00chunks:"
_HEADER = re.compile(r"v1chunks:([0-9]{1,3}):([0-9a-f]{16})")
_LEGACY = re.compile(r"\x00chunks:([0-9]{1,3})")


class Vault(Protocol):
    persistent: bool

    def set(self, service: str, key: str, value: str) -> None: ...
    def get(self, service: str, key: str) -> str | None: ...
    def delete(self, service: str, key: str) -> None: ...


class KeychainUnchanged(KeychainError):
    """A write that failed before anything was written: the keychain holds what it held before."""


def service_name(provider: str) -> str:
    """`<app id>/<provider>`: each game's sessions in a keychain namespace of their own."""
    return keychain_service(provider)


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


def _explain(exc: BaseException) -> str:
    import keyring.errors as ke

    if isinstance(exc, ke.NoKeyringError):
        return QT_TRANSLATE_NOOP("Keychain", "No system keychain is available (install and start a Secret Service "
                                             "such as GNOME Keyring or KWallet).")
    if isinstance(exc, ke.KeyringLocked):
        return LOCKED
    if isinstance(exc, ke.InitError):
        return QT_TRANSLATE_NOOP("Keychain", "The system keychain could not be opened.")
    text = str(exc).lower()
    if "dismissed" in text or "denied" in text or "cancel" in text:
        return QT_TRANSLATE_NOOP("Keychain", "Access to the system keychain was denied.")
    if "locked" in text:
        return LOCKED
    return f"The system keychain reported an error ({exc.__class__.__name__})."


DEADLINE_S = 15.0
UNLOCK_WAIT_S = 300.0


def _seconds(name: str, default: float) -> float:
    from ..reply import clamp_seconds

    value = clamp_seconds(os.environ.get(name), high=3600.0, low=0.05)
    return value if value is not None and value > 0 else default


def deadline_s() -> float:
    return _seconds("LAUNCHER_KEYCHAIN_DEADLINE", DEADLINE_S)


class Unresponsive:
    """Set once a keychain call outlived its deadline: the keychain is not asked again in this run (its daemon is
    stuck; each new call would wait the whole deadline again, and its worker thread for ever)."""

    reason: str | None = None


def _secret_service_locked(backend: object) -> bool:
    """Whether the Secret Service collection the backend uses is locked, i.e. whether the coming call will show
    an unlock prompt a person answers (waited for longer). Asked over D-Bus without prompting."""
    if type(backend).__module__ != "keyring.backends.SecretService":
        return False
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        preferred = getattr(backend, "preferred_collection", None)
        collection = (secretstorage.Collection(bus, preferred) if preferred
                      else secretstorage.get_default_collection(bus))
        return bool(collection.is_locked())
    finally:
        with contextlib.suppress(Exception):
            bus.close()


def bounded(fn: Callable[..., Any], *args: Any, backend: object = None, what: str = "call") -> Any:
    """fn(*args) on a daemon thread of its own, waited for the keychain deadline (longer while an unlock prompt
    is up); KeychainError when it does not answer. A thread that never returns is abandoned, not joined."""
    if Unresponsive.reason is not None:
        raise KeychainError(Unresponsive.reason)
    outcome: dict[str, Any] = {}
    done = threading.Event()
    prompting = threading.Event()

    def work() -> None:
        try:
            if backend is not None and _secret_service_locked(backend):
                prompting.set()
            outcome["value"] = fn(*args)
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name=f"keychain-{what}", daemon=True).start()
    limit = deadline_s()
    if not done.wait(limit) and not (prompting.is_set() and done.wait(_seconds("LAUNCHER_KEYCHAIN_UNLOCK_WAIT",
                                                                               UNLOCK_WAIT_S))):
        waited = "for the unlock prompt to be answered" if prompting.is_set() else f"{limit:g} seconds"
        Unresponsive.reason = (f"The system keychain did not answer (waited {waited}); it may be stuck, or "
                               "waiting for an unlock prompt that is not shown. Sessions are not kept in this run; "
                               "restart the keychain (or log out and in) and try again.")
        log.warning("keychain %s did not answer within the deadline: treated as unavailable for this run", what)
        raise KeychainError(Unresponsive.reason)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _refuses_plain_files(backend: object) -> bool:
    module = type(backend).__module__
    explicit = os.environ.get("PYTHON_KEYRING_BACKEND")
    return module.startswith("keyrings.alt") and not explicit


def utf16_size(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass"))


def split_utf16(value: str, limit: int = CHUNK_BYTES) -> list[str]:
    """Pieces of `value` whose UTF-16 encodings hold at most `limit` bytes each; never splits a character."""
    pieces: list[str] = []
    start, size = 0, 0
    for n, ch in enumerate(value):
        width = 4 if ord(ch) > 0xFFFF else 2
        if size + width > limit:
            pieces.append(value[start:n])
            start, size = n, 0
        size += width
    pieces.append(value[start:])
    return pieces


def checksum(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_header(stored: str) -> tuple[int, str] | None:
    """(count, checksum) of a format-1 chunk header, or None when `stored` is not a well-formed one."""
    match = _HEADER.fullmatch(stored)
    if match is None or not 1 <= int(match[1]) <= MAX_CHUNKS:
        return None
    return int(match[1]), match[2]


def legacy_count(stored: str) -> int | None:
    """The chunk count of an older launcher's marker (`\\x00chunks:N`), or None."""
    match = _LEGACY.fullmatch(stored)
    return int(match[1]) if match is not None and 1 <= int(match[1]) <= MAX_CHUNKS else None


class KeyringVault:
    persistent = True

    def __init__(self) -> None:
        try:
            import keyring
            from keyring.backends import fail

            backend = bounded(keyring.get_keyring, what="open")
        except KeychainError:
            raise
        except Exception as exc:  # a configured backend whose import or constructor raises (any kind)
            log.warning("keychain backend failed to load: %s", exc.__class__.__name__)
            raise KeychainError(f"The system keychain could not be loaded ({exc.__class__.__name__}).") from None
        self._keyring = keyring
        self._backend = backend
        if isinstance(backend, fail.Keyring):
            raise KeychainError(_explain(keyring.errors.NoKeyringError()))
        if _refuses_plain_files(backend):
            raise KeychainError("Only a plain-file keyring was found; the launcher does not store secrets in "
                                "plain files. Set PYTHON_KEYRING_BACKEND to choose it on purpose.")

    def _call(self, fn: Callable[..., Any], *args: str) -> Any:
        import keyring.errors as ke

        try:
            return bounded(fn, *args, backend=self._backend, what=getattr(fn, "__name__", "call"))
        except ke.PasswordDeleteError:
            return None
        except KeychainError:
            raise
        except Exception as exc:  # keyring backends raise many kinds (dbus, secretstorage, OS errors)
            if fn is self._keyring.get_password and _ITEM_MISSING.search(exc.__class__.__name__):
                return None  # a backend that says "no such item" by raising (ItemNotFoundException): no entry
            log.warning("keychain call failed: %s", exc.__class__.__name__)
            raise KeychainError(_explain(exc)) from None

    def _get_raw(self, service: str, key: str) -> str | None:
        value = self._call(self._keyring.get_password, service, key)
        return value if isinstance(value, str) else None

    def set(self, service: str, key: str, value: str) -> None:
        redactor.add(value)
        size = utf16_size(value)
        if size > MAX_VALUE_BYTES:
            raise KeychainError(f"A session token is too large for the system keychain ({size // 1024} KB; the "
                                f"launcher keeps at most {MAX_VALUE_BYTES // 1024} KB per token).")
        try:
            old = self._get_raw(service, key)
        except KeychainError as exc:  # nothing written yet
            raise KeychainUnchanged(exc.message) from None
        if utf16_size(INLINE + value) <= CHUNK_BYTES:
            pieces: list[str] = []
            main = INLINE + value
        else:
            pieces = split_utf16(value)
            main = f"{HEADER}{len(pieces)}:{checksum(value)}"
        wrote = False
        try:
            for n, piece in enumerate(pieces):
                self._call(self._keyring.set_password, service, f"{key}#{n}", piece)
                wrote = True
            self._call(self._keyring.set_password, service, key, main)
            wrote = True
            if self.get(service, key) != value:
                log.warning("keychain write did not read back")
                raise KeychainError("The system keychain did not keep the session (it read back differently).")
        except KeychainError as exc:
            if not wrote:  # nothing was written (a locked keychain): what it held stays, usable
                raise KeychainUnchanged(exc.message) from None
            self._scrub(service, key, max(len(pieces), self._old_count(old)))
            raise
        self._drop_chunks(service, key, start=len(pieces), count=self._old_count(old))

    @staticmethod
    def _old_count(old: str | None) -> int:
        """How many chunks the stored value `old` points to (0 for an inline value or none)."""
        header = parse_header(old) if old else None
        return header[0] if header else legacy_count(old or "") or 0

    def _drop_chunks(self, service: str, key: str, *, start: int, count: int) -> None:
        for n in range(start, count):
            self._call(self._keyring.delete_password, service, f"{key}#{n}")

    def _scrub(self, service: str, key: str, count: int) -> None:
        """After a failed write: nothing of the new value and nothing older may be read back. Best effort (the
        keychain is failing); the account file marks the account signed out as well."""
        for name in (key, *(f"{key}#{n}" for n in range(count))):
            with contextlib.suppress(KeychainError):
                self._call(self._keyring.delete_password, service, name)

    def get(self, service: str, key: str) -> str | None:
        stored = self._get_raw(service, key)
        if stored is None:
            return None
        value: str | None
        if stored.startswith(INLINE):
            value = stored[len(INLINE):]
        elif (header := parse_header(stored)) is not None:
            parts = [self._get_raw(service, f"{key}#{n}") for n in range(header[0])]
            joined = "".join(p for p in parts if p is not None)
            value = joined if None not in parts and checksum(joined) == header[1] else None
        elif (count := legacy_count(stored)) is not None:
            parts = [self._get_raw(service, f"{key}#{n}") for n in range(count)]
            value = "".join(p for p in parts if p is not None) if None not in parts else None
        elif stored.startswith((HEADER, LEGACY_CHUNK_MARK)):
            value = None  # a damaged header: never hand it out as a token
        else:
            value = stored  # a value written by an older launcher
        if value is not None:
            redactor.add(value)
        return value

    def delete(self, service: str, key: str) -> None:
        stored = self._get_raw(service, key)
        if stored is None:
            return
        self._call(self._keyring.delete_password, service, key)  # the header first: no half value stays readable
        self._drop_chunks(service, key, start=0, count=self._old_count(stored))


def open_vault() -> tuple[Vault, str | None]:
    """The OS keychain, or an in-memory vault for this run with the reason why."""
    try:
        return KeyringVault(), None
    except KeychainError as exc:
        return MemoryVault(), QT_TRANSLATE_NOOP("Keychain", "{problem} Sessions are kept for this run only.").fill(
            problem=exc.message)
