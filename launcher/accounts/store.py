"""Account metadata on disk: versioned JSON, atomic writes, a cross-process lock, recovery from corruption.

No secret is ever written here: tokens live in the keychain (see secrets.py). The folder is 0700 and every file of
the store 0600 (see files.py); a write that fails raises OwnFilesError (exit 9) and leaves the file as it was."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import file_lock
from ..files import (
    NotARegularFile,
    TooLarge,
    open_own,
    private_dir,
    read_regular,
    replace_private,
    tighten,
    why,
)
from ..models import AccountStatus, parse_time
from ..outcomes import OwnFilesError
from ..paths import data_dir
from ..reply import loads_bounded

VERSION = 1
MAX_FILE_BYTES = 16 * 1024 * 1024  # thousands of accounts fit in 1 MB
MAX_TEXT = 4096  # any one text field
TOKEN_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")

STATUS_TEXT = {AccountStatus.SIGNED_IN: "signed in", AccountStatus.SIGNED_OUT: "signed out",
               AccountStatus.OFFLINE: "offline", AccountStatus.EXPIRED: "session expired: sign in again",
               AccountStatus.GONE: "banned or deleted"}


def accounts_file() -> Path:
    """Where the saved accounts are kept (one file for every game of this launcher home)."""
    return data_dir() / "accounts.json"


@dataclass
class Account:
    id: str
    provider: str
    player_id: str
    display_name: str
    label: str = ""
    avatar_url: str | None = None
    last_used: str | None = None
    expires: dict[str, str] = field(default_factory=dict)
    status: AccountStatus = AccountStatus.SIGNED_IN
    status_message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    token_names: list[str] = field(default_factory=list)
    is_default: bool = False

    def __post_init__(self) -> None:
        self.label = self.label or self.display_name
        self.status = AccountStatus.parse(self.status)  # an unknown word in the file reads as signed out

    def status_text(self) -> str:
        return STATUS_TEXT[self.status]

    @property
    def name(self) -> str:
        """What a player reads for this account (launcher.account_labels: a name given, the display name, the
        typed e-mail, else the shortened player id; never a masked id)."""
        from ..account_labels import account_name

        return account_name(self.label, self.display_name, self.player_id)

    @property
    def last_played(self) -> datetime | None:
        """When its game was last started from this launcher (None: never, or an unreadable stamp)."""
        return parse_time(self.data.get("last_played"))

    @property
    def environment(self) -> str:
        """The manifest environment the account was made in ("" for a manifest without environments)."""
        return str(self.data.get("environment") or "")

    def belongs_to(self, environment: str) -> bool:
        """Shown to a player of `environment`: an account of it, or of none."""
        return self.environment in ("", environment)

    def plain(self) -> dict[str, Any]:
        """The entry as the file keeps it (a shallow copy: dataclasses.asdict deep-copies, ~15 ms for 50 accounts)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "is_default"}

    def copy(self) -> Account:
        """An independent copy (its maps and list too), without validating it again."""
        twin = object.__new__(Account)
        twin.__dict__.update(self.__dict__)
        twin.expires, twin.data, twin.token_names = dict(self.expires), dict(self.data), list(self.token_names)
        return twin

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("token_names")
        return d

    @classmethod
    def from_json(cls, d: Any) -> Account:
        """An entry of the file, every field checked for type and size; ValueError naming the first bad one."""
        if not isinstance(d, dict):
            raise ValueError(f"an entry is a {type(d).__name__}, not an object")
        names = set(cls.__dataclass_fields__)
        clean = {k: v for k, v in d.items() if k in names and k != "is_default"}
        for key in ("id", "provider", "player_id", "display_name"):
            if not isinstance(clean.get(key), str) or not clean[key]:
                raise ValueError(f"account entry without {key}")
        for key in ("id", "provider", "player_id", "display_name", "label", "status", "status_message"):
            if key in clean and (not isinstance(clean[key], str) or len(clean[key]) > MAX_TEXT):
                raise ValueError(f"{key} is not a text")
        for key in ("avatar_url", "last_used"):
            if clean.get(key) is not None and (not isinstance(clean[key], str) or len(clean[key]) > MAX_TEXT):
                raise ValueError(f"{key} is not a text")
        expires = clean.get("expires", {})
        if not isinstance(expires, dict) or not all(isinstance(k, str) and isinstance(v, str) and len(v) < 64
                                                    for k, v in expires.items()):
            raise ValueError("expires is not a map of times")
        data = clean.get("data", {})
        if not isinstance(data, dict) or not all(
                isinstance(k, str) and (isinstance(v, (str, bool, int, float)) or v is None)
                and (not isinstance(v, str) or len(v) <= MAX_TEXT) for k, v in data.items()):
            raise ValueError("data holds something other than plain values")
        tokens = clean.get("token_names", [])
        if not isinstance(tokens, list) or not all(isinstance(t, str) and TOKEN_NAME.match(t) for t in tokens):
            raise ValueError("token_names is not a list of names")
        return cls(**clean)


