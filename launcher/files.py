"""Reading the launcher's own files (account file, profile snapshots, avatar cache, the demo sandbox's state) as the
hostile input they may be: a regular file only, opened without blocking, read up to a bound.

A FIFO in place of a snapshot would block the window's first screen for ever, and a link to /dev/zero would read
until memory runs out; `Path.read_bytes` does both."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    pass


class TooLarge(OSError):
    pass


def read_regular(path: Path, limit: int) -> bytes:
    """The file's bytes; FileNotFoundError when it is missing, NotARegularFile (a FIFO, a device, a folder) or
    TooLarge (over `limit` bytes) when it must not be read, any other OSError as the system gives it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise NotARegularFile(f"{path} is not a regular file")
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    return raw
