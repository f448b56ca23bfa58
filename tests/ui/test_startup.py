"""The real `launcher` window start, as a player's desktop runs it: subprocesses on the offscreen platform."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo-manifest.toml"


def start(home: Path, *args: str, quit_after: str = "1") -> subprocess.Popen[str]:
    env = {**os.environ, "LAUNCHER_HOME": str(home), "LAUNCHER_QUIT_AFTER_START": quit_after,
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "ui", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=str(home))


def test_window_paints_its_frame_then_the_full_window(tmp_path):
    proc = start(tmp_path, "--manifest", str(DEMO))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.splitlines()[:2] == ["first paint", "window shown: Demo Quest"]  # Qt adds " — Launcher"


def test_broken_manifest_is_reported_with_file_line_and_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(DEMO.read_text().replace('title_id = "DEMO1"', 'title_id = "DEMO1"\ncolour = "red"'))
    proc = start(tmp_path, "--manifest", str(bad))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 5
    assert "first paint" in out and "window shown" not in out
    line = next(n for n, text in enumerate(bad.read_text().splitlines(), 1) if text.startswith("colour"))
    assert f"bad.toml:{line}: playfab.colour: unknown key" in err


def test_a_second_start_hands_over_to_the_running_window(tmp_path):
    first = start(tmp_path, "--manifest", str(DEMO), quit_after="6")
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "first paint"
    assert first.stdout.readline().startswith("window shown")
    began = time.monotonic()
    second = start(tmp_path, "--manifest", str(DEMO), "--provider", "gacha")
    _, err = second.communicate(timeout=30)
    assert second.returncode == 0
    assert "already running" in err
    assert time.monotonic() - began < 5
    assert first.poll() is None  # the first window is still there
    first.communicate(timeout=30)
    assert first.returncode == 0


def test_remembered_colour_scheme_is_checked_against_the_desktop(tmp_path):
    settings = tmp_path / "config" / "window.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"scheme": "dark"}))  # last run saw a dark desktop; offscreen is light
    proc = start(tmp_path, "--manifest", str(DEMO))
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert json.loads(settings.read_text())["scheme"] == "light"


CLOSE_AT_FIRST_SCREEN = r"""
import sys
from PySide6.QtCore import QTimer
import ui.main_window as mw
shown = mw.MainWindow.show_first_screen
def closing(self, *args, **kwargs):
    shown(self, *args, **kwargs)
    print("first screen", flush=True)
    QTimer.singleShot(0, self.close)  # the player closes the window before the rest of it has arrived
mw.MainWindow.show_first_screen = closing
from ui.app import run
sys.exit(run(demo=False, manifest=sys.argv[1], provider=None))
"""


def test_closing_the_window_on_its_first_screen_quits_the_launcher(tmp_path, monkeypatch):
    from tests.support.homes import saved_account

    monkeypatch.setenv("LAUNCHER_HOME", str(tmp_path))
    saved_account()
    env = {**os.environ, "LAUNCHER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("LAUNCHER_QUIT_AFTER_START", None)
    proc = subprocess.run([sys.executable, "-c", CLOSE_AT_FIRST_SCREEN, str(DEMO)], capture_output=True, text=True,
                          env=env, cwd=str(tmp_path), timeout=60, check=False)
    assert "first screen" in proc.stdout and proc.returncode == 0, proc.stderr[-2000:]
