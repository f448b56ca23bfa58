"""The testers' check (#25): in the pseudo-locale en_XA every text the window shows is pseudo-translated (bracketed:
"[Ƥļáý~~]") and whole (its closing "]" shows, and it fits its widget), on every page at 900x600: the picker, each
sign-in form, a sign-in error, the profile, the "can't be opened" page, the keychain notice, the game's status,
Help > Check my connection, the builds dialog and every menu. A text without brackets was never translated (or was
built from pieces); one that does not fit is cut on screen in German, which runs about as long."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from launcher import languages
from launcher.manifest import DEMO_MANIFEST
from launcher.manifest import load as load_manifest
from ui import i18n

from ..conftest import GACHA

WIDTH, HEIGHT = 900, 600
DEMO = load_manifest(DEMO_MANIFEST)
PROVIDERS = list(DEMO.enabled)  # every sign-in method of the demo manifest (tester mode shows them all)
# What the window shows that is data, not a text of the launcher: the game's name, the studio's own labels and
# descriptions (the manifest gives them per language), names, addresses, ids, numbers.
STUDIO = {str(words) for texts in DEMO.texts.values() for value in texts.values()
          for words in (value.values() if isinstance(value, dict) else [value]) if isinstance(words, str)}
STUDIO |= set(DEMO.links)
DATA = {DEMO.name, "player@example.com", "Facebook", "Google", "Apple", "Xbox", "Steam"} | STUDIO
TIME = re.compile(r"\b(AM|PM)\b")  # a date and time in the locale's format (en_XA: US English's) is data


@dataclass(frozen=True)
class Problem:
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.why}: {self.text!r}"


@pytest.fixture(autouse=True)
def pseudo_locale() -> Iterator[None]:
    assert i18n.apply(languages.PSEUDO) == languages.PSEUDO, "ui/translations/launcher_en_XA.qm is missing"
    yield
    i18n.clear()
    QApplication.processEvents()  # the LanguageChange events of clear() reach this test's widgets, not the next's


def plain(text: str) -> str:
    if might_be_rich(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return re.sub(r"&(?!&)", "", text).strip()


def might_be_rich(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>", text))


def is_data(text: str, data: set[str]) -> bool:
    """A name, an address, a number: shown as it is in every language."""
    if not any(ch.isalpha() for ch in TIME.sub("", text)):
        return True
    if text in data:
        return True
    cut = text.rstrip("…").rstrip()
    return text.endswith("…") and any(d.startswith(cut) for d in data)  # a long name elided on purpose


def pseudo_translated(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def name_of(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def texts_of(widget: QWidget) -> Iterator[tuple[str, bool]]:
    """(text shown, whether it fits) for the widget's own texts."""
    if isinstance(widget, QLabel):
        raw = widget.text()
        if not raw:
            return
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            fits = need < 0 or need <= widget.height() + 2
        else:
            fits = widget.sizeHint().width() <= widget.width() + 1
        yield plain(raw), fits
    elif isinstance(widget, QAbstractButton):
        box = widget.parent()
        if isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
            return  # Qt's own standard buttons: Qt's translations (qtbase_XX.qm) name them; en_XA has none
        if widget.text():
            yield plain(widget.text()), widget.sizeHint().width() <= widget.width() + 1
    elif isinstance(widget, QLineEdit):
        if widget.placeholderText() and not widget.text():
            room = widget.contentsRect().width() - widget.textMargins().left() - widget.textMargins().right() - 4
            yield plain(widget.placeholderText()), QFontMetrics(widget.font()).horizontalAdvance(
                widget.placeholderText()) <= room
    elif isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        for i in range(widget.count()):
            shown = widget.itemText(i)
            if shown:
                fits = i != widget.currentIndex() or \
                    QFontMetrics(widget.font()).horizontalAdvance(shown) <= field.width() + 1
                yield plain(shown), fits
    elif isinstance(widget, QGroupBox):
        if widget.title():
            yield plain(widget.title()), True
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield plain(widget.tabText(i)), True


def problems(root: QWidget, data: Iterable[str] = ()) -> list[Problem]:
    """Every visible text of `root` and its children that is not pseudo-translated or does not fit."""
    QApplication.processEvents()
    known = DATA | set(data)
    found: list[Problem] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QMenu):
            continue  # menus: test_every_menu
        for shown, fits in texts_of(widget):
            if not shown or is_data(shown, known):
                continue
            if not pseudo_translated(shown):
                found.append(Problem(name_of(widget), shown, "not translated"))
            elif not fits:
                found.append(Problem(name_of(widget), shown, "does not fit"))
    return found


def assert_all_shown_pseudo(root: QWidget, data: Iterable[str] = ()) -> None:
    found = problems(root, data)
    assert not found, "\n" + "\n".join(map(str, found))


def sized(w):  # type: ignore[no-untyped-def]
    w.setMinimumSize(0, 0)
    w.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    return w


def signed_in(qtbot, w):  # type: ignore[no-untyped-def]
    w._spawn(w.controller.sign_in("gacha", GACHA))
    qtbot.waitUntil(lambda: w.controller.profile is not None and w.profile_page.play_button.isVisible(),
                    timeout=10000)
    QApplication.processEvents()
    return w


