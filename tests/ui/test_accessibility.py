"""Issue 24, item 23: what a screen reader is given is text. Qt hands a widget's tooltip to assistive technology as
its description when the widget has none, markup and all (`<span>550e8400-…</span>`); this walks every widget of
every page and fails on markup in an accessible name or description."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.conftest import GACHA

pytestmark = pytest.mark.ui

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>|&(lt|gt|amp|quot|apos|nbsp|#\d+|#x[0-9a-f]+);",
                    re.IGNORECASE)


def markup_in(window, where: str) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.isValid():
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            text = face.text(kind)
            if text and MARKUP.search(text):
                found.append(f"{where}: {type(widget).__name__}#{widget.objectName()} {kind.name}: {text!r}")
    return found


def test_no_markup_reaches_a_screen_reader_on_any_page(qtbot, window):
    from tests.ui.test_window import sign_in

    found = markup_in(window, "picker")
    c = window.controller
    for provider in c.methods():
        window.show_login(provider.id)
        found += markup_in(window, f"form {provider.id}")
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    page = window.profile_page
    page.details_toggle.setChecked(True)
    window.on_play()
    qtbot.waitUntil(lambda: bool(page.game_status.text()), timeout=20000)
    found += markup_in(window, "profile")
    page.set_stale(True, "The servers did not answer.")
    found += markup_in(window, "profile, not up to date")
    window.unavailable.show_problem("Astrid", "The system keychain could not be opened.")
    window.show_page(window.unavailable)
    found += markup_in(window, "unavailable")
    assert not found, "\n".join(found)


def test_no_markup_reaches_a_screen_reader_for_a_player_either(qtbot, player_window):
    from tests.ui.test_window import sign_in

    found = markup_in(player_window, "player picker")
    sign_in(qtbot, player_window, "gacha", GACHA)
    found += markup_in(player_window, "player profile")
    assert not found, "\n".join(found)


def test_a_name_that_looks_like_markup_is_described_as_the_text_it_is(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    page = window.profile_page
    profile = window.controller.profile
    profile.display_name = "<b>Bold</b> & <i>Co</i>"
    page.show_profile(profile, stale=True, stale_reason="<span>kept</span> from last time")
    stale = QAccessible.queryAccessibleInterface(page.stale).text(QAccessible.Text.Description)
    assert stale == "Shown as it was last time. <span>kept</span> from last time."[:-1]  # the text, not re-escaped
    assert "&lt;span&gt;kept" in page.stale.toolTip()  # while the tooltip shows it literally
    for widget in (page.name, page.avatar):
        face = QAccessible.queryAccessibleInterface(widget)
        texts = [face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)]
        assert not any("&lt;" in t or "<span>" in t for t in texts), texts
    assert page.name.accessibleName() == profile.display_name  # the text as it is, not escaped
