"""What the window's start-up relies on before its first frame: the manifest's head, the instance lock, the
quick argument parse, and that none of the heavy modules load on the way there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from launcher.cli import build_parser, parse_args
from launcher.instance_lock import InstanceLock, instance_name
from launcher.manifest_head import DEMO_MANIFEST, game_head

ROOT = Path(__file__).resolve().parent.parent


def test_game_head_reads_the_demo_manifest():
    name, icon, banner, _ = game_head(DEMO_MANIFEST)
    assert name == "Demo Quest"
    assert icon == DEMO_MANIFEST.parent / "icons" / "demo-game.svg" and icon.exists()
    assert banner is None


def test_game_head_reads_the_default_environment(tmp_path):
    path = tmp_path / "m.toml"
    path.write_text('[game]\nname = "Q"\n[environments]\ndefault = "live"\n[environments.live]\n'
                    '[providers]\ndefault = "not this"\n')
    assert game_head(path).environment == "live"


def test_game_head_finds_the_banner_where_the_manifest_does(tmp_path):
    from launcher.manifest import load

    path = tmp_path / "m.toml"
    path.write_text(DEMO_MANIFEST.read_text("utf-8").replace("[game]\n", '[game]\nbanner = "art/banner.png"\n', 1))
    assert game_head(path).banner == load(path).banner == tmp_path / "art" / "banner.png"


@pytest.mark.parametrize("text, expected", [
    ('[game]\nname = "Quest \\"Two\\""  # comment\nicon = \'art/q.png\'\n', ('Quest "Two"', "art/q.png")),
    ('[studio]\nname = "Not the game"\n[game]\nicon = "i.png"\n', ("Launcher", "i.png")),
    ('[game]\nname = """multi\nline"""\n', ("Launcher", None)),
    ("[game\nname = ", ("Launcher", None)),
])
def test_game_head_takes_only_what_it_is_sure_of(tmp_path, text, expected):
    path = tmp_path / "m.toml"
    path.write_text(text)
    name, icon, *_ = game_head(path)
    assert (name, icon.relative_to(tmp_path).as_posix() if icon else None) == expected


def test_game_head_of_a_missing_or_binary_file_is_the_default(tmp_path):
    assert game_head(tmp_path / "missing.toml") == ("Launcher", None, None, "")
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00garbage")
    assert game_head(tmp_path / "bin.toml") == ("Launcher", None, None, "")


def _other_process_gets_lock(home: Path, suffix: str = "") -> bool:
    code = ("import sys; from launcher.instance_lock import InstanceLock; "
            f"print(InstanceLock({suffix!r}).acquire())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"LAUNCHER_HOME": str(home), "PATH": "/usr/bin:/bin"})
    return out.stdout.strip() == "True"


def test_only_one_process_owns_the_window_per_home_and_mode(launcher_home, tmp_path):
    lock = InstanceLock()
    assert lock.acquire()
    assert not _other_process_gets_lock(launcher_home)
    assert _other_process_gets_lock(launcher_home, "-demo")  # demo mode has its own window
    assert _other_process_gets_lock(tmp_path / "other-home")  # so does another launcher home
    lock.release()
    assert _other_process_gets_lock(launcher_home)


def test_instance_name_differs_per_home(launcher_home, monkeypatch, tmp_path):
    first = instance_name()
    monkeypatch.setenv("LAUNCHER_HOME", str(tmp_path / "elsewhere"))
    assert instance_name() != first
    assert instance_name("-demo").endswith("-demo")


@pytest.mark.parametrize("argv", [
    [], ["--demo"], ["--manifest", "m.toml", "--provider", "gacha"], ["--account", "a1", "--play", "--debug"],
    ["--manifest=m.toml"], ["providers", "--json"], ["accounts", "list"], ["--manifest", "signin"],
])
def test_quick_parse_gives_what_the_full_parser_gives(argv):
    assert vars(parse_args(argv)) == {**vars(build_parser().parse_args(argv))}


def test_a_stray_word_is_still_an_invalid_command(capsys):
    with pytest.raises(SystemExit) as exc:
        parse_args(["frobnicate"])
    assert exc.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def modules_loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code` (no launcher home, no display)."""
    out = subprocess.run([sys.executable, "-c", f"import sys; {code}; print(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "LAUNCHER_HOME": "/nonexistent-home",
                              "PATH": "/usr/bin:/bin"})
    return set(out.stdout.split())


def test_nothing_heavy_loads_before_the_first_frame():
    """The modules the window imports up to its first paint (ui.app and what it calls before `_fill_in`)."""
    loaded = modules_loaded_by("from launcher.cli import parse_args; parse_args(['--manifest', 'x.toml']); "
                               "import ui.app; from launcher.ui_settings import UiSettings; UiSettings.load(); "
                               "from launcher.manifest_head import game_head, DEMO_MANIFEST; game_head(DEMO_MANIFEST)")
    heavy = {"asyncio", "qasync", "httpx", "keyring", "tomllib", "logging.handlers", "PySide6.QtNetwork",
             "PySide6.QtSvg", "launcher.providers", "launcher.manifest", "launcher.controller", "launcher.sandbox",
             "ui.widgets.login", "ui.models", "ui.window_chrome", "platformdirs", "dataclasses"}
    assert "ui.main_window" in loaded
    assert not heavy & loaded


def test_nothing_heavy_loads_before_play_is_painted_on_the_first_screen():
    """Up to the first screen's paint (ui.app.show_first_screen): the account file, the snapshot and the profile
    page without its chest table; the event loop, the network, the keychain and the manifest come after."""
    loaded = modules_loaded_by("import ui.app; from launcher.snapshots import first_screen; first_screen(); "
                               "import launcher.avatars, ui.widgets.profile")
    heavy = {"asyncio", "qasync", "httpx", "keyring", "tomllib", "PySide6.QtNetwork", "launcher.providers",
             "launcher.manifest", "launcher.controller", "launcher.app_core", "ui.models", "ui.window_chrome",
             "ui.widgets.login", "email.utils"}
    assert {"launcher.accounts.store", "ui.widgets.profile"} <= loaded
    assert not heavy & loaded
