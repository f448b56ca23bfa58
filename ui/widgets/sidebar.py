"""Saved accounts: avatar, label, sign-in method and environment badges, status; one click switches; filter and
grouping for testers with many accounts; add, copy the player id, rename, sign out, remove.

Rows are painted by AccountDelegate: names are elided to the sidebar's width (the full name is the tooltip),
so the list never scrolls sideways. Positions are worked out from the leading edge and mirrored with
QStyle.visualRect: in a right-to-left language the picture is on the right and the text reads from it leftwards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from launcher.accounts import Account
from launcher.models import AccountStatus

from .. import plain, theme
from ..i18n import Retranslates, fill
from ..models import AccountModel, AccountRow

WIDTH = 260
COMPACT_WIDTH = 64  # a narrow window (below COMPACT_BELOW): the account pictures only
COMPACT_BELOW = 700
ROW_HEIGHT = 54
HEADER_HEIGHT = 26
SAME_LINE = 16  # the third line of an account that is the same player as another saved one


def elide(text: str, font: QFont, width: int) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))


LEADING = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # mirrored by QStyle.visualAlignment


class AccountDelegate(QStyledItemDelegate):
    def __init__(self, model: AccountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.compact = False

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        header = index.data(AccountModel.HeaderRole) is not None
        if self.compact:
            return QSize(option.rect.width() or COMPACT_WIDTH, 0 if header else ROW_HEIGHT - 8)
        if header:
            return QSize(option.rect.width() or WIDTH, HEADER_HEIGHT)
        row = index.data(AccountModel.RowRole)
        same = isinstance(row, AccountRow) and bool(self.model.same_as(row.account))
        return QSize(option.rect.width() or WIDTH, ROW_HEIGHT + (SAME_LINE if same else 0))

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        c = theme.colours()
        rect: QRect = option.rect
        direction = option.direction
        header = index.data(AccountModel.HeaderRole)
        p.save()
        p.setLayoutDirection(direction)  # the text's own direction: an Arabic line starts on the right
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        align = QStyle.visualAlignment(direction, LEADING)
        if header is not None:
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
            p.setFont(font)
            p.setPen(QColor(c["muted"]))
            p.drawText(rect.adjusted(6, 0, -6, 0), align, elide(str(header).upper(), font, rect.width() - 12))
            p.restore()
            return
        row: AccountRow = index.data(AccountModel.RowRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        box = rect.adjusted(2, 1, -2, -1)
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c["accent"]))
            p.drawRoundedRect(box, 6, 6)
        elif hovered:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c["button_hover"]))
            p.drawRoundedRect(box, 6, 6)
        view = self.parent()
        if option.state & QStyle.StateFlag.State_HasFocus and isinstance(view, QWidget) and view.hasFocus():
            p.setPen(QColor(c["focus"]))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
        if self.compact:  # the picture alone; its name is the tooltip and the accessible text
            self._paint_compact(p, index, box, row, direction)
            return

        def place(x: int, y: int, w: int, h: int) -> QRect:
            """A rectangle measured from the row's leading edge, where it is on screen."""
            return QStyle.visualRect(direction, box, QRect(x, y, w, h))

        text = QColor(c["on_accent"] if selected else c["text"])
        muted = QColor(c["on_accent"] if selected else c["muted"])
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = box.left() + 8
        if icon is not None:
            icon.paint(p, place(left, box.top() + (box.height() - 32) // 2, 32, 32))
        x = start = left + 32 + 10
        width = box.right() - 8 - x
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        p.setFont(name_font)
        p.setPen(text)
        a = row.account
        p.drawText(place(x, box.top() + 6, width, 20), align,
                   elide(("▶ " if row.playing else "") + plain.text(self.model.name_of(a), limit=200), name_font,
                         width))
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1.5, 7))
        p.setFont(small)
        metrics = QFontMetrics(small)
        y, h = box.top() + 28, metrics.height() + 2
        if self.model.show_environment and row.environment:
            badge = elide(row.environment, small, 90)
            w = metrics.horizontalAdvance(badge) + 10
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.environment_colour(row.environment)))
            p.drawRoundedRect(place(x, y, w, h), h / 2, h / 2)
            p.setPen(QColor(c["on_accent"]))
            p.drawText(place(x, y, w, h), Qt.AlignmentFlag.AlignCenter, badge)
            x, width = x + w + 6, width - w - 6
        p.setPen(muted)
        p.drawText(place(x, y, width, h), align, elide(self.model.second_line(row), small, width))
        if same := self.model.same_as(a):  # "same player as Facebook and Play online", under the method
            room = box.right() - 8 - start
            p.drawText(place(start, y + SAME_LINE, room, h), align, elide(f"↔ {same}", small, room))
        p.restore()

    @staticmethod
    def _paint_compact(p: QPainter, index: QModelIndex | QPersistentModelIndex, box: QRect, row: AccountRow,
                       direction: Qt.LayoutDirection) -> None:
        """A collapsed sidebar's row: the picture, centred, with a dot (at its trailing corner) for a game that
        runs or an account that is not signed in (already painted: the selection and focus)."""
        c = theme.colours()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = box.left() + (box.width() - 32) // 2
        top = box.top() + (box.height() - 32) // 2
        if icon is not None:
            icon.paint(p, QRect(left, top, 32, 32))
        mark = c["play"] if row.playing else c["muted"] if row.account.status is not AccountStatus.SIGNED_IN else ""
        if mark:
            p.setPen(QColor(c["base"]))
            p.setBrush(QColor(mark))
            p.drawEllipse(QStyle.visualRect(direction, box, QRect(left + 24, top + 24, 10, 10)))
        p.restore()


