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

from .. import plain
from ..i18n import Context, Retranslates, data_size, fill

Builds = Context("Builds")

if TYPE_CHECKING:
    from launcher.controller import Controller

def columns() -> list[str]:
    return [Builds.tr("Environment"), Builds.tr("Channel"), Builds.tr("Installed", "the installed version"),
            Builds.tr("Offered", "the version the channel offers"), Builds.tr("State"), Builds.tr("Played by")]


def describe(state: BuildState | None) -> str:
    if state is None:
        return Builds.tr("No [delivery]: the game runs from its own folder")
    if state.phase in (Phase.DOWNLOADING, Phase.PAUSED):
        if not state.total:
            return Builds.tr("Paused") if state.phase is Phase.PAUSED else Builds.tr("Downloading")
        share = fill(Builds.tr("{percent} %", "a share of a download"), percent=100 * state.done // state.total)
        doing = Builds.tr("Paused at {share}") if state.phase is Phase.PAUSED else Builds.tr("Downloading: {share}")
        return fill(doing, share=share)
    if not state.reachable:
        return Builds.tr("Channel not reachable")
    if state.phase is Phase.UPDATE:
        update = Builds.tr("Update available (required)") if state.required else Builds.tr("Update available")
        return fill(Builds.tr("{update}, {size}"), update=update, size=data_size(state.download)) \
            if state.download else update
    if state.phase is Phase.FAILED:
        return fill(Builds.tr("Failed: {message}"), message=state.message)
    return {Phase.CHECKING: Builds.tr("Checking…"), Phase.MISSING: Builds.tr("Not installed"),
            Phase.READY: Builds.tr("Up to date"),
            Phase.DAMAGED: Builds.tr("Damaged: needs repair")}.get(state.phase, "")


class BuildsDialog(Retranslates, QDialog):
    def __init__(self, controller: Controller, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.controller = controller
        box = QVBoxLayout(self)
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.table = QTableWidget(0, len(columns()))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.check = QPushButton("")
        self.check.clicked.connect(self.check_all)
        self.install = QPushButton("")
        self.install.clicked.connect(self.install_selected)
        row.addWidget(self.check)
        row.addWidget(self.install)
        row.addStretch(1)
        box.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(820, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Game builds by environment"))
        self.intro.setText(self.tr("Each environment plays its own channel's build, installed beside the others."))
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setAccessibleName(self.tr("Game builds by environment"))
        self.check.setText(self.tr("Check all channels"))
        self.install.setText(self.tr("Install or update selected"))
        self.refresh()

    def refresh(self) -> None:
        rows = self.controller.builds_overview()
        self.table.setRowCount(len(rows))
        for n, (env, state, players) in enumerate(rows):
            keeper = self.controller.build_for(env) if state is not None else None
            channel = keeper.spec.channel if keeper is not None and keeper.spec is not None else ""
            values = (env or self.tr("(default)", "the default environment"), channel,
                      (state.installed if state else "") or "—",
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
