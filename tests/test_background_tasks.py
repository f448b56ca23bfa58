"""A background task of the window's controller never dies unheard (a resume that failed on a broken certificate
file once left the sign-in page without a word): its error is logged and said in the status line."""

from __future__ import annotations

import asyncio

from launcher.controller import Controller
from launcher.outcomes import NetworkError

from .conftest import make_core


def test_a_failing_background_task_is_logged_and_said(manifest, accounts, captured_logs):
    async def go():
        async with make_core(manifest, accounts) as core:
            controller = Controller(core)
            said: list[str] = []
            controller.subscribe(lambda event: said.append(getattr(event, "message", "")))

            async def broken() -> None:
                raise NetworkError("SSL_CERT_FILE names /nowhere, which holds no usable certificate.")

            async def bug() -> None:
                raise ZeroDivisionError

            await asyncio.gather(controller.spawn(broken()), controller.spawn(bug()), return_exceptions=True)
            await asyncio.sleep(0)
            return controller, said

    _controller, said = asyncio.run(go())
    assert any("SSL_CERT_FILE names /nowhere" in m for m in said)
    assert any("ZeroDivisionError" in m and "log" in m for m in said)
    assert "a background task failed" in captured_logs.text
