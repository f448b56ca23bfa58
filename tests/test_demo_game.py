"""Issue 24, item 15: the demo game visibly runs for a few seconds (a player sees the launcher follow a running game)
and closes cleanly, at once, when asked to (the launcher's Stop sends SIGTERM). Tests make it short with
DEMO_PLAY_SECONDS."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import GACHA, run, sign_in

GAME = Path(__file__).resolve().parent.parent / "resources" / "demo_game.py"


def start(manifest, sandbox, seconds: str | None):  # type: ignore[no-untyped-def]
    session = run(sign_in(manifest, "gacha", GACHA))
    env = {k: v for k, v in os.environ.items() if k != "DEMO_PLAY_SECONDS"}
    env.update(DEMO_PROVIDER="gacha", DEMO_TOKEN=session.tokens["access_token"],
               DEMO_API=sandbox.service_urls()["gacha"], PYTHONUNBUFFERED="1")
    if seconds is not None:
        env["DEMO_PLAY_SECONDS"] = seconds
    return subprocess.Popen([sys.executable, str(GAME)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_the_demo_game_plays_for_a_few_seconds_saying_so(manifest, sandbox):
    began = time.monotonic()
    game = start(manifest, sandbox, "1.5")
    out, err = game.communicate(timeout=20)
    took = time.monotonic() - began
    assert game.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Demo Quest: playing as {GACHA['email']}" and lines[-1] == "Demo Quest: bye"
    assert len(lines) >= 3 and 1.5 <= took < 10  # a line a second while it plays


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_by_default_it_keeps_running_until_asked_to_close(manifest, sandbox):
    game = start(manifest, sandbox, None)  # no setting: a few seconds, as a player sees it
    try:
        time.sleep(2.0)
        assert game.poll() is None  # still playing (it used to exit at once)
        asked = time.monotonic()
        game.send_signal(signal.SIGTERM)
        out, _ = game.communicate(timeout=5)
    finally:
        if game.poll() is None:
            game.kill()
    assert game.returncode == 0 and time.monotonic() - asked < 2
    assert "asked to close" in out and out.rstrip().endswith("Demo Quest: bye")


@pytest.mark.parametrize(("value", "seconds"), [("nan", 5.0), ("inf", 5.0), ("-3", 0.0), ("soon", 5.0),
                                                ("1e400", 5.0), ("99999", 3600.0), ("0.2", 0.2)])
def test_a_strange_setting_plays_a_sane_round(monkeypatch, value, seconds):
    import importlib.util

    spec = importlib.util.spec_from_file_location("demo_game", GAME)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("DEMO_PLAY_SECONDS", value)
    assert module.play_seconds() == seconds
