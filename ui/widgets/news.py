"""Above Play: the studio's server status (when it is not plain "ok") and its latest news, from the signed feed in
the game's repository. Text from outside: shown as plain text, links opened only when clicked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import plain

SHOWN_ITEMS = 2
STATUS_TEXT = {"degraded": "Some game services are slow or failing", "down": "The game's servers are down",
               "maintenance": "The game's servers are under maintenance"}


def status_line(status: Any) -> str:
    """The server status in a player's words; "" when all is well or nothing is said."""
    if status is None or status.state == "ok":
        return ""
    text = STATUS_TEXT.get(status.state, "")
    if status.message:
        text = f"{text}: {status.message}" if text else status.message
    if status.until is not None:
        text += f" (until {QLocale().toString(status.until.astimezone(), QLocale.FormatType.ShortFormat)})"
    return text


class NewsStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("News")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.status = plain.label(QLabel(""))
        self.status.setObjectName("Warning")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        box.addWidget(self.status)
        self.rows: list[tuple[QLabel, QPushButton]] = []
        for _ in range(SHOWN_ITEMS):
            row = QHBoxLayout()
            row.setSpacing(6)
            text = plain.label(QLabel(""))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            more = QPushButton("Read more")
            more.setObjectName("Link")
            more.setAutoDefault(True)
            more.clicked.connect(lambda _=False, b=more: self._open(b))
            row.addWidget(text, 1)
            row.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(row)
            self.rows.append((text, more))
        self.setVisible(False)

    def show_feed(self, feed: Any) -> None:
        line = status_line(getattr(feed, "status", None))
        self.status.setText(line)
        self.status.setAccessibleName(line)
        self.status.setVisible(bool(line))
        items = list(getattr(feed, "items", ()) or ())[:SHOWN_ITEMS]
        for (text, more), item in zip(self.rows, [*items, *([None] * SHOWN_ITEMS)], strict=False):
            text.setVisible(item is not None)
            more.setVisible(item is not None and bool(item.link))
            if item is None:
                continue
            day = QLocale().toString(item.date.astimezone().date(), QLocale.FormatType.ShortFormat)
            body = " ".join(item.body.split())
            body = body[:157] + "…" if len(body) > 160 else body
            text.setText(f"{day} · {item.title}" + (f" — {body}" if body else ""))
            text.setAccessibleName(f"News: {item.title}")
            text.setToolTip(plain.tip(item.body))
            more.setProperty("url", item.link or "")
            more.setAccessibleName(f"Read more about {item.title}")
        self.setVisible(bool(line) or bool(items))

    @staticmethod
    def _open(button: QPushButton) -> None:
        url = str(button.property("url") or "")
        if url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))
