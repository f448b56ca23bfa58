"""Look and feel: Fusion with a light and a dark palette of our own, one accent colour, and a style sheet made
from the same colours, so the contrast test (tests/ui/test_contrast.py) checks exactly what is painted.

No `Qt` namespace import at module level: PySide builds that whole namespace (about 15 ms) on first use, and
this module is on the path to the first frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Every colour the window paints, per palette. Pairs that must contrast are listed in CONTRAST_PAIRS.
LIGHT: dict[str, str] = {
    "window": "#f5f5f8", "base": "#ffffff", "alt": "#ebebf0", "text": "#1b1b21", "muted": "#5f5f6b",
    "border": "#7c7c88", "focus": "#12103a", "accent": "#6152f0", "accent_hover": "#5141e0", "on_accent": "#ffffff",
    "play": "#15803d", "play_hover": "#116b33", "danger": "#d92d20", "danger_hover": "#b42318",
    "error": "#b42318", "warn": "#8a4b00", "button": "#ffffff", "button_hover": "#ebebf0", "link": "#4536c9",
    "disabled": "#c9c9d1", "on_disabled": "#4a4a55", "env": "#0f5e73", "notice": "#fff4d6", "on_notice": "#4d3300",
    "notice_border": "#8a4b00", "ticked": "#6152f0", "env_live": "#b42318", "env_staging": "#8a4b00",
}
DARK: dict[str, str] = {
    "window": "#1e1f24", "base": "#26272d", "alt": "#18191d", "text": "#e6e6ea", "muted": "#a6a6b0",
    "border": "#7a7b8c", "focus": "#e0dcff", "accent": "#6152f0", "accent_hover": "#5141e0", "on_accent": "#ffffff",
    "play": "#15803d", "play_hover": "#116b33", "danger": "#d92d20", "danger_hover": "#b42318",
    "error": "#ff8a8a", "warn": "#8a4b00", "button": "#33343c", "button_hover": "#3d3e47", "link": "#b3abff",
    "disabled": "#3a3b44", "on_disabled": "#b0b0ba", "env": "#0f5e73", "notice": "#3b2f12", "on_notice": "#ffe2a3",
    "notice_border": "#c98a2e", "ticked": "#7a6cff", "env_live": "#b42318", "env_staging": "#8a4b00",
}
ACCENT = LIGHT["accent"]

# (what, foreground, background, minimum ratio): text 4.5:1, borders and focus rings 3:1 (WCAG 1.4.3, 1.4.11).
CONTRAST_PAIRS: tuple[tuple[str, str, str, float], ...] = (
    ("text on window", "text", "window", 4.5), ("text on fields and cards", "text", "base", 4.5),
    ("text on the sidebar", "text", "alt", 4.5), ("muted text on window", "muted", "window", 4.5),
    ("muted text on cards", "muted", "base", 4.5), ("muted text on the sidebar", "muted", "alt", 4.5),
    ("error text on window", "error", "window", 4.5), ("error text on cards", "error", "base", 4.5),
    ("primary button text", "on_accent", "accent", 4.5), ("primary button hovered", "on_accent", "accent_hover", 4.5),
    ("selected account", "on_accent", "accent", 4.5), ("Play text", "on_accent", "play", 4.5),
    ("Play hovered", "on_accent", "play_hover", 4.5), ("destructive button text", "on_accent", "danger", 4.5),
    ("secondary button text", "text", "button", 4.5), ("link on window", "link", "window", 4.5),
    ("link on cards", "link", "base", 4.5), ("badge text", "on_accent", "warn", 4.5),
    ("environment badge", "on_accent", "env", 4.5), ("live environment badge", "on_accent", "env_live", 4.5),
    ("staging environment badge", "on_accent", "env_staging", 4.5), ("notice text", "on_notice", "notice", 4.5),
    ("field border on cards", "border", "base", 3.0), ("field border on window", "border", "window", 3.0),
    ("button border on window", "border", "window", 3.0), ("button border on the sidebar", "border", "alt", 3.0),
    ("focus ring on window", "focus", "window", 3.0), ("focus ring on cards", "focus", "base", 3.0),
    ("focus ring on the sidebar", "focus", "alt", 3.0), ("focus ring on a primary button", "focus", "accent", 3.0),
    ("focus ring on Play", "focus", "play", 3.0), ("focus ring on a destructive button", "focus", "danger", 3.0),
    ("focus ring on a secondary button", "focus", "button", 3.0),
    ("checkbox on window", "border", "window", 3.0), ("checkbox on cards", "border", "base", 3.0),
    ("ticked checkbox on window", "ticked", "window", 3.0), ("ticked checkbox on cards", "ticked", "base", 3.0),
    ("the tick", "on_accent", "ticked", 3.0),
    ("notice border on window", "notice_border", "window", 3.0),
)

STYLE_TEMPLATE = """
QWidget#Sidebar { background: %(alt)s; border-right: 1px solid %(border)s; }
QLabel#GameTitle { font-size: 16px; font-weight: 600; }
QLabel#PageTitle { font-size: 22px; font-weight: 600; }
QLabel#DisplayName { font-size: 26px; font-weight: 600; }
QLabel#Muted, QLabel#FieldHelp, QLabel#Steps { color: %(muted)s; }
QFrame#CodeBox { border: 1px solid %(border)s; border-radius: 8px; background: %(base)s; }
QLabel#DeviceCode { font-size: 28px; font-weight: 700; letter-spacing: 4px; font-family: monospace; }
QLabel#FieldError, QLabel#FormError { color: %(error)s; }
QLabel#FormError { background: %(base)s; border: 1px solid %(error)s; border-radius: 6px; padding: 8px 10px; }
QLabel#FormInfo { background: %(base)s; border: 1px solid %(border)s; border-radius: 6px; padding: 8px 10px; }
QFrame#Notice { background: %(notice)s; border: 1px solid %(notice_border)s; border-radius: 6px; }
QFrame#Notice QLabel { color: %(on_notice)s; }
QLabel#Badge { background: %(accent)s; color: %(on_accent)s; border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#WarnBadge { background: %(warn)s; color: %(on_accent)s; border-radius: 9px; padding: 2px 10px;
                   font-weight: 600; }