@dataclass
class StoreData:
    accounts: list[Account] = field(default_factory=list)
    default: str | None = None

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def copy(self) -> StoreData:
        return StoreData([a.copy() for a in self.accounts], self.default)


class StoreError(Exception):
    pass


class AccountStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.backup_path = path.with_name(path.name + ".bak")
        self.warnings: list[str] = []
        # The last file read whole and clean, by its exact bytes: reading the same bytes again (the re-read of every
        # account under its refresh lock) copies that result instead of parsing and validating every entry again.
        self._clean: tuple[bytes, StoreData] | None = None
        self._tightened = False

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            private_dir(self.path.parent)
            fh = open(self.lock_path, "a+b", opener=open_own)  # noqa: SIM115 - held for the lock's life, closed below
        except OSError:
            fh = None
        if not self._tightened:  # files an older launcher left readable by others
            self._tightened = True
            for path in (self.path, self.backup_path):
                tighten(path)
        if fh is None:
            # A read-only file system or folder: nobody can change the file, so reading needs no lock, and a
            # write fails in _write_unlocked with a message that says so.
            yield
            return
        with fh:
            file_lock.lock(fh)
            try:
                yield
            finally:
                file_lock.unlock(fh)

    def _parse(self, raw: bytes, source: Path) -> tuple[StoreData, list[str]]:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("file too large")
        doc = loads_bounded(raw.decode("utf-8"))  # depth-bounded: a deeply nested file is damaged, not a crash
        if not isinstance(doc, dict) or not isinstance(doc.get("accounts"), list):
            raise ValueError("not an account list")
        version = doc.get("version", VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError("version is not a number")
        if version > VERSION:
            raise StoreError(f"{source} was written by a newer launcher (format {version}); "
                             "update the launcher to use these accounts.")
        default = doc.get("default")
        if default is not None and not isinstance(default, str):
            raise ValueError("default is not an account id")
        data, problems = StoreData(default=default), []
        for n, entry in enumerate(doc["accounts"]):
            try:
                account = Account.from_json(entry)
            except (TypeError, ValueError) as exc:
                problems.append(f"entry {n + 1}: {exc}")
                continue
            if data.get(account.id) is not None:
                problems.append(f"entry {n + 1}: a second copy of {account.id}")
                continue
            data.accounts.append(account)
        return data, problems

    def _aside_name(self) -> Path:
        return self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")

    def _set_aside(self, reason: str) -> Path:
        aside = self._aside_name()
        with contextlib.suppress(OSError):
            os.replace(self.path, aside)
        self.warnings.append(f"The saved accounts file was damaged ({reason}); it was moved to {aside}.")
        return aside

    def _read_unlocked(self) -> StoreData:
        try:
            raw = read_regular(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return self._recover_missing()
        except (NotARegularFile, TooLarge) as exc:  # a FIFO, a link to a device, a huge file: set aside too
            return self._recover_damaged("not a regular file" if isinstance(exc, NotARegularFile) else
                                         "file too large")
        except OSError as exc:
            raise StoreError(f"Cannot read the saved accounts ({self.path}): {exc.strerror}.") from exc
        if self._clean is not None and self._clean[0] == raw:
            return self._clean[1].copy()
        try:
            data, problems = self._parse(raw, self.path)
        except StoreError:
            raise
        except (ValueError, UnicodeDecodeError) as exc:
            return self._recover_damaged(str(exc)[:80] if isinstance(exc, ValueError) else exc.__class__.__name__)
        if problems:
            # Keep what could be read, and the whole file as it was next to it: nothing is silently dropped.
            aside = self._aside_name()
            try:
                _copy(self.path, aside)
                self._write_unlocked(data, backup=False)
                kept = f"the file as it was is kept at {aside}"
            except (OSError, OwnFilesError):
                kept = "the file could not be copied aside"
            self.warnings.append(f"Skipped {len(problems)} damaged saved account(s) ({'; '.join(problems)[:300]}); "
                                 f"{kept}.")
        else:
            self._clean = (raw, data.copy())
        return data

    def _recover_damaged(self, reason: str) -> StoreData:
        aside = self._set_aside(reason)
        try:
            data, _ = self._parse(read_regular(self.backup_path, MAX_FILE_BYTES), self.backup_path)
        except (OSError, ValueError, UnicodeDecodeError, StoreError):
            self.warnings.append(f"No good copy to recover from; the damaged file is kept at {aside}.")
            return StoreData()
        self.warnings.append(f"Recovered {len(data.accounts)} account(s) from the last good copy.")
        try:
            self._write_unlocked(data, backup=False)
        except OwnFilesError as exc:
            self.warnings.append(exc.message)  # the recovered accounts still serve this run
        return data

    def _recover_missing(self) -> StoreData:
        """The file vanished (deleted while the launcher ran, or by a cleaner): bring back the last good copy
        rather than start over and overwrite it with a near-empty list."""
        try:
            data, _ = self._parse(read_regular(self.backup_path, MAX_FILE_BYTES), self.backup_path)
        except (OSError, ValueError, UnicodeDecodeError, StoreError):
            return StoreData()
        if data.accounts:
            self.warnings.append(f"The saved accounts file was missing; recovered {len(data.accounts)} account(s) "
                                 "from the last good copy.")
            try:
                self._write_unlocked(data, backup=False)
            except OwnFilesError as exc:
                self.warnings.append(exc.message)
        return data

    def _write_unlocked(self, data: StoreData, *, backup: bool = True) -> None:
        doc = {"version": VERSION, "default": data.default,
               "accounts": [a.plain() for a in data.accounts]}
        payload = json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")
        try:
            if backup:
                with contextlib.suppress(OSError):  # no copy (none to make, a full disk): the write decides
                    _copy(self.path, self.backup_path)
            # The store's own `open`, looked up at each call: tests stand in a read-only file system through it.
            replace_private(self.path, payload, open_file=open)
        except OSError as exc:
            raise OwnFilesError(f"Cannot save accounts to {self.path}: {why(exc)}. "
                                "Your accounts were not changed on disk.") from exc

    def peek(self) -> StoreData | None:
        """The file as it is, without the lock and without repairing anything: None when it is missing,
        damaged in any way or written by a newer launcher (`read` then deals with it and says so)."""
        try:
            data, problems = self._parse(read_regular(self.path, MAX_FILE_BYTES), self.path)
        except (OSError, ValueError, UnicodeDecodeError, StoreError, RecursionError):
            return None
        if problems:
            return None
        for a in data.accounts:
            a.is_default = a.id == data.default
        return data

    def read(self) -> StoreData:
        with self._locked():
            data = self._read_unlocked()
        for a in data.accounts:
            a.is_default = a.id == data.default
        return data

    def update(self, change: Callable[[StoreData], Any]) -> Any:
        """Read-modify-write under the cross-process lock, so two launchers never lose each other's change."""
        with self._locked():
            data = self._read_unlocked()
            result = change(data)
            if data.default and data.get(data.default) is None:
                data.default = data.accounts[0].id if data.accounts else None
            self._write_unlocked(data)
        return result


def _copy(src: Path, dst: Path) -> None:
    """`src` as a new private file at `dst`, replaced atomically (FileNotFoundError when `src` is missing)."""
    replace_private(dst, read_regular(src, MAX_FILE_BYTES), open_file=open)
