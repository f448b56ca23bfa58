"""Issue 24, the profile's first impressions: focus after the game, the profile's order and names, the same player
under several methods, nameless test accounts, the chest table's columns, long values, and a narrow window."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ASTRID_FB, GACHA, PF_EMAIL
from tests.ui.test_first_screen import saved  # noqa: F401  (a fixture: a player signed in once and quit)

pytestmark = pytest.mark.ui


def run(qtbot, coro, timeout: int = 15000):  # type: ignore[no-untyped-def]
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def game_ended(window) -> bool:  # type: ignore[no-untyped-def]
    game = window.controller.game_of(window.controller.current_id)
    return not getattr(game, "running", False) and bool(getattr(game, "last_exit", ""))


# --- 10: focus ---------------------------------------------------------------------------------------------
def test_after_the_game_ends_focus_is_back_on_play_not_in_the_chest_filter(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    window.activateWindow()
    play = window.profile_page.play_button
    qtbot.waitUntil(lambda: window.focusWidget() is play, timeout=3000)
    qtbot.keyClick(play, Qt.Key.Key_Return)  # Enter plays
    qtbot.waitUntil(lambda: not play.isEnabled(), timeout=10000)
    assert window.focusWidget() is not play  # Qt moved it on while Play could not be pressed
    qtbot.waitUntil(lambda: game_ended(window) and play.isEnabled(), timeout=20000)
    assert window.focusWidget() is play
    assert window.focusWidget() is not window.profile_page.filter


def ring_is_drawn(button) -> bool:  # type: ignore[no-untyped-def]
    """The focus colour on the button's left border, as painted (not only the focus state)."""
    from PySide6.QtGui import QColor

    from ui import theme

    image = button.grab().toImage()
    focus = QColor(theme.colours()["focus"])
    y = image.height() // 2
    return any(abs(image.pixelColor(x, y).red() - focus.red()) < 24 and abs(image.pixelColor(x, y).green()
               - focus.green()) < 24 and abs(image.pixelColor(x, y).blue() - focus.blue()) < 24
               for x in range(int(4 * image.devicePixelRatio())))


def test_a_second_start_focuses_play_with_a_visible_ring_from_the_first_paint_on(
        qtbot, saved, manifest, accounts, sandbox):  # noqa: F811
    from tests.ui.test_first_screen import attach_and_start, restart

    w, shown = restart(qtbot, manifest)
    assert shown
    w.activateWindow()
    qtbot.waitUntil(lambda: w.painted, timeout=3000)
    play = w.profile_page.play_button
    assert w.focusWidget() is play and ring_is_drawn(play)
    sandbox.state.inject("/players/me", delay=1.0, passthrough=True, times=5)  # servers that take a moment
    starting = attach_and_start(w, manifest, accounts)  # the rest of the window arrives around the first screen
    assert w.focusWidget() is play and ring_is_drawn(play)  # before the servers have answered
    qtbot.waitUntil(starting.done, timeout=15000)
    qtbot.waitUntil(lambda: w.profile_page.chests is not None, timeout=3000)
    qtbot.wait(300)  # the refresh after the paint, the chests
    assert w.focusWidget() is play and ring_is_drawn(play)


# --- 11, 22, 24: the profile ----------------------------------------------------------------------------
def visible_order(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the profile card's labels as seen, top to bottom then left to right."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text() and w.parent() is not None
              and w.objectName() != "Banner"]
    labels.sort(key=lambda w: (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, 0)).x()))
    return [w.text() for w in labels]


def test_the_profile_leads_with_the_name_and_keeps_the_id_and_method_under_details(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "playfab-email", PF_EMAIL)
    page = window.profile_page
    window.resize(1120, 720)
    qtbot.wait(50)
    seen = visible_order(page)
    assert seen[0] == "Astrid Stormborn"  # the name first
    player_id = window.controller.profile.player_id
    assert player_id not in seen and "Player id" not in seen and "Email and password" not in seen
    assert not page.values["Player id"].isVisibleTo(page) and not page.copy_buttons["Player id"].isVisibleTo(page)
    assert page.details_toggle.isVisibleTo(page) and "Details" in page.details_toggle.text()
    qtbot.mouseClick(page.details_toggle, Qt.MouseButton.LeftButton)
    seen = visible_order(page)
    assert "Player id" in seen and "Signed in with" in seen and page.provider.text() in seen
    assert page.copy_buttons["Player id"].isVisibleTo(page)
    assert seen.index("Player id") > seen.index("Astrid Stormborn")


