"""The signed-in player: avatar, name, ids, details, Play, and the chests in a filterable table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from launcher.models import Profile

from ..icons import provider_icon, rounded_avatar
from ..models import PROVIDER_NAMES, ChestModel

AVATAR = 96


class ProfilePage(QWidget):
    play = Signal()

    def __init__(self, game_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfilePage")
        self.game_name = game_name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(16)

        card = QFrame()
        card.setObjectName("Card")
        top = QHBoxLayout(card)
        top.setContentsMargins(20, 20, 20, 20)
        top.setSpacing(20)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAccessibleName("Player picture")
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)

        info = QVBoxLayout()
        info.setSpacing(6)
        name_row = QHBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("DisplayName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_row.addWidget(self.name)
        self.new_badge = QLabel("New account")
        self.new_badge.setObjectName("Badge")
        name_row.addWidget(self.new_badge)
        name_row.addStretch(1)
        info.addLayout(name_row)
        self.provider = QLabel()
        self.provider.setObjectName("Muted")
        info.addWidget(self.provider)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        info.addLayout(self.grid)
        info.addStretch(1)
        top.addLayout(info, 1)

        play_box = QVBoxLayout()
        self.play_button = QPushButton("Play")
        self.play_button.setObjectName("Play")
        self.play_button.setAccessibleName(f"Play {game_name}")
        self.play_button.setToolTip(f"Start {game_name} signed in as this player")
        self.play_button.clicked.connect(self.play)
        play_box.addWidget(self.play_button)
        self.game_status = QLabel("")
        self.game_status.setObjectName("Muted")
        self.game_status.setWordWrap(True)
        self.game_status.setMaximumWidth(220)
        self.game_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        play_box.addWidget(self.game_status)
        play_box.addStretch(1)
        top.addLayout(play_box)
        outer.addWidget(card)

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
        self.table.verticalHeader().setVisible(False)
        # Fixed row height and no per-row size hints: 100,000 rows cost nothing until they are on screen.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 220)
        header.resizeSection(2, 80)

        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)
        self.model.ready.connect(self._update_empty)
        self.set_avatar(None)

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

    def show_profile(self, profile: Profile) -> None:
        self.name.setText(profile.display_name or profile.player_id)
        self.new_badge.setVisible(bool(profile.newly_created))
        provider_name = PROVIDER_NAMES.get(profile.provider, profile.provider)
        self.provider.setText(f"Signed in with {provider_name}")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = [("Player id", profile.player_id),
                ("Last login", profile.last_login.astimezone().strftime("%d %b %Y, %H:%M")
                 if profile.last_login else "First sign-in"),
                *profile.details.items()]
        for n, (key, value) in enumerate(rows):
            k = QLabel(key)
            k.setObjectName("Muted")
            v = QLabel(str(value))
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(k, n, 0)
            self.grid.addWidget(v, n, 1)
        self.filter.clear()
        self.model.set_items(profile.items)
        self._update_empty()
        if profile.avatar_url != getattr(self, "_avatar_url", None):
            self.set_avatar(None)  # the placeholder until this player's picture arrives
        self._avatar_url = profile.avatar_url
        self.avatar.setToolTip(profile.display_name)

    def set_avatar(self, data: bytes | None) -> None:
        self.avatar.setPixmap(rounded_avatar(data, AVATAR, self.devicePixelRatioF()))

    def set_game(self, running: bool, message: str) -> None:
        self.play_button.setEnabled(not running)
        self.play_button.setText("Running…" if running else "Play")
        self.game_status.setText(message)


class ProviderPicker(QWidget):
    chosen = Signal(str)

    def __init__(self, providers: list, game_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QToolButton

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        title = QLabel(f"Sign in to {game_name}")
        title.setObjectName("PageTitle")
        outer.addWidget(title)
        sub = QLabel("Choose how you play. Your session is kept in this computer's keychain.")
        sub.setObjectName("Muted")
        outer.addWidget(sub)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.tiles: dict[str, QToolButton] = {}
        for n, p in enumerate(providers):
            tile = QToolButton()
            tile.setObjectName("ProviderTile")
            tile.setIcon(provider_icon(p.id))
            tile.setIconSize(QSize(40, 40))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setText(p.display_name + ("\n(testing tool)" if p.testing_only else ""))
            tile.setToolTip(p.description)
            tile.setAccessibleName(f"Sign in with {p.display_name}")
            tile.setFixedSize(QSize(210, 112))
            tile.clicked.connect(lambda _c=False, pid=p.id: self.chosen.emit(pid))
            grid.addWidget(tile, n // 3, n % 3)
            self.tiles[p.id] = tile
        grid.setColumnStretch(3, 1)
        outer.addSpacing(8)
        outer.addLayout(grid)
        outer.addStretch(1)


class Unavailable(QWidget):
    """A saved account that could not be opened right now (offline, keychain locked): keep it, say why, retry."""

    retry = Signal()
    sign_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 60, 40, 40)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        outer.addWidget(self.title)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("FormError")
        outer.addWidget(self.message)
        note = QLabel("Your account and its saved session are kept. Nothing was signed out.")
        note.setObjectName("Muted")
        outer.addWidget(note)
        row = QHBoxLayout()
        again = QPushButton("Try again")
        again.setObjectName("Primary")
        again.clicked.connect(self.retry)
        row.addWidget(again)
        other = QPushButton("Sign in again")
        other.clicked.connect(self.sign_in)
        row.addWidget(other)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_problem(self, label: str, message: str) -> None:
        self.title.setText(f"{label} can't be opened right now")
        self.message.setText(message)
