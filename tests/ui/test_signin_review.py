"""Sign-in review (issue 24) in the window: the Facebook page a player sees, Enter that never cancels, Show/Hide,
Earth's sub-choice, combo popups, links under the form, the picker after an environment switch, Ctrl+N and the
arrow keys, the environment a form signs into."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from tests.conftest import GACHA

pytestmark = pytest.mark.ui


@pytest.fixture
def review_manifest(tmp_path, sandbox):
    """The demo manifest with live, staging and dev, the studio's support page and its password pages for the
    email method; dev's account service is a closed port."""
    from launcher.manifest import DEMO_MANIFEST, load

    text = DEMO_MANIFEST.read_text().replace('icon = "icons/demo-game.svg"',
                                             'support_url = "https://support.example/help"')
    text = text.replace('[providers.playfab-email]\n', '[providers.gacha]\n'
                        'forgot_password_url = "https://example.com/forgot"\n'
                        'create_account_url = "https://example.com/join"\n\n[providers.playfab-email]\n')
    text += ('\n[environments]\ndefault = "live"\n[environments.live]\n[environments.staging.earth]\n'
             'client_version = "0.35.0"\n[environments.dev.services]\ngacha = "http://127.0.0.1:9/gacha"\n')
    path = DEMO_MANIFEST.parent / f".test-review-{os.getpid()}.toml"
    path.write_text(text)
    try:
        manifest = load(path)
    finally:
        path.unlink()
    return manifest.with_services(sandbox.service_urls())


def _open(qtbot, manifest, accounts, monkeypatch, *, tester: bool):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import _window

    return _window(qtbot, manifest, accounts, monkeypatch, tester=tester)


@pytest.fixture
def tester_window(qtbot, qloop, review_manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    w = _open(qtbot, review_manifest, accounts, monkeypatch, tester=True)
    yield w
    w.on_closed = None
    w.controller.cancel()


@pytest.fixture
def player(qtbot, qloop, review_manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    w = _open(qtbot, review_manifest, accounts, monkeypatch, tester=False)
    yield w
    w.on_closed = None
    w.controller.cancel()


def fill(window, values: dict) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        window.login.inputs[name].setText(value)


# --- 5: the Facebook page a player sees ----------------------------------------------------------------------------
def test_a_player_sees_only_continue_with_facebook_and_the_time_left(qtbot, player, sandbox):
    sandbox.state.settings["facebook_device_interval"] = 1
    player.picker.tiles["playfab-facebook"].click()
    form = player.login
    assert form.external_button.isVisible() and not form.submit.isVisible()
    assert "access_token" not in form.inputs
    assert player.focusWidget() is form.external_button
    qtbot.mouseClick(form.external_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.code_box.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: "left" in form.steps.text(), timeout=3000)
    assert form.steps.text().startswith("Waiting for you to confirm on Facebook…")
    assert form.steps.text().endswith(("6:59 left", "7:00 left", "6:58 left"))
    assert form.submit.isVisible() and form.submit.text() == "Cancel"  # a way out while waiting
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.busy, timeout=3000)
    assert not form.submit.isVisible() and form.form_info.text() == "Sign-in cancelled."


def test_a_tester_still_gets_the_token_field_and_its_button(qtbot, tester_window):
    tester_window.picker.tiles["playfab-facebook"].click()
    assert "access_token" in tester_window.login.inputs and tester_window.login.submit.isVisible()


# --- 6: Enter never cancels; a cancel and a slow answer are said in the form; Retry after a server error ----------
def test_a_second_enter_or_a_held_key_never_cancels(qtbot, tester_window, sandbox):
    w = tester_window
    sandbox.state.inject("/players/sign_in", delay=2, passthrough=True)
    w.picker.tiles["gacha"].click()
    fill(w, GACHA)
    password = w.login.inputs["password"]
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.login.busy, timeout=3000)
    for _ in range(3):  # a key repeat lands on whatever has focus now (the Cancel button)
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)
        qtbot.keyClick(w.login, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: w.current_page() is w.profile_page, timeout=10000)
    assert "cancelled" not in w.statusBar().currentMessage().lower()


