"""The player's language: chosen in Help > Language (or the system's), applied at once to the open window (German
texts, Arabic right-to-left), remembered, sent to the servers (Accept-Language, Earth's language fact); the
pseudo-locale shows every text of the main button and the menus pseudo-translated and uncut; the .ts check."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from launcher import languages
from launcher.build_state import BuildState, Phase, Purpose
from launcher.play_action import Reach, action_for
from launcher.translatable import Text
from launcher.ui_settings import UiSettings
from ui import i18n, theme
from ui.widgets.play_panel import PlayPanel

from ..conftest import EARTH, GACHA

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "tools" / "check-translations"
GB = 1_000_000_000


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    i18n.clear()
    yield
    i18n.clear()
    QApplication.processEvents()  # the LanguageChange events of clear() reach the widgets of this test, not the next


def signed_in(qtbot, w):  # type: ignore[no-untyped-def]
    w._spawn(w.controller.sign_in("gacha", GACHA))
    qtbot.waitUntil(lambda: w.controller.profile is not None and w.profile_page.play_button.isVisible(),
                    timeout=10000)
    return w


def menu_titles(w) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in w.menuBar().actions()]


def language_action(w, choice: str):  # type: ignore[no-untyped-def]
    menu = w.menuBar().findChild(QMenu, "LanguageMenu")
    menu.aboutToShow.emit()  # as when the player opens it
    return next(a for a in menu.actions() if a.data() == choice)


def test_choosing_german_in_the_menu_turns_the_open_window_german_at_once_and_is_remembered(qtbot, player_window):
    w = signed_in(qtbot, player_window)
    assert w.profile_page.play_button.text() == "Play" and menu_titles(w)[:3] == ["&Account", "&Game", "&Help"]
    names = [a.text() for a in w.menuBar().findChild(QMenu, "LanguageMenu").actions()]
    assert names[1:] == ["English", "Deutsch", "Português (Brasil)", "العربية"], names
    language_action(w, "de").trigger()
    assert w.profile_page.play_button.text() == "Spielen"
    assert w.profile_page.play_button.accessibleName() == "Demo Quest spielen"
    assert menu_titles(w)[:3] == ["&Konto", "&Spiel", "&Hilfe"]
    help_menu = w.menuBar().actions()[2].menu()
    assert "&Verbindung prüfen" in [a.text() for a in help_menu.actions()]
    assert language_action(w, "de").isChecked()  # the rebuilt menu shows the choice
    assert UiSettings.load().language == "de"  # remembered in the window settings

    i18n.clear()  # the next start: the saved choice, before the first frame
    assert i18n.apply(UiSettings.load().language) == "de"
    panel = PlayPanel("Demo Quest")
    qtbot.addWidget(panel)
    assert panel.play_button.text() == "Spielen" and panel.stop_button.text() == "Spiel beenden"


def test_the_system_language_is_the_default_and_a_language_not_shipped_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(i18n, "system_languages", lambda: ["pt-BR", "en-US"])
    assert i18n.apply("") == "pt_BR"
    assert i18n.menu_entries()[0] == ("", "Idioma do sistema (Português (Brasil))")
    monkeypatch.setattr(i18n, "system_languages", lambda: ["de-AT"])
    assert i18n.apply("") == "de"  # the same language: Austrian German reads German
    monkeypatch.setattr(i18n, "system_languages", lambda: ["fr-FR", "fr"])
    assert i18n.apply("") == "en"
    assert i18n.apply("xx") == "en"  # a damaged or unknown saved choice: the system's language, else English


def test_arabic_mirrors_the_window_and_reads_arabic(qtbot, player_window):
    w = signed_in(qtbot, player_window)
    sidebar_x = w.sidebar.mapTo(w, QPoint(0, 0)).x()
    assert sidebar_x < w.pages.mapTo(w, QPoint(0, 0)).x()
    language_action(w, "ar").trigger()
    qtbot.waitUntil(lambda: w.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: w.sidebar.mapTo(w, QPoint(0, 0)).x() > w.pages.mapTo(w, QPoint(0, 0)).x())
    assert w.profile_page.play_button.text() == "العب"
    assert menu_titles(w)[:3] == ["ال&حساب", "ال&لعبة", "&مساعدة"]
    assert w.profile_page.play_button.accessibleName() == f"العب {i18n.FSI}Demo Quest{i18n.PDI}"  # isolated


def test_arabic_numbers_sizes_and_counts_follow_the_locale():
    i18n.apply("ar")
    assert i18n.duration(60) == "دقيقة واحدة" and i18n.duration(120) == "دقيقتان"
    assert i18n.duration(5 * 60) == "٥ دقائق" and i18n.duration(11 * 60) == "١١ دقيقة"
    assert i18n.data_size(3_200_000_000).startswith("٣٫٢")
    i18n.apply("de")
    assert i18n.duration(125 * 60) == "2 Std. 5 Min." and i18n.data_size(3_200_000_000) == "3,2 GB"
    i18n.apply("")
    assert i18n.duration(125 * 60) == "2 h 5 min" and i18n.duration(60) == "1 min"


def states() -> list[BuildState]:
    base = {"known": True, "free": 120 * GB}
    return [BuildState(Phase.MISSING, download=3 * GB, **base),
            BuildState(Phase.MISSING, download=300 * GB, free=1 * GB, known=True),
            BuildState(Phase.DOWNLOADING, purpose=Purpose.INSTALL, offered="1.2.0", done=GB, total=3 * GB,
                       downloaded=GB, rate=12_000_000, download=3 * GB, **base),
            BuildState(Phase.PAUSED, purpose=Purpose.UPDATE, installed="1.1.0", offered="1.2.0", required=True,
                       done=GB, total=3 * GB, download=3 * GB, **base),
            BuildState(Phase.UPDATE, installed="1.1.0", offered="1.2.0", download=45_000_000, notes="Fixes", **base),
            BuildState(Phase.READY, installed="1.2.0", just_updated=True, **base),
            BuildState(Phase.DAMAGED, installed="1.2.0", message="3 files changed", **base),
            BuildState(Phase.FAILED, message="The download server refused the request. Try later.", **base),
            BuildState(Phase.MISSING, reachable=False, **base)]


def views():  # type: ignore[no-untyped-def]
    yield action_for("Demo Quest", running=True, build=None)
    for reach in Reach:
        yield action_for("Demo Quest", running=False, build=None, reach=reach)
    for state in states():
        yield action_for("Demo Quest", running=False, build=state)
        yield action_for("Demo Quest", running=False, installing=True, build=state)


def shown_texts(panel: PlayPanel) -> list[QPushButton]:
    return [b for b in (panel.play_button, *panel.secondary, panel.stop_button) if not b.isHidden()]


@pytest.mark.parametrize("language", ["en_XA", "de", "pt_BR", "ar"])
def test_every_state_of_the_main_button_is_translated_and_fits_its_column(qtbot, language):
    """In the pseudo-locale every text is bracketed (a text without brackets was never translated) and 40 % longer
    than English: the main button and its small buttons must still show it whole."""
    theme.apply(QApplication.instance(), dark=False)  # the main button's size and padding are the theme's
    assert i18n.apply(language) == language
    panel = PlayPanel("Demo Quest")
    qtbot.addWidget(panel)
    panel.show()
    for view in views():
        panel.show_view(view)
        QApplication.processEvents()
        for button in shown_texts(panel):
            assert button.sizeHint().width() <= button.width() + 1, (button.text(), button.sizeHint(), button.width())
            if language == "en_XA":
                assert button.text().startswith("[") and button.text().endswith("]"), button.text()
        for label, value in ((panel.detail, view.detail), (panel.progress_text, view.progress_text)):
            if language == "en_XA" and isinstance(value, Text) and value:  # not a server's own words
                assert "[" in label.text() and "]" in label.text(), label.text()


def test_the_pseudo_locale_translates_the_menus_and_the_main_button(qtbot, window):
    w = signed_in(qtbot, window)
    language_action(w, languages.PSEUDO).trigger()  # testers find it at the end of Help > Language
    assert w.profile_page.play_button.text() == "[Pļáý~~]"
    language_names = {a.text() for a in w.menuBar().findChild(QMenu, "LanguageMenu").actions()}
    texts = []
    menus = [a.menu() for a in w.menuBar().actions()]
    while menus:
        menu = menus.pop()
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.text() and action.text() not in language_names:
                texts.append(action.text())
    assert len(texts) > 15
    assert [t for t in texts if not (t.startswith("[") and t.endswith("]"))] == []


def test_accept_language_and_earths_language_fact_come_from_the_chosen_language(qtbot, window, sandbox):
    w = window
    w.controller.load_accounts()
    i18n.apply("pt_BR")
    w._spawn(w.controller.sign_in("earth", EARTH))
    qtbot.waitUntil(lambda: w.controller.profile is not None, timeout=15000)
    [signin] = sandbox.state.received("/earth/api/v1.1/player/profile/signin")
    assert signin.headers["accept-language"] == "pt-BR, pt;q=0.9, en;q=0.8"
    assert signin.json()["language"] == "pt_BR"
    assert all(r.headers.get("accept-language") == "pt-BR, pt;q=0.9, en;q=0.8"
               for r in sandbox.state.received("LoginWithCustomID"))


def test_the_manifest_may_restrict_the_languages_and_give_labels_per_language():
    offer = languages.studio_offer(["de", "pt_BR", "ar", "en_XA"], ["de", "fr", "pt"], "de")
    assert offer.languages == ("de", "pt_BR") and offer.fallback == "de" and offer.ignored == ("fr",)
    assert languages.studio_offer(["de"], None, None) == languages.Offer(("en", "de"), "en", ())
    label = {"en": "Email", "de": "E-Mail", "pt": "E-mail"}
    assert languages.localized(label, "de_AT") == "E-Mail" and languages.localized(label, "pt_BR") == "E-mail"
    assert languages.localized(label, "ar") == "Email" and languages.localized("Mega ID", "de") == "Mega ID"
    assert languages.localized({"xx-yy-zz": "?"}, "de") is None and languages.localized(3, "de") is None


def test_the_translation_files_hold_every_text_of_the_code():
    done = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_fails_when_a_text_is_missing_or_a_placeholder_is_lost(tmp_path):
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "ui" / "translations", copy)
    ts = copy / "launcher_de.ts"
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") == "Play {game}":
                context.remove(message)
            if message.findtext("source") == "Install {game}":
                message.find("translation").text = "Spiel installieren"  # {game} dropped
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    done = subprocess.run([sys.executable, str(CHECK), "--folder", str(copy)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 1
    assert "missing PlayAction: 'Play {game}'" in done.stderr
    assert "'Install {game}'" in done.stderr and "{placeholders}" in done.stderr


def test_a_widget_that_forgets_retranslate_is_refused_when_its_class_is_made():
    import pytest as _pytest
    from PySide6.QtWidgets import QLabel

    from ui.i18n import Retranslates

    with _pytest.raises(TypeError, match="retranslate"):
        type("Forgetful", (Retranslates, QLabel), {})
