"""Which accounts' games are running, across launcher processes: a lock file per account, held by the launcher that
started the game for as long as it runs (the system drops it if that launcher dies). A second `--play`, or another
window, of the same account then refuses to start a second copy, unless the manifest allows several
(`[launch] multiple_instances = true`)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import file_lock
from .paths import data_dir


class RunningMark(file_lock.HeldLock):
    def __init__(self, account_id: str, folder: Path | None = None) -> None:
        digest = hashlib.sha256(account_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        super().__init__((folder or data_dir() / "running") / f"{digest}.lock")
