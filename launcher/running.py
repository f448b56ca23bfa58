"""Which accounts' games are running, across launcher processes: a lock file per account, held by the launcher that
started the game for as long as it runs (the system drops it if that launcher dies). A second `--play`, or another
window, of the same account then refuses to start a second copy, unless the manifest allows several
(`[launch] multiple_instances = true`)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import IO

from . import file_lock
from .paths import data_dir


class RunningMark:
    def __init__(self, account_id: str, folder: Path | None = None) -> None:
        digest = hashlib.sha256(account_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        self.path = (folder or data_dir() / "running") / f"{digest}.lock"
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when this launcher now holds it; False when another launcher's game of the account runs. A
        folder that cannot be written guards nothing (and keeps nobody from playing)."""
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError:
            return True
        fh = os.fdopen(fd, "r+b")
        if not file_lock.lock(fh, wait=False):
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                file_lock.unlock(self._fh)
            self._fh.close()
            self._fh = None
