"""Issue 16, the window side: player and tester modes, provisioned secrets, environments, keyboard and focus,
layout at the minimum size and at scale 2, contrast, and honest keychain states."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.conftest import GACHA, PROVIDERS

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
PROVISIONED = {"secret_key", "publisher_token", "signing_key"}


def shown_testing_ids(window) -> set[str]:

    c = window.controller
    return {pid for pid in c.core.manifest.enabled if c.is_testing(c.core.provider(pid))}


# --- player mode and tester mode ----------------------------------------------------------------------
def test_player_mode_shows_only_player_methods_in_the_manifests_words(player_window):
    tiles = player_window.picker.tiles
    testing = shown_testing_ids(player_window)
    assert testing and not testing & set(tiles)
    assert {"gacha", "playfab-facebook", "earth"} <= set(tiles)
    c = player_window.controller
    for pid, tile in tiles.items():
        provider = c.core.provider(pid)
        assert tile.title.text() == c.label_of(provider) and tile.description.text() == c.description_of(provider)
        assert tile.title.isVisible() and tile.description.isVisible()  # said on the tile, not in a tooltip
        assert "testing" not in tile.description.text().lower()
    assert not player_window.picker.testing_title.isVisibleTo(player_window)


def test_tester_mode_adds_the_testing_tools_last_and_marked(window):
    testing = shown_testing_ids(window)
    order = list(window.picker.tiles)
    assert testing <= set(order) and set(order[-len(testing):]) == testing
    for pid in testing:
        tile = window.picker.tiles[pid]
        assert "Testing tool" in tile.description.text() and "testing tool" in tile.accessibleName()
    window.picker.tiles["playfab-xbox"].click()
    assert any(label.text() == "Testing tool" for label in window.login.findChildren(type(window.login.title)))


def test_switching_back_to_player_mode_hides_the_testing_tools(window):
    window.tester_action.trigger()
    assert not window.tester and not shown_testing_ids(window) & set(window.picker.tiles)
    window.tester_action.trigger()
    assert window.tester and shown_testing_ids(window) <= set(window.picker.tiles)


def test_a_testing_tool_asked_for_in_player_mode_is_not_opened(player_window):
    player_window.show_login("playfab-xbox")
    assert player_window.login is None and player_window.current_page() is player_window.picker
    assert "testing tool" in player_window.statusBar().currentMessage()


# --- provisioned secrets -------------------------------------------------------------------------------
def test_no_player_form_shows_a_provisioned_secret(player_window):

    for pid in list(player_window.picker.tiles):
        player_window.show_login(pid)
        if player_window.login is None:
            continue
        shown = {name for name, w in player_window.login.inputs.items() if w.isVisibleTo(player_window.login)}
        assert not shown & PROVISIONED, pid
        assert not any(f.provisioned for f in player_window.login.fields), pid


def test_a_player_method_without_its_studio_keys_says_it_is_not_set_up(player_window):
    c = player_window.controller
    c.core.manifest.texts["appcharge"] = {"testing": False}  # a studio offering the publisher method to players
    player_window.set_tester(True)
    player_window.set_tester(False)
    assert "appcharge" in player_window.picker.tiles
    player_window.picker.tiles["appcharge"].click()
    page = player_window.not_set_up
    assert player_window.login is None and page is not None and player_window.current_page() is page
    assert "not set up on this computer" in page.message.text()
    assert page.other.hasFocus()
    page.other.click()
    assert player_window.current_page() is player_window.picker


def test_tester_form_offers_to_remember_keys_for_this_environment(window):
    window.picker.tiles["appcharge"].click()
    form = window.login
    assert {"publisher_token", "signing_key"} <= set(form.inputs)
    assert form.provision.isVisibleTo(form) and form.provision.isChecked()
    window.picker.tiles["gacha"].click() if window.current_page() is window.picker else window.show_login("gacha")
    assert not window.login.provision.isVisibleTo(window.login)


def test_provisioned_keys_are_used_without_retyping(qtbot, window):
    from tests.ui.test_window import fill

    values = dict(PROVIDERS["playfab-xbox"][0])
    fill(window, "playfab-xbox", values)
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)
    assert "secret_key" in window.controller.provisioned("playfab-xbox")
    window.show_login("playfab-xbox")
    key = window.login.inputs["secret_key"]
    assert key.text() == "" and "type to replace" in key.placeholderText()
    window.login.inputs["xbox_id"].setText("99887766")
    window.login._changed("xbox_id")
    assert window.login.validate(show_all=True)


# --- environments and filtering -----------------------------------------------------------------------
@pytest.fixture
def env_manifest(tmp_path, sandbox):
    from launcher.manifest import DEMO_MANIFEST, load

    text = DEMO_MANIFEST.read_text().replace('icon = "icons/demo-game.svg"', "")
    text += ('\n[environments]\ndefault = "live"\n[environments.live]\n[environments.dev.earth]\n'
             'client_version = "0.35.0"\n')  # live first: the manifest's order, not the alphabet's
    path = DEMO_MANIFEST.parent / f".test-env-{os.getpid()}.toml"
    path.write_text(text)
    try:
        manifest = load(path)
    finally:
        path.unlink()
    return manifest.with_services(sandbox.service_urls())


@pytest.fixture
def env_window(qtbot, qloop, env_manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import _window

    w = _window(qtbot, env_manifest, accounts, monkeypatch, tester=True)
    yield w
    w.controller.cancel()


async def _sign_in_custom(window, env: str, name: str) -> None:
    window.choose_environment(env)
    await window.controller.sign_in("playfab-custom", {"custom_id": name})


def test_environments_switch_badge_filter_and_group(qtbot, env_window):
    import asyncio

    from ui import theme

    w = env_window
    assert w.sidebar.env_row.isVisibleTo(w) and w.sidebar.environment.count() == 2

    async def work() -> None:
        await _sign_in_custom(w, "dev", "astrid")
        await _sign_in_custom(w, "live", "bjorn")
    task = asyncio.ensure_future(work())
    qtbot.waitUntil(task.done, timeout=15000)
    task.result()
    model = w.account_model
    envs = {model.data(model.index(r), model.RowRole).environment for r in range(model.rowCount())}
    assert envs == {"dev", "live"}
    assert w.profile_page.environment.isVisibleTo(w) and w.profile_page.environment.text() == "live"
    assert theme.colours()["env_live"] in w.profile_page.environment.styleSheet()  # live stands out (red)
    assert w.profile_page.provider.text() == w.controller.provider_label("playfab-custom")

    live = w.controller.current_id
    dev = next(a.id for a in w.controller.accounts if w.controller.account_environment(a) == "dev")
    w.on_switch(dev)  # a click on the account
    qtbot.waitUntil(lambda: w.controller.current_id == dev and not w.controller.busy, timeout=10000)
    assert w.controller.environment == "dev" and w.sidebar.environment.currentData() == "dev"  # it follows
    w.on_switch(live)
    qtbot.waitUntil(lambda: w.controller.current_id == live and not w.controller.busy, timeout=10000)
    assert w.sidebar.environment.currentData() == "live"

    qtbot.keyClicks(w.sidebar.filter, "dev")
    assert [a.display_name for a in model.accounts()] == ["Astrid Stormborn"]
    w.sidebar.filter.clear()
    w.sidebar.group.setCurrentIndex(w.sidebar.group.findData("environment"))
    headers = [model.data(model.index(r)) for r in range(model.rowCount())
               if model.data(model.index(r), model.HeaderRole) is not None]
    assert headers == ["live", "dev"] and model.rowCount() == 4  # in the manifest's order
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    w.sidebar.group.setCurrentIndex(w.sidebar.group.findData("provider"))
    assert model.rowCount() == 3  # one method, one header

    w.set_tester(False)  # a player sees the default environment only
    assert [model.data(model.index(r), model.RowRole).environment for r in range(model.rowCount())] == ["live"]
    assert not w.sidebar.env_row.isVisibleTo(w) and not w.sidebar.tools.isVisibleTo(w)


# --- accounts a tester can tell apart -----------------------------------------------------------------
def test_copy_player_id_from_the_menu_and_the_profile(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    account = window.controller.accounts[0]
    menu = window.sidebar.menu_for(account)
    copy = next(a for a in menu.actions() if a.text() == "Copy player id")
    QGuiApplication.clipboard().setText("")
    copy.trigger()
    assert QGuiApplication.clipboard().text() == account.player_id
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(window.profile_page.copy_buttons["Player id"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.controller.profile.player_id


def test_game_state_belongs_to_its_account_and_the_tray_says_play_as(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    first = window.controller.current_id
    window.controller._emit(__import__("launcher.events", fromlist=["GameChanged"]).GameChanged(
        "someone-else", False, "Demo Quest exited with code 3"))
    assert "code 3" not in window.profile_page.game_status.text()
    if window.tray is not None:
        texts = [a.text() for a in window.tray.contextMenu().actions()]
        assert any(t.startswith("Play as ") and "(Email and password)" in t for t in texts)
    assert first == window.controller.current_id


def test_no_scroll_bar_on_the_profile_when_everything_fits_even_with_the_games_last_exit(qtbot, window, tmp_path):
    """A scroll bar that comes and goes with a line of text under Play would shift the page sideways."""
    from PySide6.QtGui import QColor, QImage

    from tests.ui.test_window import sign_in

    banner = QImage(800, 150, QImage.Format.Format_RGB32)
    banner.fill(QColor("#5b3fd1"))
    banner.save(str(tmp_path / "banner.png"))
    window.profile_page.set_home(tmp_path / "banner.png", [], "")
    sign_in(qtbot, window, "gacha", GACHA)
    window.resize(1000, 660)  # room for the page's least height, not for its preferred one (the table's hint)
    window.on_play()
    qtbot.waitUntil(lambda: "closed" in window.profile_page.game_status.text(), timeout=10000)
    qtbot.wait(50)
    area = window._holders[id(window.profile_page)]
    assert area.widget().minimumSizeHint().height() <= area.viewport().height()  # it fits...
    assert not area.verticalScrollBar().isVisible()  # ...so nothing scrolls


def test_last_played_shows_as_soon_as_the_game_has_run(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    assert "Last played" not in window.profile_page.values
    window.on_play()
    qtbot.waitUntil(lambda: "closed" in window.controller.game_of(window.controller.current_id).last_exit,
                    timeout=10000)
    assert "Last played" in window.profile_page.values


# --- keyboard and focus --------------------------------------------------------------------------------
def test_first_focus_is_the_first_sign_in_choice_and_enter_opens_it(qtbot, player_window):
    w = player_window
    w.activateWindow()
    first = w.picker.first_tile()
    assert QApplication.focusWidget() is first or first.hasFocus() or w.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert w.login is not None and w.current_page() is w.login


def test_after_signing_in_focus_is_on_play_so_enter_plays(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    assert window.focusWidget() is window.profile_page.play_button


def test_enter_from_a_checkbox_submits_and_esc_goes_back(qtbot, window, sandbox):
    from tests.ui.test_window import fill

    fill(window, "playfab-custom", {"custom_id": "astrid"})
    box = window.login.inputs.get("create_account", window.login.remember)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)
    window.show_login("gacha")
    qtbot.keyClick(window.login.inputs["email"], Qt.Key.Key_Escape)
    assert window.current_page() is window.picker


def test_enter_in_a_field_submits_once(qtbot, window, sandbox):
    from tests.ui.test_window import fill

    fill(window, "gacha", GACHA)
    sent: list[str] = []
    window.login.submitted.connect(lambda pid, values, remember: sent.append(pid))
    qtbot.keyClick(window.login.inputs["password"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.profile_page, timeout=10000)
    assert sent == ["gacha"]
    assert "cancelled" not in window.statusBar().currentMessage().lower()


def test_failed_sign_in_returns_focus_to_the_password_selected(qtbot, window, sandbox):
    from tests.ui.test_window import fill

    fill(window, "gacha", {"email": "player@example.com", "password": "wrong-password"})
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.login.form_error.isVisible, timeout=10000)
    password = window.login.inputs["password"]
    assert window.focusWidget() is password and password.selectedText() == "wrong-password"
    assert window.login.form_error.text() in password.accessibleDescription() or \
        window.login.form_error.text() == window.login.submit.accessibleDescription()


def test_esc_cancels_a_running_sign_in_and_focus_goes_to_the_first_field(qtbot, window, sandbox):
    from tests.ui.test_window import fill

    sandbox.state.inject("/players/sign_in", delay=5)
    fill(window, "gacha", GACHA)
    qtbot.mouseClick(window.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login.submit.text() == "Cancel", timeout=3000)
    assert window.focusWidget() is window.login.submit
    qtbot.keyClick(window.login.submit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.login.submit.text() == "Sign in", timeout=3000)
    assert window.current_page() is window.login and not window.login.form_error.isVisible()
    assert window.focusWidget() is window.login.inputs["email"]


def test_field_errors_and_help_are_accessible_descriptions(qtbot, window):
    window.show_login("gacha")
    email = window.login.inputs["email"]
    qtbot.keyClicks(email, "player@")
    assert "not a valid email" in email.accessibleDescription()
    window.show_login("playfab-xbox")
    assert "Game Manager" in window.login.inputs["secret_key"].accessibleDescription()


def test_profile_values_are_read_out_and_copied_by_keyboard(qtbot, window):
    """A value is the accessible text itself (not a Tab stop of its own); the keyboard copies the id with its
    Copy button, under Details."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    page = window.profile_page
    value = page.values["Player id"]
    player_id = window.controller.profile.player_id
    assert value.accessibleName() == player_id or value.full == player_id
    assert not value.focusPolicy() & Qt.FocusPolicy.TabFocus
    copy = page.copy_buttons["Player id"]
    assert copy.focusPolicy() & Qt.FocusPolicy.TabFocus
    copy.click()
    assert QApplication.clipboard().text() == player_id


