"""A keychain that stops answering never freezes the window: switching to a saved account while every keychain call
hangs keeps the window painting (a timer keeps firing), and ends, after LAUNCHER_KEYCHAIN_DEADLINE, on the
account's last known profile or its "can't be opened" page with the reason, never a hang."""

from __future__ import annotations

import itertools
import threading
import time

from PySide6.QtCore import QTimer

from launcher.accounts import secrets

from .test_window import sign_in


def test_switching_while_the_keychain_hangs_keeps_the_window_alive(qtbot, window, sandbox, memory_keyring,
                                                                   monkeypatch):
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "astrid"})
    window.show_picker()
    sign_in(qtbot, window, "playfab-custom", {"custom_id": "bjorn"})
    astrid_row = next(r for r in range(2) if window.account_model.account(r).display_name == "Astrid Stormborn")
    release = threading.Event()
    monkeypatch.setattr(memory_keyring, "get_password", lambda *a: release.wait(30) and None)
    monkeypatch.setenv("LAUNCHER_KEYCHAIN_DEADLINE", "1.5")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        started = time.monotonic()
        window.sidebar.list.clicked.emit(window.account_model.index(astrid_row))
        c = window.controller

        def said() -> bool:
            return any("did not answer" in text for text in [*c.notices, c.error or "", c.stale_reason])

        qtbot.waitUntil(lambda: said() and not c.busy, timeout=15000)
        elapsed = time.monotonic() - started
    finally:
        timer.stop()
        release.set()
        secrets.Unresponsive.reason = None
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks and max(gaps) < 0.3, max(gaps)  # painting went on during the freeze
    assert elapsed < 10
    shown = window.controller.profile
    assert shown is None or shown.display_name == "Astrid Stormborn"  # never the other account's profile
