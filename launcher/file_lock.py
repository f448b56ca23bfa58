"""Advisory locks on an open file, for both platforms. The OS drops them when the process ends, even on a crash."""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path
from typing import IO


def lock(fh: IO[bytes], *, wait: bool = True) -> bool:
    """Take an exclusive lock on `fh`; with wait=False return False at once when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        while True:
            try:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(0.05)
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def open_lock_file(path: Path) -> IO[bytes]:
    """A lock file of the launcher's own: its folder private, the file 0600, never opened through a link."""
    from .files import open_own, private_dir

    private_dir(path.parent)
    return open(path, "a+b", opener=open_own)


class HeldLock:
    """A lock file held while something lasts (a window, a running game); the system drops it with the process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when this process now holds it, False when another does. Never blocks. A folder that cannot be
        written guards nothing and keeps nobody out (True)."""
        try:
            fh = open_lock_file(self.path)
        except OSError:
            return True
        if not lock(fh, wait=False):
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                unlock(self._fh)
            self._fh.close()
            self._fh = None
