"""The launcher's own files are hostile input too: a FIFO, a link to /dev/zero or an oversized file in place of the
account file, a profile snapshot, an avatar in the cache or the window settings must never hang the start or
exhaust memory (each case runs in a child process with a deadline), and a snapshot never stands for another player."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

READ_ALL = r"""
import sys
from launcher import avatars, snapshots
from launcher.accounts.store import AccountStore
from launcher.paths import data_dir
from launcher.ui_settings import UiSettings
print("first screen:", snapshots.first_screen())
print("snapshot:", snapshots.load("gacha:p1"))
print("avatar:", avatars.cached("https://example.com/a.png"))
print("settings:", UiSettings.load().warning or "defaults")
print("store:", len(AccountStore(data_dir() / "accounts.json").read().accounts))
"""


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("LAUNCHER_HOME", str(tmp_path))
    from launcher import avatars, snapshots
    from launcher.paths import config_dir, data_dir
    from tests.support.homes import saved_account

    account = saved_account()
    avatar = avatars.cache_path("https://example.com/a.png").with_suffix(".png")
    avatar.parent.mkdir(parents=True, exist_ok=True)
    avatar.write_bytes(b"\x89PNG")
    config_dir().mkdir(parents=True, exist_ok=True)
    settings = config_dir() / "window.json"
    settings.write_text("{}")
    return {"snapshot": snapshots._path(account.id), "accounts": data_dir() / "accounts.json", "avatar": avatar,
            "settings": settings}


def _read_all(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAUNCHER_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", READ_ALL], capture_output=True, text=True, env=env, timeout=30,
                          check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "oversized"])
def test_odd_files_in_the_launcher_home_never_hang_or_exhaust_memory(tmp_path, monkeypatch, kind):
    files = _home(tmp_path, monkeypatch)
    for path in files.values():
        path.unlink()
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "dev-zero":
            path.symlink_to("/dev/zero")
        else:
            with open(path, "wb") as f:
                f.truncate(64 * 1024 * 1024)  # sparse: 64 MB of zeros, over every bound
    out = _read_all(tmp_path)  # a hang is the 30 s timeout; memory exhaustion a MemoryError
    assert out.returncode == 0, out.stderr[-2000:]
    assert "first screen: None" in out.stdout and "snapshot: None" in out.stdout and "avatar: None" in out.stdout
    assert "settings: The window settings were damaged" in out.stdout
    assert "store: 0" in out.stdout  # set aside as damaged (the backup has no account either), never read whole


def test_a_snapshot_of_another_player_is_not_shown_for_this_account(tmp_path, monkeypatch):
    from launcher import snapshots

    files = _home(tmp_path, monkeypatch)
    assert snapshots.first_screen() is not None
    doc = json.loads(files["snapshot"].read_text())
    files["snapshot"].write_text(json.dumps({**doc, "player_id": "someone-else"}))
    assert snapshots.first_screen() is None


def test_the_first_screen_shows_only_an_account_of_the_environment_in_use(tmp_path, monkeypatch):
    from launcher import snapshots
    from launcher.accounts.store import AccountStore
    from launcher.paths import data_dir

    _home(tmp_path, monkeypatch)

    def to_staging(data):  # type: ignore[no-untyped-def]
        data.accounts[0].data["environment"] = "staging"
    AccountStore(data_dir() / "accounts.json").update(to_staging)
    assert snapshots.first_screen(environment="live") is None
    assert snapshots.first_screen(environment="staging") is not None


def test_an_avatar_svg_that_would_take_unbounded_time_to_draw_is_not_drawn():
    from launcher.avatars import renderable_svg

    bomb = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs>' + \
        b'<rect id="a0" width="1" height="1"/>' + b"".join(
            f'<g id="a{n}"><use xlink:href="#a{n - 1}"/><use xlink:href="#a{n - 1}"/></g>'.encode()
            for n in range(1, 25)) + b'</defs><use xlink:href="#a24"/></svg>'
    assert not renderable_svg(bomb) and not renderable_svg(b"<svg>" + b" " * 70_000 + b"</svg>")
    initials = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32"/>' \
        b'<text x="32" y="40">AS</text></svg>'
    assert renderable_svg(initials)
