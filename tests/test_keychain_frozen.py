"""A keychain daemon that stops answering (frozen with SIGSTOP, as a stuck gnome-keyring or a wallet whose unlock
prompt never shows): the command line gives up after LAUNCHER_KEYCHAIN_DEADLINE with exit 6 and one line, and the
core's keychain reads never run on the event loop's thread. Against the real Secret Service of tools/run-tests."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher.accounts import open_accounts
from launcher.accounts.secrets import Unresponsive

from .conftest import GACHA, make_core, run

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.keychain,
    pytest.mark.skipif(not os.environ.get("LAUNCHER_REAL_KEYCHAIN"),
                       reason="needs the real Secret Service session started by tools/run-tests"),
]


def secret_service_pid() -> int:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(new_method_call(bus, "GetConnectionUnixProcessID", "s",
                                                              ("org.freedesktop.secrets",)))
    return int(reply.body[0])


@pytest.fixture
def frozen() -> Iterator[int]:
    pid = secret_service_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield pid
    finally:
        os.kill(pid, signal.SIGCONT)


def launcher(*args: str, home: Path, sandbox_url: str, deadline: str = "2") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAUNCHER_FIELD_")}
    env.update(LAUNCHER_HOME=str(home), PYTHONPATH=str(ROOT), LAUNCHER_KEYCHAIN_DEADLINE=deadline,
               LAUNCHER_FIELD_PASSWORD=GACHA["password"])
    manifest = home.parent / "game.toml"
    if not manifest.exists():
        from tests.support.manifests import demo_manifest_text

        manifest.write_text(demo_manifest_text().replace('icon = "icons/demo-game.svg"\n', "")
                            .replace("http://127.0.0.1:8765", sandbox_url))
    return subprocess.run([sys.executable, "-m", "launcher", *args, "--manifest", str(manifest)],
                          capture_output=True, text=True, timeout=60, env=env, check=False)


def test_signin_remember_and_play_end_with_exit_6_when_the_keychain_is_frozen(frozen, sandbox, launcher_home):
    started = time.monotonic()
    done = launcher("signin", "--provider", "gacha", "--field", f"email={GACHA['email']}", "--remember",
                    home=launcher_home, sandbox_url=sandbox.url)
    assert done.returncode == 6, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "did not answer" in lines[0], done.stderr
    assert time.monotonic() - started < 20


def test_reading_a_saved_session_never_blocks_the_event_loop(manifest, launcher_home, sandbox):
    accounts = open_accounts()

    async def save():
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in("gacha", GACHA))
    account = run(save())
    pid = secret_service_pid()
    os.kill(pid, signal.SIGSTOP)
    gaps: list[float] = []

    async def resume_while_ticking():
        async def tick() -> None:
            last = time.monotonic()
            while True:
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        ticker = asyncio.ensure_future(tick())
        try:
            fresh = open_accounts()  # a new start of the launcher: the keychain is opened on first use
            async with make_core(manifest, fresh) as core:
                with pytest.raises(Exception, match="did not answer"):
                    await core.resume(account.id)
        finally:
            ticker.cancel()

    os.environ["LAUNCHER_KEYCHAIN_DEADLINE"] = "1.5"
    try:
        run(resume_while_ticking())
    finally:
        del os.environ["LAUNCHER_KEYCHAIN_DEADLINE"]
        os.kill(pid, signal.SIGCONT)
        Unresponsive.reason = None
    assert gaps and max(gaps) < 0.5  # the loop kept turning while the keychain did not answer
    assert accounts.find(account.id).token_names  # nothing was dropped: the account is kept
