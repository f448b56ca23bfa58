"""Help > Check my connection: `launcher doctor`'s checks, each in a player's words (a tester also sees the
technical detail and the fix), with "Check again" and "Copy report" for the game's support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import i18n, plain
from ..i18n import Context, Retranslates, fill

MARKS = {"ok": ("✓", "#1a7f37"), "warn": ("!", "#9a6700"), "fail": ("✗", "#cf222e")}
Check = Context("Check")


def summary(worst: str) -> str:
    return {"ok": Check.tr("Everything the game needs is working."),
            "warn": Check.tr("The game should work; something may need attention."),
            "fail": Check.tr("Something is wrong; the items marked ✗ say what.")}[worst]


def mark_name(status: str) -> str:
    return {"ok": Check.tr("working"), "warn": Check.tr("needs attention"), "fail": Check.tr("not working")}[status]


def _html(value: str) -> str:
    import html

    return html.escape(plain.text(value))


class ConnectionCheck(Retranslates, QDialog):
    def __init__(self, parent: QWidget | None, *, tester: bool) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectionCheck")
        self.tester = tester
        self.checks: list = []
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setObjectName("CheckSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = QPushButton("")
        self.copy = QPushButton("")
        self.again.setEnabled(False)
        self.copy.setEnabled(False)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_report)
        layout.addWidget(buttons)
        self._error = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(Check.tr("Check my connection"))
        self.again.setText(Check.tr("Check &again"))
        self.copy.setText(Check.tr("&Copy report"))
        self.copy.setToolTip(Check.tr("Copies the technical details, to send to the game's support"))
        if self._error:
            self.show_error(self._error)
        elif self.checks:
            self.show_checks(self.checks)
        else:
            self.summary.setText(Check.tr("Checking…"))

    def start(self) -> None:
        self._error = ""
        self.checks = []
        self.summary.setText(Check.tr("Checking…"))
        self.again.setEnabled(False)
        self.copy.setEnabled(False)
        self._clear()

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_checks(self, checks: list) -> None:
        self.checks = list(checks)
        self._clear()
        for row, check in enumerate(self.checks):
            mark, colour = MARKS[check.status.value]
            symbol = QLabel(mark)
            symbol.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 13pt;")
            symbol.setAccessibleName(mark_name(check.status.value))
            text = check.player or check.detail
            if self.tester:
                where = f" ({check.service})" if check.service else ""
                text = f"<b>{_html(check.name + where)}</b>: {_html(check.detail)}"
                if check.fix and check.status.value != "ok":
                    text += f"<br><i>{_html(check.fix)}</i>"
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.RichText)
            else:
                label = QLabel(plain.text(i18n.text(text)))
                label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName(f"Check-{check.name}")
            self.grid.addWidget(symbol, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
        worst = "fail" if any(c.status.value == "fail" for c in self.checks) else \
            "warn" if any(c.status.value == "warn" for c in self.checks) else "ok"
        self.summary.setText(summary(worst))
        self.again.setEnabled(True)
        self.copy.setEnabled(True)

    def show_error(self, message: str) -> None:
        self._error = message
        self.summary.setText(fill(Check.tr("The check could not run: {message}"),
                                  message=plain.text(i18n.text(message))))
        self.again.setEnabled(True)

    def report(self) -> str:
        lines = []
        for c in self.checks:
            where = f" ({c.service})" if c.service else ""
            lines.append(f"{c.status.value:<4}  {c.name}{where}: {c.detail}")
            if c.fix and c.status.value != "ok":
                lines.append(f"      fix: {c.fix}")
        return "\n".join(lines)

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report())