def test_every_tab_stop_is_a_visible_control(qtbot, window):
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView

    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    window.activateWindow()
    window.profile_page.play_button.setFocus()
    stops = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None and widget.isVisible(), stops
        stops.append(widget)
    invisible_areas = [w for w in stops if isinstance(w, QAbstractScrollArea)
                       and not isinstance(w, QTableView) and w.objectName() not in ("Accounts",)]
    assert not invisible_areas, [type(w).__name__ + "#" + w.objectName() for w in invisible_areas]
    assert window.profile_page.play_button in stops  # the cycle comes back round


# --- layout --------------------------------------------------------------------------------------------
def overlaps(rects: list[QRect]) -> bool:
    return any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1:])


def test_tiles_reflow_without_overlap_at_900x600(qtbot, window):
    window.resize(900, 600)
    window.show_picker()
    qtbot.wait(50)
    tiles = list(window.picker.tiles.values())
    rects = [QRect(t.mapTo(window, t.rect().topLeft()), t.size()) for t in tiles]
    assert not overlaps(rects)
    right = window.pages.mapTo(window, window.pages.rect().topRight()).x()
    assert all(r.right() <= right for r in rects)
    assert len({r.y() for r in rects}) > 1  # wrapped onto more rows
    gaps = sorted({b.left() - a.right() for a in rects for b in rects if a.y() == b.y() and b.left() > a.right()})
    assert gaps and gaps[0] >= 10  # tiles never touch


