"""Qt tests: one session-wide qasync loop bound to pytest-qt's QApplication (see engineering notes)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop


@pytest.fixture(autouse=True)
def cancel_leftovers(qloop: asyncio.AbstractEventLoop) -> Iterator[None]:
    yield
    for task in asyncio.all_tasks(qloop):
        task.cancel()


def _window(qtbot, manifest, accounts, monkeypatch, *, tester: bool):  # type: ignore[no-untyped-def]
    from launcher.providers import gacha
    from ui import theme
    from ui.app import build_window

    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    theme.apply(QApplication.instance(), dark=False)
    opened: list[str] = []
    w = build_window(manifest, accounts=accounts, open_browser=opened.append)
    if w.controller.tester != tester:
        w.set_tester(tester)
    w.opened_urls = opened
    qtbot.addWidget(w)
    w.show()
    w.controller.load_accounts()
    return w


@pytest.fixture
def window(qtbot, qloop, manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    """The window in tester mode: every sign-in method of the demo manifest, testing tools included."""
    w = _window(qtbot, manifest, accounts, monkeypatch, tester=True)
    yield w
    w.on_closed = None
    w.controller.cancel()


@pytest.fixture
def player_window(qtbot, qloop, manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    """The window as a player starts it: player-facing methods only."""
    w = _window(qtbot, manifest, accounts, monkeypatch, tester=False)
    yield w
    w.on_closed = None
    w.controller.cancel()
