"""Two studios' launchers side by side: each game has its own single-instance socket and account file, so a
second game's launcher opens its own window instead of raising the first game's; the same game still hands
over to its running window."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher import identity
from launcher.accounts import open_accounts
from launcher.identity import Identity
from launcher.instance_lock import instance_name
from launcher.models import Session
from ui.single_instance import SingleInstance

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo-manifest.toml"
STARFALL = ROOT / "packaging" / "example-studio" / "starfall.toml"


@pytest.fixture(autouse=True)
def default_identity() -> Iterator[None]:
    identity.reset()
    yield
    identity.reset()


def start(home: Path, *args: str, quit_after: str = "1") -> subprocess.Popen[str]:
    env = {**os.environ, "LAUNCHER_HOME": str(home), "LAUNCHER_QUIT_AFTER_START": quit_after,
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "ui", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=str(home))


def test_two_app_ids_listen_at_once_and_keep_two_account_files(qtbot, qloop, memory_keyring,  # type: ignore[no-untyped-def]
                                                               launcher_home):
    servers = {}
    for app_id, player in (("starfall-tactics", "astrid"), ("moon-miners", "bjorn")):
        identity.use(Identity(app_id))
        servers[app_id] = SingleInstance(instance_name())
        assert servers[app_id].listen()
        open_accounts().save_session(Session(provider="gacha", player_id=player, display_name=player,
                                             tokens={"access_token": f"token-{player}-0123456789"}))
    try:
        starfall, moon = servers["starfall-tactics"], servers["moon-miners"]
        assert starfall.name != moon.name
        assert starfall.server is not None and moon.server is not None
        assert starfall.server.isListening() and moon.server.isListening()
        with qtbot.waitSignal(moon.message, timeout=3000) as got, \
                qtbot.assertNotEmitted(starfall.message, wait=300):
            assert SingleInstance(moon.name).send({"provider": "gacha"})
        assert got.args[0] == {"provider": "gacha"}
    finally:
        for server in servers.values():
            server.close()
    files = sorted(p.relative_to(launcher_home).as_posix() for p in launcher_home.rglob("accounts.json"))
    assert files == ["moon-miners/data/accounts.json", "starfall-tactics/data/accounts.json"]
    identity.use(Identity("moon-miners"))
    assert [a.id for a in open_accounts().list()] == ["gacha:bjorn"]


def test_another_game_s_launcher_opens_its_own_window_beside_the_first(tmp_path: Path) -> None:
    first = start(tmp_path, "--manifest", str(DEMO), quit_after="8")
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "first paint"
        assert first.stdout.readline().startswith("window shown")
        second = start(tmp_path, "--manifest", str(STARFALL))
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already running" not in err and "window shown: Starfall Tactics" in out
        assert first.poll() is None  # the demo's window is still there, untouched
        assert (tmp_path / "starfall-tactics" / "config" / "instance.lock").exists()
    finally:
        first.communicate(timeout=30)
    assert first.returncode == 0


def test_the_same_game_still_hands_over_to_its_window(tmp_path: Path) -> None:
    first = start(tmp_path, "--manifest", str(STARFALL), quit_after="8")
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "first paint"
        assert first.stdout.readline().startswith("window shown: Starfall Tactics")
        second = start(tmp_path, "--manifest", str(STARFALL), "--provider", "gacha")
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0 and "already running" in err and "window shown" not in out, err
        assert first.poll() is None
    finally:
        first.communicate(timeout=30)
    assert first.returncode == 0