def account_data(w) -> set[str]:  # type: ignore[no-untyped-def]
    """What the window shows of the signed-in player (names, ids, items, dates), which is not translated."""
    c = w.controller
    found = {a.name for a in c.accounts} | {a.label for a in c.accounts if getattr(a, "label", "")}
    profile = c.profile
    if profile is not None:
        found |= {str(v) for v in vars(profile).values() if isinstance(v, str | int) and v != ""}
        for item in getattr(profile, "items", []) or []:
            found |= {str(v) for v in vars(item).values() if isinstance(v, str)}
    return found


def test_the_picker_is_pseudo_translated_and_fits(qtbot, player_window):
    assert_all_shown_pseudo(sized(player_window))


def test_the_testers_picker_is_pseudo_translated_and_fits(qtbot, window):
    assert_all_shown_pseudo(sized(window))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_sign_in_form_is_pseudo_translated_and_fits(qtbot, window, provider):
    w = sized(window)
    w.show_login(provider)
    QApplication.processEvents()
    assert_all_shown_pseudo(w)


def test_a_sign_in_error_is_pseudo_translated(qtbot, player_window):
    w = sized(player_window)
    w.show_login("gacha")
    w.login.inputs["email"].setText(GACHA["email"])
    w.login.inputs["password"].setText("wrong-password")
    w.on_submit("gacha", w.login.relevant_values(), False)
    qtbot.waitUntil(lambda: not w.controller.busy and w.login.form_error.isVisible(), timeout=10000)
    assert pseudo_translated(plain(w.login.form_error.text())), w.login.form_error.text()
    assert_all_shown_pseudo(w)


def test_the_profile_is_pseudo_translated_and_fits(qtbot, player_window):
    w = sized(signed_in(qtbot, player_window))
    assert_all_shown_pseudo(w, account_data(w))


def test_the_testers_profile_with_its_details_is_pseudo_translated_and_fits(qtbot, window):
    w = sized(signed_in(qtbot, window))
    w.profile_page.details_toggle.setChecked(True)
    assert_all_shown_pseudo(w, account_data(w))


def test_how_the_game_ended_is_pseudo_translated(qtbot, player_window):
    w = sized(signed_in(qtbot, player_window))
    w._spawn(w.controller.play())
    qtbot.waitUntil(lambda: "normally" in w.controller.game_of(w.controller.shown_id).message, timeout=20000)
    QApplication.processEvents()
    status = w.statusBar().currentMessage()
    words = i18n.pseudo("{game} closed normally after {time}.").split("{game}")[1].split("{time}")[0]
    assert pseudo_translated(status) and words in status, status  # the core's message, translated in the window
    assert_all_shown_pseudo(w, account_data(w))


def test_the_page_of_an_account_that_cannot_be_opened_is_pseudo_translated(qtbot, player_window):
    from launcher.outcomes import NetworkError

    w = sized(signed_in(qtbot, player_window))
    w.unavailable.show_problem("Demo Player", NetworkError.unreachable("Gacha").message)
    w.show_page(w.unavailable)
    assert_all_shown_pseudo(w, account_data(w) | {"Gacha"})


def test_the_keychain_notice_is_pseudo_translated_and_fits(qtbot, qloop, manifest, launcher_home, monkeypatch):
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from ui.app import build_window

    class NoKeychain(MemoryVault):
        persistent = False

    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    w = build_window(manifest, accounts=Accounts(AccountStore(launcher_home / "accounts.json"), NoKeychain()),
                     open_browser=lambda url: None)
    qtbot.addWidget(w)
    w.show()
    w.controller.load_accounts()
    sized(w)
    w._keychain_changed()
    assert w.notice_text.isVisible()
    try:
        assert pseudo_translated(plain(w.notice_text.text())), w.notice_text.text()
        assert_all_shown_pseudo(w)
    finally:
        w.on_closed = None
        w.controller.cancel()


def test_check_my_connection_is_pseudo_translated_and_fits(qtbot, player_window, sandbox):
    w = sized(player_window)
    w.check_connection()
    dialog = w.connection_dialog
    qtbot.waitUntil(dialog.copy.isEnabled, timeout=30000)
    assert_all_shown_pseudo(dialog, {DEMO.name})


def test_the_builds_dialog_is_pseudo_translated_and_fits(qtbot, window):
    w = sized(signed_in(qtbot, window))
    w.show_builds()
    dialog = w.builds_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    QApplication.processEvents()
    try:
        assert_all_shown_pseudo(dialog, {"dev", "staging", "live", "default"} | account_data(w))
    finally:
        dialog.close()


def test_every_menu_is_pseudo_translated(qtbot, window):
    w = signed_in(qtbot, window)
    names = account_data(w)
    language_names = {i18n.name_of(code) for code in i18n.offer().languages} | {"English"}
    not_translated = []
    menus = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
    seen = 0
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled when opened (languages, accounts)
        entries = [menu.title()] + [a.text() for a in menu.actions() if not a.isSeparator()]
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
        for entry in map(plain, entries):
            seen += 1
            if entry and entry not in language_names and not is_data(entry, DATA | names) \
                    and not pseudo_translated(entry.split("\t")[0]):
                not_translated.append(entry)
    assert seen > 20
    assert not_translated == []
