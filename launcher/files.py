"""The launcher's own files (account file, profile snapshots, avatar cache, window settings, device id, logs, the
demo sandbox's state): read as the hostile input they may be, written so that nobody else can read them or trick
the launcher into writing elsewhere.

Reading: a regular file only, opened without blocking, read up to a bound. A FIFO in place of a snapshot would block
the window's first screen for ever, and a link to /dev/zero would read until memory runs out; `Path.read_bytes`
does both.

Writing, on POSIX: folders 0700 and files 0600, created with that mode (never chmod-ed after the fact); folders and
files of the launcher's own found looser are tightened. A new file is written to a temporary file of an
unpredictable name, created exclusively and never through a link, then renamed over the old one: a crash or a full
disk leaves the old file or the new one, never a part of one, and no temporary file. On Windows the profile folders
(%APPDATA%, %LOCALAPPDATA%) are already private to the user by their ACLs, so no mode is applied there."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any


class NotARegularFile(OSError):
    pass


class TooLarge(OSError):
    pass


POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_EXTRA = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_TEMP_TRIES = 16


class TextUnreadable(ValueError):
    """Why a small text file a person wrote (patch notes, a news feed) cannot be used: one phrase."""


def read_text(path: Path, limit: int) -> str:
    """A small UTF-8 text file as a person writes it: bounded, a byte-order mark and Windows line ends accepted;
    TextUnreadable saying why not ("is larger than 64 KiB", "does not exist", "is not UTF-8 text (byte 4)")."""
    try:
        data = read_regular(path, limit + 3)  # a byte-order mark is not counted
    except TooLarge:
        raise TextUnreadable(f"is larger than {limit // 1024} KiB") from None
    except FileNotFoundError:
        raise TextUnreadable("does not exist") from None
    except OSError as exc:
        raise TextUnreadable(f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise TextUnreadable(f"is not UTF-8 text (byte {exc.start})") from None
    if len(text.encode("utf-8")) > limit:
        raise TextUnreadable(f"is larger than {limit // 1024} KiB")
    return text


def read_regular(path: Path, limit: int, *, follow: bool = True, tighten: bool = False) -> bytes:
    """The file's bytes; FileNotFoundError when it is missing, NotARegularFile (a FIFO, a device, a folder, and a
    link when not `follow`) or TooLarge (over `limit` bytes) when it must not be read, any other OSError as the
    system gives it. `tighten`: a file of the launcher's own, made private if it is not (never a link's target)."""
    flags = os.O_RDONLY | _NONBLOCK | _EXTRA
    try:
        fd = os.open(path, flags | (_NOFOLLOW if tighten or not follow else 0))
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EMLINK) or not os.path.islink(path):
            raise
        if not follow:
            raise NotARegularFile(f"{path} is a link") from None
        fd, tighten = os.open(path, flags), False
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{path} is not a regular file")
        if tighten:
            _tighten_fd(f.fileno(), info)
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    return raw


# --- folders ---------------------------------------------------------------------------------------------------------
def private_dir(path: Path, top: Path | None = None) -> None:
    """Make sure the folder `path` exists: each missing folder on the way is created 0700, and the existing ones from
    `top` (the launcher's own topmost folder; default `path` alone) down to `path` are tightened to 0700."""
    missing: list[Path] = []
    probe = path
    while not probe.is_dir():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
    own = [path]
    if top is not None and top != path and top in path.parents:
        own += [p for p in path.parents if p == top or top in p.parents]
    for folder in own:
        if folder not in missing:
            _tighten_dir(folder)


def _tighten_dir(folder: Path) -> None:
    if not POSIX:
        return
    try:
        info = os.stat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(folder, stat.S_IMODE(info.st_mode) & 0o700)
    except OSError:
        pass  # not ours to change (a folder of another user, a read-only file system): used as it is


def _tighten_fd(fd: int, info: os.stat_result) -> None:
    if POSIX and info.st_mode & 0o077 and info.st_uid == os.getuid():
        with contextlib.suppress(OSError):  # a read-only file system: nobody can change the file either
            os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o700)


def tighten(path: Path) -> None:
    """Make an existing regular file of the launcher's own private (no-op when it is missing, a link, not ours)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOFOLLOW | _EXTRA)
    except OSError:
        return
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            _tighten_fd(fd, info)
    finally:
        os.close(fd)


# --- files -----------------------------------------------------------------------------------------------------------
def _foreign(path: str | os.PathLike[str]) -> bool:
    """Something that is neither a regular file nor a folder sits at the name (a link, a FIFO, a socket, a
    device): nothing the launcher made, so the launcher's file takes its place."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def open_own(path: str | os.PathLike[str], flags: int) -> int:
    """os.open for a file of the launcher's own (an `opener` for `open`): created 0600, never through a link,
    never a FIFO or a device (what sits at the name instead is removed), an existing one made private."""
    for attempt in (1, 2):
        try:
            fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _EXTRA, FILE_MODE)
        except OSError:
            if attempt == 2 or not _foreign(path):
                raise
            os.unlink(path)
            continue
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            _tighten_fd(fd, info)
            if _NONBLOCK:
                os.set_blocking(fd, True)
            return fd
        os.close(fd)
        if attempt == 2 or not _foreign(path):
            raise NotARegularFile(errno.EINVAL, "not a regular file", str(path))
        os.unlink(path)
    raise AssertionError("unreachable")


def _exclusive(path: str | os.PathLike[str], flags: int) -> int:
    return os.open(path, flags | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _EXTRA, FILE_MODE)


OpenFile = Callable[..., IO[Any]]


def temp_file(target: Path, open_file: OpenFile = open) -> tuple[Path, IO[bytes]]:
    """A new, empty, private file in `target`'s folder, of a name nobody can guess (so nobody can plant a link
    there), opened unbuffered for writing. `open_file`: the built-in `open` or a stand-in for it."""
    for _ in range(_TEMP_TRIES):
        tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return tmp, open_file(tmp, "xb", buffering=0, opener=_exclusive)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def write_all(fd: int, data: bytes) -> None:
    """All of `data`, however many writes it takes; OSError (ENOSPC when the disk takes nothing more)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def replace_private(target: Path, payload: bytes, *, top: Path | None = None, open_file: OpenFile = open) -> None:
    """Replace `target` with `payload`, atomically: a failure at any point (OSError, or the process interrupted)
    leaves the old file as it was and removes the temporary file. `top`: as for `private_dir`."""
    private_dir(target.parent, top)
    tmp, fh = temp_file(target, open_file)
    try:
        with fh:
            write_all(fh.fileno(), payload)
            if os.fstat(fh.fileno()).st_size != len(payload):
                raise OSError(errno.EIO, "the file was not written whole", str(tmp))
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (no-op where folders cannot be opened, as on Windows)."""
    if not POSIX:
        return
    try:
        fd = os.open(path, os.O_RDONLY | _EXTRA)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def why(exc: OSError) -> str:
    """What went wrong writing a file, for a person: a read-only folder or file system says so."""
    text = exc.strerror or str(exc)
    if exc.errno == errno.EROFS:
        return f"the file system is read-only ({text})"
    if exc.errno in (errno.EACCES, errno.EPERM):
        folder = os.path.dirname(os.fsdecode(exc.filename)) if exc.filename else ""
        return f"{folder or 'the folder'} is read-only for this user ({text})"
    return text
