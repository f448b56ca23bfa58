"""The launcher's own files are private (folders 0700, files 0600, created so), cannot be tricked by a link planted at
a name the launcher writes, never leave a temporary file or a shortened file behind when a write fails, say exit 9
when they cannot be written, and the game's output log is rotated per run."""

from __future__ import annotations

import asyncio
import builtins
import errno
import json
import logging
import os
import pwd
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from launcher import avatars, cli, device, files, game, paths, snapshots
from launcher.accounts import open_accounts
from launcher.accounts import store as store_module
from launcher.accounts.secrets import MemoryVault
from launcher.manifest import LaunchSpec
from launcher.models import Profile, Session
from launcher.outcomes import ExitCode, OwnFilesError, UsageError
from launcher.sandbox import persist
from launcher.ui_settings import UiSettings
from tests.support.logging_setup import launcher_log

from .conftest import GACHA, make_core, run

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
AVATAR_URL = "https://avatars.example/p1.png"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems have: what the launcher must not rely on."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def remember(manifest: Any, accounts: Any) -> Any:
    async def go() -> Any:
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in("gacha", GACHA), None)
    return run(go())


class FakeHttp:
    async def request(self, method: str, url: str, *, service: str = "") -> Any:
        return SimpleNamespace(status=200, content_type="image/png", body=b"\x89PNG fake avatar")


def write_everything(manifest: Any, accounts: Any, tmp_path: Path) -> Any:
    """Every kind of file the launcher writes: the account file (twice, so a backup exists), the device id, a
    profile snapshot, the window settings, the avatar cache, its own log, the game's log, the demo's state."""
    account = remember(manifest, accounts)
    accounts.set_label(account.id, "renamed")
    device.installation_id()
    snapshots.save(account.id, Profile(provider="gacha", player_id="p1", display_name="P"))
    UiSettings(last_provider="gacha").save()
    assert asyncio.run(avatars.fetch(FakeHttp(), AVATAR_URL)) is not None  # type: ignore[arg-type]
    with launcher_log(debug=False):
        logging.getLogger("launcher.test").warning("a line for the log")
    script = tmp_path / "game.py"
    script.write_text("print('hello from the game')\n")
    spec = LaunchSpec(executable=script, working_dir=tmp_path, log_file="game.log")

    async def play() -> int:
        return await (await game.start(spec, {})).wait()
    assert asyncio.run(play()) == 0
    persist.write_atomic(persist.demo_state_file(), b"{}")
    return account


def names_written(home: Path, account_id: str) -> dict[str, Path]:
    """Every name the launcher writes, as the launcher computes it (and the predictable temporary names the old
    code used, where a planted link used to be followed)."""
    pid = os.getpid()
    data, config = home / "data", home / "config"
    snapshot = snapshots._path(account_id)
    avatar = avatars.cache_path(AVATAR_URL).with_suffix(".png")
    return {
        "lock": data / "accounts.json.lock", "backup": data / "accounts.json.bak",
        "accounts tmp": data / f".accounts.json.{pid}.tmp", "backup tmp": data / f".accounts.json.bak.{pid}.tmp",
        "device id": data / "device-id", "device id tmp": data / "device-id.tmp",
        "window": config / "window.json", "window tmp": config / f".window.json.{pid}.tmp",
        "snapshot": snapshot, "snapshot tmp": snapshot.with_name(f"{snapshot.name}.{pid}.tmp"),
        "avatar tmp": avatar.with_name(f"{avatar.name}.{pid}.tmp"),
        "log": home / "log" / "launcher.log", "game log": home / "log" / "game.log",
        "demo state": persist.demo_state_file(),
    }


# --- modes -----------------------------------------------------------------------------------------------------------

@posix_only
def test_every_folder_is_0700_and_every_file_0600_after_a_sign_in(manifest, accounts, launcher_home, tmp_path):
    write_everything(manifest, accounts, tmp_path)
    made = [launcher_home, *launcher_home.rglob("*")]
    kinds = {p.relative_to(launcher_home).parts[0] for p in made[1:]}
    assert kinds == {"data", "config", "cache", "log"}
    assert {p.name for p in (launcher_home / "data").iterdir()} >= {"accounts.json", "accounts.json.bak",
                                                                    "accounts.json.lock", "device-id",
                                                                    "demo-sandbox.json"}
    for path in made:
        if "locks" in path.relative_to(launcher_home).parts:
            continue  # the per-account refresh locks are launcher/accounts/locks.py's, not covered here
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"


