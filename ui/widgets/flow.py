"""Layouts that fit any window size: a flow of fixed-size tiles that wraps (never overlaps), and a column with a
maximum width, centred, for pages on large screens."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

MAX_CONTENT_WIDTH = 1080


class FlowLayout(QLayout):
    """Items in reading order (left to right, or right to left in a right-to-left language), wrapping to a new row
    when the next one would not fit (Qt's flow layout example, mirrored as Qt's own layouts are)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()  # Qt's own layouts do this: the holder's size and every item's place are computed anew

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            widget, parent = item.widget(), self.parentWidget()
            if widget is not None and parent is not None and not widget.isVisibleTo(parent):
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            if move:
                item.setGeometry(QStyle.visualRect(self._direction(), area, QRect(QPoint(x, y), hint)))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight


class _PageHolder(QWidget):
    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The least height the page needs at `width`, not its preferred one: a scroll area asks this of a page
        with wrapping text, and would otherwise add a scroll bar whenever the preferred height (a table's 192 px
        size hint) exceeds the window, though everything fits."""
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1


def centred(page: QWidget, max_width: int = MAX_CONTENT_WIDTH) -> QWidget:
    """`page` in a holder that lets it grow to `max_width` and centres it beyond that (2560-wide screens)."""
    holder = _PageHolder()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    page.setMaximumWidth(max_width)
    page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    row.addStretch(1)
    row.addWidget(page, 1000)  # takes nearly all the width until its maximum; the stretches take the rest
    row.addStretch(1)
    holder.setObjectName(f"{page.objectName()}Holder")
    return holder
