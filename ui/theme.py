"""Look and feel: Fusion with the system's light or dark palette, one accent colour, a small stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#6d5dfc"

STYLE = """
QWidget#Sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); }
QLabel#GameTitle { font-size: 16px; font-weight: 600; }
QLabel#PageTitle { font-size: 22px; font-weight: 600; }
QLabel#DisplayName { font-size: 26px; font-weight: 600; }
QLabel#Muted, QLabel#FieldHelp { color: palette(placeholder-text); }
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
QPushButton#Facebook { background: #1877f2; color: white; border: none; font-weight: 600; padding: 9px 22px; }
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


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


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


def apply(app: QApplication, *, dark: bool | None = None) -> None:
    app.setStyle("Fusion")
    if dark if dark is not None else is_dark():
        app.setPalette(dark_palette())
    else:
        palette = app.style().standardPalette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f3f7"))
        app.setPalette(palette)
    app.setStyleSheet(STYLE)
