"""A downloaded launcher version, checked before it is run.

The updates folder is outside input at start-up: the record and file list must be the delivery code's own (the
list hashing to what the record holds), the folder must hold exactly the files, links and folders the list names
(nothing added: a planted library would be loaded), none of the folders on the way may be a link, and the
program must be a regular executable file. A version that never started yet is also hashed file by file."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .local import SLOTS

PRIVATE = ".launcher"  # the delivery code's own folder in an install folder (delivery.writer.PRIVATE)
BUILDS = "builds"


@dataclass(frozen=True)
class Candidate:
    slot: Path
    version: str
    folder: Path  # slot/builds/<version>: the bundle's folder
    executable: Path


class Refused(Exception):
    """Why a slot is not run (for the log and the tests)."""


def _real_dir(path: Path) -> None:
    try:
        info = path.lstat()
    except OSError:
        raise Refused(f"{path} is missing") from None
    if not stat.S_ISDIR(info.st_mode):
        raise Refused(f"{path} is not a folder (a link?)")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise Refused(f"{path} belongs to another user")


def _real_file(path: Path) -> None:
    try:
        info = path.lstat()
    except OSError:
        raise Refused(f"{path} is missing") from None
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"{path} is not a regular file")


def inspect(updates: Path, slot_name: str, executable_path: str, *, hashes: bool) -> Candidate:
    """The version in `updates/slot_name`, ready to run; Refused saying why not."""
    from ..delivery import record
    from ..delivery.errors import DeliveryError

    if slot_name not in SLOTS:
        raise Refused(f"unknown slot {slot_name!r}")
    slot = updates / slot_name
    for folder in (updates, slot, slot / PRIVATE, slot / BUILDS):
        _real_dir(folder)
    _real_file(slot / PRIVATE / record.RECORD)
    found = record.read(slot)
    if found is None:
        raise Refused(f"{slot} holds no complete version")
    _real_file(record.list_path(slot, found.version))
    try:
        build = record.read_build(slot, found)
    except DeliveryError as exc:
        raise Refused(exc.message) from None
    folder = found.folder(slot)
    if folder.parent != slot / BUILDS or folder.name != found.version:
        raise Refused(f"the record of {slot} names another folder")
    _real_dir(folder)
    program = next((e for e in build.files if e.path == executable_path), None)
    if program is None or program.link is not None or (os.name == "posix" and not program.executable):
        raise Refused(f"version {found.version} has no program {executable_path!r}")
    expected: dict[str, tuple[str, int, str | None, bool, str]] = {}
    for entry in build.files:
        expected[entry.path] = ("link" if entry.link is not None else "file", entry.size, entry.link,
                                entry.executable, entry.sha256)
        parts = entry.path.split("/")
        for n in range(1, len(parts)):
            expected.setdefault("/".join(parts[:n]), ("dir", 0, None, False, ""))
    seen = _walk(folder, limit=len(expected))
    if set(seen) != set(expected):
        extra = sorted(set(seen) - set(expected))[:1]
        missing = sorted(set(expected) - set(seen))[:1]
        raise Refused(f"version {found.version} differs from its file list "
                      f"({'added ' + extra[0] if extra else 'missing ' + missing[0]})")
    for rel, (kind, size, link, executable, sha256) in expected.items():
        info = seen[rel]
        path = folder / rel
        if kind == "dir":
            if not stat.S_ISDIR(info.st_mode):
                raise Refused(f"{rel} is not a folder")
        elif kind == "link":
            if not stat.S_ISLNK(info.st_mode) or os.readlink(path) != link:
                raise Refused(f"{rel} is not the link the build has")
        else:
            if not stat.S_ISREG(info.st_mode) or info.st_size != size:
                raise Refused(f"{rel} has changed")
            if os.name == "posix" and bool(info.st_mode & 0o100) != executable:
                raise Refused(f"{rel}'s executable bit has changed")
            if hashes and _sha256(path) != sha256:
                raise Refused(f"{rel} differs from the signed build")
    return Candidate(slot, found.version, folder, folder / executable_path)


def _walk(folder: Path, *, limit: int) -> dict[str, os.stat_result]:
    """Every entry under `folder` (relative path -> lstat), never following a link; Refused past `limit`."""
    found: dict[str, os.stat_result] = {}
    todo = [(folder, "")]
    while todo:
        current, prefix = todo.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as exc:
            raise Refused(f"{current} cannot be read ({exc.strerror})") from None
        for entry in entries:
            rel = prefix + entry.name
            info = entry.stat(follow_symlinks=False)
            found[rel] = info
            if len(found) > limit:
                raise Refused(f"{folder} holds more than its file list")
            if stat.S_ISDIR(info.st_mode):
                todo.append((Path(entry.path), rel + "/"))
    return found


def _sha256(path: Path) -> str | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
