"""Start-to-Play: the saved account's last known profile is painted before the rest of the launcher is loaded,
and Play clicked there starts the game once the controller is up."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from tests.conftest import GACHA

pytestmark = pytest.mark.ui


@pytest.fixture
def saved(qtbot, window):  # type: ignore[no-untyped-def]
    """A player signed in once and quit: a saved account with its session and profile snapshot."""
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    account_id = window.controller.current_id
    window.on_closed = None
    window.close()
    return account_id


def restart(qtbot, manifest):  # type: ignore[no-untyped-def]
    """A new window as `ui.app.run` starts it: the frame, then the first screen (no controller yet)."""
    from ui.app import show_first_screen
    from ui.main_window import MainWindow

    w = MainWindow(manifest.name, game_icon=__import__("PySide6.QtGui", fromlist=["QIcon"]).QIcon())
    qtbot.addWidget(w)
    w.show()
    shown = show_first_screen(w, None)
    return w, shown


def attach_and_start(w, manifest, accounts):  # type: ignore[no-untyped-def]
    from ui.app import make_controller

    w.attach(make_controller(manifest, accounts=accounts))
    starting = asyncio.ensure_future(w.controller.start())
    starting.add_done_callback(lambda _t: w.controller_started())
    return starting


def test_the_saved_profile_and_play_are_painted_before_the_controller_exists(qtbot, saved, manifest):
    w, shown = restart(qtbot, manifest)
    page = w.profile_page
    assert shown and not hasattr(w, "controller")
    assert page.isVisible() and page.name.full == "player@example.com"
    assert page.play_button.isVisible() and page.play_button.isEnabled() and page.play_button.hasFocus()
    assert page.stale.isVisible() and page.provider.text() == "Email and password"
    assert page.chests is not None and page.model.total == 3  # the chests follow right after Play's paint


def test_play_clicked_on_the_first_screen_starts_the_game_once_the_launcher_is_up(
        qtbot, saved, manifest, accounts, launcher_home):
    w, _ = restart(qtbot, manifest)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    assert not w.profile_page.play_button.isEnabled() and "Getting ready" in w.profile_page.game_status.text()

    attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(lambda: "closed" in w.controller.game_of(saved).last_exit, timeout=10000)
    assert w.current_page() is w.profile_page and w.controller.current_id == saved
    log = next(launcher_home.rglob("demo-game.log")).read_text()
    assert "player@example.com" in log


def test_play_clicked_on_the_first_screen_is_not_cancelled_by_the_background_refresh(
        qtbot, saved, manifest, accounts, sandbox):
    """Play opens the account over the network; the refresh that follows the first screen's paint must wait for
    it, not cancel it (it did: "Sign-in cancelled." and no game)."""
    sandbox.state.inject("/players/me", delay=0.8, passthrough=True, times=5)  # Play's opening is in flight...
    from launcher import events as ev

    w, _ = restart(qtbot, manifest)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    attach_and_start(w, manifest, accounts)  # ...when the refresh after the paint (0.25 s) comes round
    seen: list[ev.Event] = []
    w.controller.subscribe(seen.append)
    qtbot.waitUntil(lambda: "closed" in w.controller.game_of(saved).last_exit, timeout=15000)
    assert not [e for e in seen if isinstance(e, ev.Cancelled)]


def test_a_play_click_that_could_not_be_carried_out_is_not_remembered(
        qtbot, saved, manifest, accounts, memory_keyring, sandbox):
    w, _ = restart(qtbot, manifest)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    # Between the first screen and the controller the session went (another launcher signed it out): the
    # account opens on its sign-in form instead, and Play cannot be carried out.
    from launcher import snapshots

    memory_keyring.entries.clear()
    snapshots.forget(saved)
    starting = attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(starting.done, timeout=10000)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=10000)
    assert w.current_page() is w.login and not w.controller.game_of(saved).last_exit  # sign in again
    # Signing in again later shows the profile; the old click must not start the game by itself.
    w.controller.begin_add_account("gacha", GACHA)
    w.on_submit("gacha", GACHA, True)
    qtbot.waitUntil(lambda: w.controller.session is not None, timeout=10000)
    qtbot.wait(200)
    assert not w.controller.game_of(saved).running and not w.controller.game_of(saved).last_exit


def test_no_first_screen_without_a_saved_session(qtbot, manifest, launcher_home):
    w, shown = restart(qtbot, manifest)
    assert not shown and not hasattr(w, "profile_page")


def test_play_stays_in_place_when_the_rest_of_the_window_arrives(qtbot, saved, manifest, accounts):
    from PySide6.QtCore import QPoint

    w, _ = restart(qtbot, manifest)
    before = w.profile_page.play_button.mapTo(w, QPoint(0, 0))
    starting = attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(starting.done, timeout=10000)
    qtbot.wait(50)  # layouts settle
    assert w.profile_page.play_button.mapTo(w, QPoint(0, 0)) == before


def test_a_saved_account_whose_keychain_cannot_be_read_offers_a_new_sign_in_not_play(
        qtbot, saved, manifest, launcher_home, monkeypatch):
    """Its last known profile would offer a Play that cannot work: the window says what happened and offers the
    one thing that works (signing in for this session)."""
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.outcomes import KeychainError
    from launcher.paths import data_dir
    from tests.ui.conftest import _window

    class Locked(MemoryVault):
        persistent = False

        def get(self, service: str, key: str) -> str | None:
            raise KeychainError("The system keychain could not be opened.")

    w = _window(qtbot, manifest, Accounts(AccountStore(data_dir() / "accounts.json"), Locked()), monkeypatch,
                tester=False)
    starting = asyncio.ensure_future(w.controller.start())
    qtbot.waitUntil(lambda: w.current_page() is w.unavailable and starting.done(), timeout=10000)
    assert w.unavailable.other.isVisible() and w.unavailable.other.text() == "Sign in for this session"
    assert not w.unavailable.again.isVisible() and not w.play_action.isEnabled()


def test_an_account_removed_before_the_launcher_was_up_leaves_the_first_screen(qtbot, saved, manifest, accounts):
    w, _ = restart(qtbot, manifest)
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    accounts.remove(saved)  # another launcher removed it meanwhile
    starting = attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(starting.done, timeout=10000)
    assert w.current_page() is w.picker and not w.controller.game_of(saved).last_exit


def test_a_session_gone_from_the_keychain_asks_to_sign_in_again_instead_of_offering_play(
        qtbot, saved, manifest, accounts, memory_keyring):
    w, _ = restart(qtbot, manifest)
    memory_keyring.entries.clear()  # signed out elsewhere: the keychain answers, and has nothing
    attach_and_start(w, manifest, accounts)
    qtbot.waitUntil(lambda: w.current_page() is w.login, timeout=10000)
    assert w.login.inputs["email"].text() == "player@example.com"  # pre-filled
    assert not accounts.list()[0].token_names  # the file says so too: no Play from its last profile


def test_text_read_back_from_a_snapshot_is_shown_as_text(qtbot, saved, manifest):
    import json

    from launcher import snapshots

    path = snapshots._path(saved)
    doc = json.loads(path.read_text())
    doc["method"] = "<h1 style=color:red>FAKE</h1><a href='https://evil.example'>click</a>"
    doc["details"] = {"<b>Key</b>": "<i>value</i>"}
    path.write_text(json.dumps(doc))
    w, shown = restart(qtbot, manifest)
    page = w.profile_page
    assert shown and page.provider.text() == doc["method"] and page.provider.textFormat() == Qt.TextFormat.PlainText
    keys = [page.grid.itemAt(n).widget() for n in range(page.grid.count())]
    assert any(k.text() == "<b>Key</b>" and k.textFormat() == Qt.TextFormat.PlainText for k in keys
               if hasattr(k, "textFormat"))


def test_play_clicked_after_the_window_filled_in_but_before_start_is_kept(qtbot, saved, manifest, accounts):
    from ui.app import make_controller

    w, _ = restart(qtbot, manifest)
    w.attach(make_controller(manifest, accounts=accounts))  # the controller exists, its start not yet run
    qtbot.mouseClick(w.profile_page.play_button, Qt.MouseButton.LeftButton)
    starting = asyncio.ensure_future(w.controller.start())
    starting.add_done_callback(lambda _t: w.controller_started())
    qtbot.waitUntil(lambda: "closed" in w.controller.game_of(saved).last_exit, timeout=15000)