def test_long_names_are_elided_with_the_full_name_as_tooltip(qtbot, window):
    from tests.ui.test_window import sign_in

    sign_in(qtbot, window, "gacha", GACHA)
    long = "A tester account with a very long label that would never fit in the sidebar or the profile"
    window.controller.rename(window.controller.current_id, long)
    model = window.account_model
    assert long in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert window.sidebar.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    window.resize(900, 600)
    window.profile_page.name.set_full(long)
    qtbot.wait(50)
    assert window.profile_page.name.text().endswith("…") and long in window.profile_page.name.toolTip()


def test_names_from_a_server_are_shown_as_text_never_as_html(qtbot, window):
    """A display name or label is outside input: `<img src=...>` or a link must not render in a label or tooltip."""
    from PySide6.QtGui import QTextDocument

    hostile = '<img src="file:///etc/passwd"><a href="https://evil.example">Click</a>'
    name = window.profile_page.name
    name.set_full(hostile)
    assert name.textFormat() == Qt.TextFormat.PlainText
    doc = QTextDocument()
    doc.setHtml(name.toolTip())
    assert doc.toPlainText() == hostile  # the tooltip shows the characters, not an image and a link


SCALE_CHECK = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from launcher.manifest import DEMO_MANIFEST, load
from ui.app import build_window, make_app
app = make_app()
w = build_window(load(DEMO_MANIFEST))
w.show()
app.processEvents()
area = w.screen().availableGeometry()
out = {"screen": [area.width(), area.height()], "size": [w.width(), w.height()],
       "minimum": [w.minimumWidth(), w.minimumHeight()]}
