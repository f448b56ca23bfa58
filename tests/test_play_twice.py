"""A second `--play` of an account whose game still runs (started by another launcher process) refuses with a clear
message; SIGTERM to `--play` asks the game to close, kills one that ignores it, and says which happened."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import GACHA
from .test_cli import cli  # noqa: F401  (fixture)

IGNORES_TERM = """
import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("started", flush=True)
time.sleep(60)
"""
WAITS = """
import sys, time
print("started", flush=True)
time.sleep(60)
"""


def saved_account(cli) -> str:  # noqa: F811
    done = cli("signin", "--provider", "gacha", "--field", f"email={GACHA['email']}", "--remember",
               env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert done.returncode == 0, done.stderr
    import json

    return json.loads(cli("accounts", "list", "--json").stdout)[0]["id"]


def with_game(cli, tmp_path: Path, script: str, extra: str = "") -> Path:  # noqa: F811
    game = tmp_path / "game.py"
    game.write_text(script)
    manifest = tmp_path / "manifest.toml"
    text = cli.manifest.read_text()
    import re

    text = re.sub(r'executable = "[^"]*"', f'executable = "{game}"', text)
    if extra:
        text = text.replace("[launch]\n", f"[launch]\n{extra}\n", 1)
    manifest.write_text(text)
    return manifest


def start_play(cli, manifest: Path, account: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:  # noqa: F811
    argv = [sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest", str(manifest)]
    return subprocess.Popen(argv, env={**cli.env, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=str(manifest.parent))


def wait_started(launcher_home: Path, name: str = "demo-game.log") -> None:
    log = launcher_home / "log" / name
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if log.exists() and "started" in log.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError("the game did not start")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_second_play_is_refused_and_sigterm_closes_the_game(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    manifest = with_game(cli, tmp_path, WAITS)
    first = start_play(cli, manifest, account)
    try:
        wait_started(launcher_home)
        second = subprocess.run([sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest",
                                 str(manifest)], capture_output=True, text=True, timeout=60, env=cli.env,
                                check=False)
        assert second.returncode == 7 and "already running" in second.stderr
        assert len([line for line in second.stderr.splitlines() if line.strip()]) == 1
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 143 and "stopped by SIGTERM" in err and "asked to close and ended" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_game_ignoring_sigterm_is_killed_and_that_is_said(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    manifest = with_game(cli, tmp_path, IGNORES_TERM)
    first = start_play(cli, manifest, account, env={"LAUNCHER_GAME_STOP_DEADLINE": "1"})
    try:
        wait_started(launcher_home)
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 143 and "did not close within 1 seconds and was killed" in err


def test_several_copies_when_the_manifest_allows_them(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    manifest = with_game(cli, tmp_path, WAITS.replace("time.sleep(60)", "time.sleep(6)"),
                         extra="multiple_instances = true")  # the games outlive their killed launchers: not long
    first = start_play(cli, manifest, account)
    try:
        wait_started(launcher_home)
        second = start_play(cli, manifest, account)
        time.sleep(3)
        assert second.poll() is None  # started, and playing
        second.kill()
    finally:
        first.kill()


FORKS = """
import os, sys, time
if os.fork() == 0:          # the game itself, left running by its starter
    time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 2)
    print("the game ended", flush=True)
    os._exit(0)
print("starter done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX fork")
def test_a_starter_that_forks_is_followed_until_the_game_ends(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    manifest = with_game(cli, tmp_path, FORKS)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest",
                           str(manifest)], capture_output=True, text=True, timeout=60, env=cli.env, check=False)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 2  # waited for the forked game, not only for its starter
    log = (launcher_home / "log" / "demo-game.log").read_text()
    assert "starter done" in log and "the game ended" in log
    assert "cannot tell" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX")
def test_a_named_game_that_never_appears_is_reported_honestly(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    manifest = with_game(cli, tmp_path, "print('handed over to a game the launcher cannot see')\n",
                         extra='process_name = "nosuchgame"')
    done = subprocess.run([sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest",
                           str(manifest)], capture_output=True, text=True, timeout=60, env=cli.env, check=False)
    assert done.returncode == 0 and "no process named 'nosuchgame' was seen" in done.stderr
    assert "cannot tell when the game ends" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher adopts what a game leaves (Linux)")
def test_a_game_that_starts_itself_in_a_new_session_is_followed_without_a_name(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    starter = """
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"], start_new_session=True,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""
    manifest = with_game(cli, tmp_path, starter)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest",
                           str(manifest)], capture_output=True, text=True, timeout=60, env=cli.env, check=False)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 1.5 and "cannot tell" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="follows a process by name through /proc")
def test_a_daemonised_game_named_in_the_manifest_is_followed(cli, tmp_path, launcher_home):  # noqa: F811
    account = saved_account(cli)
    game = tmp_path / "realgame"
    game.write_text("#!/bin/sh\nsleep 2\n")
    game.chmod(0o755)
    starter = f"""
import os, subprocess
subprocess.Popen([{str(game)!r}], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""
    manifest = with_game(cli, tmp_path, starter, extra='process_name = "realgame"')
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "launcher", "--account", account, "--play", "--manifest",
                           str(manifest)], capture_output=True, text=True, timeout=60, env=cli.env, check=False)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 1.5 and "cannot tell" not in done.stderr
