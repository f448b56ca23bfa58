"""A link (`launcher open URL`) reaching the running window: it shows that account's profile with Play ready, or
that provider's form, and never plays, signs in or cancels anything by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from launcher.instance_lock import InstanceLock, instance_name
from launcher.links import ShowAccount, ShowSignIn
from tests.support.manifests import demo_manifest_text
from ui.single_instance import SingleInstance, connect_window

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]


def sign_in(qtbot, window, custom_id: str) -> str:  # type: ignore[no-untyped-def]
    window.picker.tiles["playfab-custom"].click()
    window.login.inputs["custom_id"].setText(custom_id)
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page and not window.controller.busy,
                    timeout=10000)
    return str(window.controller.current_id)


def no_game_started(window, account_id: str) -> bool:  # type: ignore[no-untyped-def]
    game = window.controller.game_of(account_id)
    return not getattr(game, "running", False) and getattr(game, "started_at", None) is None


@pytest.fixture
def two_accounts(qtbot, window, sandbox):  # type: ignore[no-untyped-def]
    astrid = sign_in(qtbot, window, "astrid")
    window.show_picker()
    bjorn = sign_in(qtbot, window, "bjorn")
    assert window.profile_page.name.full == "Bjorn Ironside"
    sandbox.state.clear()
    return astrid, bjorn


def test_a_forwarded_play_link_shows_that_account_and_does_not_start_the_game(qtbot, window, sandbox,  # type: ignore[no-untyped-def]
                                                                             two_accounts, tmp_path):
    astrid, _ = two_accounts
    listening = SingleInstance(f"launcher-test-{uuid.uuid4().hex[:8]}")
    assert listening.listen()
    connect_window(listening, window, window.show_login)
    try:
        assert SingleInstance(listening.name).send({"link": ShowAccount(astrid, play=True).to_message()})
        qtbot.waitUntil(lambda: window.profile_page.name.full == "Astrid Stormborn" and not window.controller.busy,
                        timeout=10000)
        assert window.controller.current_id == astrid and window.current_page() is window.profile_page
        assert window.profile_page.play_button.isEnabled()  # Play is ready: the player clicks it
        qtbot.wait(300)
        assert no_game_started(window, astrid)
        assert not sandbox.state.received("/Client/LoginWithCustomID")  # no sign-in either
    finally:
        listening.close()


def test_a_signin_link_opens_the_form_and_signs_in_no_one(qtbot, window, sandbox, two_accounts):  # type: ignore[no-untyped-def]
    listening = SingleInstance(f"launcher-test-{uuid.uuid4().hex[:8]}")
    assert listening.listen()
    connect_window(listening, window, window.show_login)
    try:
        SingleInstance(listening.name).send({"link": ShowSignIn("gacha").to_message()})
        qtbot.waitUntil(lambda: window.login is not None and window.current_page() is window.login, timeout=5000)
        assert window.login.provider.id == "gacha" and window.login.inputs["email"].text() == ""
        assert not sandbox.state.received("/gacha/api/v1/players/sign_in")
    finally:
        listening.close()


def test_a_link_to_an_account_that_is_not_here_only_says_so(qtbot, window, two_accounts):  # type: ignore[no-untyped-def]
    _, bjorn = two_accounts
    window.open_link(ShowAccount("gacha:someone-else", play=True))
    assert "not saved" in window.statusBar().currentMessage()
    assert window.controller.current_id == bjorn and window.profile_page.name.full == "Bjorn Ironside"


def test_a_link_never_cancels_a_sign_in_in_progress(qtbot, window, sandbox, two_accounts):  # type: ignore[no-untyped-def]
    astrid, _ = two_accounts
    sandbox.state.inject("/Client/LoginWithCustomID", delay=5)
    window.show_picker()
    window.picker.tiles["playfab-custom"].click()
    window.login.inputs["custom_id"].setText("carl")
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.controller.busy), timeout=3000)
    window.open_link(ShowAccount(astrid))
    assert "busy" in window.statusBar().currentMessage()
    qtbot.wait(500)
    assert window.controller.busy and window.current_page() is window.login
    assert window.controller.current_id != astrid
    window.controller.cancel()


def test_launcher_open_in_a_second_process_reaches_the_running_window(qtbot, window, two_accounts, tmp_path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch):
    """The real hand-over: `python -m ui open URL` finds this game's window holding the lock and listening on this
    game's socket, hands the link over and exits 0 at once."""
    astrid, _ = two_accounts
    manifest = tmp_path / "demo.toml"
    manifest.write_text(demo_manifest_text(), "utf-8")
    lock = InstanceLock()
    assert lock.acquire()
    listening = SingleInstance(instance_name())
    assert listening.listen()
    connect_window(listening, window, window.show_login)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    try:
        opener = subprocess.Popen([sys.executable, "-m", "ui", "--manifest", str(manifest), "open",
                                   f"game-launcher://play?account={astrid.replace(':', '%3A')}"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        qtbot.waitUntil(lambda: opener.poll() is not None, timeout=30000)
        _, err = opener.communicate(timeout=5)
        assert opener.returncode == 0 and "already running" in err, err
        qtbot.waitUntil(lambda: window.controller.current_id == astrid and not window.controller.busy
                        and window.profile_page.name.full == "Astrid Stormborn", timeout=10000)
        assert no_game_started(window, astrid)
    finally:
        listening.close()
        lock.release()