QLabel#EnvBadge { background: %(env)s; color: %(on_accent)s; border-radius: 8px; padding: 1px 8px; font-weight: 600; }
QLabel#ProviderBadge { background: %(base)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 8px;
                       padding: 0px 8px; }
QLabel#Banner { border-radius: 10px; }
QLabel#Link { color: %(link)s; }

QPushButton { background: %(button)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 6px;
              padding: 6px 14px; }
QPushButton:hover { background: %(button_hover)s; }
QPushButton:pressed { background: %(alt)s; }
QPushButton:disabled { background: %(disabled)s; color: %(on_disabled)s; border-color: %(disabled)s; }
QPushButton:focus { border: 2px solid %(focus)s; padding: 5px 13px; }
QPushButton[flat="true"] { background: transparent; border: 2px solid transparent; color: %(link)s; padding: 4px 6px; }
QPushButton[flat="true"]:hover { text-decoration: underline; }
QPushButton[flat="true"]:focus { border: 2px solid %(focus)s; }
QPushButton#Primary { background: %(accent)s; color: %(on_accent)s; border: 2px solid %(accent)s; font-weight: 600;
                      padding: 8px 22px; }
QPushButton#Primary:hover { background: %(accent_hover)s; border-color: %(accent_hover)s; }
QPushButton#Primary:focus { border: 3px solid %(focus)s; padding: 7px 21px; }
QPushButton#Primary:disabled, QPushButton#Play:disabled, QPushButton#Danger:disabled {
    background: %(disabled)s; color: %(on_disabled)s; border-color: %(disabled)s; }
QPushButton#Danger { background: %(danger)s; color: %(on_accent)s; border: 2px solid %(danger)s; font-weight: 600; }
QPushButton#Danger:hover { background: %(danger_hover)s; border-color: %(danger_hover)s; }
QPushButton#Danger:focus { border: 3px solid %(focus)s; padding: 5px 13px; }
QPushButton#External { color: %(on_accent)s; border: 2px solid transparent; font-weight: 600; padding: 8px 22px; }
QPushButton#External:focus { border: 3px solid %(focus)s; padding: 7px 21px; }
QPushButton#Play { background: %(play)s; color: %(on_accent)s; border: 2px solid %(play)s; font-size: 17px;
                   font-weight: 700; padding: 12px 40px; border-radius: 8px; }
QPushButton#Play:hover { background: %(play_hover)s; border-color: %(play_hover)s; }
QPushButton#Play:focus { border: 3px solid %(focus)s; padding: 11px 39px; }
QToolButton { border: 2px solid transparent; border-radius: 6px; padding: 2px; }
QToolButton:focus { border: 2px solid %(focus)s; }
QToolButton#ProviderTile { border: 1px solid %(border)s; border-radius: 10px; padding: 10px; background: %(base)s; }
QLabel#TileTitle { font-weight: 600; color: %(text)s; }
QLabel#TileText { color: %(muted)s; font-size: 11px; }
QToolButton#ProviderTile:hover { border: 2px solid %(accent)s; padding: 9px; }
QToolButton#ProviderTile:focus { border: 3px solid %(focus)s; padding: 8px; }
QLineEdit, QComboBox { background: %(base)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 5px;
                       padding: 5px 7px; }
QLineEdit:focus, QComboBox:focus { border: 2px solid %(focus)s; padding: 4px 6px; }
QLineEdit:disabled, QComboBox:disabled { color: %(on_disabled)s; background: %(disabled)s; }
QComboBox { combobox-popup: 0; }
QLineEdit#Value { background: transparent; border: 2px solid transparent; padding: 0px 2px; }
QLineEdit#Value:focus { border: 2px solid %(focus)s; }
QCheckBox { border: 2px solid transparent; border-radius: 4px; padding: 2px; }
QCheckBox:focus { border: 2px solid %(focus)s; }
QCheckBox::indicator { width: 14px; height: 14px; border: 2px solid %(border)s; border-radius: 4px;
                       background: %(base)s; }
