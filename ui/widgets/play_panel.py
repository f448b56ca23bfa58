"""The main action: one button that reads what the player can do now (Install, Update, Play, Resume, Repair,
Playing...), with the download's progress, pause and cancel under it, and this account's game state. What it reads
is decided in `launcher.play_action` (testable without Qt); this widget only shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from launcher.play_action import ActionView, action_for

from .. import plain
from ..i18n import Retranslates, fill, text

PLAY_COLUMN = 230
PLAY_PADDING = 40  # the theme's horizontal padding of Play; less when a long label (German, the pseudo-locale) needs it
PLAY_BORDER = 3


class PlayPanel(Retranslates, QWidget):
    act = Signal(object)  # an `Action`: what the main button or a small button asks for
    stop = Signal()

    def __init__(self, game_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.game_name = game_name
        self.setFixedWidth(PLAY_COLUMN)  # Play stays put whatever the name or the state next to it
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self._view = action_for(game_name, running=False, build=None)
        self.play_button = QPushButton("")
        self.play_button.setObjectName("Play")
        self.play_button.setAutoDefault(True)
        self.play_button.clicked.connect(lambda: self.act.emit(self._view.action))
        box.addWidget(self.play_button)
        self.detail = plain.label(QLabel(""))  # "3.2 GB · 120 GB free", "45 MB · required to play"
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setVisible(False)
        box.addWidget(self.detail)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setVisible(False)
        box.addWidget(self.progress)
        self.progress_text = plain.label(QLabel(""))  # "1.2 GB of 3.4 GB · 12 MB/s · 2 min left"
        self.progress_text.setObjectName("Muted")
        self.progress_text.setWordWrap(True)
        self.progress_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_text.setVisible(False)
        box.addWidget(self.progress_text)
        small = self.small_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        small.setSpacing(4)
        small.addStretch(1)
        self.secondary: list[QPushButton] = []
        for _ in range(2):  # e.g. "Pause" and "Cancel", or "Update now", or "What's new"
            button = QPushButton("")
            button.setObjectName("Link")
            button.setAutoDefault(True)
            button.setVisible(False)
            button.clicked.connect(lambda _=False, b=button: self.act.emit(b.property("action")))
            small.addWidget(button)
            self.secondary.append(button)
        small.addStretch(1)
        box.addLayout(small)

        self.stop_button = QPushButton("")
        self.stop_button.setObjectName("Danger")
        self.stop_button.setAutoDefault(True)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setVisible(False)
        box.addWidget(self.stop_button)
        self.game_status = QLabel("")
        self.game_status.setObjectName("Muted")
        self.game_status.setWordWrap(True)
        self.game_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.game_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.game_status.setVisible(False)
        box.addWidget(self.game_status)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Stop the game"))
        self.stop_button.setAccessibleName(fill(self.tr("Stop {game}"), game=self.game_name))
        self.show_view(self._view)  # its texts are the core's: translated as they are shown

    @property
    def view(self) -> ActionView:
        return self._view

    def show_view(self, view: ActionView) -> None:
        """Show what `launcher.play_action` decided: the main button, its detail, the progress and small buttons."""
        self._view = view
        had_focus = self.play_button.hasFocus()
        label = text(view.label)
        self.play_button.setText(label)
        self._fit_label(label)
        self.play_button.setEnabled(view.enabled)
        self.play_button.setAccessibleName(text(view.accessible) if view.accessible else fill(
            self.tr("{action} {game}", "the main button's name for screen readers: Install Demo Quest"),
            action=label, game=self.game_name))
        self.play_button.setToolTip(plain.tip(text(view.tooltip)))
        self.play_button.setProperty("kind", view.action.value)
        self.play_button.style().unpolish(self.play_button)
        self.play_button.style().polish(self.play_button)
        detail = text(view.detail)
        self.detail.setText(detail)
        self.detail.setAccessibleName(detail)
        self.detail.setVisible(bool(view.detail))
        shown = view.progress is not None
        self.progress.setVisible(shown)
        self.progress_text.setVisible(shown and bool(view.progress_text))
        if view.progress is not None:
            self.progress.setValue(int(1000 * max(0.0, min(1.0, view.progress))))
            progress_text = text(view.progress_text)
            self.progress.setAccessibleName(progress_text or self.tr("Download progress"))
            self.progress_text.setText(progress_text)
        for button, extra in zip(self.secondary, [*view.extras, None, None], strict=False):
            button.setVisible(extra is not None)
            if extra is not None:
                action, extra_label = extra
                extra_label = text(extra_label)
                button.setText(extra_label)
                button.setAccessibleName(extra_label)
                button.setMinimumWidth(button.fontMetrics().horizontalAdvance(extra_label) + 24)
                button.setProperty("action", action)
        shown_extras = [b for b in self.secondary if not b.isHidden()]
        side_by_side = sum(b.minimumWidth() for b in shown_extras) + 4 * len(shown_extras) <= PLAY_COLUMN
        self.small_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                    else QBoxLayout.Direction.TopToBottom)  # two long labels: one under the other
        self.stop_button.setVisible(view.can_stop)
        if had_focus and not view.enabled:
            self.play_button.clearFocus()

    def _fit_label(self, label: str) -> None:
        """A label longer than the room between the theme's paddings takes some of them, then a smaller font:
        the button keeps its column's width, and its text is never cut."""
        self.play_button.setStyleSheet("")
        self.play_button.ensurePolished()
        metrics = self.play_button.fontMetrics()
        width = metrics.horizontalAdvance(label)
        if width <= PLAY_COLUMN - 2 * (PLAY_PADDING + PLAY_BORDER):
            return
        room = PLAY_COLUMN - 2 * (8 + PLAY_BORDER)
        rule = "QPushButton#Play { padding-left: 7px; padding-right: 7px; }"
        if width > room:  # the theme's size scaled down to fit, never below 11 px
            theme_size = self.play_button.font().pixelSize()
            pixels = max(11, int((theme_size if theme_size > 0 else 17) * room / width))
            rule = rule.replace("}", f"font-size: {pixels}px; }}")
        self.play_button.setStyleSheet(rule)

    def set_status(self, message: str, playing_as: str = "") -> None:
        self.game_status.setText(message)
        self.game_status.setAccessibleName(message)
        self.game_status.setToolTip(plain.tip(playing_as))
        self.game_status.setVisible(bool(message))
