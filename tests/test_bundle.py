"""The built bundles, as a player and a studio meet them (run by .ci/run after `make package` and
`make package MANIFEST=packaging/example-studio/starfall.toml`). Locally:
    LAUNCHER_BUNDLE=dist/game-launcher LAUNCHER_STUDIO_BUNDLE=dist/starfall-tactics \\
        .venv/bin/python -m pytest -q tests/test_bundle.py"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET = 150 * 1000 * 1000  # bytes unpacked (bench/README.md says what they are)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")


def bundle_from(variable: str) -> Path:
    value = os.environ.get(variable)
    if not value:
        pytest.skip(f"{variable} names no built bundle folder (make package)")
    folder = Path(value).resolve()
    assert folder.is_dir(), f"{variable}={value} is not a folder"
    return folder


@pytest.fixture(scope="module")
def demo_bundle() -> Path:
    return bundle_from("LAUNCHER_BUNDLE")


@pytest.fixture(scope="module")
def studio_bundle() -> Path:
    return bundle_from("LAUNCHER_STUDIO_BUNDLE")


def executable(folder: Path) -> Path:
    return folder / folder.name


def player_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAUNCHER_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "LAUNCHER_HOME": str(home), **extra}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_demo_bundle_is_lean(demo_bundle: Path) -> None:
    internal = demo_bundle / "_internal"
    assert folder_size(demo_bundle) <= SIZE_TARGET
    shipped = {p.name for p in internal.rglob("*.qm")}  # the launcher's own and Qt's for the shipped languages
    assert shipped and all(n.startswith("launcher_") or n in {"qtbase_de.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm"}
                           for n in shipped), sorted(shipped)
    platforms = {p.name for p in internal.rglob("plugins/platforms/*.so")}
    assert "libqxcb.so" in platforms and platforms <= {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    assert not list(internal.rglob("libqgtk3.so")) and not list(internal.rglob("libgtk-3.so*"))
    for unwanted in ("pytest", "_pytest", "pygments", "hypothesis", "mypy"):  # a runtime-only venv
        assert not (internal / unwanted).exists(), unwanted


def test_demo_bundle_starts_the_demo(demo_bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run([executable(demo_bundle), "--demo"], capture_output=True, text=True, timeout=120,
                          check=False, cwd=tmp_path, env=player_env(tmp_path, LAUNCHER_QUIT_AFTER_START="1"))
    assert done.returncode == 0, done.stderr
    assert "window shown: Demo Quest" in done.stdout


PROBE = """#!/bin/sh
env > "$(dirname "$0")/game-env.txt"
"""


def keychain_session(script: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `script` (sh) inside a private D-Bus session with an unlocked gnome-keyring, as tools/run-tests does
    for the keychain tests: `--play` needs a saved account, and a saved account needs the keychain."""
    wrapped = ('export HOME="$LAUNCHER_HOME"; echo -n probe | gnome-keyring-daemon --unlock --components=secrets'
               ' >/dev/null; ' + script)
    return subprocess.run(["dbus-run-session", "--", "sh", "-c", wrapped], capture_output=True, text=True,
                          timeout=180, check=False, cwd=cwd, env=env)