w.resize(w.minimumSize()); app.processEvents()
tiles = [QRect(t.mapTo(w, t.rect().topLeft()), t.size()) for t in w.picker.tiles.values()]
out["overlap"] = any(a.intersects(b) for n, a in enumerate(tiles) for b in tiles[n + 1:])
out["tiles_inside"] = all(t.right() <= w.width() for t in tiles)
page = w.profile_page
out["profile_fits"] = page.minimumSizeHint().width() <= w.pages.width()
print(json.dumps(out))
"""


def test_window_fits_a_1600x1000_screen_at_scale_2(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1600, "height": 1000,
                                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": "2",
           "LAUNCHER_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", SCALE_CHECK, str(ROOT)], capture_output=True, text=True, env=env,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["screen"] == [800, 500]
    assert got["size"][0] <= 800 and got["size"][1] <= 500
    assert got["minimum"][0] <= 800 and got["minimum"][1] <= 500
    assert not got["overlap"] and got["tiles_inside"] and got["profile_fits"]


# --- contrast ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dark", [False, True])
def test_text_and_controls_contrast_in_both_palettes(qapp, dark):
    from PySide6.QtGui import QPalette

    from ui import contrast, theme

    colours = theme.colours(dark)
    failures = [f"{what}: {contrast.ratio(colours[fg], colours[bg]):.2f}:1 < {minimum}:1"
                for what, fg, bg, minimum in theme.CONTRAST_PAIRS
                if contrast.ratio(colours[fg], colours[bg]) < minimum]
    assert not failures
    theme.apply(qapp, dark=dark)
    try:
        p = qapp.palette()

        def role(r):  # type: ignore[no-untyped-def]
            return p.color(r).name()
        R = QPalette.ColorRole  # noqa: N806
        for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                       (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window), (R.HighlightedText, R.Highlight),
                       (R.ToolTipText, R.ToolTipBase)):
            assert contrast.ratio(role(fg), role(bg)) >= contrast.TEXT, (fg, bg)
        assert contrast.ratio(role(R.Mid), role(R.Base)) >= contrast.NON_TEXT
        sheet = qapp.styleSheet()
        assert f"QPushButton:focus {{ border: 2px solid {colours['focus']}" in sheet
        for control in ("QLineEdit:focus", "QCheckBox:focus", "QToolButton#ProviderTile:focus",
                        "QPushButton#Play:focus", "QListView#Accounts:focus", "QTableView:focus"):
            assert control in sheet
    finally:
        theme.apply(qapp, dark=False)


@pytest.mark.parametrize("dark", [False, True])
def test_a_checkbox_can_be_seen_ticked_or_not_in_both_palettes(qapp, dark):
    """Measured on the rendered widget: Fusion's own indicator edge was 1.1:1 (dark) and 1.6:1 (light)."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    from ui import contrast, theme

    theme.apply(qapp, dark=dark)
    try:
        for ticked in (False, True):
            box = QCheckBox("Remember this account on this computer")
            box.setChecked(ticked)
            box.resize(box.sizeHint())
            option = QStyleOptionButton()
            box.initStyleOption(option)
            edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
            image = box.grab().toImage()
            background = image.pixelColor(1, 1).name()  # the (unfocused, transparent) ring around the box
            left = image.pixelColor(edge.left() + 1, edge.center().y()).name()
            assert contrast.ratio(left, background) >= contrast.NON_TEXT, (ticked, left, background)
            if ticked:  # the tick itself stands out from the filled box
                inside = [image.pixelColor(x, y).name() for x in range(edge.left() + 3, edge.right() - 2)
                          for y in range(edge.top() + 3, edge.bottom() - 2)]
                assert max(contrast.ratio(c, left) for c in inside) >= contrast.NON_TEXT
    finally:
        theme.apply(qapp, dark=False)


