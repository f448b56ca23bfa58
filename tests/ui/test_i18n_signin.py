"""The sign-in screens in the player's language (#25): the picker, the forms, their errors and steps and the Facebook
page read German; in Arabic the form mirrors and the way back points right; in the pseudo-locale every text of the
picker and of every method's form is translated (bracketed) and shown whole."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

from launcher import languages
from launcher.translatable import QT_TRANSLATE_NOOP
from ui import i18n

pytestmark = pytest.mark.ui

ZWSP = "\u200b"


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    i18n.clear()
    yield
    i18n.clear()
    QApplication.processEvents()


def choose(code: str) -> None:
    """As Help > Language does: the open window follows at once."""
    assert i18n.apply(code) == code
    QApplication.processEvents()


def open_method(w, provider_id: str):  # type: ignore[no-untyped-def]
    w.show_page(w.picker)
    w.picker.tiles[provider_id].click()
    QApplication.processEvents()
    return w.login if w.login is not None and w.current_page() is w.login else w.not_set_up


def row_label(form, name: str) -> str:  # type: ignore[no-untyped-def]
    return form.rows[name][0].text()


# --- German -----------------------------------------------------------------------------------------------------------
def test_in_german_the_picker_reads_german(qtbot, player_window):
    w = player_window
    choose("de")
    picker = w.picker
    assert picker.title.text() == "Bei Demo Quest anmelden"
    assert picker.sub.text() == "Wähle, wie du spielst. Du bleibst auf diesem Computer angemeldet."
    tile = picker.tiles["gacha"]
    assert tile.title.text() == "E-Mail und Passwort"
    assert tile.description.text().replace(ZWSP, "") == (
        "Melde dich mit der E-Mail-Adresse und dem Passwort deines Spielkontos an.")
    assert tile.accessibleName() == "Mit E-Mail und Passwort anmelden"
    assert picker.tiles["earth"].title.text() == "Online spielen"


def test_in_german_the_email_form_its_errors_and_its_steps_read_german(qtbot, player_window):
    w = player_window
    choose("de")
    form = open_method(w, "gacha")
    assert form.title.text() == "E-Mail und Passwort"
    assert (row_label(form, "email"), row_label(form, "password")) == ("E-Mail", "Passwort")
    assert form.submit.text() == "Anmelden"
    assert form.remember.text() == "Dieses Konto auf diesem Computer merken"
    assert form.back_button.text() == "← Alle Anmeldemethoden"
    assert form.inputs["email"].placeholderText() == "name@beispiel.de"
    assert form.reveal_buttons["password"].accessibleName() == "passwort anzeigen"  # spoken: the case is not heard
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)  # nothing typed yet
    assert form.errors["email"].isVisible() and form.errors["email"].text() == "E-Mail wird benötigt."
    qtbot.keyClicks(form.inputs["email"], "niemand")
    assert form.errors["email"].text() == "„niemand“ ist keine gültige E-Mail-Adresse."
    form.set_busy(QT_TRANSLATE_NOOP("SignInSteps", "Signing in to the game server…"), 1, 2)
    assert form.steps.text() == "Schritt 1 von 2: Anmeldung am Spielserver …"
    assert form.submit.text() == "Abbrechen"
    form.show_cancelled()
    assert form.form_info.text() == "Anmeldung abgebrochen." and form.submit.text() == "Anmelden"


def test_in_german_the_facebook_page_reads_german_while_it_waits_for_the_player(qtbot, player_window, sandbox):
    sandbox.state.settings["facebook_device_interval"] = 1
    w = player_window
    choose("de")
    form = open_method(w, "playfab-facebook")
    assert (form.title.text(), form.description.text()) == ("Facebook", "Mit deinem Facebook-Konto weitermachen.")
    assert form.external_button.text() == "Weiter mit Facebook"
    assert form.external_hint.text() == "Du bestätigst die Anmeldung auf Facebook, im Browser oder auf deinem Handy."
    qtbot.mouseClick(form.external_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.code_box.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: "noch" in form.steps.text(), timeout=3000)
    assert re.fullmatch(r"Warte auf deine Bestätigung auf Facebook … noch \d:\d\d", form.steps.text()), \
        form.steps.text()
    intro = form.code_intro.text()
    assert intro.startswith("Öffne <b>") and intro.endswith("oder deinem Handy und gib diesen Code ein:")
    assert form.code_hint.text().startswith("Der Code gilt 7 Minuten; läuft er ab, erscheint von selbst ein neuer.")
    assert (form.copy_code.text(), form.open_address.text(), form.submit.text()) == (
        "Code kopieren", "Seite öffnen", "Abbrechen")
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.busy, timeout=3000)
    assert form.form_info.text() == "Anmeldung abgebrochen."


def test_a_method_not_set_up_says_so_in_german(qtbot, player_window, monkeypatch):
    w = player_window
    monkeypatch.setattr(w.controller, "missing_setup", lambda provider_id: ["secret"])
    choose("de")
    page = open_method(w, "gacha")
    assert page is w.not_set_up
    assert page.other.text() == "Andere Anmeldemethode wählen"
    assert "nicht eingerichtet" in page.message.text()
    assert page.back_button.text() == "← Alle Anmeldemethoden"


# --- Arabic: right to left ------------------------------------------------------------------------------------------
def x_of(widget: QWidget, w: QWidget) -> int:
    return widget.mapTo(w, QPoint(0, 0)).x()


def test_in_arabic_the_form_is_right_to_left_and_the_way_back_points_right(qtbot, player_window):
    w = player_window
    choose("ar")
    picker = w.picker
    assert x_of(picker.tiles["gacha"], w) > x_of(picker.tiles["playfab-facebook"], w)  # the first tile on the right
    form = open_method(w, "gacha")
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    back = form.back_button
    assert back.text() == "→ كل طرق تسجيل الدخول" and "←" not in back.text()
    centre = x_of(form, w) + form.width() // 2
    assert x_of(back, w) > centre  # where an Arabic reader starts: on the right
    label, field = form.rows["email"][0], form.inputs["email"]
    assert x_of(label, w) > x_of(field, w) + field.width() - 1  # the label right of its field
    assert row_label(form, "email") == "البريد الإلكتروني" and form.submit.text() == "تسجيل الدخول"
    form.set_busy(QT_TRANSLATE_NOOP("SignInSteps", "Signing in to the game server…"), 1, 2)
    assert form.steps.text() == "الخطوة ١ من ٢: جارٍ تسجيل الدخول إلى خادم اللعبة…"  # the locale's digits

    choose("de")  # back to left to right: the arrow turns with the window
    form = open_method(w, "gacha")
    assert form.back_button.text().startswith("←")


def test_the_arrow_follows_a_direction_change_of_an_open_form(qtbot, player_window):
    form = open_method(player_window, "gacha")
    assert form.back_button.text() == "← All sign-in methods"
    form.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert form.back_button.text() == "→ All sign-in methods"


# --- the pseudo-locale: every text translated and whole ----------------------------------------------------------
def studio_texts(w) -> set[str]:  # type: ignore[no-untyped-def]
    """What the studio's manifest says in its own words (not ours to translate)."""
    found = set()
    for table in w.controller.core.manifest.texts.values():
        for key in ("label", "description"):
            value = languages.localized(table.get(key), languages.PSEUDO)
            if value:
                found.add(value)
    return found


