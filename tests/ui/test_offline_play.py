"""Play when the servers can't be reached: with a saved session that has not expired, the game starts with it when
the manifest allows offline play; otherwise the button says why and offers Retry, which works once they answer.
And the studio's news above Play, from the signed feed."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from launcher.build_state import Phase
from launcher.play_action import Action
from tests.conftest import GACHA
from tests.ui.test_first_screen import attach_and_start, restart

pytestmark = pytest.mark.ui

ME = "/players/me"


def shot(w, name: str) -> None:  # type: ignore[no-untyped-def]
    """Screenshots of the states, looked at before closing (build/screenshots/play-button-x<scale>/)."""
    import os
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "build" / "screenshots" / \
        f"play-button-x{os.environ.get('QT_SCALE_FACTOR', '1')}"
    folder.mkdir(parents=True, exist_ok=True)
    w.resize(900, 600)
    w.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def installed(qtbot, window):  # type: ignore[no-untyped-def]
    """A player signed in once, with the game installed, and quit."""
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    keeper = window.controller.build_for()
    window.controller.spawn(window.controller.check_build(background=False))
    qtbot.waitUntil(lambda: keeper.checks > 0, timeout=20000)
    window.controller.act(Action.INSTALL)
    qtbot.waitUntil(lambda: keeper.state.phase is Phase.READY and keeper.state.installed is not None, timeout=30000)
    account_id = window.controller.current_id
    window.on_closed = None
    window.close()
    return account_id


def offline_start(qtbot, manifest, accounts, sandbox, *, allowed: bool):  # type: ignore[no-untyped-def]
    manifest = dataclasses.replace(manifest, launch=dataclasses.replace(manifest.launch, offline=allowed))
    sandbox.state.inject(ME, status=503, body="", times=1000)
    w, _ = restart(qtbot, manifest)
    attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(lambda: w.controller.stale_reason != "", timeout=20000)  # the refresh after paint failed
    return w


def test_offline_play_starts_the_installed_game_with_the_saved_session(qtbot, installed, manifest, accounts,
                                                                      sandbox, monkeypatch):
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    w = offline_start(qtbot, manifest, accounts, sandbox, allowed=True)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    # the game was started with the saved session (the demo game then asks the server, which still fails: a real
    # game offline decides for itself what it can do)
    qtbot.waitUntil(lambda: w.controller.game_of(installed).last_exit != "", timeout=20000)
    assert "Demo Quest" in w.controller.game_of(installed).last_exit
    assert w.controller.reach.value == "offline_play"
    assert w.profile_page.play_button.text() == "Play offline"
    shot(w, "offline-play")
    assert "saved session" in w.profile_page.play_panel.detail.text()


def test_without_offline_play_the_button_says_why_and_retry_works_when_the_servers_answer(
        qtbot, installed, manifest, accounts, sandbox):
    w = offline_start(qtbot, manifest, accounts, sandbox, allowed=False)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.profile_page.play_button.text() == "Retry", timeout=20000)
    assert "internet connection" in w.profile_page.play_panel.detail.text()
    assert not w.controller.game_of(installed).running
    shot(w, "offline-retry")
    sandbox.state.clear()
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.profile_page.play_button.text() == "Play" and w.controller.session is not None,
                    timeout=20000)
    assert not w.profile_page.stale.isVisible()


def test_the_network_coming_back_retries_at_once(qtbot, installed, manifest, accounts, sandbox):
    w = offline_start(qtbot, manifest, accounts, sandbox, allowed=False)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.profile_page.play_button.text() == "Retry", timeout=20000)
    sandbox.state.clear()
    w.controller.network_back()  # what QNetworkInformation's reachability change calls
    qtbot.waitUntil(lambda: w.controller.session is not None and w.profile_page.play_button.text() == "Play",
                    timeout=20000)


def test_news_and_server_status_show_above_play(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    window.controller.spawn(window.controller.load_news())
    qtbot.waitUntil(lambda: window.controller.news is not None, timeout=20000)
    strip = window.profile_page.news
    assert strip.isVisible()
    shown = [text.text() for text, _ in strip.rows if text.isVisible()]
    assert len(shown) == 2 and all(" · " in line for line in shown)
    assert shown[0].split(" · ", 1)[1].startswith(window.controller.news.items[0].title)


def test_a_session_that_ends_in_the_background_goes_straight_to_the_prefilled_sign_in(qtbot, window, sandbox,
                                                                                     monkeypatch):
    import functools
    import json

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    account = window.controller.current_id
    body = json.dumps({"errors": [{"status": "401", "code": "invalid_refresh_token", "title": "Unauthorized"}]})
    sandbox.state.inject("/players/refresh_token", status=401, body=body, times=10)
    core = window.controller.core
    monkeypatch.setattr(core, "refresh_due", functools.partial(core.refresh_due, margin_s=10**9))  # all due now
    window.controller.spawn(window.controller.refresh_due())
    qtbot.waitUntil(lambda: window.login is not None and window.current_page() is window.login, timeout=20000)
    assert window.controller.reach.value == "expired"
    row = next(r for r in range(window.account_model.rowCount()) if window.account_model.account(r).id == account)
    assert not window.account_model.account(row).token_names  # the sidebar knows at once
