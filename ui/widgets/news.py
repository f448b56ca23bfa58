"""Above Play: the studio's server status (when it is not plain "ok") and its latest news, from the signed feed in
the game's repository. Text from outside: shown as plain text, links opened only when clicked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import plain
from ..i18n import Context, Retranslates, fill, isolate

SHOWN_ITEMS = 2
News = Context("News")


def status_text(state: str) -> str:
    return {"degraded": News.tr("Some game services are slow or failing"),
            "down": News.tr("The game's servers are down"),
            "maintenance": News.tr("The game's servers are under maintenance")}.get(state, "")


def status_line(status: Any) -> str:
    """The server status in a player's words; "" when all is well or nothing is said."""
    if status is None or status.state == "ok":
        return ""
    text = status_text(status.state)
    if status.message:
        text = fill(News.tr("{status}: {message}", "the server status, then the studio's own words"),
                    status=text, message=status.message) if text else isolate(status.message)
    if status.until is not None:
        text = fill(News.tr("{status} (until {time})", "the server status and when it should end"), status=text,
                    time=status.until)
    return text


class NewsStrip(Retranslates, QFrame):
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
            more = QPushButton("")
            more.setObjectName("Link")
            more.setAutoDefault(True)
            more.clicked.connect(lambda _=False, b=more: self._open(b))
            row.addWidget(text, 1)
            row.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(row)
            self.rows.append((text, more))
        self.setVisible(False)
        self._feed: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        for _, more in self.rows:
            more.setText(self.tr("Read more"))
        if self._feed is not None:
            self.show_feed(self._feed)

    def show_feed(self, feed: Any) -> None:
        self._feed = feed
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
            text.setText(fill(self.tr("{day} · {title} — {body}"), day=day, title=item.title, body=body) if body
                         else fill(self.tr("{day} · {title}"), day=day, title=item.title))
            text.setAccessibleName(fill(self.tr("News: {title}"), title=item.title))
            text.setToolTip(plain.tip(item.body))
            more.setProperty("url", item.link or "")
            more.setAccessibleName(fill(self.tr("Read more about {title}"), title=item.title))
        self.setVisible(bool(line) or bool(items))

    @staticmethod
    def _open(button: QPushButton) -> None:
        url = str(button.property("url") or "")
        if url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))
