"""The main button in every state of the game's build, driven as a player would: Install (with the size and the free
space), progress with Pause, Resume and Cancel, Play, an optional update offered beside Play, a required one in place
of it, Repair, and an offline start. The repository is a real signed one on a local web server."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from launcher import manifest as manifest_mod
from launcher.build_state import Phase
from launcher.play_action import Action
from tests.conftest import GACHA
from tests.support.delivery import Repo, noise
from tests.support.static_host import StaticHost
from tests.test_delivery_cli import game_manifest

pytestmark = pytest.mark.ui

CHUNK = ".zst"
GAME = b"""#!/usr/bin/env python3
import sys, time
print("the test game runs", flush=True)
time.sleep(0.2)
sys.exit(0)
"""


def files(version: str, big: int = 0) -> dict[str, object]:
    out: dict[str, object] = {"demo_game.py": (GAME, 0o755), "data/version.txt": version.encode()}
    if big:
        out["data/levels.pak"] = noise(big, seed=int(version.replace(".", "")))
    return out


@pytest.fixture
def repo(tmp_path: Path, static_host: StaticHost) -> Repo:
    r = Repo(tmp_path / "studio", served=static_host.folder)
    r.publish("1.0.0", files("1.0.0", big=3 * 1024 * 1024))
    return r


def delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host, *,  # type: ignore[no-untyped-def]
                    background: bool = False, extra: str = ""):
    from launcher.providers import gacha
    from ui import theme
    from ui.app import build_window

    path = game_manifest(tmp_path / "game", f"{static_host.url}", repo.root,
                         extra=f"background_updates = {str(background).lower()}\n{extra}")
    manifest = manifest_mod.load(path).with_services(sandbox.service_urls())
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    from PySide6.QtWidgets import QApplication

    theme.apply(QApplication.instance(), dark=False)
    w = build_window(manifest, accounts=accounts, open_browser=lambda url: None)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    w.controller.load_accounts()
    from tests.ui.test_window import sign_in

    sign_in(qtbot, w, "gacha", GACHA)
    return w


def button(w):  # type: ignore[no-untyped-def]
    return w.profile_page.play_panel.play_button


def extras(w) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {b.text(): b for b in w.profile_page.play_panel.secondary if b.isVisible()}


def checked(qtbot, w, phase: Phase) -> None:  # type: ignore[no-untyped-def]
    keeper = w.controller.build_for()
    before = keeper.checks
    w.controller.spawn(w.controller.check_build())
    qtbot.waitUntil(lambda: keeper.checks > before, timeout=20000)
    assert keeper.state.phase is phase, keeper.state


@pytest.fixture
def shots(tmp_path: Path):  # type: ignore[no-untyped-def]
    import os

    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = Path(__file__).resolve().parents[2] / "build" / "screenshots" / f"play-button-x{scale}"
    folder.mkdir(parents=True, exist_ok=True)

    def take(w, name: str) -> None:  # type: ignore[no-untyped-def]
        w.grab().save(str(folder / f"{name}.png"))

    return take


def test_install_reads_the_size_and_free_space_then_play_starts_the_installed_game(
        qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host, shots):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host)
    checked(qtbot, w, Phase.MISSING)
    assert button(w).text() == "Install" and button(w).isEnabled()
    detail = w.profile_page.play_panel.detail.text()
    assert "MB" in detail and "free" in detail, detail
    shots(w, "install")
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=20000)
    assert w.controller.build.installed == "1.0.0"
    assert not w.profile_page.play_panel.progress.isVisible()
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed" in w.controller.game_of(w.controller.current_id).last_exit, timeout=15000)
    assert "normally" in w.controller.game_of(w.controller.current_id).last_exit


def test_pause_resume_and_cancel_a_download(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host,
                                            shots):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host)
    checked(qtbot, w, Phase.MISSING)
    static_host.misbehave(CHUNK, "stall", times=1)  # a chunk hangs half-way: the download is under way
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(w).text() == "Pause", timeout=10000)
    assert w.profile_page.play_panel.progress.isVisible() and "Cancel" in extras(w)
    shots(w, "downloading")
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)  # Pause
    qtbot.waitUntil(lambda: button(w).text() == "Resume", timeout=10000)
    assert w.controller.build.phase is Phase.PAUSED
    assert "Paused" in w.profile_page.play_panel.progress_text.text()
    shots(w, "paused")
    static_host.release_stall.set()
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)  # Resume
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=20000)
    assert w.controller.build.installed == "1.0.0"

    # an update, cancelled: its partial files go, the installed build stays and plays
    repo.publish("1.1.0", files("1.1.0", big=3 * 1024 * 1024))
    static_host.release_stall.clear()
    static_host.misbehave(CHUNK, "stall", times=1)
    checked(qtbot, w, Phase.UPDATE)
    next(b for text, b in extras(w).items() if text.startswith("Update")).click()
    qtbot.waitUntil(lambda: w.controller.build.phase is Phase.DOWNLOADING, timeout=10000)
    assert button(w).text() == "Play"  # the installed build plays while the update arrives
    qtbot.waitUntil(lambda: "Cancel" in extras(w), timeout=5000)
    extras(w)["Cancel"].click()
    qtbot.waitUntil(lambda: w.controller.build.phase is Phase.UPDATE, timeout=10000)
    static_host.release_stall.set()
    install_dir = w.controller.build_for().target.install_dir
    assert not any((install_dir / ".staging").iterdir()) if (install_dir / ".staging").exists() else True
    assert w.controller.build.installed == "1.0.0" and button(w).text() == "Play"


def test_optional_update_is_offered_beside_play_and_a_required_one_replaces_it(
        qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host, shots):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host)
    checked(qtbot, w, Phase.MISSING)
    w.controller.act(Action.INSTALL)
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=20000)

    repo.publish("1.0.1", files("1.0.1", big=3 * 1024 * 1024))
    checked(qtbot, w, Phase.UPDATE)
    assert button(w).text() == "Play" and button(w).isEnabled()
    update = [b for text, b in extras(w).items() if text.startswith("Update")]
    assert update and "MB" in update[0].text()
    shots(w, "update-optional")

    repo.publish("1.0.2", files("1.0.2", big=3 * 1024 * 1024), required=True)
    checked(qtbot, w, Phase.UPDATE)
    assert button(w).text() == "Update" and "required" in w.profile_page.play_panel.detail.text()
    shots(w, "update-required")
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.build.installed == "1.0.2" and button(w).text() == "Play", timeout=20000)
    assert any(text.startswith("What's new") for text in extras(w))  # once, after the update
    shots(w, "updated")


def test_a_damaged_build_reads_repair_and_repairs(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host,
                                                  shots):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host)
    checked(qtbot, w, Phase.MISSING)
    w.controller.act(Action.INSTALL)
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=20000)
    keeper = w.controller.build_for()
    folder = next((keeper.target.install_dir / "builds").iterdir())
    (folder / "data" / "levels.pak").unlink()
    checked(qtbot, w, Phase.DAMAGED)
    assert button(w).text() == "Repair"
    shots(w, "repair")
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.build.phase is Phase.READY, timeout=20000)
    assert button(w).text() == "Play"
    assert (folder / "data" / "levels.pak").stat().st_size == 3 * 1024 * 1024


def test_the_download_server_down_offers_retry_not_an_install_that_can_only_fail(
        qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host)
    static_host.misbehave("timestamp.json", "error")
    w.controller.spawn(w.controller.check_build())
    qtbot.waitUntil(lambda: w.controller.build is not None and not w.controller.build.reachable, timeout=20000)
    assert button(w).text() == "Retry" and "download server" in w.profile_page.play_panel.detail.text()
    static_host.clear()
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(w).text() == "Install", timeout=20000)


def test_background_update_waits_for_the_running_game(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo,
                                                      static_host):
    w = delivery_window(qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host, background=True)
    checked(qtbot, w, Phase.MISSING)
    w.controller.act(Action.INSTALL)
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=20000)
    keeper = w.controller.build_for()
    monkeypatch.setattr(keeper, "game_running", lambda: True)
    repo.publish("2.0.0", files("2.0.0", big=1024 * 1024))
    checked(qtbot, w, Phase.UPDATE)
    assert not keeper.busy  # a game runs: the update waits
    monkeypatch.setattr(keeper, "spec", dataclasses.replace(keeper.spec, update_while_playing=True))
    w.controller.spawn(w.controller.check_build())
    qtbot.waitUntil(lambda: w.controller.build.installed == "2.0.0", timeout=20000)
    shutil.rmtree(tmp_path / "studio" / "builds", ignore_errors=True)


def test_each_environment_plays_its_own_channels_build_installed_beside_the_other(
        qtbot, tmp_path, sandbox, accounts, monkeypatch, repo, static_host):
    from launcher.play_action import Action
    from ui.widgets.builds_dialog import BuildsDialog

    repo.publish("2.0.0-rc1", files("2.0.0-rc1"), channel="staging")
    path = game_manifest(tmp_path / "game", static_host.url, repo.root, extra="background_updates = false\n")
    path.write_text(path.read_text() + '\n[environments]\ndefault = "live"\n\n[environments.live]\n\n'
                    '[environments.staging.delivery]\nchannel = "staging"\n')
    manifest = manifest_mod.load(path).with_services(sandbox.service_urls())
    from launcher.providers import gacha
    from ui.app import build_window

    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    w = build_window(manifest, accounts=accounts, open_browser=lambda url: None)
    qtbot.addWidget(w)
    w.show()
    if not w.controller.tester:
        w.set_tester(True)
    c = w.controller
    live, staging = c.build_for("live"), c.build_for("staging")
    assert live.target.install_dir != staging.target.install_dir
    for keeper in (live, staging):
        c.spawn(keeper.check())
    qtbot.waitUntil(lambda: live.checks and staging.checks, timeout=20000)
    live.start()
    staging.start()
    qtbot.waitUntil(lambda: live.state.installed == "1.0.0" and staging.state.installed == "2.0.0-rc1",
                    timeout=30000)
    from tests.ui.test_window import sign_in

    w.choose_environment("staging")
    sign_in(qtbot, w, "gacha", GACHA)
    assert c.build.installed == "2.0.0-rc1" and button(w).text() == "Play"  # the staging account's build
    dialog = BuildsDialog(c, w)
    qtbot.addWidget(dialog)
    cells = {dialog.table.item(r, 0).text(): [dialog.table.item(r, k).text() for k in range(6)]
             for r in range(dialog.table.rowCount())}
    assert cells["live"][2] == "1.0.0" and cells["staging"][2] == "2.0.0-rc1"
    assert cells["staging"][1] == "staging" and "player@example.com" in cells["staging"][5]
    assert Action.PLAY is c.view().action


def test_on_the_demo_a_player_goes_from_a_fresh_start_to_a_running_game_with_clicks_only(qtbot, player_window):
    """The demo's own repository (served by the sandbox): sign in, Install, Play; no terminal, no tester tools."""
    from tests.ui.test_window import sign_in

    w = player_window
    w.controller.spawn(w.controller.start())  # as ui.app.run starts it: nothing saved yet
    sign_in(qtbot, w, "gacha", GACHA)
    keeper = w.controller.build_for()
    qtbot.waitUntil(lambda: keeper.checks > 0, timeout=20000)  # asked by itself after the first paint
    assert button(w).text() == "Install"
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(w).text() == "Play", timeout=30000)
    qtbot.mouseClick(button(w), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed" in w.controller.game_of(w.controller.current_id).last_exit, timeout=30000)


def test_without_a_keychain_the_running_game_still_reads_playing_with_stop(qtbot, window, monkeypatch):
    """An account that is not saved (no keychain): its game's state is still the shown one's."""
    from tests.ui.test_window import sign_in

    monkeypatch.setenv("DEMO_PLAY_SECONDS", "30")
    window.controller.load_accounts()
    monkeypatch.setattr(type(window.controller), "remembers", property(lambda self: False))
    sign_in(qtbot, window, "gacha", GACHA)
    window.controller.current_id = None  # nothing saved: no current account, only the shown session
    keeper = window.controller.build_for()
    window.controller.act(Action.INSTALL)
    qtbot.waitUntil(lambda: keeper.state.phase is Phase.READY, timeout=30000)
    qtbot.mouseClick(button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button(window).text() == "Playing", timeout=20000)
    assert not button(window).isEnabled() and window.profile_page.stop_button.isVisible()
    qtbot.mouseClick(window.profile_page.stop_button, Qt.MouseButton.LeftButton)  # at once: it may be starting
    qtbot.waitUntil(lambda: button(window).text() == "Play", timeout=20000)
