"""The palette follows the desktop: the remembered scheme for the first frame, live switches after it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ui import theme

pytestmark = pytest.mark.ui


def window_is_dark(app) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_desktop_switching_to_dark_and_back_is_followed(qapp, monkeypatch):
    seen: list[bool] = []
    desktop_dark = [True]
    monkeypatch.setattr(theme, "system_is_dark", lambda: desktop_dark[0])
    theme.apply(qapp, dark=False)
    theme.follow_system(qapp, seen.append)
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert window_is_dark(qapp) and seen == [True]
        desktop_dark[0] = False
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not window_is_dark(qapp) and seen == [True, False]
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == theme.ACCENT
    finally:
        hints.colorSchemeChanged.disconnect()
        theme.apply(qapp, dark=False)
