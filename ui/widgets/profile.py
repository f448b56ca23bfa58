"""The signed-in player: the game's banner, avatar, name with its sign-in method and environment, ids a tester can
copy, Play (always in the same place) with this account's game state, the game's links, and the chests."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent, QFontMetrics, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from launcher import account_labels
from launcher.models import Item, Profile
from launcher.play_action import ActionView
from launcher.translatable import fill as fill_plain

from .. import plain, theme
from ..i18n import Context, Retranslates, fill, text
from ..icons import rounded_avatar
from .play_panel import PlayPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from ..models import ChestModel

AVATAR = 96
BANNER_HEIGHT = 132
BANNER_MAX_WIDTH = 2 * 1280  # the widest content (MAX_CONTENT_WIDTH) at a device pixel ratio of 2, and some
NARROW = 720  # page width below which Play goes under the player's details
BANNER_MIN_WINDOW = 640  # window height below which the banner gives its room to the chests
ChestList = Context("ChestList")


def load_banner(path: Path | None) -> QPixmap | None:
    """The game's art, decoded at most at the size it can be shown (a 15000x4000 picture is read down to it once,
    not kept whole and scaled again on every resize); None when there is none or it is not a picture."""
    from PySide6.QtGui import QImageReader

    if path is None or not path.is_file():
        return None
    reader = QImageReader(str(path))
    size = reader.size()
    largest = QSize(BANNER_MAX_WIDTH, BANNER_HEIGHT * 4)
    if size.isValid() and (size.width() > largest.width() or size.height() > largest.height()):
        reader.setScaledSize(size.scaled(largest, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def when(moment: datetime | float | None) -> str:
    """A moment in the player's local time, written as their language writes dates and times."""
    if moment is None:
        return ""
    if isinstance(moment, (int, float)):
        moment = datetime.fromtimestamp(moment)
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" (at a character's edge, never through it) to the width it gets; the
    whole text is its accessible name, and its tooltip while it is shortened."""

    description: str | None = ""  # a name says it all (None: the tooltip's text, when it is shortened)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # a display name is shown as it is, never read as HTML
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full(text)

    def set_full(self, text: str) -> None:
        text = plain.text(text)  # control characters (NUL, ESC, BEL) would show as boxes
        self.full = text
        self.setAccessibleName(text)
        self._elide()

    @property
    def elided(self) -> bool:
        return self.text() != self.full

    def _elide(self) -> None:
        shown = QFontMetrics(self.font()).elidedText(self.full, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        super().setText(shown)
        plain.set_tip(self, self.full if shown != self.full else "", description=self.description)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()


class Value(ElidedLabel):
    """A profile value: its text is what a screen reader reads (its key the description); selectable with the
    mouse while shown whole; not a Tab stop of its own (a value worth copying has a Copy button)."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__()
        self.setObjectName("Value")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.description = plain.text(name)
        self.set_full(text)

    def _elide(self) -> None:
        super()._elide()
        whole = not self.elided  # a selection of "50DF92…" would copy what is not the id
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse if whole
                                     else Qt.TextInteractionFlag.NoTextInteraction)  # click focus at most

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as its whole text; shortened with "…" when the page is narrower (minimumSizeHint)."""
        hint = super().sizeHint()
        return QSize(QFontMetrics(self.font()).horizontalAdvance(self.full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(self.sizeHint().width(), 60), super().minimumSizeHint().height())


class ProfilePage(Retranslates, QWidget):
    act = Signal(object)  # a launcher.play_action.Action from the main button or its small buttons
    stop = Signal()
    retry = Signal()  # "Retry" beside "Not up to date": open the account again
    rename = Signal()  # "Name this account…": a nameless account (a new test account) gets a name of its own

    def __init__(self, game_name: str, parent: QWidget | None = None, *, chests_later: bool = False) -> None:
        """`chests_later`: the chest list is built by `build_chests` (the first screen paints Play without it)."""
        super().__init__(parent)
        self.setObjectName("ProfilePage")
        self.game_name = game_name
        self._extras: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(14)

        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setFixedHeight(BANNER_HEIGHT)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(False)
        self._banner: QPixmap | None = None
        self._banner_path: Path | None = None
        outer.addWidget(self.banner)

        from .news import NewsStrip

        self.news = NewsStrip()  # the studio's server status and latest news, above Play
        outer.addWidget(self.news)
        card = QFrame()
        card.setObjectName("Card")
        top = QHBoxLayout(card)
        top.setContentsMargins(20, 18, 20, 18)
        top.setSpacing(18)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)

        # Play beside the player; above the player's facts on a narrow page (Play first, see fit)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(14)
        info = QVBoxLayout()
        info.setSpacing(6)
        self.name = ElidedLabel()
        self.name.setObjectName("DisplayName")
        info.addWidget(self.name)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.environment = plain.label(QLabel())
        self.environment.setObjectName("EnvBadge")
        self.environment.setVisible(False)
        badges.addWidget(self.environment)
        self.new_badge = QLabel()
        self.new_badge.setObjectName("Badge")
        badges.addWidget(self.new_badge)
        self.name_button = QPushButton()
        self.name_button.setFlat(True)
        self.name_button.setAutoDefault(True)
        self.name_button.setVisible(False)
        self.name_button.clicked.connect(self.rename)
        badges.addWidget(self.name_button)
        self.stale = plain.label(QLabel())
        self.stale.setObjectName("Muted")
        self.stale.setVisible(False)
        badges.addWidget(self.stale)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("Link")
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry)
        badges.addWidget(self.retry_button)
        badges.addStretch(1)
        info.addLayout(badges)
        self.grid = QGridLayout()  # what a player reads: last played, level, currency
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)
        info.addLayout(self.grid)
        self.details_toggle = QPushButton()
        self.details_toggle.setFlat(True)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoDefault(True)
        self.details_toggle.toggled.connect(self._toggle_details)
        info.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QWidget()  # for support: the player id (with Copy), the sign-in method, a tester's extras
        self.details.setVisible(False)
        self.details_grid = QGridLayout(self.details)
        self.details_grid.setContentsMargins(0, 0, 0, 0)
        self.details_grid.setHorizontalSpacing(12)
        self.details_grid.setVerticalSpacing(2)
        self.details_grid.setColumnStretch(3, 1)
        self.provider = plain.label(QLabel())  # read back from a snapshot file: text, never HTML
        self.provider.setObjectName("Method")
        info.addWidget(self.details)
        info.addStretch(1)
        self.body.addLayout(info, 1)
        self._rows: list[tuple[str, str]] = []  # (key: ours in English or the game's own, value)
        self._stale = (False, "")
        self._home: list[tuple[str, str]] = []  # the game's links: (name, url); "" names the support link
        self._facts: dict[str, Value] = {}
        self._details: dict[str, Value] = {}
        self.copy_buttons: dict[str, QPushButton] = {}

        play_holder = PlayPanel(game_name)
        play_holder.act.connect(self.act)
        play_holder.stop.connect(self.stop)
        self.play_panel = play_holder
        self.play_button = play_holder.play_button
        self.stop_button = play_holder.stop_button
        self.game_status = play_holder.game_status
        self.play_holder = play_holder
        # In a row of its own: a layout asks a fixed-width widget its height for the layout's whole width, and a
        # status line that wraps at Play's width would squash Play when it is stacked above the facts.
        play_row = QWidget()
        row = QHBoxLayout(play_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(play_holder, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.body.addWidget(play_row, 0)
        self._play_focused = False  # Play had the keyboard focus when it was last disabled (a game started)
        self._parked: QWidget | None = None  # where Qt moved the focus then
        self.play_button.installEventFilter(self)
        top.addLayout(self.body, 1)
        outer.addWidget(card)

        self.links = QHBoxLayout()
        self.links.setSpacing(4)
        self.links_holder = QWidget()
        self.links_holder.setLayout(self.links)
        self.links.setContentsMargins(0, 0, 0, 0)
        self.links_holder.setVisible(False)
        outer.addWidget(self.links_holder)

        self.chests: Chests | None = None
        self._chest_slot = QVBoxLayout()  # the chests go here; on a first screen a moment after Play is painted
        self._chest_slot.setContentsMargins(0, 0, 0, 0)
        self._chest_slot.addStretch(1)  # holds the chests' room, so that Play does not move when they arrive
        outer.addLayout(self._chest_slot, 1)
        self._items: list[Item] = []
        if not chests_later:
            self.build_chests()
        self.set_avatar(None)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts this page sets itself, in the language shown (the window fills in the player's data again)."""
        shown = getattr(self, "_shown_name", None)
        self.avatar.setAccessibleName(fill(self.tr("Picture of {name}", "the player's picture, for screen readers"),
                                           name=shown) if shown is not None else self.tr("Player picture"))
        self.new_badge.setText(self.tr("New account", "a badge beside a player's name"))
        self.name_button.setText(self.tr("Name this account…"))
        self.name_button.setToolTip(self.tr("Give this account a name of your own, shown in the list of accounts"))
        self.retry_button.setText(self.tr("Retry", "beside \"Not up to date\": open the account again"))
        self.retry_button.setToolTip(self.tr("Try to open this account again"))
        self.details_toggle.setAccessibleName(self.tr("Details", "shows the player id and sign-in method"))
        plain.set_tip(self.details_toggle, self.tr("The player id and sign-in method, for the game's support"))
        self._details_text()
        self._stale_texts()
        self.provider.setAccessibleDescription(self.tr("Signed in with", "the sign-in method's key in Details"))
        self._environment_texts()
        if self._rows or hasattr(self, "_player_id"):
            self._fill_grid()
        if self.banner.isVisibleTo(self) or self._home:
            self._fill_links()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._details_text()  # its arrow points the way the page reads
        super().changeEvent(event)

    def _label(self, key: str) -> str:
        """A key of the player's facts: ours translated; a game's own (Level, Currency) as the game gives it."""
        ours = {"Last played": self.tr("Last played", "when this account last played the game"),
                "Previous sign-in": self.tr("Previous sign-in", "when this account signed in before this time"),
                "Player id": self.tr("Player id", "the player's id on the game's servers")}
        return ours.get(key) or text(key)

    # --- the game's home ----------------------------------------------------------------------------
    def set_home(self, banner: Path | None, news: list[tuple[str, str]], support_url: str) -> None:
        if banner != self._banner_path:  # the first screen loaded it already: once is enough
            self._banner_path = banner
            self._banner = load_banner(banner)
        self.fit(self._room())
        self._scale_banner()
        self._home = [*news, *([("", support_url)] if support_url else [])]
        self._fill_links()

    def _fill_links(self) -> None:
        self.banner.setAccessibleName(fill(self.tr("{game} artwork", "the game's banner, for screen readers"),
                                           game=self.game_name))
        while (item := self.links.takeAt(0)) is not None:
            if (w := item.widget()) is not None:
                w.deleteLater()
        for name, url in self._home:
            label = text(name) or self.tr("Support", "a link to the game's support site")
            link = QPushButton(label)
            link.setFlat(True)
            link.setAutoDefault(True)
            link.setToolTip(plain.tip(url))
            link.setAccessibleName(fill(self.tr("{link} (opens in your browser)", "a link's name for screen readers"),
                                        link=label))
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _c=False, u=url: QDesktopServices.openUrl(QUrl(u)))
            self.links.addWidget(link)
        self.links.addStretch(1)
        self.links_holder.setVisible(bool(self._home))
        self._chain()

    def _scale_banner(self) -> None:
        if self._banner is None:
            return
        ratio = self.devicePixelRatioF()
        width = max(self.banner.width(), 100)
        scaled = self._banner.scaled(int(width * ratio), int(BANNER_HEIGHT * ratio),
                                     Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                     Qt.TransformationMode.SmoothTransformation)
        x = max(0, (scaled.width() - int(width * ratio)) // 2)
        y = max(0, (scaled.height() - int(BANNER_HEIGHT * ratio)) // 2)
        cropped = scaled.copy(x, y, int(width * ratio), int(BANNER_HEIGHT * ratio))
        cropped.setDevicePixelRatio(ratio)
        self.banner.setPixmap(cropped)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit(self._room())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Play gives the focus back to itself: starting the game disables it and Qt moves the focus on (to the
        chest filter, where the next Enter would type); once Play is usable again it takes the focus back,
        unless the player has put it somewhere else meanwhile."""
        if watched is self.play_button:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self._play_focused = True
            elif kind == QEvent.Type.FocusOut and self.play_button.isEnabled() and isinstance(event, QFocusEvent) \
                    and event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
                self._play_focused = False  # the player moved on (not: disabling it, another window in front)
            elif kind == QEvent.Type.EnabledChange:
                window = self.window()
                if not self.play_button.isEnabled():
                    if self._play_focused or window.focusWidget() is self.play_button:
                        self._play_focused, self._parked = True, window.focusWidget()
                elif self._play_focused and self._focus_not_moved_by_player(window.focusWidget()):
                    self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return super().eventFilter(watched, event)

    def _focus_not_moved_by_player(self, focus: QWidget | None) -> bool:
        """Where Qt put the focus when Play was disabled, or further on because that widget went too (a "What's
        new" shown only while playing): not a place the player chose."""
        import shiboken6

        parked = self._parked
        if focus in (None, parked, self.play_button):
            return True
        return parked is None or not shiboken6.isValid(parked) or not (parked.isVisible() and parked.isEnabled())

    def _room(self) -> int:
        """The width the page is shown in (its scroll area's), not the page's own (which is at least its minimum)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport().width() if isinstance(parent, QScrollArea) else self.width()

    def fit(self, width: int) -> None:
        """Narrow (the minimum window, scale factor 2): Play comes first, above the player's facts, and the banner
        goes."""
        narrow = width < NARROW
        direction = QBoxLayout.Direction.BottomToTop if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        window = self.window()
        self.banner.setVisible(self._banner is not None and (window is self or window.height() >= BANNER_MIN_WINDOW))
        self._scale_banner()

    def _chain(self) -> None:
        """Tab follows what is seen from the top: Play (the card's first control, beside the name or above the
        facts), the player's facts and Details, the game's links, then the chests. Widgets made later (Copy, the
        links, the chests) would otherwise come last, after the chests."""
        play = [w for w in self.play_panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        facts: list[QWidget] = [self.name_button, self.retry_button, self.details_toggle,
                                *self.copy_buttons.values()]
        links = [w for n in range(self.links.count())
                 if (item := self.links.itemAt(n)) is not None and (w := item.widget()) is not None]
        chests = [self.chests.filter, self.chests.table] if self.chests is not None else []
        for a, b in itertools.pairwise([*play, *facts, *links, *chests]):
            QWidget.setTabOrder(a, b)

    # --- chests ------------------------------------------------------------------------------------
    def build_chests(self) -> Chests:
        if self.chests is None:
            self.chests = Chests()
            self._chest_slot.takeAt(0)  # the stretch that held the room
            self._chest_slot.addWidget(self.chests)
            self.chests.set_items(self._items, same_player=True)
            self._chain()
        return self.chests

    @property
    def model(self) -> ChestModel:
        return self.build_chests().model

    @property
    def table(self) -> QTableView:
        return self.build_chests().table

    @property
    def filter(self) -> QLineEdit:
        return self.build_chests().filter

    # --- the player --------------------------------------------------------------------------------
    def show_profile(self, profile: Profile, *, method: str = "", environment: str = "", tester: bool = False,
                     extras: dict[str, str] | None = None, last_played: str = "", stale: bool = False,
                     stale_reason: str = "", label: str = "") -> None:
        """Name and picture first; what a player reads (last played, level, currency) under them; the player id
        and the sign-in method under Details, for support. `label`: the saved account's label."""
        same_player = getattr(self, "_shown", None) == (profile.provider, profile.player_id)
        self._shown = (profile.provider, profile.player_id)
        name = account_labels.account_name(label, profile.display_name, profile.player_id)
        self.name.set_full(name)
        self.new_badge.setVisible(bool(profile.newly_created))
        self.name_button.setVisible(account_labels.is_nameless(label, profile.display_name, profile.player_id))
        self.set_badges(method, environment)
        self.set_stale(stale, stale_reason)
        rows: list[tuple[str, str]] = []
        if last_played:
            rows.append(("Last played", last_played))
        if (previous := account_labels.previous_sign_in(profile.last_login)) is not None:
            rows.append(("Previous sign-in", when(previous)))
        rows += [(k, str(v)) for k, v in profile.details.items() if str(v) != name]
        self._extras = {k: v for k, v in (extras or {}).items() if v != profile.player_id}
        self._rows = rows
        self._player_id = profile.player_id
        self._tester = tester
        self._fill_grid()
        self._items = profile.items
        if self.chests is not None:
            self.chests.set_items(profile.items, same_player=same_player)
        if profile.avatar_url != getattr(self, "_avatar_url", None):
            self.set_avatar(None)  # the placeholder until this player's picture arrives
        self._avatar_url = profile.avatar_url
        plain.set_tip(self.avatar, name, description="")
        self._shown_name = name
        self.avatar.setAccessibleName(fill(self.tr("Picture of {name}", "the player's picture, for screen readers"),
                                           name=name))

    def set_stale(self, stale: bool, reason: str = "") -> None:
        """The profile shown is the one saved last time: being updated, or (`reason`) not updated this time."""
        self._stale = (stale, reason)
        self.stale.setVisible(stale)
        self.retry_button.setVisible(stale and bool(reason))
        self._stale_texts()

    def _stale_texts(self) -> None:
        reason = self._stale[1]
        self.stale.setText(self.tr("Not up to date", "the profile shown could not be updated") if reason
                           else self.tr("Updating…", "the profile shown is being updated"))
        why = fill(self.tr("Shown as it was last time. {reason}", "{reason}: why it could not be updated"),
                   reason=text(reason)) if reason else self.tr("Shown as it was last time, while it is updated.")
        plain.set_tip(self.stale, why)
        self.stale.setAccessibleName(self.stale.text())

    def set_badges(self, method: str, environment: str) -> None:
        method = text(method)
        self.provider.setText(method)  # unknown on a first screen from an older snapshot: the row is left out
        self.provider.setAccessibleName(method)
        self.environment.setText(environment)
        self.environment.setStyleSheet(f"background: {theme.environment_colour(environment)};" if environment else "")
        self._environment_texts()
        self.environment.setVisible(bool(environment))
        if hasattr(self, "_player_id"):
            self._fill_details()

    def _environment_texts(self) -> None:
        environment = self.environment.text()
        plain.set_tip(self.environment, fill(self.tr("Environment: {name}", "the servers this account belongs to"),
                                             name=environment), description="")
        self.environment.setAccessibleName(fill(self.tr("Environment {name}", "the environment badge, for screen "
                                                        "readers"), name=environment))

    def _toggle_details(self, on: bool) -> None:
        self._details_text()
        self.details.setVisible(on)

    def _details_text(self) -> None:
        """"▸ Details", open "▾ Details"; closed, the arrow points the way the page reads (◂ right to left)."""
        closed = "◂" if self.isRightToLeft() else "▸"
        arrow = "▾" if self.details_toggle.isChecked() else closed
        self.details_toggle.setText(fill_plain(self.tr("{arrow} Details", "the button that shows the player id; "
                                                       "{arrow} is ▸ or ▾"), {"arrow": arrow}))  # not isolated

    @property
    def values(self) -> dict[str, Value]:
        """Every value shown, the player's facts and Details, by key."""
        return {**self._facts, **self._details}

    def _fill_grid(self) -> None:
        """The player's facts; then Details (`_fill_details`)."""
        _clear(self.grid)
        self._facts = {}
        for n, (key, value) in enumerate(self._rows):
            self._facts[key] = self._add_row(self.grid, n, key, value)
        self._fill_details()

    def _fill_details(self) -> None:
        _clear(self.details_grid, keep=self.provider)
        self._details = {}
        self.copy_buttons = {}
        rows = [("Player id", getattr(self, "_player_id", ""))]
        if getattr(self, "_tester", False):
            rows += list(self._extras.items())
        for n, (key, value) in enumerate(rows):
            self._details[key] = self._add_row(self.details_grid, n, key, value, copyable=True)
        if self.provider.text():
            method = QLabel(self.tr("Signed in with", "the sign-in method's key in Details"))
            method.setObjectName("Muted")
            self.details_grid.addWidget(method, len(rows), 0)
            self.details_grid.addWidget(self.provider, len(rows), 1, 1, 2)
        self.provider.setVisible(bool(self.provider.text()))
        self._chain()

    def _add_row(self, grid: QGridLayout, n: int, key: str, value: str, *, copyable: bool = False) -> Value:
        label = self._label(key)
        k = plain.label(QLabel(label))  # keys may come from a server's answer
        k.setObjectName("Muted")
        v = Value(label, value)
        grid.addWidget(k, n, 0)
        grid.addWidget(v, n, 1)
        if copyable:
            copy = QPushButton(self.tr("Copy", "copies a value to the clipboard"))
            copy.setAutoDefault(True)
            if key == "Player id":
                copy.setAccessibleName(self.tr("Copy player id"))
                plain.set_tip(copy, self.tr("Copy the player id to the clipboard"))
            else:
                copy.setAccessibleName(fill(self.tr("Copy {name}", "a Copy button's name for screen readers"),
                                            name=label))
                plain.set_tip(copy, fill(self.tr("Copy {name} to the clipboard"), name=label))
            copy.clicked.connect(lambda _c=False, field=v, b=copy: self._copy(field.full, b))
            grid.addWidget(copy, n, 2)
            self.copy_buttons[key] = copy
        return v

    def _copy(self, value: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(value)
        button.setText(self.tr("Copied", "a Copy button after it copied"))

    def set_avatar(self, data: bytes | None) -> None:
        self.avatar.setPixmap(rounded_avatar(data, AVATAR, self.devicePixelRatioF()))

    def set_game(self, view: ActionView, message: str, *, playing_as: str = "") -> None:
        """This account's main action (see launcher.play_action) and how its game last ended."""
        self.play_panel.show_view(view)
        self.play_panel.set_status(message, playing_as)


def _clear(grid: QGridLayout, keep: QWidget | None = None) -> None:
    """Empty a grid of rows; `keep` is taken out, not deleted."""
    while (item := grid.takeAt(0)) is not None:
        if (widget := item.widget()) is not None and widget is not keep:
            widget.hide()  # not shown (in the language before, say) until it is deleted
            widget.deleteLater()


class Chests(Retranslates, QWidget):
    """The player's chests: a title with the count, a filter, and the table (or a sentence when it is empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # The table's classes and model are first loaded here: a first screen paints Play before them.
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView

        from ..models import ChestModel

        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        chest_head = QHBoxLayout()
        self.chest_title = QLabel()
        self.chest_title.setObjectName("PageTitle")
        chest_head.addWidget(self.chest_title)
        chest_head.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(280)
        chest_head.addWidget(self.filter)
        outer.addLayout(chest_head)

        self.model = ChestModel()
        self.filter.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setObjectName("Chests")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # rows have one fixed height: a long description is shortened with "…"
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no trap in 100,000 rows
        self.table.verticalHeader().setVisible(False)
        # Fixed row height and no per-row size hints: 100,000 rows cost nothing until they are on screen.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 200)
        header.resizeSection(2, 80)
        self.table.setMinimumHeight(90)

        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)
        self.model.ready.connect(self._update_empty)
        self.model.columns_changed.connect(self._apply_columns)
        self._apply_columns()
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter chests…"))
        room = self.filter.fontMetrics().horizontalAdvance(self.filter.placeholderText()) + 24
        self.filter.setMinimumWidth(min(self.filter.maximumWidth(), room))  # the whole placeholder, in any language
        self.filter.setAccessibleName(self.tr("Filter chests"))
        self.table.setAccessibleName(self.tr("Chests and items", "the chest list, for screen readers"))
        self.model.retranslate()
        header = self.table.horizontalHeader()
        header.resizeSection(2, max(80, header.sectionSizeFromContents(2).width()))  # "Count", "Quantidade"
        self._update_empty()

    def _apply_columns(self) -> None:
        """Columns that tell no chest apart are hidden; the name then takes the room the description had."""
        from PySide6.QtWidgets import QHeaderView

        header = self.table.horizontalHeader()
        for column in (1, 2):
            self.table.setColumnHidden(column, column in self.model.hidden)
        describe = 1 not in self.model.hidden
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(0, mode.Interactive if describe else mode.Stretch)
        if describe:
            header.resizeSection(0, 200)

    def set_items(self, items: list[Item], *, same_player: bool) -> None:
        if not same_player:
            self.filter.clear()
        self.model.set_items(items)
        self._update_empty()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_empty()

    def _update_empty(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        every = ChestList.tr("%Ln chest(s)", "the heading of the chest list", total)
        if self.model.busy:
            self.chest_title.setText(every)
            return
        if total == 0:
            self.empty.setText(self.tr("No chests yet.\nThe chests and items this player owns will appear here."))
        elif shown == 0:
            self.empty.setText(fill(self.tr("No chests match “{filter}”.", "the chest filter found nothing"),
                                    filter=self.filter.text()))
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        self.chest_title.setText(every if shown == total else fill(ChestList.tr(
            "{shown} of %Ln chest(s)", "the heading of the filtered chest list: 2 of 40 chests", total),
            shown=shown))


class Unavailable(Retranslates, QWidget):
    """A saved account that could not be opened right now: one true sentence about why, and the action that works."""

    retry = Signal()
    sign_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 60, 40, 40)
        outer.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.message = plain.label(QLabel())
        self.message.setWordWrap(True)
        self.message.setObjectName("FormInfo")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.again = QPushButton()
        self.again.setAutoDefault(True)
        self.again.clicked.connect(self.retry)
        row.addWidget(self.again)
        self.other = QPushButton()
        self.other.setAutoDefault(True)
        self.other.clicked.connect(self.sign_in)
        row.addWidget(self.other)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._problem: tuple[str, str, bool] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.again.setText(self.tr("Try again", "open the account again"))
        retry_works = self._problem[2] if self._problem is not None else True
        self.other.setText(self.tr("Sign in again") if retry_works else self.tr("Sign in for this session"))
        if self._problem is not None:
            label, message, _ = self._problem
            self.title.setText(fill(self.tr("{account} can't be opened right now"), account=label))
            self.message.setText(text(message))

    def show_problem(self, label: str, message: str, *, retry_works: bool = True) -> None:
        """`retry_works` False (no keychain at all this run): only signing in again can open the account."""
        self._problem = (label, message, retry_works)
        self.retranslate()
        self.again.setVisible(retry_works)
        primary, secondary = (self.again, self.other) if retry_works else (self.other, self.again)
        primary.setObjectName("Primary")
        secondary.setObjectName("")
        for b in (self.again, self.other):
            b.style().unpolish(b)
            b.style().polish(b)
        primary.setFocus(Qt.FocusReason.OtherFocusReason)