class AccountList(QListView):
    """Enter on a row opens it; the menu key opens its context menu."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class Sidebar(Retranslates, QWidget):
    switch = Signal(str)
    add = Signal()
    sign_out = Signal(str)
    remove = Signal(str)
    rename = Signal(str)
    environment_chosen = Signal(str)

    def __init__(self, game_name: str, game_icon, model: AccountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(WIDTH)
        self.compact = False
        self._tester = (False, False)  # tester tools shown, environment switcher shown (when not compact)
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 16, 12, 12)
        outer.setSpacing(6)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(game_icon.pixmap(36, 36))
        logo.setAccessibleName(game_name)
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(elide(game_name, QFont(), WIDTH - 80))
        self.title.setObjectName("GameTitle")
        self.title.setToolTip(plain.tip(game_name))
        head.addWidget(self.title, 1)
        outer.addLayout(head)
        outer.addSpacing(6)

        self.env_row = QWidget()
        env = QHBoxLayout(self.env_row)
        env.setContentsMargins(0, 0, 0, 0)
        self.env_label = QLabel()
        self.env_label.setObjectName("Muted")
        env.addWidget(self.env_label)
        self.environment = QComboBox()
        self.environment.activated.connect(
            lambda i: self.environment_chosen.emit(str(self.environment.itemData(i))))
        env.addWidget(self.environment, 1)
        outer.addWidget(self.env_row)
        self.env_row.setVisible(False)

        self.caption = QLabel()
        self.caption.setObjectName("Muted")
        outer.addWidget(self.caption)
        self.tools = QWidget()
        tools = QVBoxLayout(self.tools)  # one above the other: each as wide as the sidebar, in any language
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        tools.addWidget(self.filter)
        self.group = QComboBox()
        for key in ("", "environment", "provider"):
            self.group.addItem("", key)
        tools.addWidget(self.group)
        outer.addWidget(self.tools)
        self.tools.setVisible(False)

        self.model = model
        self.list = AccountList()
        self.list.setObjectName("Accounts")
        self.list.setModel(model)
        self.delegate = AccountDelegate(model, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setIconSize(QSize(32, 32))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMouseTracking(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.clicked.connect(self._clicked)
        self.list.activated_row.connect(lambda row: self._clicked(model.index(row)))
        outer.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.spacer = QWidget()  # holds the add button down while the list is hidden
        self.spacer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer.addWidget(self.spacer, 1)

        self.add_button = QPushButton()
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add)
        outer.addWidget(self.add_button)
        self.filter.textChanged.connect(model.set_filter)
        self.group.currentIndexChanged.connect(lambda i: model.set_group(str(self.group.itemData(i))))
        model.modelReset.connect(self._update_empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.env_label.setText(self.tr("Environment", "tester mode: which servers the launcher uses"))
        self.environment.setAccessibleName(self.tr("Environment"))
        self.environment.setToolTip(self.tr("Which servers sign-ins and new accounts use (tester mode)"))
        self.caption.setText(self.tr("ACCOUNTS", "the heading of the list of saved accounts (capitals where the "
                                     "language writes headings so)"))
        self.filter.setPlaceholderText(self.tr("Filter…", "filters the list of accounts"))
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.filter.setToolTip(self.tr("Filter by name, player id, sign-in method or environment"))
        self.group.setAccessibleName(self.tr("Group accounts"))
        self.group.setToolTip(self.tr("Group accounts"))
        for n, name in enumerate((self.tr("No groups", "how the accounts list is grouped"),
                                  self.tr("By environment", "how the accounts list is grouped"),
                                  self.tr("By method", "how the accounts list is grouped: by sign-in method"))):
            self.group.setItemText(n, name)
        self.list.setAccessibleName(self.tr("Saved accounts"))
        self.add_button.setText("+" if self.compact else self.tr("+  Add account"))
        self.add_button.setAccessibleName(self.tr("Add account"))
        new = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(fill(self.tr("Sign in with another account ({shortcut})", "{shortcut}: Ctrl+N"),
                                        shortcut=new))
        self._update_empty()
        self.list.viewport().update()

    def _update_empty(self) -> None:
        shown, total = len(self.model.accounts()), self.model.total
        self.empty.setText(self.tr("No saved accounts yet.") if total == 0 else
                           fill(self.tr("No account matches “{filter}”.", "the accounts filter found nothing"),
                                filter=self.filter.text()))
        self.empty.setVisible(shown == 0 and not self.compact)
        self.list.setVisible(shown > 0)
        self.spacer.setVisible(shown == 0)

    def set_tester(self, on: bool, environments: tuple[str, ...], current: str) -> None:
        """Tester mode: filter, grouping, the environment switcher and badges."""
        self._tester = (on, on and len(environments) > 1)
        self.tools.setVisible(on and not self.compact)
        self.model.show_environment = on and bool(environments)
        self.model.environment_order = environments
        self.env_row.setVisible(self._tester[1] and not self.compact)
        self.environment.clear()
        for name in environments:
            self.environment.addItem(name, name)
        if (n := self.environment.findData(current)) >= 0:
            self.environment.setCurrentIndex(n)
        if not on:
            self.filter.clear()
            self.group.setCurrentIndex(0)
        self.list.viewport().update()

    def set_compact(self, on: bool) -> None:
        """A narrow window: the sidebar keeps the account pictures (name and state in their tooltips and accessible
        text) and an add button, and gives the rest of its width to the page."""
        if on == self.compact:
            return
        self.compact = self.delegate.compact = on
        self.setFixedWidth(COMPACT_WIDTH if on else WIDTH)
        self.outer.setContentsMargins(*((6, 12, 6, 10) if on else (12, 16, 12, 12)))
        for widget in (self.title, self.caption):
            widget.setVisible(not on)
        self.tools.setVisible(self._tester[0] and not on)
        self.env_row.setVisible(self._tester[1] and not on)
        self.add_button.setText("+" if on else self.tr("+  Add account"))
        self.empty.setVisible(not on and not self.model.accounts())
        self.list.doItemsLayout()
        self.list.viewport().update()

    def select(self, account_id: str | None) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()

    def _clicked(self, index) -> None:
        account = self.model.account(index.row())
        if account:
            self.switch.emit(account.id)

    def _menu(self, pos) -> None:
        account: Account | None = self.model.account(self.list.indexAt(pos).row())
        if account is None:
            return
        self.menu_for(account).exec(self.list.viewport().mapToGlobal(pos))

    def menu_for(self, account: Account) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Switch to this account"), lambda: self.switch.emit(account.id))
        menu.addAction(self.tr("Copy player id"), lambda: QGuiApplication.clipboard().setText(account.player_id))
        menu.addAction(self.tr("Rename…", "an account's menu: give it a name of one's own"),
                       lambda: self.rename.emit(account.id))
        out = menu.addAction(self.tr("Sign out", "an account's menu"), lambda: self.sign_out.emit(account.id))
        out.setEnabled(bool(account.token_names))
        menu.addSeparator()
        menu.addAction(self.tr("Remove…", "an account's menu: remove it from the launcher"),
                       lambda: self.remove.emit(account.id))
        return menu

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self.list.viewport().update()
        return super().event(e)