@pytest.fixture
def sandbox_url(demo_bundle: Path, tmp_path: Path) -> Iterator[str]:
    server = subprocess.Popen([executable(demo_bundle), "sandbox", "--port", "0"], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=tmp_path,
                              env=player_env(tmp_path / "sandbox-home"))
    try:
        assert server.stdout is not None
        line = server.stdout.readline().strip()
        assert line.startswith("listening on "), line
        yield line.removeprefix("listening on ")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_game_started_from_the_bundle_gets_the_players_environment(demo_bundle: Path, sandbox_url: str,
                                                                    tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring (.ci/run installs them)")
    game = tmp_path / "game"
    game.mkdir()
    probe = game / "probe"
    probe.write_text(PROBE)
    probe.chmod(0o755)
    manifest = game / "probe.toml"
    manifest.write_text(f"""
[game]
name = "Probe"
[launch]
executable = "probe"
working_dir = "."
log_file = "probe.log"
[launch.env]
PROBE_TOKEN = "{{token}}"
PROBE_PLAYER = "{{player_id}}"
[providers]
enabled = ["gacha"]
[services]
gacha = "{sandbox_url}/gacha"
""")
    home = tmp_path / "home"
    home.mkdir()
    exe = shlex.quote(str(executable(demo_bundle)))
    # The player's session had its own library and plugin paths; the bundle replaces them for itself.
    env = player_env(home, LD_LIBRARY_PATH="/opt/player/lib", QT_PLUGIN_PATH="/opt/player/qt-plugins",
                     LAUNCHER_FIELD_PASSWORD="SecurePassword123!", DEMO_PLAY_SECONDS="0")
    saved_id = 'sed -n "s/^Saved as account \\(.*\\)\\.$/\\1/p"'
    script = (f'id=$({exe} signin --provider gacha --field email=player@example.com --remember '
              f'--manifest {shlex.quote(str(manifest))} 2>&1 >/dev/null | {saved_id})'
              f' && [ -n "$id" ] && unset LAUNCHER_FIELD_PASSWORD && '
              f'{exe} --account "$id" --play --manifest {shlex.quote(str(manifest))}')
    done = keychain_session(script, env, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    seen = dict(line.split("=", 1) for line in (game / "game-env.txt").read_text().splitlines() if "=" in line)
    assert seen["PROBE_TOKEN"] and seen["PROBE_PLAYER"]
    # The game sees the player's own values, not the bundle's, and none of the bundle's own variables.
    assert seen.get("LD_LIBRARY_PATH") == "/opt/player/lib"
    assert seen.get("QT_PLUGIN_PATH") == "/opt/player/qt-plugins"
    leaked = {k: v for k, v in seen.items()
              if k.startswith(("_PYI", "_MEI", "LAUNCHER_FIELD_")) or k.endswith("_ORIG") or str(demo_bundle) in v}
    assert not leaked, leaked


def test_studio_bundle_is_the_studios_game(studio_bundle: Path, tmp_path: Path) -> None:
    exe = executable(studio_bundle)
    providers = subprocess.run([exe, "providers"], capture_output=True, text=True, timeout=60, check=False,
                               cwd=tmp_path, env=player_env(tmp_path))
    assert providers.returncode == 0, providers.stderr
    assert providers.stdout.split()[0] == "gacha" and "playfab" not in providers.stdout  # the studio's manifest
    window = subprocess.run([exe], capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
                            env=player_env(tmp_path, LAUNCHER_QUIT_AFTER_START="1"))
    assert window.returncode == 0, window.stderr
    assert "window shown: Starfall Tactics" in window.stdout
    demo = subprocess.run([exe, "--demo"], capture_output=True, text=True, timeout=60, check=False,
                          cwd=tmp_path, env=player_env(tmp_path))
    # no sandbox in a studio's bundle, and a bundle never suggests pip to a player
    assert demo.returncode == 2 and "demo" in demo.stderr and "pip install" not in demo.stderr
    assert (studio_bundle / f"{studio_bundle.name}.png").read_bytes()[:4] == b"\x89PNG"


def test_studio_desktop_entry_starts_the_studio_manifest(studio_bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run([studio_bundle / "install-desktop-entry"], capture_output=True, text=True, timeout=30,
                          check=False, env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / f"{studio_bundle.name}.desktop").read_text()
    assert "Name=Starfall Tactics\n" in entry and f"Icon={studio_bundle.name}\n" in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{studio_bundle.name}.png").is_file()
    exec_line = re.search(r"^Exec=(.*)$", entry, re.M)
    assert exec_line is not None and "%" not in exec_line.group(1)
    argv = shlex.split(exec_line.group(1))  # the desktop's quoting rules, for paths without " ` $ \\ %
    assert argv[0] == str(executable(studio_bundle)) and argv[1] == "--manifest"
    assert Path(argv[2]).is_file() and Path(argv[2]).name == "starfall.toml"
    window = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
                            env=player_env(tmp_path, LAUNCHER_QUIT_AFTER_START="1"))
    assert window.returncode == 0 and "window shown: Starfall Tactics" in window.stdout, window.stderr


def test_demo_bundle_is_proven_and_carries_its_licences(demo_bundle: Path) -> None:
    """The floor check passes on the built bundle (no dangling link, no system library, glibc within the stated
    floor), and LICENSE and THIRD-PARTY-NOTICES sit at its root naming Qt's terms."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check-bundle-floor"), str(demo_bundle)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert not [p for p in demo_bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert (demo_bundle / "LICENSE").read_text().startswith("MIT License")
    notices = (demo_bundle / "THIRD-PARTY-NOTICES").read_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "code signature" in notices
    for name in ("httpx", "keyring", "qasync", "tuf", "cryptography", "PySide6_Essentials"):
        assert f"\n  {name} " in notices, name
    assert sorted(p.name for p in (demo_bundle / "icons" / "hicolor").iterdir()) == sorted(
        f"{n}x{n}" for n in (16, 24, 32, 48, 64, 128, 256, 512))
