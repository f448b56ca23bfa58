"""What a downloaded launcher version calls once it has started (the window shown, a command's arguments parsed):
the bundle that started it then keeps it as good, and stops watching for a failed start. Cheap (`os` alone), and
a no-op when the launcher was not started by the self-update."""

from __future__ import annotations

import contextlib
import os
import re

MARK_ENV = "LAUNCHER_SELF_UPDATE_MARK"  # set by startup.py for the version it starts: the file to create
MARK_NAME = re.compile(r"^\.started-[0-9]{1,10}-[0-9a-f]{16}$")
UPDATES_FOLDER = "launcher-updates"


def mark_started() -> None:
    """Tell the starting bundle that this version has started. Safe to call more than once and from anywhere; the
    variable is dropped, so nothing this launcher starts (the game) can mark anything."""
    path = os.environ.pop(MARK_ENV, None)
    if not path:
        return
    # Only a file of the form the starting bundle chose, in an updates folder: the variable is outside input.
    folder, name = os.path.split(path)
    if not (MARK_NAME.match(name) and os.path.basename(os.path.dirname(folder)) == UPDATES_FOLDER):
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    with contextlib.suppress(OSError):
        os.close(os.open(path, flags, 0o600))