QCheckBox::indicator:checked { background: %(ticked)s; border-color: %(ticked)s; image: url(%(check)s); }
QCheckBox::indicator:disabled { background: %(disabled)s; border-color: %(on_disabled)s; }
QCheckBox::indicator:checked:disabled { background: %(on_disabled)s; border-color: %(on_disabled)s; }
QListView#Accounts { border: 2px solid transparent; background: transparent; border-radius: 6px; }
QListView#Accounts:focus { border: 2px solid %(focus)s; }
QListView#Accounts::item { padding: 6px; border-radius: 6px; color: %(text)s; }
QListView#Accounts::item:selected { background: %(accent)s; color: %(on_accent)s; }
QListView#Accounts QScrollBar:vertical { background: %(alt)s; width: 10px; margin: 0px; border: none; }
QListView#Accounts QScrollBar::handle:vertical { background: %(border)s; border-radius: 4px; min-height: 28px;
                                                 margin: 1px; }
QListView#Accounts QScrollBar::add-line:vertical, QListView#Accounts QScrollBar::sub-line:vertical { height: 0px; }
QListView#Accounts QScrollBar::add-page:vertical, QListView#Accounts QScrollBar::sub-page:vertical {
    background: none; }
QTreeView#Accounts { border: 2px solid transparent; background: transparent; border-radius: 6px; }
QTreeView#Accounts:focus { border: 2px solid %(focus)s; }
QTreeView#Accounts::item { padding: 5px 2px; border-radius: 6px; color: %(text)s; }
QTreeView#Accounts::item:selected { background: %(accent)s; color: %(on_accent)s; }
QTableView { border: 1px solid %(border)s; border-radius: 6px; }
QTableView:focus { border: 2px solid %(focus)s; }
QFrame#Card { background: %(base)s; border: 1px solid %(border)s; border-radius: 10px; }
QScrollArea#Page { border: none; background: transparent; }
"""


LIVE_NAMES = ("live", "prod", "production", "release")
STAGING_NAMES = ("staging", "stage", "preprod", "qa", "uat", "beta")


def environment_colour(name: str, dark: bool | None = None) -> str:
    """Live servers stand out in red, staging in amber, anything else (dev) in teal: a tester sees at a glance
    that an account plays against real players."""
    key = name.strip().lower()
    c = colours(dark)
    return c["env_live"] if key in LIVE_NAMES else c["env_staging"] if key in STAGING_NAMES else c["env"]


def style(dark: bool) -> str:
    from launcher import resources

    tick = (resources.path("icons") / "check.svg").as_posix()  # Fusion's own tick is not drawn once styled
    return STYLE_TEMPLATE % {**(DARK if dark else LIGHT), "check": tick}


STYLE_ARGS = ["-style", "fusion"]  # for QApplication: Fusion without building PySide's QStyle wrapper (~5 ms)
_platform: list[QPalette] = []  # the desktop's palette, captured once
_current = {"dark": False}


def platform_palette() -> QPalette:
    """The desktop's own palette, as it was before this module replaced the application palette."""
    if not _platform:
        _platform.append(QGuiApplication.palette())  # a copy; not QPalette(other): resolving that overload builds `Qt`
    return _platform[0]


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


def colours(dark: bool | None = None) -> dict[str, str]:
    """The colours in use (or of the palette asked for)."""
    return DARK if (_current["dark"] if dark is None else dark) else LIGHT


def make_palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window", QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "base", QPalette.ColorRole.AlternateBase: "alt",
        QPalette.ColorRole.Text: "text", QPalette.ColorRole.Button: "button",
        QPalette.ColorRole.ButtonText: "text", QPalette.ColorRole.Highlight: "accent",
        QPalette.ColorRole.HighlightedText: "on_accent", QPalette.ColorRole.Mid: "border",
        QPalette.ColorRole.PlaceholderText: "muted", QPalette.ColorRole.ToolTipBase: "base",
        QPalette.ColorRole.ToolTipText: "text", QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.BrightText: "on_accent",
    }
    for role, key in roles.items():
        p.setColor(role, QColor(c[key]))
    for role, key in ((QPalette.ColorRole.WindowText, "on_disabled"), (QPalette.ColorRole.Text, "on_disabled"),
                      (QPalette.ColorRole.ButtonText, "on_disabled")):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c[key]))
    return p


def dark_palette() -> QPalette:
    return make_palette(DARK)


def light_palette() -> QPalette:
    return make_palette(LIGHT)


def apply(app: QApplication, *, dark: bool | None = None) -> None:
    """Palette and style sheet. The Fusion style itself comes from STYLE_ARGS when the application is made."""
    platform_palette()
    is_dark = dark if dark is not None else system_is_dark()
    _current["dark"] = is_dark
    app.setPalette(make_palette(DARK if is_dark else LIGHT))
    app.setStyleSheet(style(is_dark))
