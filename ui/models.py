"""Qt item models over the controller's plain data: chests (100,000 rows stay smooth) and saved accounts."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeySequence

from launcher.account_labels import account_name, same_players
from launcher.models import AccountStatus, Item

from . import plain
from .i18n import fill, text

if TYPE_CHECKING:
    from launcher.accounts import Account

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
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

    HEADERS = ("Name", "Description", "Count")  # in English; the header shows `headers()`
    BACKGROUND_ABOVE = 20_000
    ready = Signal()  # the rows for the latest items/filter/sort are in
    columns_changed = Signal()  # `hidden` changed

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0
        self._pending: Any = None
        self.busy = False
        self._all: Sequence[Item] = ()
        self._rows: list[Item] = []
        self._filter = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.hidden: frozenset[int] = frozenset()  # columns that tell nothing apart (see uninformative_columns)
        self._columns_due = False

    @property
    def total(self) -> int:
        return len(self._all)

    def set_items(self, items: Sequence[Item]) -> None:
        self._all = items
        self._columns_due = True  # which columns tell items apart: with the rows (a large list: on the worker)
        self._refresh()

    def _set_hidden(self, hidden: frozenset[int]) -> None:
        if hidden != self.hidden:
            self.hidden = hidden
            self.columns_changed.emit()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def _compute(self, items: Sequence[Item], needle: str, column: int, order: Qt.SortOrder) -> list[Item]:
        rows = [i for i in items if needle in i.name.lower() or needle in i.description.lower()] \
            if needle else list(items)
        key = ((lambda i: natural_key(i.name)), (lambda i: natural_key(i.description)),
               (lambda i: -1 if i.count is None else i.count))[column]
        return sorted_in_slices(rows, key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _refresh(self) -> None:
        """Small lists are filtered and sorted at once; large ones in a worker thread (the GIL is handed back
        every few ms, so the window keeps painting), and only the latest request is applied."""
        self._generation += 1
        args = (self._all, self._filter, *self._sort)
        columns_due, self._columns_due = self._columns_due, False
        if len(self._all) < self.BACKGROUND_ABOVE:
            if columns_due:
                self._set_hidden(uninformative_columns(self._all))
            self._apply(self._compute(*args))
            return
        import asyncio  # loaded by then (the window's loop); not needed to paint the first screen

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            if columns_due:
                self._set_hidden(uninformative_columns(self._all))
            self._apply(self._compute(*args))
            return
        generation = self._generation
        self.busy = True
        items = self._all

        async def work() -> None:
            hidden = await loop.run_in_executor(_WORKER, uninformative_columns, items) if columns_due else None
            rows = await loop.run_in_executor(_WORKER, self._compute, *args)
            if hidden is not None and items is self._all:
                self._set_hidden(hidden)
            if generation == self._generation:
                self.busy = False
                self._apply(rows)
        self._pending = loop.create_task(work())

    def _apply(self, rows: list[Item]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.ready.emit()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return plain.text(item.name, limit=300)
            if col == 1:
                return plain.text(item.description, limit=1000)
            return "—" if item.count is None else QLocale().toString(item.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:  # numbers line up at the end a line reads to
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and item.description and (col == 1 or (col == 0 and 1 in self.hidden)):
            return plain.tip(item.description)  # a description every chest shares is still there on the name
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal and section == 2:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Name", "a column of the chest list"), self.tr("Description", "a column of the chest list"),
                self.tr("Count", "a column of the chest list: how many of the item the player has"))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


def uninformative_columns(items: Sequence[Item]) -> frozenset[int]:
    """The Description and Count columns when they tell nothing apart: empty for every item, or, with more than
    one item, the same for all (PlayFab's item class "chest" on every chest, a count of 1 on each)."""
    hidden = set()
    for column, value in ((1, lambda i: i.description.strip()), (2, lambda i: i.count)):
        first = value(items[0]) if items else None
        if all(value(i) == first for i in items) and (len(items) > 1 or first in (None, "")):
            hidden.add(column)
    return frozenset(hidden)


_DIGITS = re.compile(r"\d[\d,]*\d|\d")


@lru_cache(maxsize=1 << 18)  # a re-sort after each filter keystroke reuses the keys of 100,000 chests
def natural_key(text: str) -> str:
    """"Chest #2" before "Chest #10", and "#1,000" as one thousand: runs of digits (with thousands separators)
    are compared as numbers, the rest case-insensitively."""
    return _DIGITS.sub(lambda m: m.group().replace(",", "").zfill(20), text.lower())


@dataclass(frozen=True)
class AccountRow:
    """What the sidebar shows for one account (filled by the window from the controller)."""

    account: Account
    provider: str  # the sign-in method in the player's words
    environment: str = ""
    playing: bool = False


GROUPS = ("", "environment", "provider")


def provider_services(provider_id: str) -> tuple[str, ...]:
    """The backend services a provider signs in through (PlayFab for every PlayFab method and for Earth)."""
    from launcher.providers import all_providers

    cls = all_providers().get(provider_id)
    return tuple(spec.name for spec in getattr(cls, "services", ()))


class AccountModel(QAbstractListModel):
    """Saved accounts, filtered by text and optionally grouped under headers (environment or sign-in method)."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    HeaderRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, icon_for: Callable[[Account], QIcon]) -> None:
        super().__init__()
        self._all: list[AccountRow] = []
        self._rows: list[AccountRow | str] = []  # a str is a group header
        self._icon_for = icon_for
        self._filter = ""
        self._group = ""
        self.show_environment = False
        self.environment_order: tuple[str, ...] = ()  # the manifest's order: groups follow it, not the alphabet
        self._names: dict[str, str] = {}
        self._same: dict[str, list[AccountRow]] = {}

    def set_accounts(self, accounts: list[Account] | list[AccountRow]) -> None:
        self._all = [a if isinstance(a, AccountRow) else AccountRow(a, PROVIDER_NAMES.get(a.provider, a.provider))
                     for a in accounts]
        self._names = {r.account.id: account_name(r.account.label, r.account.display_name, r.account.player_id)
                       for r in self._all}
        rows = {r.account.id: r for r in self._all}
        same = same_players([r.account for r in self._all], provider_services)
        self._same = {account_id: [rows[o] for o in others] for account_id, others in same.items()}
        self._rebuild()

    def name_of(self, account: Account) -> str:
        """The account's name as the list shows it (see launcher.account_labels)."""
        return self._names.get(account.id) or account_name(account.label, account.display_name, account.player_id)

    def same_as(self, account: Account, *, full: bool = False, sentence: bool = False) -> str:
        """"same player as Facebook" when other saved accounts are this player; `full`: with their names;
        `sentence`: "Same player as …", a line of its own."""
        others = self._same.get(account.id, [])
        if not others:
            return ""
        mine = self.name_of(account)
        names = [text(o.provider) if not full and self.name_of(o.account) == mine else
                 fill(self.tr("{name} ({method})", "an account: its name and sign-in method"),
                      name=self.name_of(o.account), method=text(o.provider)) for o in others]
        listed = QLocale().createSeparatedList(names)  # "A, B and C" in the language shown
        template = self.tr("Same player as {accounts}", "a line of an account's tooltip") if sentence else \
            self.tr("same player as {accounts}", "under an account in the list: other saved accounts of this player")
        return fill(template, accounts=listed)

    def second_line(self, row: AccountRow) -> str:
        """Under the name: the sign-in method, and the status unless signed in ("same player as …" under it)."""
        a = row.account
        status = "" if a.status is AccountStatus.SIGNED_IN else text(a.status_text())
        return " · ".join(t for t in (text(row.provider), status) if t)

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._rebuild()

    def set_group(self, group: str) -> None:
        self._group = group if group in GROUPS else ""
        self._rebuild()

    def _matches(self, row: AccountRow) -> bool:
        if not self._filter:
            return True
        a = row.account
        haystack = " ".join((self.name_of(a), a.label, a.display_name, a.player_id, a.id, row.provider,
                             row.environment)).lower()
        return all(word in haystack for word in self._filter.split())

    def _rebuild(self) -> None:
        self.beginResetModel()
        shown = [r for r in self._all if self._matches(r)]
        if self._group:
            def key(r: AccountRow) -> str:
                return r.environment if self._group == "environment" else text(r.provider)
            rows: list[AccountRow | str] = []
            order = {name: n for n, name in enumerate(self.environment_order)} if self._group == "environment" else {}
            for name in sorted({key(r) for r in shown}, key=lambda g: (order.get(g, len(order)), natural_key(g))):
                rows.append(name or self.tr("(none)", "a group of accounts with no environment or method"))
                rows.extend(r for r in shown if key(r) == name)
            self._rows = rows
        else:
            self._rows = list(shown)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def accounts(self) -> list[Account]:
        """The accounts shown, in order (what Ctrl+1..9 pick from)."""
        return [r.account for r in self._rows if isinstance(r, AccountRow)]

    def account(self, row: int) -> Account | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item.account if isinstance(item, AccountRow) else None

    def row_of(self, account_id: str | None) -> int:
        return next((n for n, r in enumerate(self._rows) if isinstance(r, AccountRow) and r.account.id == account_id),
                    -1)

    def refresh_icons(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, self.HeaderRole):
                return item
            return None
        a = item.account
        name = plain.text(self.name_of(a), limit=200)
        if role == Qt.ItemDataRole.DisplayRole:
            same = self.same_as(a)
            return "\n".join(t for t in (name, self.second_line(item), same) if t)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon_for(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tip("\n".join(self._tip_lines(item, name)))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [name, text(item.provider), item.environment if self.show_environment else "",
                     text(a.status_text()), self.tr("playing", "an account's state, read by a screen reader")
                     if item.playing else "", self.same_as(a, full=True)]
            return ", ".join(p for p in parts if p)
        if role == self.IdRole:
            return a.id
        if role == self.RowRole:
            return item
        return None

    def _tip_lines(self, item: AccountRow, name: str) -> list[str]:
        a = item.account
        method, status = text(item.provider), text(a.status_text())
        lines = [name, fill(self.tr("{method}, {environment} — {status}", "an account's tooltip: Email and password, "
                                    "staging — Signed in"), method=method, environment=item.environment,
                            status=status)
                 if item.environment and self.show_environment else
                 fill(self.tr("{method} — {status}", "an account's tooltip: Email and password — Signed in"),
                      method=method, status=status)]
        if item.playing:
            lines.append(self.tr("Playing now"))
        if same := self.same_as(a, full=True, sentence=True):
            lines.append(same)
        number = self.accounts().index(a)
        if number < 9:
            shortcut = QKeySequence(f"Ctrl+{number + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            lines.append(fill(self.tr("{shortcut} to switch", "an account's tooltip: Ctrl+2 to switch to it"),
                              shortcut=shortcut))
        return lines
