"""The signed-in player: the game's banner, avatar, name with its sign-in method and environment, ids a tester can
copy, Play (always in the same place) with this account's game state, the game's links, and the chests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication, QPixmap, QResizeEvent
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

from launcher.models import Item, Profile

from .. import plain, theme
from ..icons import rounded_avatar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from ..models import ChestModel

AVATAR = 96
PLAY_COLUMN = 230
BANNER_HEIGHT = 132
BANNER_MAX_WIDTH = 2 * 1280  # the widest content (MAX_CONTENT_WIDTH) at a device pixel ratio of 2, and some
NARROW = 720  # page width below which Play goes under the player's details
BANNER_MIN_WINDOW = 640  # window height below which the banner gives its room to the chests


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
    if moment is None:
        return ""
    if isinstance(moment, (int, float)):
        moment = datetime.fromtimestamp(moment)
    return moment.astimezone().strftime("%d %b %Y, %H:%M")


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" to the width it gets; the whole text is its tooltip."""

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
        self.setToolTip(plain.tip(text))
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        super().setText(QFontMetrics(self.font()).elidedText(self.full, Qt.TextElideMode.ElideRight,
                                                             max(self.width(), 40)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()


class Value(QLineEdit):
    """A profile value: read-only, reachable with Tab, selectable and copyable with the keyboard."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__()
        self.setObjectName("Value")
        self.setReadOnly(True)
        self.setAccessibleName(name)
        text = plain.text(text)
        self.setText(text)
        self.setToolTip(plain.tip(text))
        self.setCursorPosition(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(90)

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as its text (up to 320 px); narrower when the page is, scrolling inside (Tab, arrows)."""
        hint = super().sizeHint()
        return QSize(min(QFontMetrics(self.font()).horizontalAdvance(self.text()) + 20, 320), hint.height())


class ProfilePage(QWidget):
    play = Signal()
    stop = Signal()
    retry = Signal()  # "Retry" beside "Not up to date": open the account again

    def __init__(self, game_name: str, parent: QWidget | None = None, *, chests_later: bool = False) -> None:
        """`chests_later`: the chest list is built by `build_chests` (the first screen paints Play without it)."""
        super().__init__(parent)
        self.setObjectName("ProfilePage")
        self.game_name = game_name
        self.show_extras = False
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

        card = QFrame()
        card.setObjectName("Card")
        top = QHBoxLayout(card)
        top.setContentsMargins(20, 18, 20, 18)
        top.setSpacing(18)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAccessibleName("Player picture")
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # Play beside the player, or under it when narrow
        self.body.setSpacing(14)
        info = QVBoxLayout()
        info.setSpacing(6)
        self.name = ElidedLabel()
        self.name.setObjectName("DisplayName")
        info.addWidget(self.name)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.provider = plain.label(QLabel())  # a badge read back from a snapshot file: text, never HTML
        self.provider.setObjectName("ProviderBadge")
        badges.addWidget(self.provider)
        self.environment = plain.label(QLabel())
        self.environment.setObjectName("EnvBadge")
        self.environment.setVisible(False)
        badges.addWidget(self.environment)
        self.new_badge = QLabel("New account")
        self.new_badge.setObjectName("Badge")
        badges.addWidget(self.new_badge)
        self.stale = plain.label(QLabel("Updating…"))
        self.stale.setObjectName("Muted")
        self.stale.setVisible(False)
        badges.addWidget(self.stale)
        self.retry_button = QPushButton("Retry")
        self.retry_button.setObjectName("Link")
        self.retry_button.setToolTip("Try to open this account again")
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry)
        badges.addWidget(self.retry_button)
        badges.addStretch(1)
        info.addLayout(badges)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)
        info.addLayout(self.grid)
        self.details_toggle = QPushButton("Details")
        self.details_toggle.setFlat(True)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoDefault(True)
        self.details_toggle.setAccessibleName("Show backend details")
        self.details_toggle.setToolTip("What the services returned (tester mode)")
        self.details_toggle.toggled.connect(self._toggle_details)
        info.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        info.addStretch(1)
        self.body.addLayout(info, 1)

        play_holder = QWidget()
        play_holder.setFixedWidth(PLAY_COLUMN)  # Play stays put whatever the name or the state next to it
        play_box = QVBoxLayout(play_holder)
        play_box.setContentsMargins(0, 0, 0, 0)
        play_box.setSpacing(6)
        self.play_button = QPushButton("Play")
        self.play_button.setObjectName("Play")
        self.play_button.setAutoDefault(True)
        self.play_button.setAccessibleName(f"Play {game_name}")
        self.play_button.setToolTip(f"Start {game_name} signed in as this player (Ctrl+P)")
        self.play_button.clicked.connect(self.play)
        play_box.addWidget(self.play_button)
        self.stop_button = QPushButton("Stop the game")
        self.stop_button.setObjectName("Danger")
        self.stop_button.setAutoDefault(True)
        self.stop_button.setAccessibleName(f"Stop {game_name}")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setVisible(False)
        play_box.addWidget(self.stop_button)
        self.game_status = QLabel("")
        self.game_status.setObjectName("Muted")
        self.game_status.setWordWrap(True)
        self.game_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.game_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        play_box.addWidget(self.game_status)
        play_box.addStretch(1)
        self.play_holder = play_holder
        self.body.addWidget(play_holder, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
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
        self.details_toggle.setVisible(False)

    # --- the game's home ----------------------------------------------------------------------------
    def set_home(self, banner: Path | None, news: list[tuple[str, str]], support_url: str) -> None:
        if banner != self._banner_path:  # the first screen loaded it already: once is enough
            self._banner_path = banner
            self._banner = load_banner(banner)
        self.fit(self._room())
        self.banner.setAccessibleName(f"{self.game_name} artwork")
        self._scale_banner()
        while (item := self.links.takeAt(0)) is not None:
            if (w := item.widget()) is not None:
                w.deleteLater()
        entries = [*news, *([("Support", support_url)] if support_url else [])]
        for label, url in entries:
            link = QPushButton(label)
            link.setFlat(True)
            link.setAutoDefault(True)
            link.setToolTip(plain.tip(url))
            link.setAccessibleName(f"{label} (opens in your browser)")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _c=False, u=url: QDesktopServices.openUrl(QUrl(u)))
            self.links.addWidget(link)
        self.links.addStretch(1)
        self.links_holder.setVisible(bool(entries))

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

    def _room(self) -> int:
        """The width the page is shown in (its scroll area's), not the page's own (which is at least its minimum)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport().width() if isinstance(parent, QScrollArea) else self.width()

    def fit(self, width: int) -> None:
        """Narrow (the minimum window, scale factor 2): Play moves under the player's name, the banner goes."""
        narrow = width < NARROW
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        window = self.window()
        self.banner.setVisible(self._banner is not None and (window is self or window.height() >= BANNER_MIN_WINDOW))
        self._scale_banner()

    # --- chests ------------------------------------------------------------------------------------
    def build_chests(self) -> Chests:
        if self.chests is None:
            self.chests = Chests()
            self._chest_slot.takeAt(0)  # the stretch that held the room
            self._chest_slot.addWidget(self.chests)
            self.chests.set_items(self._items, same_player=True)
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
        same_player = getattr(self, "_shown", None) == (profile.provider, profile.player_id)
        self._shown = (profile.provider, profile.player_id)
        self.name.set_full(profile.display_name or label or profile.player_id)  # a nameless test account: its label
        self.new_badge.setVisible(bool(profile.newly_created))
        self.set_badges(method, environment)
        self.set_stale(stale, stale_reason)
        rows = [("Player id", profile.player_id, True)]
        if last_played:
            rows.append(("Last played", last_played, False))
        if profile.last_login:
            rows.append(("Last sign-in", when(profile.last_login), False))
        rows += [(k, str(v), False) for k, v in profile.details.items()]
        self._extras = dict(extras or {})
        self._rows = rows
        self.details_toggle.setVisible(tester and bool(self._extras))
        if not tester:
            self.details_toggle.setChecked(False)
        self._fill_grid()
        self._items = profile.items
        if self.chests is not None:
            self.chests.set_items(profile.items, same_player=same_player)
        if profile.avatar_url != getattr(self, "_avatar_url", None):
            self.set_avatar(None)  # the placeholder until this player's picture arrives
        self._avatar_url = profile.avatar_url
        self.avatar.setToolTip(plain.tip(profile.display_name))

    def set_stale(self, stale: bool, reason: str = "") -> None:
        """The profile shown is the one saved last time: being updated, or (`reason`) not updated this time."""
        self.stale.setVisible(stale)
        self.retry_button.setVisible(stale and bool(reason))
        self.stale.setText("Not up to date" if reason else "Updating…")
        why = f"Shown as it was last time. {reason}" if reason else "Shown as it was last time, while it is updated."
        self.stale.setToolTip(plain.tip(why))
        self.stale.setAccessibleName(f"{self.stale.text()}. {why}")

    def set_badges(self, method: str, environment: str) -> None:
        self.provider.setVisible(bool(method))  # unknown on a first screen from an older snapshot
        self.provider.setText(method)
        self.provider.setToolTip(plain.tip(f"Signed in with {method}"))
        self.provider.setAccessibleName(f"Signed in with {method}")
        self.environment.setText(environment)
        self.environment.setStyleSheet(f"background: {theme.environment_colour(environment)};" if environment else "")
        self.environment.setToolTip(plain.tip(f"Environment: {environment}"))
        self.environment.setAccessibleName(f"Environment {environment}")
        self.environment.setVisible(bool(environment))

    def _toggle_details(self, on: bool) -> None:
        self.details_toggle.setText("Hide details" if on else "Details")
        self._fill_grid()

    def _fill_grid(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        rows = list(self._rows)
        if self.details_toggle.isChecked() and self.details_toggle.isVisible():
            rows += [(k, v, True) for k, v in self._extras.items()]
        self.values: dict[str, Value] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for n, (key, value, copyable) in enumerate(rows):
            k = plain.label(QLabel(key))  # keys may come from a server's answer
            k.setObjectName("Muted")
            v = Value(key, value)
            k.setBuddy(v)
            self.grid.addWidget(k, n, 0)
            self.grid.addWidget(v, n, 1)
            self.values[key] = v
            if copyable:
                copy = QPushButton("Copy")
                copy.setAutoDefault(True)
                copy.setAccessibleName(f"Copy {key.lower()}")
                copy.setToolTip(plain.tip(f"Copy the {key.lower()} to the clipboard"))
                copy.clicked.connect(lambda _c=False, field=v, b=copy: self._copy(field.text(), b))
                self.grid.addWidget(copy, n, 2)
                self.copy_buttons[key] = copy

    @staticmethod
    def _copy(text: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(text)
        button.setText("Copied")

    def set_avatar(self, data: bytes | None) -> None:
        self.avatar.setPixmap(rounded_avatar(data, AVATAR, self.devicePixelRatioF()))

    def set_game(self, running: bool, message: str, *, can_stop: bool = False, playing_as: str = "",
                 installing: bool = False) -> None:
        """This account's game: Play, the game being installed before it starts, or the game running with Stop;
        the last exit of this account only."""
        self.play_button.setEnabled(not running)
        self.play_button.setText("Installing…" if installing else "Playing…" if running else "Play")
        self.play_button.setAccessibleName(f"{self.game_name} is being installed" if installing else
                                           f"{self.game_name} is running" if running else f"Play {self.game_name}")
        self.stop_button.setVisible(running and can_stop)
        self.game_status.setText(message)
        self.game_status.setAccessibleName(message)
        self.game_status.setToolTip(plain.tip(playing_as))


class Chests(QWidget):
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
        self.chest_title = QLabel("Chests")
        self.chest_title.setObjectName("PageTitle")
        chest_head.addWidget(self.chest_title)
        chest_head.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter chests…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter chests")
        self.filter.setMaximumWidth(280)
        chest_head.addWidget(self.filter)
        outer.addLayout(chest_head)

        self.model = ChestModel()
        self.filter.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setObjectName("Chests")
        self.table.setAccessibleName("Chests and items")
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
        if self.model.busy:
            self.chest_title.setText(f"Chests ({total:,})")
            return
        if total == 0:
            self.empty.setText("No chests yet.\nThe chests and items this player owns will appear here.")
        elif shown == 0:
            self.empty.setText(f"No chests match “{self.filter.text()}”.")
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        self.chest_title.setText(f"Chests ({total:,})" if shown == total else f"Chests ({shown:,} of {total:,})")


class Unavailable(QWidget):
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
        self.again = QPushButton("Try again")
        self.again.setAutoDefault(True)
        self.again.clicked.connect(self.retry)
        row.addWidget(self.again)
        self.other = QPushButton("Sign in again")
        self.other.setAutoDefault(True)
        self.other.clicked.connect(self.sign_in)
        row.addWidget(self.other)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_problem(self, label: str, message: str, *, retry_works: bool = True) -> None:
        """`retry_works` False (no keychain at all this run): only signing in again can open the account."""
        self.title.setText(f"{label} can't be opened right now")
        self.message.setText(message)
        self.again.setVisible(retry_works)
        primary, secondary = (self.again, self.other) if retry_works else (self.other, self.again)
        primary.setObjectName("Primary")
        secondary.setObjectName("")
        for b in (self.again, self.other):
            b.style().unpolish(b)
            b.style().polish(b)
        self.other.setText("Sign in again" if retry_works else "Sign in for this session")
        primary.setFocus(Qt.FocusReason.OtherFocusReason)


