"""Keychain deletions that could not be done after the account file no longer named the entries (a keychain that
stopped answering during `accounts remove` or a sign-out). Their names (service and key, never a value) wait in
`keychain-pending.json` beside the account file, and are deleted the next time the keychain answers."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

NAME = "keychain-pending.json"
MAX_BYTES = 256 * 1024
MAX_ENTRIES = 2000


def path_for(account_file: Path) -> Path:
    return account_file.parent / NAME


def read(path: Path) -> list[tuple[str, str]]:
    from ..files import read_regular

    try:
        raw = json.loads(read_regular(path, MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return []
    if not isinstance(raw, list):
        return []
    return [(str(e[0]), str(e[1])) for e in raw[:MAX_ENTRIES]
            if isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) and len(x) < 512 for x in e)]


def write(path: Path, entries: list[tuple[str, str]]) -> None:
    """Atomically, readable by this user only; the file is removed when nothing waits."""
    if not entries:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    from ..files import replace_private

    replace_private(path, json.dumps([list(e) for e in entries[:MAX_ENTRIES]]).encode())


def add(path: Path, entries: list[tuple[str, str]]) -> None:
    known = read(path)
    write(path, known + [e for e in entries if e not in known])
