"""After a scripted run through every provider (sign-in, refresh, switch, play, sign-out), no secret appears
in any file the launcher wrote, its log, its stdout/stderr, or the launched game's command line."""

from __future__ import annotations

import asyncio

import pytest

from launcher import redact
from launcher.controller import Controller
from launcher.providers import gacha
from tests.support.logging_setup import launcher_log

from .conftest import ALL_SECRETS, PROVIDERS, make_core


@pytest.fixture
def debug_log(launcher_home):
    with launcher_log(debug=True) as path:
        yield path


def test_no_secret_anywhere(manifest, accounts, memory_keyring, launcher_home, debug_log, capfd, monkeypatch):
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    argv_seen: list[tuple[str, ...]] = []
    real_exec = asyncio.create_subprocess_exec

    async def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        argv_seen.append(tuple(str(a) for a in args))
        return await real_exec(*args, **kwargs)
    monkeypatch.setattr(asyncio, "create_subprocess_exec", spy)

    async def script() -> list[str]:
        c = Controller(make_core(manifest, accounts))
        used: list[str] = []
        try:
            for provider, (values, _) in sorted(PROVIDERS.items()):
                session = await c.sign_in(provider, values)
                assert session is not None, c.error
                used += list(session.tokens.values())
                fresh = await c.core.resume(c.current_id, force_refresh=provider != "appcharge")
                used += list(fresh.tokens.values())
                assert await c.play() == 0, c.game_message
            for account in list(c.accounts):
                await c.switch(account.id)
                c.sign_out(account.id)
        finally:
            await c.close()
        return used

    tokens = asyncio.run(script())
    secrets = [s for s in {*ALL_SECRETS, *tokens} if len(s) >= 8]
    assert len(secrets) > 15
    out = capfd.readouterr()
    written = {p: p.read_bytes() for p in launcher_home.rglob("*") if p.is_file()}
    assert debug_log in written and b"POST http://127.0.0.1" in written[debug_log]
    assert any("demo-game" in p.name for p in written)
    for secret in secrets:
        for path, data in written.items():
            assert secret.encode() not in data, f"a secret leaked into {path.name}"
        assert secret not in out.out and secret not in out.err
        for argv in argv_seen:
            assert all(secret not in arg for arg in argv), "a secret was on the game's command line"
    assert len(argv_seen) == len(PROVIDERS)
    assert all(secret in redact.secrets for secret in secrets), "the redactor did not know every secret"