def test_the_facebook_button_is_readable():
    from ui.contrast import ratio
    from ui.widgets.login import readable_brand

    assert ratio(readable_brand("#1877f2"), "#ffffff") >= 4.5


# --- keychain ------------------------------------------------------------------------------------------
@pytest.fixture
def no_keychain_window(qtbot, qloop, manifest, launcher_home, monkeypatch):  # type: ignore[no-untyped-def]
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from tests.ui.conftest import _window

    accounts = Accounts(AccountStore(launcher_home / "accounts.json"), MemoryVault())
    w = _window(qtbot, manifest, accounts, monkeypatch, tester=False)
    yield w
    w.controller.cancel()


def test_no_keychain_is_a_persistent_notice_and_remember_is_off(qtbot, no_keychain_window):
    w = no_keychain_window
    assert w.notice.isVisibleTo(w) and "no sign-in is kept" in w.notice_text.text()
    w.show_login("gacha")
    remember = w.login.remember
    assert not remember.isChecked() and not remember.isEnabled()
    assert "session ends when you quit" in remember.toolTip()
    assert w.notice.isVisibleTo(w)


def test_the_cannot_be_opened_page_offers_only_what_works(qtbot, no_keychain_window):
    w = no_keychain_window
    page = w.unavailable
    page.show_problem("Astrid", "The system keychain could not be opened.", retry_works=False)
    assert not page.again.isVisibleTo(page) and page.other.text() == "Sign in for this session"
    assert "signed out" not in page.message.text().lower()
    page.show_problem("Astrid", "The game's servers can't be reached.", retry_works=True)
    assert page.again.isVisibleTo(page) and page.again.objectName() == "Primary"


def test_chest_names_sort_naturally():
    from launcher.models import Item
    from ui.models import ChestModel

    model = ChestModel()
    model.set_items([Item(str(n), f"Chest #{n:,}") for n in (10, 2, 1000, 1, 1001, 999)])
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Chest #1", "Chest #2", "Chest #10", "Chest #999", "Chest #1,000", "Chest #1,001"]
