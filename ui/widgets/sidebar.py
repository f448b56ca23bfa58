"""Saved accounts: avatar, label, provider and status; one click switches; add, sign out, remove."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from launcher.accounts import Account

from ..models import AccountModel


class Sidebar(QWidget):
    switch = Signal(str)
    add = Signal()
    sign_out = Signal(str)
    remove = Signal(str)
    rename = Signal(str)

    def __init__(self, game_name: str, game_icon, model: AccountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(260)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 16, 14, 14)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(game_icon.pixmap(36, 36))
        head.addWidget(logo)
        title = QLabel(game_name)
        title.setObjectName("GameTitle")
        head.addWidget(title, 1)
        outer.addLayout(head)
        outer.addSpacing(10)
        caption = QLabel("ACCOUNTS")
        caption.setObjectName("Muted")
        outer.addWidget(caption)

        self.model = model
        self.list = QListView()
        self.list.setObjectName("Accounts")
        self.list.setAccessibleName("Saved accounts")
        self.list.setModel(model)
        self.list.setIconSize(QSize(32, 32))
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)
        outer.addWidget(self.list, 1)
        self.empty = QLabel("No saved accounts yet.")
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        self.add_button = QPushButton("+  Add account")
        self.add_button.setAccessibleName("Add account")
        self.add_button.setToolTip("Sign in with another account (Ctrl+N)")
        self.add_button.clicked.connect(self.add)
        outer.addWidget(self.add_button)
        model.modelReset.connect(lambda: self.empty.setVisible(model.rowCount() == 0))

    def select(self, account_id: str | None) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()

    def _clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        account = self.model.account(index.row())
        if account:
            self.switch.emit(account.id)

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        account: Account | None = self.model.account(self.list.indexAt(pos).row())
        if account is None:
            return
        menu = QMenu(self)
        menu.addAction("Switch to this account", lambda: self.switch.emit(account.id))
        menu.addAction("Rename…", lambda: self.rename.emit(account.id))
        out = menu.addAction("Sign out", lambda: self.sign_out.emit(account.id))
        out.setEnabled(bool(account.token_names))
        menu.addSeparator()
        menu.addAction("Remove…", lambda: self.remove.emit(account.id))
        menu.exec(self.list.viewport().mapToGlobal(pos))
