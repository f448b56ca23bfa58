"""Which launcher process owns the window for this user and launcher home.

The owner holds an exclusive lock on a small file; a second start finds it held and hands its arguments over
instead of opening a second window. Taking the lock is a file operation, so the first frame does not wait for
Qt's networking module; the running launcher's local socket is only used for the hand-over."""

from __future__ import annotations

import getpass
import zlib

from . import APP_NAME, file_lock
from .paths import config_dir


def instance_name(suffix: str = "") -> str:
    """The local socket name: one per user and launcher home (testers may run several homes side by side)."""
    home = f"{zlib.crc32(str(config_dir()).encode()):08x}"
    return f"{APP_NAME}-{getpass.getuser()}-{home}{suffix}"


class InstanceLock(file_lock.HeldLock):
    """Held by the process that owns the window (see ui/single_instance.py)."""

    def __init__(self, suffix: str = "") -> None:
        super().__init__(config_dir() / f"instance{suffix}.lock")
