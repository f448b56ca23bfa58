"""Which launcher process owns the window for this user and launcher home.

The owner holds an exclusive lock on a small file; a second start finds it held and hands its arguments over
instead of opening a second window. Taking the lock is a file operation, so the first frame does not wait for
Qt's networking module; the running launcher's local socket is only used for the hand-over."""

from __future__ import annotations

import getpass
import zlib
from pathlib import Path
from typing import IO

from . import APP_NAME, file_lock
from .paths import config_dir


def instance_name(suffix: str = "") -> str:
    """The local socket name: one per user and launcher home (testers may run several homes side by side)."""
    home = f"{zlib.crc32(str(config_dir()).encode()):08x}"
    return f"{APP_NAME}-{getpass.getuser()}-{home}{suffix}"


class InstanceLock:
    def __init__(self, suffix: str = "") -> None:
        self.path: Path = config_dir() / f"instance{suffix}.lock"
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when this process now owns the window; False when another launcher does. Never blocks."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")  # noqa: SIM115 - held while this process owns the window
        except OSError:
            return True  # no writable config dir: nothing to coordinate through, so run
        if not file_lock.lock(fh, wait=False):
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            file_lock.unlock(self._fh)
            self._fh.close()
            self._fh = None
