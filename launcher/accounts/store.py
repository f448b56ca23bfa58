"""Account metadata on disk: versioned JSON, atomic writes, a cross-process lock, recovery from corruption.

No secret is ever written here: tokens live in the keychain (see secrets.py)."""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from .. import file_lock

VERSION = 1

STATUS_TEXT = {"signed_in": "signed in", "signed_out": "signed out", "offline": "offline",
               "expired": "session expired: sign in again", "gone": "banned or deleted"}


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
    status: str = "signed_in"
    status_message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    token_names: list[str] = field(default_factory=list)
    is_default: bool = False

    def __post_init__(self) -> None:
        self.label = self.label or self.display_name

    def status_text(self) -> str:
        return STATUS_TEXT.get(self.status, self.status)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("token_names")
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Account:
        names = {f for f in cls.__dataclass_fields__}
        clean = {k: v for k, v in d.items() if k in names and k != "is_default"}
        for key in ("id", "provider", "player_id", "display_name"):
            if not isinstance(clean.get(key), str) or not clean[key]:
                raise ValueError(f"account entry without {key}")
        return cls(**clean)


@dataclass
class StoreData:
    accounts: list[Account] = field(default_factory=list)
    default: str | None = None

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)


class StoreError(Exception):
    pass


class AccountStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.backup_path = path.with_name(path.name + ".bak")
        self.warnings: list[str] = []

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.lock_path, "a+b")
        except OSError:
            fh = None
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
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("accounts"), list):
            raise ValueError("not an account list")
        if isinstance(doc.get("version"), int) and doc["version"] > VERSION:
            raise StoreError(f"{source} was written by a newer launcher (format {doc['version']}); "
                             "update the launcher to use these accounts.")
        data, problems = StoreData(default=doc.get("default") if isinstance(doc.get("default"), str) else None), []
        for n, entry in enumerate(doc["accounts"]):
            try:
                data.accounts.append(Account.from_json(entry))
            except (TypeError, ValueError) as exc:
                problems.append(f"entry {n + 1} ({exc})")
        return data, problems

    def _set_aside(self, reason: str) -> Path:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            os.replace(self.path, aside)
        self.warnings.append(f"The saved accounts file was damaged ({reason}); it was moved to {aside}.")
        return aside

    def _read_unlocked(self) -> StoreData:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self._recover_missing()
        except OSError as exc:
            raise StoreError(f"Cannot read the saved accounts ({self.path}): {exc.strerror}.") from exc
        try:
            data, problems = self._parse(raw, self.path)
        except StoreError:
            raise
        except (ValueError, UnicodeDecodeError) as exc:
            aside = self._set_aside(exc.__class__.__name__)
            try:
                data, _ = self._parse(self.backup_path.read_bytes(), self.backup_path)
                self.warnings.append(f"Recovered {len(data.accounts)} account(s) from the last good copy.")
                self._write_unlocked(data, backup=False)
            except (OSError, ValueError, UnicodeDecodeError):
                self.warnings.append(f"No good copy to recover from; the damaged file is kept at {aside}.")
                data = StoreData()
            return data
        if problems:
            self.warnings.append(f"Skipped unreadable saved account(s): {'; '.join(problems)}. "
                                 f"The file was kept at {self.backup_path.name}.")
        return data

    def _recover_missing(self) -> StoreData:
        """The file vanished (deleted while the launcher ran, or by a cleaner): bring back the last good copy
        rather than start over and overwrite it with a near-empty list."""
        try:
            data, _ = self._parse(self.backup_path.read_bytes(), self.backup_path)
        except (OSError, ValueError, UnicodeDecodeError, StoreError):
            return StoreData()
        if data.accounts:
            self.warnings.append(f"The saved accounts file was missing; recovered {len(data.accounts)} account(s) "
                                 "from the last good copy.")
            self._write_unlocked(data, backup=False)
        return data

    def _write_unlocked(self, data: StoreData, *, backup: bool = True) -> None:
        doc = {"version": VERSION, "default": data.default,
               "accounts": [{k: v for k, v in asdict(a).items() if k != "is_default"} for a in data.accounts]}
        payload = json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            if backup and self.path.exists():
                with contextlib.suppress(OSError):
                    _atomic_copy(self.path, self.backup_path)
            with open(tmp, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StoreError(f"Cannot save accounts to {self.path}: {exc.strerror or exc}. "
                             "Your accounts were not changed on disk.") from exc

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


def _atomic_copy(src: Path, dst: Path) -> None:
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
    with open(src, "rb") as r, open(tmp, "wb") as w:
        w.write(r.read())
        w.flush()
        os.fsync(w.fileno())
    os.replace(tmp, dst)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