@posix_only
def test_the_modes_do_not_come_from_a_chmod_after_the_fact(manifest, accounts, launcher_home, tmp_path, monkeypatch):
    def no_chmod(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("chmod of a file the launcher has just made")
    with monkeypatch.context() as patch:
        patch.setattr(os, "chmod", no_chmod)
        patch.setattr(os, "fchmod", no_chmod)
        write_everything(manifest, accounts, tmp_path)
    assert stat.S_IMODE((launcher_home / "data" / "accounts.json").stat().st_mode) == 0o600


@posix_only
def test_looser_folders_and_files_of_the_launchers_own_are_tightened_when_first_used(launcher_home, tmp_path):
    data, config, log = launcher_home / "data", launcher_home / "config", launcher_home / "log"
    for folder in (data, config, log):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    good = {"id": "gacha:1", "provider": "gacha", "player_id": "1", "display_name": "One"}
    (data / "accounts.json").write_text(json.dumps({"version": 1, "default": None, "accounts": [good]}))
    (data / "accounts.json.bak").write_text("{}")
    (data / "device-id").write_text("8a4e1c52-8c7d-4a49-9b45-6c1c4bd2f4a1")
    (config / "window.json").write_text('{"last_provider": "gacha"}')
    (log / "launcher.log").write_text("an older line\n")
    (log / "game.log").write_text("an older run\n")
    for path in (data / "accounts.json", data / "accounts.json.bak", data / "device-id", config / "window.json",
                 log / "launcher.log", log / "game.log"):
        path.chmod(0o644)

    assert [a.id for a in open_accounts(vault=MemoryVault()).list()] == ["gacha:1"]
    assert UiSettings.load().last_provider == "gacha"
    assert device.installation_id() == "8a4e1c52-8c7d-4a49-9b45-6c1c4bd2f4a1"
    with launcher_log(debug=False):
        logging.getLogger("launcher.test").warning("a line")
    script = tmp_path / "game.py"
    script.write_text("print('run')\n")
    asyncio.run(_play(LaunchSpec(executable=script, working_dir=tmp_path, log_file="game.log")))

    assert stat.S_IMODE(data.stat().st_mode) == 0o700 and stat.S_IMODE(log.stat().st_mode) == 0o700
    for path in (data / "accounts.json", data / "accounts.json.bak", data / "device-id", config / "window.json",
                 log / "launcher.log", log / "game.log", log / "game.log.1"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert (log / "game.log.1").read_text() == "an older run\n"


async def _play(spec: LaunchSpec) -> game.RunningGame:
    running = await game.start(spec, {})
    await running.wait()
    return running


# --- links planted at the launcher's names -----------------------------------------------------------------------

def test_a_link_planted_at_every_name_the_launcher_writes_is_never_followed(manifest, accounts, launcher_home,
                                                                           tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("not the launcher's\n")
    victim.chmod(0o644)
    account_id = "gacha:550e8400-e29b-41d4-a716-446655440000"
    planted = names_written(launcher_home, account_id)
    for link in planted.values():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(victim)

    write_everything(manifest, accounts, tmp_path)

    assert victim.read_text() == "not the launcher's\n"
    if os.name == "posix":
        assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    for what, path in planted.items():
        if what.endswith("tmp"):
            continue  # names the launcher no longer uses: the links stay, untouched and unfollowed
        assert path.exists() and not path.is_symlink() and path.is_file(), what
    assert (launcher_home / "data" / "accounts.json").is_file()
    assert "hello from the game" in (launcher_home / "log" / "game.log").read_text()
    assert "a line for the log" in (launcher_home / "log" / "launcher.log").read_text()


def test_a_link_in_place_of_the_account_file_is_replaced_not_written_through(accounts, launcher_home, tmp_path):
    victim = tmp_path / "elsewhere.json"
    victim.write_text(json.dumps({"version": 1, "default": None, "accounts": []}))
    before = victim.read_bytes()
    (launcher_home / "data").mkdir(parents=True)
    (launcher_home / "data" / "accounts.json").symlink_to(victim)
    accounts.save_session(Session(provider="gacha", player_id="p1", display_name="P", tokens={}))
    path = launcher_home / "data" / "accounts.json"
    assert victim.read_bytes() == before
    assert path.is_file() and not path.is_symlink()
    assert [a["id"] for a in json.loads(path.read_text())["accounts"]] == ["gacha:p1"]


FIFO_SCRIPT = """
from launcher import device
from launcher.accounts import open_accounts
from launcher.accounts.secrets import MemoryVault
from launcher.models import Session
open_accounts(vault=MemoryVault()).save_session(Session(provider="gacha", player_id="p1", display_name="P",
                                                        tokens={}))
print(device.installation_id())
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_at_the_lock_or_the_device_id_never_hangs_and_becomes_a_file(launcher_home):
    data = launcher_home / "data"
    data.mkdir(parents=True)
    os.mkfifo(data / "accounts.json.lock")
    os.mkfifo(data / "device-id")
    done = subprocess.run([sys.executable, "-c", FIFO_SCRIPT], capture_output=True, text=True, timeout=30,
                          env={**os.environ, "LAUNCHER_HOME": str(launcher_home), "PYTHONPATH": str(ROOT)},
                          check=False)  # a hang is the timeout
    assert done.returncode == 0, done.stderr
    assert (data / "accounts.json.lock").is_file() and (data / "device-id").read_text() == done.stdout.strip()


# --- failed writes ---------------------------------------------------------------------------------------------------

def half_then_full(fd: int, data: bytes) -> None:
    os.write(fd, bytes(data[: len(data) // 2]))
    raise OSError(errno.ENOSPC, "No space left on device")


class FullDisk:
    """A file that was created but takes no byte: what the old store's writes met on a full disk."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def full_disk_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    fh = builtins.open(file, mode, *args, **kwargs)  # noqa: SIM115 - the caller closes it
    return FullDisk(fh) if any(c in mode for c in "wx") else fh


def test_a_save_on_a_full_disk_leaves_no_temporary_file_and_the_old_file_whole(manifest, accounts, launcher_home,
                                                                               monkeypatch):
    account = remember(manifest, accounts)
    accounts.set_label(account.id, "first")  # now a backup exists too
    data = launcher_home / "data"
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    with monkeypatch.context() as patch, pytest.raises(UsageError, match="No space left") as caught:
        patch.setattr(files, "write_all", half_then_full, raising=False)
        patch.setattr(store_module, "open", full_disk_open, raising=False)
        accounts.set_label(account.id, "a much longer label than the first one, so the file would grow")
    assert caught.value.exit_code == ExitCode.OWN_FILES
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert after == before, "no temporary file left, the account file and its backup as they were"
    assert open_accounts(vault=MemoryVault()).get(account.id).label == "first"


def test_every_writer_keeps_the_old_file_and_no_temporary_file_on_a_full_disk(launcher_home, monkeypatch):
    device_id = device.installation_id()
    UiSettings(last_provider="gacha").save()
    profile = Profile(provider="gacha", player_id="p1", display_name="P")
    snapshots.save("gacha:p1", profile)
    persist.write_atomic(persist.demo_state_file(), b'{"version": 1}')
    before = {p: p.read_bytes() for p in launcher_home.rglob("*") if p.is_file()}
    with monkeypatch.context() as patch:
        patch.setattr(files, "write_all", half_then_full)
        UiSettings(last_provider="earth").save()
        snapshots.save("gacha:p1", Profile(provider="gacha", player_id="p1", display_name="Q"))
        with pytest.raises(OSError, match="No space left"):
            persist.write_atomic(persist.demo_state_file(), b'{"version": 1, "more": true}')
        (launcher_home / "data" / "device-id").unlink()
        assert device.installation_id() != device_id  # not saved: lasts for this run
    del before[launcher_home / "data" / "device-id"]
    assert {p: p.read_bytes() for p in launcher_home.rglob("*") if p.is_file()} == before


def test_short_writes_still_write_the_whole_file(launcher_home, monkeypatch, tmp_path):
    real_write = os.write
    payload = bytes(range(256)) * 40
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
        files.replace_private(tmp_path / "out.bin", payload)
    assert (tmp_path / "out.bin").read_bytes() == payload


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "kept.json"
    target.write_bytes(b"old")

    def interrupted(fd: int, data: bytes) -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(files, "write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.replace_private(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"] and target.read_bytes() == b"old"


# --- exit 9 and read-only homes ------------------------------------------------------------------------------------

def test_a_store_that_cannot_be_written_exits_9(accounts, launcher_home, monkeypatch, capsys):
    account = accounts.save_session(Session(provider="gacha", player_id="p1", display_name="P", tokens={}))
    monkeypatch.setattr(logging.getLogger(), "_launcher_configured", True, raising=False)

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "replace", failing_replace)
    assert cli.main(["accounts", "switch", account.id]) == ExitCode.OWN_FILES == 9
    assert "No space left" in capsys.readouterr().err


@pytest.mark.parametrize("error", [errno.EACCES, errno.EROFS])
def test_a_read_only_home_says_read_only(monkeypatch, tmp_path, error):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("LAUNCHER_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    real_mkdir = os.mkdir

    def read_only_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if str(path).startswith(str(home)):
            raise OSError(error, os.strerror(error), str(path))
        real_mkdir(path, *args, **kwargs)
    monkeypatch.setattr(os, "mkdir", read_only_mkdir)
    accounts = open_accounts(vault=MemoryVault())
    with pytest.raises(OwnFilesError) as caught:
        accounts.save_session(Session(provider="gacha", player_id="p1", display_name="P", tokens={}))
    assert "read-only" in caught.value.message and "No such file" not in caught.value.message
    assert caught.value.exit_code == 9


# --- HOME --------------------------------------------------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG lookup is Linux only")
@pytest.mark.parametrize("value", ["", "relative/home", "."])
def test_an_empty_or_relative_home_is_the_passwd_entrys(monkeypatch, tmp_path, value):
    import platformdirs

    monkeypatch.delenv("LAUNCHER_HOME")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", value)
    monkeypatch.chdir(tmp_path)
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert paths.data_dir() == home / ".local" / "share" / "game-launcher"
    assert paths.log_dir() == home / ".local" / "state" / "game-launcher" / "log"
    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir()):
        assert folder.is_absolute() and folder.parts[1] != ".local"  # never under the root or this folder
    assert paths.data_dir() == platformdirs.user_data_path("game-launcher", appauthor=False)


# --- the game's log ------------------------------------------------------------------------------------------------

def test_the_game_log_is_one_file_per_run_keeping_the_last_runs(launcher_home, tmp_path):
    script = tmp_path / "game.py"
    script.write_text("import sys\nprint('run', sys.argv[1])\n")
    for n in range(1, 9):
        spec = LaunchSpec(executable=script, working_dir=tmp_path, args=[str(n)], log_file="game.log")
        running = asyncio.run(_play(spec))
        assert running.last_lines() == [f"run {n}"]
    log = launcher_home / "log"
    assert (log / "game.log").read_text() == "run 8\n"
    assert sorted(p.name for p in log.iterdir() if p.name.startswith("game.log")) == \
        ["game.log", *(f"game.log.{n}" for n in range(1, game.KEEP_RUNS + 1))]
    assert (log / f"game.log.{game.KEEP_RUNS}").read_text() == f"run {8 - game.KEEP_RUNS}\n"
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in log.iterdir())


def test_a_run_longer_than_the_cap_keeps_its_end_once_rotated(launcher_home, tmp_path, monkeypatch):
    monkeypatch.setattr(game, "RUN_CAP", 1000)
    script = tmp_path / "chatty.py"
    script.write_text("for n in range(500):\n    print(f'line {n:04}')\nprint('the last words')\n")
    asyncio.run(_play(LaunchSpec(executable=script, working_dir=tmp_path, log_file="game.log")))
    asyncio.run(_play(LaunchSpec(executable=script, working_dir=tmp_path, log_file="game.log")))
    old = (launcher_home / "log" / "game.log.1").read_bytes()
    assert len(old) <= 1000 + 64 and old.endswith(b"the last words\n") and b"line 0000" not in old
    assert (launcher_home / "log" / "game.log").stat().st_size > 1000  # the running game is never cut


def test_a_game_log_that_cannot_be_created_exits_9_and_starts_nothing(launcher_home, tmp_path, monkeypatch):
    script = tmp_path / "game.py"
    marker = tmp_path / "started"
    script.write_text(f"open({str(marker)!r}, 'w').close()\n")
    real_open = os.open

    def no_log(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("game.log"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)
    monkeypatch.setattr(os, "open", no_log)
    with pytest.raises(OwnFilesError, match="read-only") as caught:
        asyncio.run(_play(LaunchSpec(executable=script, working_dir=tmp_path, log_file="game.log")))
    assert caught.value.exit_code == 9 and not marker.exists()