def shown_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and not widget.pixmap().isNull():
        return []
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]  # what is typed is the player's
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    return []


def problems_of(page: QWidget, studio: set[str]) -> list[str]:
    area = page.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    viewport = area.viewport()
    problems = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        for shown in shown_texts(widget):
            plain = shown.replace(ZWSP, "").replace("&&", "&")
            if not plain or plain in studio or plain == "Demo Quest":
                continue
            if not (plain.startswith("[") and plain.endswith("]")):
                problems.append(f"not translated: {plain!r} ({type(widget).__name__} {widget.objectName()})")
        texts = [t for t in shown_texts(widget) if t]
        if not texts:
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width():
            problems.append(f"outside the page: {texts[0]!r} at {left}..{left + widget.width()} of "
                            f"{viewport.width()}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            room = widget.contentsRect().width()
            metrics = widget.fontMetrics()
            for word in re.split(r"[\s\u200b]+", widget.text()):
                if metrics.horizontalAdvance(word) > room:
                    problems.append(f"a word wider than its label: {word!r} ({room} px)")
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                problems.append(f"cut at the bottom: {texts[0]!r}")
        elif isinstance(widget, (QLabel, QAbstractButton, QComboBox)) and \
                widget.sizeHint().width() > widget.width() + 1:
            problems.append(f"cut: {texts[0]!r} needs {widget.sizeHint().width()} px, has {widget.width()}")
    return problems


@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_in_the_pseudo_locale_every_text_of_the_picker_and_the_forms_is_translated_and_fits(qtbot, window, size):
    w = window  # tester mode: every method of the demo, testing tools included, and every field
    w.resize(*size)
    choose(languages.PSEUDO)
    studio = studio_texts(w)
    w.show_page(w.picker)
    QApplication.processEvents()
    problems = problems_of(w.picker, studio)
    seen = 0
    for provider_id in list(w.picker.tiles):
        form = open_method(w, provider_id)
        inputs = getattr(form, "inputs", {})
        for name, widget in inputs.items():  # every choice of a form: each shows its own fields
            if isinstance(widget, QComboBox):
                for index in range(widget.count()):
                    widget.setCurrentIndex(index)
                    form.validate(show_all=True)  # the errors too
                    QApplication.processEvents()
                    problems += [f"{provider_id} {name}={widget.itemData(index)}: {p}"
                                 for p in problems_of(form, studio)]
        form.validate(show_all=True)
        QApplication.processEvents()
        problems += [f"{provider_id}: {p}" for p in problems_of(form, studio)]
        seen += 1
    assert seen >= 7
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_pseudo_locale_test_would_see_an_untranslated_or_cut_text(qtbot, window):
    """The check above can fail: an English text and a text too wide for its button are both reported."""
    w = window
    choose(languages.PSEUDO)
    form = open_method(w, "gacha")
    form.submit.setText("Sign in")
    form.retry_button.setVisible(True)
    form.retry_button.setFixedWidth(20)
    form.description.setText(f"[{'Ŵ' * 80}]")
    QApplication.processEvents()
    problems = problems_of(form, set())
    assert any("not translated: 'Sign in'" in p for p in problems), problems
    assert any(p.startswith("cut: '[Rétrý~~]'") for p in problems), problems
    assert any(p.startswith("a word wider than its label") for p in problems), problems