def test_cancel_is_said_in_the_form_and_a_long_wait_says_so_before_the_deadline(qtbot, tester_window, sandbox):
    w = tester_window
    sandbox.state.inject("/players/sign_in", delay=5)
    w.picker.tiles["gacha"].click()
    fill(w, GACHA)
    w.login.slow_after_s = 0.5
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "this is taking longer than usual" in w.login.steps.text(), timeout=3000)
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)  # a click cancels (Esc too: test_window.py)
    qtbot.waitUntil(lambda: not w.login.busy, timeout=3000)
    assert w.login.form_info.isVisible() and w.login.form_info.text() == "Sign-in cancelled."
    assert not w.login.form_error.isVisible()


def test_a_server_error_offers_retry_in_one_click(qtbot, tester_window, sandbox):
    w = tester_window
    sandbox.state.inject("/players/sign_in", status=500, body="", times=3)
    w.picker.tiles["gacha"].click()
    fill(w, GACHA)
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.login.form_error.isVisible, timeout=10000)
    assert w.login.retry_button.isVisible() and w.focusWidget() is w.login.retry_button
    sandbox.state.clear()  # the server is back
    qtbot.mouseClick(w.login.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.current_page() is w.profile_page, timeout=10000)


def test_a_wrong_password_offers_no_retry(qtbot, tester_window, sandbox):
    w = tester_window
    w.picker.tiles["gacha"].click()
    fill(w, {"email": "player@example.com", "password": "wrong"})
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.login.form_error.isVisible, timeout=10000)
    assert not w.login.retry_button.isVisible()


# --- 7: Show/Hide ---------------------------------------------------------------------------------------------------
def test_show_hide_is_a_visible_named_button_the_keyboard_reaches(qtbot, tester_window):
    w = tester_window
    w.picker.tiles["gacha"].click()
    password = w.login.inputs["password"]
    reveal = w.login.reveal_buttons["password"]
    assert reveal.isVisible() and not reveal.icon().isNull() and reveal.width() >= 16
    assert reveal.accessibleName() == "Show password"
    password.setFocus()
    qtbot.keyClick(password, Qt.Key.Key_Tab)
    assert w.focusWidget() is reveal
    qtbot.keyClick(reveal, Qt.Key.Key_Space)
    assert password.echoMode() == QLineEdit.EchoMode.Normal and reveal.accessibleName() == "Hide password"
    password.setFocus()
    qtbot.keyClick(password, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
    assert password.echoMode() == QLineEdit.EchoMode.Password


# --- 8: Earth's sub-choice, its labels, the heading; combo popups show every item ------------------------------------
def test_earths_choice_stays_above_the_button_it_controls_and_uses_the_manifests_labels(qtbot, player):
    player.picker.tiles["earth"].click()
    form = player.login
    via: QComboBox = form.inputs["via"]
    assert [via.itemText(i) for i in range(via.count())] == ["Facebook", "Studio account"]
    assert form.title.text() == "Play online" and "Sign in with Play online" not in form.title.text()
    via.setCurrentIndex(via.findData("playfab-facebook"))
    QApplication.processEvents()
    top = via.mapTo(form, QPoint(0, 0)).y()
    assert form.external_button.isVisible() and form.external_button.mapTo(form, QPoint(0, 0)).y() > top
    via.setCurrentIndex(via.findData("playfab-email"))
    QApplication.processEvents()
    assert via.mapTo(form, QPoint(0, 0)).y() == top  # nothing above it came or went: it stays under the pointer


def test_a_combo_popup_shows_every_item(qtbot, tester_window):
    """Under the window's style sheet, at the top of the screen (where Fusion's popup, opened over the current
    item, was cut to a row or two with a scroll arrow)."""
    w = tester_window
    w.picker.tiles["earth"].click()
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(via := QComboBox())
    for n in range(w.login.inputs["via"].count()):
        via.addItem(w.login.inputs["via"].itemText(n))
    holder.resize(400, 300)
    holder.move(0, 0)
    holder.show()
    QApplication.processEvents()
    via.setCurrentIndex(2)
    via.showPopup()
    view = via.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    try:
        room = view.viewport().rect()
        rows = [view.visualRect(via.model().index(r, 0)) for r in range(via.count())]
        shown = [r for r, rect in enumerate(rows) if room.top() <= rect.top() and rect.bottom() <= room.bottom()]
        assert shown == list(range(via.count()))
    finally:
        via.hidePopup()


# --- 13: a banned account: said once, the support page; the email form's own pages ---------------------------------
def test_banned_is_said_once_with_the_support_page_and_no_password_to_retype(qtbot, tester_window, sandbox):
    w = tester_window
    w.picker.tiles["gacha"].click()
    fill(w, {"email": "banned@example.com", "password": "Cheater123!"})
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.login.form_error.isVisible, timeout=10000)
    assert w.login.form_error.text() == "This account has been suspended."
    assert w.login.support_button.isVisible() and w.focusWidget() is w.login.support_button
    assert w.login.inputs["password"].selectedText() == ""


