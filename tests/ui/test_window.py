"""The real window against the real sandbox: clicks, keys, and what the player sees."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from tests.conftest import PROVIDERS

pytestmark = pytest.mark.ui


def fill(window, provider_id: str, values: dict) -> None:
    window.picker.tiles[provider_id].click()
    form = window.login
    assert form is not None and form.provider.id == provider_id
    for name, value in values.items():
        widget = form.inputs[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setChecked(value in ("true", True))
    form._update_visibility()


def sign_in(qtbot, window, provider_id: str, values: dict) -> None:
    fill(window, provider_id, values)
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_sign_in_through_every_provider_shows_profile_and_chests(qtbot, window, provider):
    values, _ = PROVIDERS[provider]
    sign_in(qtbot, window, provider, values)
    page = window.profile_page
    assert page.name.full and page.model.rowCount() == page.model.total
    assert window.account_model.rowCount() == 1
    if provider != "appcharge":
        assert page.model.rowCount() > 0 and page.chests.stack.currentWidget() is page.table
    else:
        assert page.chests.empty.isVisible() and "No chests yet" in page.chests.empty.text()


def test_enter_submits_and_validation_shows_as_you_type(qtbot, window, sandbox):
    window.picker.tiles["gacha"].click()
    form = window.login
    email = form.inputs["email"]
    qtbot.keyClicks(email, "player@")
    assert form.errors["email"].isVisible() and "not a valid email" in form.errors["email"].text()
    qtbot.keyClicks(email, "example.com")
    assert not form.errors["email"].isVisible()
    qtbot.keyClicks(form.inputs["password"], "SecurePassword123!")
    qtbot.keyClick(form.inputs["password"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)
    assert window.profile_page.name.full == "player@example.com"


def test_missing_required_field_is_flagged_without_a_request(qtbot, window, sandbox):
    window.picker.tiles["gacha"].click()
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    assert window.login.errors["email"].isVisible() and window.login.errors["password"].isVisible()
    assert not sandbox.state.requests


def test_password_show_hide(qtbot, window):
    window.picker.tiles["gacha"].click()
    password = window.login.inputs["password"]
    assert password.echoMode() == QLineEdit.EchoMode.Password
    password.property("toggle").trigger()
    assert password.echoMode() == QLineEdit.EchoMode.Normal


def test_server_error_appears_next_to_the_form(qtbot, window, sandbox):
    sandbox.state.inject("/players/sign_in", status=500, body="", times=3)
    fill(window, "gacha", PROVIDERS["gacha"][0])
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.login.form_error.isVisible, timeout=10000)
    assert "HTTP 500" in window.login.form_error.text() and window.login.submit.text() == "Sign in"


def test_slow_sign_in_shows_cancel_and_cancel_really_cancels(qtbot, window, sandbox):
    sandbox.state.inject("/players/sign_in", delay=5)
    fill(window, "gacha", PROVIDERS["gacha"][0])
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login.submit.text() == "Cancel", timeout=3000)
    assert window.login.progress.isVisible()
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login.submit.text() == "Sign in", timeout=3000)
    assert window.statusBar().currentMessage() == "Sign-in cancelled."
    assert not window.login.form_error.isVisible()  # a cancel is not an error
    assert window.account_model.rowCount() == 0


def test_chained_sign_in_shows_its_steps_from_the_plan(qtbot, window, sandbox):
    sandbox.state.inject("/player/profile/signin", delay=1.0, passthrough=True)
    fill(window, "earth", PROVIDERS["earth"][0])
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login.steps.text().startswith("Step 2 of 3"), timeout=5000)
    assert "game server" in window.login.steps.text()
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)


def test_switch_accounts_with_a_click_and_ctrl_number(qtbot, window, sandbox):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    window.show_picker()
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "bjorn"})
    assert window.profile_page.name.full == "Bjorn Ironside" and window.account_model.rowCount() == 2
    sandbox.state.clear()
    astrid_row = next(r for r in range(2) if window.account_model.account(r).display_name == "Astrid Stormborn")
    window.sidebar.list.clicked.emit(window.account_model.index(astrid_row))
    qtbot.waitUntil(lambda: window.profile_page.name.full == "Astrid Stormborn", timeout=5000)
    assert not sandbox.state.received("/Client/LoginWithCustomID")  # no new sign-in
    bjorn_row = 1 - astrid_row
    qtbot.keyClick(window, Qt.Key.Key_1 + bjorn_row, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.profile_page.name.full == "Bjorn Ironside", timeout=5000)


def test_sign_out_keeps_account_and_switching_to_it_opens_the_form_prefilled(qtbot, window):
    sign_in(qtbot, window, "gacha", PROVIDERS["gacha"][0])
    account_id = window.controller.current_id
    window.sign_out_action.trigger()
    assert window.account_model.rowCount() == 1
    assert "signed out" in window.account_model.data(window.account_model.index(0))
    window.on_switch(account_id)
    qtbot.waitUntil(lambda: window.login is not None and window.current_page() is window.login, timeout=5000)
    assert window.login.inputs["email"].text() == "player@example.com"
    assert "signed out" in window.login.form_error.text()


def test_remove_asks_for_confirmation(qtbot, window, monkeypatch):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer(button_text: str) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(100, lambda: answer("Cancel"))
    window.confirm_remove(window.controller.current_id)
    assert window.account_model.rowCount() == 1
    QTimer.singleShot(100, lambda: answer("Remove"))
    window.confirm_remove(window.controller.current_id)
    assert window.account_model.rowCount() == 0 and window.current_page() is window.picker


def test_play_launches_the_demo_game_which_reports_the_player(qtbot, window, launcher_home):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    qtbot.mouseClick(window.profile_page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed" in window.profile_page.game_status.text(), timeout=15000)
    assert window.profile_page.play_button.isEnabled()
    log = next(launcher_home.rglob("demo-game.log")).read_text()
    assert "playing as Astrid Stormborn" in log


def test_continue_with_facebook_shows_a_code_to_enter_and_signs_in(qtbot, window, sandbox):
    import httpx

    sandbox.state.settings["facebook_device_interval"] = 1
    window.picker.tiles["playfab-facebook"].click()
    qtbot.mouseClick(window.login.external_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.login.code_box.isVisible, timeout=5000)
    code = window.login.code_label.text()
    assert len(code) >= 6 and "/facebook/device" in window.login.code_intro.text()
    qtbot.mouseClick(window.login.copy_code, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == code
    address = window.controller.device_code.verification_uri

    async def browser() -> None:
        async with httpx.AsyncClient() as web:
            await web.post(address, data={"user_code": code, "user": "EAADemoBjornFacebookToken"})
    approving = asyncio.ensure_future(browser())
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)
    assert approving.done()
    assert window.profile_page.name.full == "Bjorn Ironside"


def test_avatar_arrives_after_the_profile(qtbot, window):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    url = window.controller.profile.avatar_url
    qtbot.waitUntil(lambda: bool(window.controller.avatars.get(url)), timeout=5000)


def test_chest_filter_and_empty_state(qtbot, window):
    sign_in(qtbot, window, "gacha", PROVIDERS["gacha"][0])
    page = window.profile_page
    qtbot.keyClicks(page.filter, "dragon")
    assert page.model.rowCount() == 1 and page.chests.chest_title.text() == "1 of 3 chests"
    qtbot.keyClicks(page.filter, "zzz")
    assert page.chests.stack.currentWidget() is page.chests.empty and "No chests match" in page.chests.empty.text()


def test_every_control_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox
    from PySide6.QtWidgets import QLineEdit as Edit

    for pid in window.picker.tiles:
        window.picker.tiles[pid].click()
        for kind in (QAbstractButton, QComboBox, Edit):
            for widget in window.login.findChildren(kind):
                if widget.isVisibleTo(window.login):
                    assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), \
                        f"{pid}: {widget.objectName()}"
        window.show_picker()
