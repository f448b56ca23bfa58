"""A QTimer heartbeat that records how long the event loop went without running it (stall measurement for
the benchmarks and the window tests)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 1) -> None:
        self.gaps: list[float] = []
        self.marks: list[tuple[str, int]] = []  # (phase name, index of the first gap in it)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self.marks.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def mark(self, phase: str) -> None:
        self.marks.append((phase, len(self.gaps)))

    def longest_ms(self) -> float:
        return max(self.gaps[1:] or [0.0]) * 1000

    def worst(self) -> str:
        """The longest gap and the phase it fell in, for messages."""
        if len(self.gaps) < 2:
            return "no beats"
        n = max(range(1, len(self.gaps)), key=lambda i: self.gaps[i])
        phase = next((name for name, start in reversed(self.marks) if start <= n), "start")
        return f"{self.gaps[n] * 1000:.0f} ms during {phase}"
