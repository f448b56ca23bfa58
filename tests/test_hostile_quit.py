"""Quitting after network use: the real window in a real process signs in through the demo sandbox, then
quits. Before the fix the HTTP client was closed after the loop stopped: a traceback, an error dialog after the
window was gone, and a process that never ended."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).parent / "support" / "quit_driver.py"


@pytest.mark.parametrize("mode", ["headless", "close", "menu"])
def test_sign_in_then_quit_exits_0_within_seconds(mode: str, launcher_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAUNCHER_HOME": str(launcher_home),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PYTHONPATH": str(DRIVER.parents[2])}
    if mode == "headless":
        env["LAUNCHER_QUIT_AFTER_START"] = "1.5"
    else:
        env.pop("LAUNCHER_QUIT_AFTER_START", None)
    done = subprocess.run([sys.executable, str(DRIVER), mode], env=env, capture_output=True, text=True,
                          timeout=30, check=False)
    assert "signed in" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    log = (launcher_home / "log" / "launcher.log").read_text()
    assert "POST http://127.0.0.1" in log  # the HTTP client was used, so it had connections to close
    assert "unexpected error" not in log and "Traceback" not in log
