"""The profile page, the sidebar and the account dialogs in the player's language (#25): German texts with
plural forms and local dates, Arabic mirrored (the sidebar, and each account's picture, on the right), and the
pseudo-locale translating every text of the profile page and the sidebar with nothing cut."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QStyle, QWidget

from ui import i18n
from ui.account_dialogs import which
from ui.widgets.profile import Value, when

from ..conftest import GACHA
from .test_window import sign_in


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    i18n.clear()
    yield
    i18n.clear()
    QApplication.processEvents()


def switch_to(qtbot, w, language: str) -> None:  # type: ignore[no-untyped-def]
    """As Help > Language does: the language applied, the window filling its pages in again."""
    assert i18n.apply(language) == language
    QApplication.processEvents()  # the LanguageChange events reach every widget
    qtbot.waitUntil(lambda: w.layoutDirection() == (Qt.LayoutDirection.RightToLeft if language == "ar"
                                                    else Qt.LayoutDirection.LeftToRight))


def test_the_profile_and_the_sidebar_read_german_with_plural_forms_and_german_dates(qtbot, window):
    sign_in(qtbot, window, "gacha", GACHA)
    page, chests, bar = window.profile_page, window.profile_page.chests, window.sidebar
    assert chests is not None and chests.chest_title.text() == "3 chests"  # the demo's player owns 3 chests
    switch_to(qtbot, window, "de")
    assert chests.chest_title.text() == "3 Truhen"
    assert chests.filter.placeholderText() == "Truhen filtern …"
    assert [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)] == \
        ["Name", "Beschreibung", "Anzahl"]
    assert page.details_toggle.text() == "▸ Details"
    assert page.copy_buttons["Player id"].text() == "Kopieren"
    keys = [w.text() for w in page.details.findChildren(QLabel) if w.objectName() == "Muted"]
    assert "Spieler-ID" in keys and "Angemeldet mit" in keys
    assert bar.caption.text() == "KONTEN" and bar.add_button.text() == "+  Konto hinzufügen"
    assert [a.text() for a in bar.menu_for(window.controller.accounts[0]).actions() if a.text()] == \
        ["Zu diesem Konto wechseln", "Spieler-ID kopieren", "Umbenennen …", "Abmelden", "Entfernen …"]

    first = page.model.data(page.model.index(0, 0))
    qtbot.keyClicks(chests.filter, first)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert chests.chest_title.text() == "1 von 3 Truhen"
    chests.filter.setText("zzz")
    assert chests.empty.text() == "Keine Truhe passt zu „zzz“."
    chests.filter.clear()
    profile = window.controller.profile
    page.show_profile(dataclasses.replace(profile, items=profile.items[:1]))
    assert chests.chest_title.text() == "1 Truhe"
    page.show_profile(dataclasses.replace(profile, items=[]))
    assert chests.chest_title.text() == "0 Truhen" and chests.empty.text().startswith("Noch keine Truhen.")

    assert when(datetime(2026, 12, 4, 17, 5)) == "04.12.26 17:05"
    assert which("Custom ID", "dev") == "Angemeldet mit Custom ID, auf den dev-Servern."
    switch_to(qtbot, window, "en")
    assert chests.chest_title.text() == "3 chests" and page.details_toggle.text() == "▸ Details"  # refilled


def icon_rect(box: QRect) -> QRect:
    """Where a row paints the account's picture, counted from the row's leading edge (as the sidebar does)."""
    return QRect(box.left() + 8, box.top() + (box.height() - 32) // 2, 32, 32)


def crop(image: QImage, rect: QRect, ratio: float) -> QImage:
    return image.copy(QRect(int(rect.x() * ratio), int(rect.y() * ratio), int(rect.width() * ratio),
                            int(rect.height() * ratio)))


def test_in_arabic_the_sidebar_is_on_the_right_and_each_account_shows_its_picture_on_its_right(qtbot, window):
    sign_in(qtbot, window, "gacha", GACHA)
    bar, view = window.sidebar, window.sidebar.list

    def row_image() -> tuple[QImage, QRect, float]:
        QApplication.processEvents()
        pixmap = view.viewport().grab()
        box = view.visualRect(window.account_model.index(0)).adjusted(2, 1, -2, -1)
        return pixmap.toImage(), box, pixmap.devicePixelRatio()

    left_to_right, box, ratio = row_image()
    picture = crop(left_to_right, icon_rect(box), ratio)
    switch_to(qtbot, window, "ar")
    qtbot.waitUntil(lambda: bar.mapTo(window, QPoint(0, 0)).x() > window.pages.mapTo(window, QPoint(0, 0)).x())
    right_to_left, box, ratio = row_image()
    mirrored = QStyle.visualRect(Qt.LayoutDirection.RightToLeft, box, icon_rect(box))
    assert mirrored.center().x() > box.center().x()
    assert crop(right_to_left, mirrored, ratio) == picture  # the same picture, at the row's right end
    assert crop(right_to_left, icon_rect(box), ratio) != picture  # and no longer at its left
    assert bar.caption.text() == "الحسابات"
    page = window.profile_page
    assert page.chests is not None and page.chests.chest_title.text() == "٣ صناديق"
    assert page.details_toggle.text().startswith("◂")  # closed, its arrow points the way Arabic reads
    page.details_toggle.click()
    assert page.details_toggle.text().startswith("▾")


def data_widgets(w) -> set[QWidget]:  # type: ignore[no-untyped-def]
    """What shows the player's or the game's own words (names, values, news, the game's links), not ours."""
    page = w.profile_page
    shown: set[QWidget] = {page.name, page.environment, w.sidebar.title, *page.findChildren(Value),
                           *page.news.findChildren(QLabel)}
    links = [page.links.itemAt(n).widget() for n in range(page.links.count())]
    shown |= {link for link in links[:-1] if link is not None}  # the news links; the last is Support
    shown |= {label for label in page.findChildren(QLabel) if label.objectName() == "Muted"
              and label.parentWidget() is page.grid.parentWidget() and label.text() in page.values}
    return shown


def fits(widget: QWidget, text: str) -> bool:
    if isinstance(widget, QLineEdit):
        return QFontMetrics(widget.font()).horizontalAdvance(text) <= widget.width() - 10
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.heightForWidth(widget.width()) <= widget.height() + 1
    return widget.sizeHint().width() <= widget.width() + 1


def test_in_the_pseudo_locale_every_text_of_the_profile_and_the_sidebar_is_translated_and_fits(qtbot, window):
    window.resize(900, 600)
    sign_in(qtbot, window, "gacha", GACHA)
    switch_to(qtbot, window, "en_XA")
    page = window.profile_page
    page.details_toggle.click()
    QApplication.processEvents()
    skip = data_widgets(window)
    checked, wrong = 0, []
    for root in (page, window.sidebar):
        for widget in root.findChildren(QWidget):
            if widget in skip or not widget.isVisibleTo(window):
                continue
            if isinstance(widget, (QLabel, QPushButton)):
                text = widget.text()
            elif isinstance(widget, QLineEdit):
                text = widget.placeholderText()
            elif isinstance(widget, QComboBox) and widget.objectName() != "qt_spinbox_lineedit":
                text = widget.currentText() if widget is window.sidebar.group else ""
            else:
                continue
            if not text or text == "+":
                continue
            checked += 1
            if not ("[" in text and "]" in text) or not fits(widget, text):
                wrong.append((type(widget).__name__, text, widget.width()))
    header = page.table.horizontalHeader()
    for section in range(3):
        if not header.isSectionHidden(section):
            checked += 1
            text = page.model.headerData(section, Qt.Orientation.Horizontal)
            needed = header.sectionSizeFromContents(section).width()
            if not text.startswith("[") or needed > header.sectionSize(section):
                wrong.append(("header", text, header.sectionSize(section)))
    model = window.account_model
    for row in range(model.rowCount()):
        line = model.data(model.index(row)).split("\n")[1]  # the painted line under the name: method and state
        checked += 1
        if not line.startswith("["):
            wrong.append(("account row", line, 0))
    assert checked > 15 and wrong == [], "\n".join(map(str, wrong))
