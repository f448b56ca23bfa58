"""Retry beside "Not up to date": a profile that could not be updated (a server or the keychain did not answer)
says so, and one click opens the account again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .test_window import sign_in


def test_retry_beside_not_up_to_date_opens_the_account_again(qtbot, window, sandbox):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    window.show_picker()
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "bjorn"})
    astrid_row = next(r for r in range(2) if window.account_model.account(r).display_name == "Astrid Stormborn")
    sandbox.state.inject("/Client/GetPlayerCombinedInfo", status=503, body="", times=50)
    window.sidebar.list.clicked.emit(window.account_model.index(astrid_row))
    page = window.profile_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible() and not window.controller.busy, timeout=20000)
    assert page.stale.text() == "Not up to date" and page.name.full == "Astrid Stormborn"
    sandbox.state.clear()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.stale.isVisible() and not page.retry_button.isVisible(), timeout=20000)
    assert page.name.full == "Astrid Stormborn"
