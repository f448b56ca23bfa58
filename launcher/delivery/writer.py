"""The one writer: puts verified chunks in place in a staging folder, finishes the files there (sizes, modes, links,
flushed to disk), and switches to them atomically.

The install folder:

    builds/<version>/     complete builds (the record names the one that is played)
    .staging/<version>/   a build being assembled; an interrupted run continues from what is here
    .launcher/            the launcher's record (install.json), the verified file list, the lock, TUF's state

Nothing under `builds/` is written in place: the installed build stays playable until the record names the new
one, and the record is replaced in one rename after everything it names is on disk."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from ..files import fsync_dir
from .buildlist import FileEntry, Placement
from .errors import disk_error

BUILDS = "builds"
STAGING = ".staging"
PRIVATE = ".launcher"


def make_folders(root: Path, entries: Iterable[FileEntry]) -> None:
    """The folders the files go in, inside `root`; an existing link or file where a folder goes is removed (the
    staging folder is ours: nothing there is the player's)."""
    seen: set[str] = set()
    for entry in entries:
        parent = entry.path.rpartition("/")[0]
        if not parent or parent in seen:
            continue
        seen.add(parent)
        current = root
        for part in parent.split("/"):
            current = current / part
            try:
                info = current.lstat()
            except FileNotFoundError:
                current.mkdir()
                continue
            if not stat.S_ISDIR(info.st_mode):
                current.unlink()
                current.mkdir()


def open_staged(path: Path) -> int:
    """A staging file for writing: never through a link, never one hard-linked elsewhere (either is replaced by a
    file of its own; the staging folder holds nothing of the player's)."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    if info is not None and (stat.S_ISLNK(info.st_mode) or (stat.S_ISREG(info.st_mode) and info.st_nlink > 1)
                             or not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode))):
        path.unlink()
    return os.open(path, flags, 0o644)


def write_chunk(root: Path, placement: Placement, data: bytes) -> None:
    path = root / placement.path
    fd = open_staged(path)
    try:
        view = memoryview(data)
        offset = placement.offset
        while view:
            written = os.pwrite(fd, view, offset)
            view, offset = view[written:], offset + written
    finally:
        os.close(fd)


def finish_file(root: Path, entry: FileEntry, *, durable: bool = True) -> None:
    """Exact size (a file left longer by an earlier run is cut), the mode the build gives, flushed to disk."""
    path = root / entry.path
    if entry.link is not None:
        with contextlib.suppress(FileNotFoundError):
            if path.is_symlink() or path.is_file():
                path.unlink()
            elif path.is_dir():
                shutil.rmtree(path)
        os.symlink(entry.link, path)
        return
    fd = open_staged(path)
    try:
        if os.fstat(fd).st_size != entry.size:
            os.ftruncate(fd, entry.size)
        if os.name == "posix":
            os.fchmod(fd, entry.mode)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def remove_tree(path: Path) -> bool:
    """Remove a folder of ours; False when something in it could not be removed (a game still running it)."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        try:
            path.unlink()  # a link is removed itself, never what it points to
        except OSError:
            return False
        return True
    if not path.exists():
        return True

    def writable_then_retry(func, target, _exc):  # type: ignore[no-untyped-def]
        with contextlib.suppress(OSError):
            if not os.path.islink(target):  # chmod would follow a link to somewhere else
                os.chmod(target, 0o700)
            func(target)

    try:
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=writable_then_retry)
        else:
            shutil.rmtree(path, onerror=writable_then_retry)
    except OSError:
        return False
    return not path.exists()


def switch(install_dir: Path, staging: Path, version: str) -> Path:
    """Move the finished staging folder to builds/<version> and make that durable; the caller writes the record."""
    builds = install_dir / BUILDS
    builds.mkdir(exist_ok=True)
    final = builds / version
    if final.exists() or final.is_symlink():
        remove_tree(final)
    try:
        os.replace(staging, final)
    except OSError as exc:
        raise disk_error(exc, install_dir) from exc
    fsync_dir(builds)
    fsync_dir(staging.parent)
    return final
