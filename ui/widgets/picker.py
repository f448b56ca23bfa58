"""The first page: how to sign in. Player-facing methods in the player's words; in tester mode the testing
tools follow, each marked. Tiles flow into as many columns as fit and never overlap."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from launcher.translatable import fill as fill_plain

from .. import plain
from ..i18n import Retranslates, fill, text
from ..icons import provider_icon
from .flow import FlowLayout

TILE = QSize(176, 150)
TILE_MARGINS = 12
ZWSP = "\u200b"  # a break opportunity that shows nothing


def breakable(label: QLabel, shown: str, width: int) -> str:
    """`shown` with a break opportunity inside every word wider than `width`: a long word (German compounds, the
    pseudo-locale's tildes) wraps inside a fixed tile instead of being cut at both edges."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    words = shown.split(" ")
    return " ".join(ZWSP.join(word) if metrics.horizontalAdvance(word) > width else word for word in words)


class Tile(Retranslates, QToolButton):
    """A sign-in method: its icon, its name and one line on what it is, in the player's words; Enter and Return
    open it as Space does. The name and line may be core texts (launcher.translatable.Text): shown translated."""

    def __init__(self, label: str, description: str, testing: bool) -> None:
        super().__init__()
        self.label, self.text_below, self.testing = label, description, testing
        column = QVBoxLayout(self)
        column.setContentsMargins(TILE_MARGINS, 12, TILE_MARGINS, 10)
        column.setSpacing(4)
        self.icon_label = QLabel()
        self.title = plain.label(QLabel())
        self.title.setObjectName("TileTitle")
        self.title.setWordWrap(True)
        self.description = plain.label(QLabel())
        self.description.setObjectName("TileText")
        self.description.setWordWrap(True)
        for part in (self.icon_label, self.title, self.description):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click anywhere is the tile's
            part.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            column.addWidget(part)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        label, description = text(self.label), text(self.text_below)
        room = TILE.width() - 2 * TILE_MARGINS
        self.title.setText(breakable(self.title, label, room))
        below = fill_plain(self.tr("{description}\nTesting tool: not for players.",
                                   "a testing tool's tile, under what it does"),
                           {"description": description}) if self.testing else description
        self.description.setText("\n".join(breakable(self.description, line, room) for line in below.split("\n")))
        self.setAccessibleName(fill(self.tr("Sign in with {method} (testing tool)") if self.testing
                                    else self.tr("Sign in with {method}"), method=label))
        self.setAccessibleDescription(description)

    def set_picture(self, pid: str) -> None:
        self.icon_label.setPixmap(provider_icon(pid).pixmap(QSize(40, 40), self.devicePixelRatioF()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        direction = ARROWS.get(Qt.Key(event.key()))
        picker = self._picker()
        if direction is not None and picker is not None:
            event.accept()
            picker.move_focus(self, *direction)
            return
        super().keyPressEvent(event)

    def _picker(self) -> ProviderPicker | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, ProviderPicker):
            parent = parent.parentWidget()
        return parent


ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class ProviderPicker(Retranslates, QWidget):
    chosen = Signal(str)

    def __init__(self, game_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Picker")
        self.game_name = game_name
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(32, 28, 32, 28)
        self.outer.setSpacing(8)
        self.remembers = True
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.outer.addWidget(self.title)
        self.sub = QLabel()
        self.sub.setObjectName("Muted")
        self.sub.setWordWrap(True)
        self.outer.addWidget(self.sub)
        self.outer.addSpacing(8)
        self.players = self._flow()
        self.testing_title = QLabel()
        self.testing_title.setObjectName("GameTitle")
        self.testing_note = QLabel()
        self.testing_note.setObjectName("Muted")
        self.testing_note.setWordWrap(True)
        self.outer.addSpacing(12)
        self.outer.addWidget(self.testing_title)
        self.outer.addWidget(self.testing_note)
        self.testing = self._flow()
        self.outer.addStretch(1)
        self.tiles: dict[str, Tile] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(fill(self.tr("Sign in to {game}"), game=self.game_name))
        self.sub.setText(self.tr("Choose how you play. You stay signed in on this computer.") if self.remembers
                         else self.tr("Choose how you play. You sign in again each time you start."))
        self.testing_title.setText(self.tr("Testing tools", "a heading"))
        self.testing_note.setText(self.tr("For testers: these sign in without a player's own credentials."))
        self.fit_tiles()

    def _flow(self) -> FlowLayout:
        holder = QWidget()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        holder.setSizePolicy(policy)
        flow = FlowLayout(holder, spacing=14)
        self.outer.addWidget(holder)
        return flow

    def set_methods(self, methods: list[tuple[str, str, str, bool]], *, remembers: bool = True) -> None:
        """(provider id, label, description, testing tool) in the order shown."""
        for flow in (self.players, self.testing):
            while (item := flow.takeAt(0)) is not None:
                if (w := item.widget()) is not None:
                    w.hide()  # now: it stays a child until deleted, painted where the old layout put it
                    w.deleteLater()
        self.tiles = {}
        previous: QWidget | None = None
        for pid, label, description, testing in methods:
            tile = Tile(label, description, testing)
            tile.setObjectName("ProviderTile")
            tile.setProperty("testing", testing)
            tile.set_picture(pid)
            tile.setFixedWidth(TILE.width())
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            tile.clicked.connect(lambda _c=False, p=pid: self.chosen.emit(p))
            (self.testing if testing else self.players).addWidget(tile)
            if previous is not None:
                QWidget.setTabOrder(previous, tile)
            previous = tile
            self.tiles[pid] = tile
        self.fit_tiles()
        has_testing = any(m[3] for m in methods)
        self.testing_title.setVisible(has_testing)
        self.testing_note.setVisible(has_testing)
        self.remembers = remembers
        self.retranslate()
        self.relayout()

    def fit_tiles(self) -> None:
        """Every tile as tall as the tallest needs (at least TILE's height): a longer language adds lines, and the
        rows of tiles stay even."""
        tiles = list(self.tiles.values())
        for tile in tiles:
            tile.ensurePolished()
        layouts = [layout for tile in tiles if (layout := tile.layout()) is not None]
        needed = max([TILE.height(), *(layout.totalHeightForWidth(TILE.width()) for layout in layouts)])
        for tile in tiles:
            tile.setFixedHeight(needed)

    def relayout(self) -> None:
        """Lay the tiles out again now: after a rebuild (an environment switch, tester mode) the new tiles must
        get their places before the next paint or click, not at the next resize."""
        for flow in (self.players, self.testing):
            flow.invalidate()
            if (holder := flow.parentWidget()) is not None:
                holder.updateGeometry()
        self.outer.invalidate()
        self.outer.activate()
        for flow in (self.players, self.testing):
            holder = flow.parentWidget()
            if holder is not None and holder.width() > 0:
                flow.setGeometry(holder.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()

    def first_tile(self) -> QToolButton | None:
        return next(iter(self.tiles.values()), None)

    def focus_first(self) -> None:
        if (tile := self.first_tile()) is not None:
            tile.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_method(self, provider_id: str | None) -> None:
        """The tile of that method (the one used last), or the first one when it is not offered here."""
        tile = self.tiles.get(provider_id or "")
        if tile is None:
            self.focus_first()
        else:
            tile.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_focus(self, tile: Tile, dx: int, dy: int) -> None:
        """Arrow keys: the nearest tile in that direction on the screen (the one above, below, left or right),
        across the players' and the testers' sections; nothing when there is none that way."""
        here = tile.mapTo(self, tile.rect().center())
        best: tuple[float, Tile] | None = None
        for other in self.tiles.values():
            if other is tile or not other.isVisible():
                continue
            there = other.mapTo(self, other.rect().center())
            ax, ay = there.x() - here.x(), there.y() - here.y()
            along, across = (ax * dx, abs(ay)) if dx else (ay * dy, abs(ax))
            if along <= 0 or across > along * 2 + TILE.height():  # not that way
                continue
            cost = along + 3 * across  # the straight neighbour first, then the nearest off the line
            if best is None or cost < best[0]:
                best = (cost, other)
        if best is not None:
            best[1].setFocus(Qt.FocusReason.TabFocusReason)