def test_the_email_form_links_to_the_studios_password_pages(qtbot, player):
    player.picker.tiles["gacha"].click()
    links = player.login.links
    assert links["forgot_password_url"].text() == "Forgot password?" and links["forgot_password_url"].isVisible()
    assert links["create_account_url"].text() == "Create an account"
    assert "https://example.com/forgot" in links["forgot_password_url"].toolTip()
    player.show_picker()
    player.picker.tiles["playfab-email"].click()
    assert player.login.links == {}  # only where the manifest gives them


# --- 18: the picker after an environment switch -----------------------------------------------------------------------
def _every_tile_visible_and_hit_testable(window) -> None:  # type: ignore[no-untyped-def]
    picker = window.picker
    rects = []
    for pid, tile in picker.tiles.items():
        assert tile.isVisible(), pid
        centre = tile.mapTo(picker, tile.rect().center())
        hit: QWidget | None = picker.childAt(centre)
        while hit is not None and hit is not tile:
            hit = hit.parentWidget()
        assert hit is tile, pid
        rects.append(tile.geometry().translated(tile.parentWidget().mapTo(picker, QPoint(0, 0))))
    for n, first in enumerate(rects):
        assert not any(first.intersects(other) for other in rects[n + 1:])


def test_after_switching_environment_every_tile_is_visible_and_clicks_the_right_one(qtbot, tester_window):
    w = tester_window
    w.resize(1100, 760)
    QApplication.processEvents()
    _every_tile_visible_and_hit_testable(w)
    for env in ("staging", "dev", "live"):
        w.picker.tiles["gacha"].click()  # on a form (the picker hidden), as a tester switching from the sidebar is
        w.choose_environment(env)  # rebuilds the tiles
        w.show_picker()
        QApplication.processEvents()
        _every_tile_visible_and_hit_testable(w)
        w.choose_environment(env)  # and while the picker shows
        QApplication.processEvents()
        _every_tile_visible_and_hit_testable(w)
    custom = w.picker.tiles["playfab-custom"]
    qtbot.mouseClick(w.picker.childAt(custom.mapTo(w.picker, custom.rect().center())) or custom,
                     Qt.MouseButton.LeftButton)
    assert w.login is not None and w.login.provider.id == "playfab-custom"


# --- 20: Ctrl+N, the last method; arrows move on the screen ----------------------------------------------------------
def test_ctrl_n_focuses_the_method_used_last(qtbot, tester_window):
    w = tester_window
    w.picker.tiles["playfab-custom"].click()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current_page() is w.picker, timeout=2000)
    assert w.focusWidget() is w.picker.tiles["playfab-custom"]


def test_arrow_keys_move_to_the_tile_above_below_and_beside(qtbot, tester_window):
    w = tester_window
    w.resize(1000, 760)
    w.show_picker()
    QApplication.processEvents()
    tiles = list(w.picker.tiles.values())
    centre = {t: t.mapTo(w.picker, t.rect().center()) for t in tiles}
    first = tiles[0]
    below = min((t for t in tiles if centre[t].y() > centre[first].y()),
                key=lambda t: (centre[t].y(), abs(centre[t].x() - centre[first].x())))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert w.focusWidget() is below and abs(centre[below].x() - centre[first].x()) < first.width()
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert w.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert w.focusWidget() is tiles[1] and centre[tiles[1]].y() == centre[first].y()
    qtbot.keyClick(tiles[1], Qt.Key.Key_Left)
    assert w.focusWidget() is first


# --- 21: the environment a form signs into; a tester's network error names it ---------------------------------------
def test_the_form_shows_its_environment_and_a_testers_network_error_names_it_and_the_host(qtbot, tester_window):
    w = tester_window
    w.choose_environment("dev")
    w.picker.tiles["gacha"].click()
    assert w.login.environment_label.isVisible() and w.login.environment_label.text() == "Signs in to: dev"
    fill(w, GACHA)
    qtbot.mouseClick(w.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.login.form_error.isVisible, timeout=15000)
    text = w.login.form_error.text()
    assert text.startswith("Check your internet connection.") and "dev — 127.0.0.1:9: connection refused" in text
