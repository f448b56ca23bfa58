"""The tester's view of the game's builds: for each environment, the installed version and channel, what the
channel offers now, and which saved accounts play that build; with Check and Install/Update per environment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from launcher.build_state import BuildState, Phase
from launcher.play_action import size

from .. import plain

if TYPE_CHECKING:
    from launcher.controller import Controller

COLUMNS = ("Environment", "Channel", "Installed", "Offered", "State", "Played by")


def describe(state: BuildState | None) -> str:
    if state is None:
        return "No [delivery]: the game runs from its own folder"
    if state.phase in (Phase.DOWNLOADING, Phase.PAUSED):
        share = f" {100 * state.done // state.total}%" if state.total else ""
        return ("Paused" if state.phase is Phase.PAUSED else "Downloading") + share
    if not state.reachable:
        return "Channel not reachable"
    return {Phase.CHECKING: "Checking…", Phase.MISSING: "Not installed", Phase.READY: "Up to date",
            Phase.UPDATE: "Update available" + (" (required)" if state.required else "")
            + (f", {size(state.download)}" if state.download else ""),
            Phase.DAMAGED: "Damaged: needs repair", Phase.FAILED: f"Failed: {state.message}"}.get(state.phase, "")


class BuildsDialog(QDialog):
    def __init__(self, controller: Controller, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.controller = controller
        self.setWindowTitle("Game builds by environment")
        box = QVBoxLayout(self)
        intro = QLabel("Each environment plays its own channel's build, installed beside the others.")
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Game builds by environment")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.check = QPushButton("Check all channels")
        self.check.clicked.connect(self.check_all)
        self.install = QPushButton("Install or update selected")
        self.install.clicked.connect(self.install_selected)
        row.addWidget(self.check)
        row.addWidget(self.install)
        row.addStretch(1)
        box.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(820, 320)
        self.refresh()

    def refresh(self) -> None:
        rows = self.controller.builds_overview()
        self.table.setRowCount(len(rows))
        for n, (env, state, players) in enumerate(rows):
            keeper = self.controller.build_for(env) if state is not None else None
            channel = keeper.spec.channel if keeper is not None and keeper.spec is not None else ""
            values = (env or "(default)", channel, (state.installed if state else "") or "—",
                      (state.offered if state else "") or "—", describe(state), ", ".join(players) or "—")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(plain.tip(value))
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()

    def _env_of(self, row: int) -> str:
        rows = self.controller.builds_overview()
        return rows[row][0] if 0 <= row < len(rows) else ""

    def check_all(self) -> None:
        for env, _, _ in self.controller.builds_overview():
            self.controller.spawn(self.controller.check_build(env or None, background=False))

    def install_selected(self) -> None:
        keeper = self.controller.build_for(self._env_of(self.table.currentRow()) or None)
        if keeper is not None:
            keeper.start()
