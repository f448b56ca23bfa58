"""Help > Check my connection: the doctor's checks in the window, in a player's words, without freezing it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_a_player_sees_every_check_in_plain_words(qtbot, player_window, sandbox):
    w = player_window
    help_menu = w.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if "connection" in a.text().lower())
    action.trigger()
    dialog = w.connection_dialog
    qtbot.waitUntil(dialog.copy.isEnabled, timeout=30000)
    texts = [label.text() for label in dialog.rows.findChildren(QLabel)]
    assert "The sign-in server answers." in texts and "Game downloads are available." in texts
    assert not any("playfab" in t.lower() or "HTTP" in t for t in texts)  # no jargon for a player
    assert dialog.summary.text()
    assert "title (playfab)" in dialog.report()  # the technical report for support


def test_a_tester_sees_the_details_and_a_failure_with_its_fix(qtbot, window, sandbox):
    sandbox.state.settings["playfab_title_exists"] = False
    window.check_connection()
    dialog = window.connection_dialog
    qtbot.waitUntil(dialog.copy.isEnabled, timeout=30000)
    title = dialog.rows.findChild(QLabel, "Check-title")
    assert "1131" in title.text() and "[playfab] title_id" in title.text()
    assert "something is wrong" in dialog.summary.text().lower()
