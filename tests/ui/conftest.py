"""Qt tests: one session-wide qasync loop bound to pytest-qt's QApplication (see engineering notes)."""

from __future__ import annotations

import asyncio
import os
from typing import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


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


@pytest.fixture
def window(qtbot, qloop, manifest, accounts, monkeypatch):  # type: ignore[no-untyped-def]
    from launcher.providers import gacha
    from ui import theme
    from ui.app import build_window

    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    theme.apply(QApplication.instance())
    opened: list[str] = []
    w = build_window(manifest, accounts=accounts, open_browser=opened.append)
    w.opened_urls = opened
    qtbot.addWidget(w)
    w.show()
    w.controller.load_accounts()
    yield w
    w.on_closed = None
    w.controller.cancel()
