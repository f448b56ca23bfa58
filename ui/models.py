"""Qt item models over the controller's plain data: chests (100,000 rows stay smooth) and saved accounts."""

from __future__ import annotations

import asyncio
import heapq
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Sequence

from PySide6.QtCore import (QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QIcon

from launcher.accounts import Account
from launcher.models import Item

Index = QModelIndex | QPersistentModelIndex
# A plain Python worker (not qasync's QThread executor, which aborts the process if still alive at exit).
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chests")
PROVIDER_NAMES: dict[str, str] = {}


SLICE = 4096


def sorted_in_slices(rows: list[Item], key: Callable[[Item], Any], *, reverse: bool = False) -> list[Item]:
    """sorted(), stable, but without one long sort in C: that holds the GIL throughout (~60 ms for 100,000
    shuffled names), and the window's thread would wait for all of it. Slices are sorted apart, then merged
    in Python, which hands the GIL back every few milliseconds."""
    if len(rows) <= SLICE:
        return sorted(rows, key=key, reverse=reverse)
    runs = [sorted(rows[n:n + SLICE], key=key, reverse=reverse) for n in range(0, len(rows), SLICE)]
    return list(heapq.merge(*runs, key=key, reverse=reverse))


class ChestModel(QAbstractTableModel):
    """Filtering and sorting happen here in plain Python over the item list (one pass, no per-cell Qt calls),
    which keeps 100,000 items responsive; the view only asks for the rows on screen."""

    HEADERS = ("Name", "Description", "Count")
    BACKGROUND_ABOVE = 20_000
    ready = Signal()  # the rows for the latest items/filter/sort are in

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0
        self._pending: Any = None
        self.busy = False
        self._all: Sequence[Item] = ()
        self._rows: list[Item] = []
        self._filter = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    @property
    def total(self) -> int:
        return len(self._all)

    def set_items(self, items: Sequence[Item]) -> None:
        self._all = items
        self._refresh()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def _compute(self, items: Sequence[Item], needle: str, column: int, order: Qt.SortOrder) -> list[Item]:
        rows = [i for i in items if needle in i.name.lower() or needle in i.description.lower()] \
            if needle else list(items)
        key = ((lambda i: i.name.lower()), (lambda i: i.description.lower()),
               (lambda i: -1 if i.count is None else i.count))[column]
        return sorted_in_slices(rows, key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _refresh(self) -> None:
        """Small lists are filtered and sorted at once; large ones in a worker thread (the GIL is handed back
        every few ms, so the window keeps painting), and only the latest request is applied."""
        self._generation += 1
        args = (self._all, self._filter, *self._sort)
        if len(self._all) < self.BACKGROUND_ABOVE:
            self._apply(self._compute(*args))
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._apply(self._compute(*args))
            return
        generation = self._generation
        self.busy = True

        async def work() -> None:
            rows = await loop.run_in_executor(_WORKER, self._compute, *args)
            if generation == self._generation:
                self.busy = False
                self._apply(rows)
        self._pending = loop.create_task(work())

    def _apply(self, rows: list[Item]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.ready.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.name
            if col == 1:
                return item.description
            return "—" if item.count is None else f"{item.count:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and item.description:
            return item.description
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class AccountModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, icon_for: Callable[[Account], QIcon]) -> None:
        super().__init__()
        self._accounts: list[Account] = []
        self._icon_for = icon_for

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def row_of(self, account_id: str | None) -> int:
        return next((n for n, a in enumerate(self._accounts) if a.id == account_id), -1)

    def refresh_icons(self) -> None:
        if self._accounts:
            self.dataChanged.emit(self.index(0), self.index(len(self._accounts) - 1),
                                  [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._accounts[index.row()]
        shortcut = f"Ctrl+{index.row() + 1}" if index.row() < 9 else ""
        if role == Qt.ItemDataRole.DisplayRole:
            status = "" if a.status == "signed_in" else f" · {a.status_text()}"
            return f"{a.label}\n{PROVIDER_NAMES.get(a.provider, a.provider)}{status}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon_for(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{a.label} ({a.id}) — {a.status_text()}" + (f"\n{shortcut} to switch" if shortcut else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{a.label}, {PROVIDER_NAMES.get(a.provider, a.provider)}, {a.status_text()}"
        if role == self.IdRole:
            return a.id
        return None
