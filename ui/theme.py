"""Look and feel: Fusion with the system's light or dark palette, one accent colour, a small stylesheet.

No `Qt` namespace import at module level: PySide builds that whole namespace (about 15 ms) on first use, and
this module is on the path to the first frame."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#6d5dfc"

STYLE = """
QWidget#Sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); }
QLabel#GameTitle { font-size: 16px; font-weight: 600; }
QLabel#PageTitle { font-size: 22px; font-weight: 600; }
QLabel#DisplayName { font-size: 26px; font-weight: 600; }
QLabel#Muted, QLabel#FieldHelp { color: palette(placeholder-text); }
QFrame#CodeBox { border: 1px solid palette(mid); border-radius: 8px; background: palette(alternate-base); }
QLabel#DeviceCode { font-size: 28px; font-weight: 700; letter-spacing: 4px; font-family: monospace; }
QLabel#FieldError, QLabel#FormError { color: #d64545; }
QLabel#FormError { background: rgba(214, 69, 69, 0.10); border: 1px solid rgba(214, 69, 69, 0.45);
                   border-radius: 6px; padding: 8px 10px; }
QLabel#Badge { background: %(accent)s; color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#WarnBadge { background: #c27c0e; color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#Steps { color: palette(placeholder-text); }
QPushButton { padding: 6px 14px; border-radius: 6px; }
QPushButton#Primary { background: %(accent)s; color: white; border: none; font-weight: 600; padding: 9px 22px; }
QPushButton#Primary:hover { background: #5a4ae8; }
QPushButton#Primary:disabled { background: palette(mid); color: palette(window); }
QPushButton#External { color: white; border: none; font-weight: 600; padding: 9px 22px; }
QPushButton#Play { background: #16a34a; color: white; border: none; font-size: 17px; font-weight: 700;
                   padding: 12px 40px; border-radius: 8px; }
QPushButton#Play:disabled { background: palette(mid); color: palette(window); }
QToolButton#ProviderTile { border: 1px solid palette(mid); border-radius: 10px; padding: 12px;
                           background: palette(base); }
QToolButton#ProviderTile:hover, QToolButton#ProviderTile:focus { border: 2px solid %(accent)s; }
QListView#Accounts { border: none; background: transparent; }
QListView#Accounts::item { padding: 6px; border-radius: 6px; }
QListView#Accounts::item:selected { background: %(accent)s; color: white; }
QFrame#Card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QLineEdit, QComboBox { padding: 5px 6px; }
""" % {"accent": ACCENT}


STYLE_ARGS = ["-style", "fusion"]  # for QApplication: Fusion without building PySide's QStyle wrapper (~5 ms)
_platform: QPalette | None = None


def platform_palette() -> QPalette:
    """The desktop's own palette, as it was before this module replaced the application palette."""
    global _platform
    if _platform is None:
        _platform = QGuiApplication.palette()  # a copy; not QPalette(other): resolving that overload builds `Qt`
    return _platform


def palette_is_dark() -> bool:
    return platform_palette().color(QPalette.ColorRole.Window).lightness() < 128


def system_is_dark() -> bool:
    """The desktop's colour scheme where Qt knows it (GNOME, KDE, Windows, macOS), else the palette's lightness."""
    from PySide6.QtCore import Qt

    platform_palette()
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette_is_dark()


def follow_system(app: QApplication, on_change: Callable[[bool], None] = lambda dark: None) -> None:
    """Switch palettes when the desktop switches between light and dark while the launcher runs."""
    def changed(*_: object) -> None:
        dark = system_is_dark()
        apply(app, dark=dark)
        on_change(dark)
    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


def dark_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1e1f24", QPalette.ColorRole.WindowText: "#e6e6ea",
        QPalette.ColorRole.Base: "#26272d", QPalette.ColorRole.AlternateBase: "#18191d",
        QPalette.ColorRole.Text: "#e6e6ea", QPalette.ColorRole.Button: "#2c2d34",
        QPalette.ColorRole.ButtonText: "#e6e6ea", QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Mid: "#3a3b44",
        QPalette.ColorRole.PlaceholderText: "#9a9aa5", QPalette.ColorRole.ToolTipBase: "#2c2d34",
        QPalette.ColorRole.ToolTipText: "#e6e6ea", QPalette.ColorRole.Link: "#9d92ff",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    return p


def light_palette() -> QPalette:
    if palette_is_dark():  # the desktop's palette is dark, but light was asked for: Fusion's own light one
        palette = QApplication.style().standardPalette()
    else:
        palette = platform_palette().__copy__()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f3f7"))
    return palette


def apply(app: QApplication, *, dark: bool | None = None) -> None:
    """Palette and style sheet. The Fusion style itself comes from STYLE_ARGS when the application is made."""
    platform_palette()
    app.setPalette(dark_palette() if (dark if dark is not None else system_is_dark()) else light_palette())
    app.setStyleSheet(STYLE)
