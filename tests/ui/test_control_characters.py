"""Names and chest texts from outside reach the window without their control characters (NUL, ESC, BEL would
show as boxes), as the command line prints them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from launcher.models import Item
from ui.models import ChestModel

from ..conftest import CUSTOM

NASTY = "Ast\x00rid\x1b[31m Storm\x07born"


def test_the_sidebar_shows_a_label_without_control_characters(qtbot, window, sandbox):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "playfab-custom", CUSTOM)
    account = window.controller.accounts[0]
    window.controller.rename(account.id, NASTY)
    model = window.account_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), model.IdRole) == account.id)
    shown = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
    spoken = model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)
    for text in (shown, spoken):
        assert "Astrid" in text and not any(ord(c) < 32 and c != "\n" for c in text)


def test_chest_names_and_descriptions_lose_their_control_characters(qtbot):
    model = ChestModel()
    model.set_items([Item("1", NASTY, "line\x1b[2Jwipe\x07", 1)])
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    name = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    description = model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert not any(ord(c) < 32 for c in name + description) and "Astrid" in name