def test_last_sign_in_reads_previous_sign_in_and_is_hidden_when_it_is_the_one_that_just_happened(qtbot, window):
    from datetime import UTC, datetime, timedelta

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)  # this backend reports the sign-in that just happened
    page = window.profile_page
    assert "Last sign-in" not in page.values and "Previous sign-in" not in page.values
    profile = window.controller.profile
    profile.last_login = datetime.now(UTC) - timedelta(days=3)
    page.show_profile(profile, label=window.controller.accounts[0].label)
    assert "Previous sign-in" in page.values and "Last sign-in" not in page.values


def test_a_name_the_player_gave_wins_over_the_raw_email(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    page = window.profile_page
    assert page.name.full == GACHA["email"]  # nothing better is known
    account = window.controller.current_id
    window.controller.rename(account, "Main account")
    window._profile_changed(switch_page=False)
    assert page.name.full == "Main account"
    assert window.account_model.data(window.account_model.index(0)).startswith("Main account")


def test_a_long_id_is_shortened_at_a_character_edge_with_its_whole_text_in_the_tooltip(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    page = window.profile_page
    qtbot.mouseClick(page.details_toggle, Qt.MouseButton.LeftButton)
    profile = window.controller.profile
    long_id = "550e8400-e29b-41d4-a716-446655440000-" + "ǅé\u0301" * 6 + "-0123456789ABCDEF0123456789ABCDEF"
    profile.player_id = long_id
    page.show_profile(profile, label="Astrid")
    window.resize(900, 600)
    qtbot.wait(100)
    value, copy = page.values["Player id"], page.copy_buttons["Player id"]
    shown = value.text()
    assert shown != long_id and shown.endswith("…") and long_id.startswith(shown[:-1])
    assert not shown[:-1].endswith("e")  # never "e" without its accent
    assert QFontMetrics(value.font()).horizontalAdvance(shown) <= value.width()  # all of it drawn, not cut
    assert value.geometry().right() < copy.geometry().left()  # it does not run under Copy
    assert long_id in value.toolTip() and value.accessibleName() == long_id
    from PySide6.QtGui import QGuiApplication

    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == long_id


def test_a_long_name_is_shortened_with_its_whole_text_in_the_tooltip(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    page = window.profile_page
    profile = window.controller.profile
    profile.display_name = "Sir Reginald Bartholomew Fitzwilliam-Smythe of the Very Long Name, Third of His Line"
    page.show_profile(profile)
    window.resize(900, 600)
    qtbot.wait(100)
    assert page.name.text().endswith("…") and profile.display_name in page.name.toolTip()
    assert page.name.accessibleName() == profile.display_name


def test_profile_values_are_the_accessible_text_and_not_each_a_tab_stop(qtbot, window):
    from PySide6.QtGui import QAccessible

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "earth", {"via": "playfab-custom", "custom_id": "astrid"})
    page = window.profile_page
    qtbot.mouseClick(page.details_toggle, Qt.MouseButton.LeftButton)
    for key, value in page.values.items():
        face = QAccessible.queryAccessibleInterface(value)
        assert face.text(QAccessible.Text.Name) == value.full, key
        assert not value.focusPolicy() & Qt.FocusPolicy.TabFocus, key
    assert page.values["Level"].full == "14"


def tab_stops(qtbot, window, start, count: int = 30) -> list:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [start]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_follows_what_is_seen_and_no_empty_label_is_a_stop(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    page = window.profile_page
    window.on_play()
    qtbot.waitUntil(lambda: game_ended(window), timeout=20000)
    qtbot.mouseClick(page.details_toggle, Qt.MouseButton.LeftButton)
    for width, height in ((1120, 720), (640, 400)):  # Play beside the facts, then above them
        window.setMinimumSize(0, 0)
        window.resize(width, height)
        qtbot.wait(100)
        seen = sorted((page.details_toggle, page.copy_buttons["Player id"], page.play_button, page.filter,
                       page.table), key=lambda w: (w.mapTo(page, QPoint(0, 0)).y() // 40,
                                                   w.mapTo(page, QPoint(0, 0)).x()))
        stops = tab_stops(qtbot, window, seen[0])
        assert all(w is not None and w.isVisible() for w in stops)
        assert not [w for w in stops if isinstance(w, QLabel)]  # neither values nor the game's status line
        order = [stops.index(w) for w in seen]
        assert order == sorted(order), [type(w).__name__ + ":" + getattr(w, "text", lambda: "")() for w in stops]
    assert stops.index(page.play_button) < stops.index(page.details_toggle)  # narrow: Play first


# --- 12, 19: names in the sidebar ---------------------------------------------------------------------
def rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.account_model
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def test_the_same_player_signed_in_three_ways_is_named_alike_and_marked(qtbot, window):
    c = window.controller

    async def three() -> None:
        await c.sign_in("playfab-email", PF_EMAIL)
        await c.sign_in("playfab-facebook", ASTRID_FB)
        await c.sign_in("earth", {"via": "playfab-email", **PF_EMAIL})
        await c.sign_in("gacha", GACHA)
    run(qtbot, three())
    shown = {r.split("\n")[0]: r for r in rows(window)}
    names = [r.split("\n")[0] for r in rows(window)]
    assert names.count("Astrid Stormborn") == 3 and GACHA["email"] in names
    assert PF_EMAIL["email"] not in names and not any("(" in n for n in names)
    astrid = [r for r in rows(window) if r.startswith("Astrid Stormborn\n")]
    for r in astrid:
        _, method, same = r.split("\n")
        assert method in (c.provider_label(p) for p in ("playfab-email", "playfab-facebook", "earth"))
        assert same.startswith("same player as ") and method not in same
    assert "same player" not in shown[GACHA["email"]]
    model = window.account_model
    tips = [model.data(model.index(r), Qt.ItemDataRole.AccessibleTextRole) for r in range(model.rowCount())]
    assert sum("same player as Astrid Stormborn" in t for t in tips) == 3


def test_new_test_accounts_are_told_apart_by_player_id_and_offered_a_name(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    c = window.controller

    async def two() -> None:
        await c.sign_in("playfab-custom", {"custom_id": "qa-one", "create_account": "true"})
        await c.sign_in("playfab-custom", {"custom_id": "qa-two", "create_account": "true"})
    run(qtbot, two())
    names = [r.split("\n")[0] for r in rows(window)]
    assert len(set(names)) == 2 and not any(n.startswith("qa") for n in names)  # not the masked custom id
    ids = {a.player_id for a in c.accounts}
    assert all(n.replace("…", "") != n and any(pid.startswith(n.split("…")[0]) for pid in ids) for n in names)
    page = window.profile_page
    assert page.new_badge.isVisibleTo(page) and page.name_button.isVisibleTo(page)
    asked: list[str] = []

    def answer(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "QA two", True
    monkeypatch.setattr(QInputDialog, "getText", answer)
    qtbot.mouseClick(page.name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "QA two" in [r.split("\n")[0] for r in rows(window)], timeout=3000)
    assert page.name.full == "QA two" and not page.name_button.isVisibleTo(page)
    assert "Custom ID" in asked[0]


@pytest.fixture
def env_window(qtbot, qloop, tmp_path, sandbox, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import _window
    from tests.ui.test_players_and_testers import env_manifest

    manifest = env_manifest.__wrapped__(tmp_path, sandbox)  # type: ignore[attr-defined]
    w = _window(qtbot, manifest, accounts, monkeypatch, tester=True)
    yield w
    w.controller.cancel()


def test_remove_and_sign_out_name_the_account_and_its_environment(qtbot, env_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = env_window

    async def one() -> None:
        w.choose_environment("dev")
        await w.controller.sign_in("playfab-custom", {"custom_id": "qa-one", "create_account": "true"})
    run(qtbot, one())
    account = w.controller.accounts[0]
    seen: list[str] = []

    def answer(button: str) -> None:
        box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    name = w.account_model.data(w.account_model.index(0)).split("\n")[0]
    QTimer.singleShot(100, lambda: answer("Cancel"))
    w.confirm_remove(account.id)
    QTimer.singleShot(100, lambda: answer("Cancel"))
    w.sidebar.sign_out.emit(account.id)
    assert len(seen) == 2 and w.controller.accounts[0].token_names
    for text in seen:
        assert name in text and "dev" in text and "Custom ID" in text and "qa…" not in text
    QTimer.singleShot(100, lambda: answer("Sign out"))
    w.sign_out_current()
    assert not w.controller.accounts[0].token_names


# --- 25: a narrow window ---------------------------------------------------------------------------------
def test_a_narrow_window_collapses_the_sidebar_to_pictures_and_puts_play_first(qtbot, window):
    from PySide6.QtCore import QPoint, QRect

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "earth", {"via": "playfab-custom", "custom_id": "astrid"})
    page = window.profile_page
    window.setMinimumSize(0, 0)
    window.resize(640, 400)  # a 1280x800 screen at scale factor 2
    qtbot.wait(150)
    assert window.sidebar.width() <= 80 and window.sidebar.list.isVisible()
    area = window._holders[id(page)]
    view = QRect(QPoint(0, 0), area.viewport().size())
    for widget in (page.name, page.play_button, page.values["Level"], page.details_toggle, page.filter):
        box = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
        assert box.right() <= view.right(), (type(widget).__name__, box, view)  # nothing cut on the right
    assert page.play_button.mapTo(page, QPoint(0, 0)).y() < page.name.mapTo(page, QPoint(0, 0)).y()  # Play first
    model = window.account_model
    assert "Astrid Stormborn" in model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Astrid Stormborn" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    window.resize(1120, 720)
    qtbot.wait(150)
    assert window.sidebar.width() >= 200 and "Add account" in window.sidebar.add_button.text()
    assert page.play_button.mapTo(page, QPoint(0, 0)).x() > page.name.mapTo(page, QPoint(0, 0)).x()


def test_play_keeps_its_height_above_the_facts_with_a_two_line_status_under_it(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "earth", {"via": "playfab-custom", "custom_id": "astrid"})
    page = window.profile_page
    window.on_play()
    qtbot.waitUntil(lambda: game_ended(window), timeout=20000)
    for width, height in ((900, 600), (640, 400), (1120, 720)):
        window.setMinimumSize(0, 0)
        window.resize(width, height)
        qtbot.wait(150)
        assert page.play_button.height() >= page.play_button.sizeHint().height(), (width, height)


# --- 16: the chest table -------------------------------------------------------------------------------
def test_a_column_that_tells_no_chest_apart_is_hidden(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})  # PlayFab: every item's class is "chest"
    page = window.profile_page
    table, model = page.table, page.model
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"chest"}
    assert table.isColumnHidden(1) and not table.isColumnHidden(0)
    assert "chest" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)  # still there, on the name
    assert table.columnWidth(0) > table.viewport().width() // 2  # the name has the room
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == \
        sorted(i.name for i in window.controller.profile.items)  # display names, not item ids

    sign_in(qtbot, window, "gacha", GACHA)  # descriptions that differ stay
    assert not table.isColumnHidden(1) and not table.isColumnHidden(2)


def test_the_column_rule(qtbot):
    from launcher.models import Item
    from ui.models import uninformative_columns

    same = [Item("a", "A", "chest", 1), Item("b", "B", "chest", 1)]
    assert uninformative_columns(same) == {1, 2}
    assert uninformative_columns([Item("a", "A", "chest", 1), Item("b", "B", "key", 2)]) == set()
    assert uninformative_columns([Item("a", "A", "Opens at dawn", 3)]) == set()  # one item: nothing to compare
    assert uninformative_columns([Item("a", "A", "", None)]) == {1, 2}
