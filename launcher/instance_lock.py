"""Which launcher process owns the window for this user and launcher home.

The owner holds an exclusive lock on a small file; a second start finds it held and hands its arguments over
instead of opening a second window. Taking the lock is a file operation, so the first frame does not wait for
Qt's networking module; the running launcher's local socket is only used for the hand-over."""

from __future__ import annotations

import getpass
import re
import zlib

from . import file_lock
from .identity import app_id
from .paths import config_dir

MAX_ID_IN_NAME = 24  # a Unix socket's path (/tmp/NAME on Linux) must stay under 108 bytes


def _user() -> str:
    try:
        user = getpass.getuser()  # LOGNAME/USER first: outside text, kept to what a socket name may hold
    except (KeyError, OSError):
        user = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32] or "user"


def instance_name(suffix: str = "") -> str:
    """The local socket name: one per game (app id), user and launcher home (testers may run several homes side
    by side). A long app id is shortened with a checksum of it, so two ids never share a name."""
    home = f"{zlib.crc32(str(config_dir()).encode()):08x}"
    name = app_id()
    if len(name) > MAX_ID_IN_NAME:
        name = f"{name[:MAX_ID_IN_NAME - 9]}-{zlib.crc32(name.encode()):08x}"
    return f"{name}-{_user()}-{home}{suffix}"


class InstanceLock(file_lock.HeldLock):
    """Held by the process that owns the window (see ui/single_instance.py)."""

    def __init__(self, suffix: str = "") -> None:
        super().__init__(config_dir() / f"instance{suffix}.lock")
