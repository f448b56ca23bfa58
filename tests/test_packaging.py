"""Packaging as a player, a studio and a packager meet it, in the checkout (fast): where the resources come
from, the demo extra, a windowed start with no stdout/stderr, the studio bundle's default manifest, the
system-library check, the bundle icons and the package metadata. The built wheel, sdist and bundle are
tested in tests/test_wheel.py and tests/test_bundle.py."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from launcher import resources

ROOT = Path(__file__).resolve().parent.parent


def load_script(path: Path) -> ModuleType:
    loader = importlib.machinery.SourceFileLoader(path.name.replace("-", "_"), str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_resources_come_from_the_installed_package() -> None:
    import launcher._resources

    folder = resources.folder()
    assert folder == Path(launcher._resources.__file__).parent
    for name in ("demo-manifest.toml", "demo-data.json", "demo_game.py", "icons/demo-game.svg", "icons/gacha.svg"):
        assert resources.path(name).is_file(), name
    assert resources.default_manifest() == resources.demo_manifest()


def test_no_code_finds_resources_relative_to_its_source_file() -> None:
    offenders = []
    for path in [*ROOT.glob("launcher/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        text = path.read_text("utf-8")
        if re.search(r"__file__.*parent", text) and "resources" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, f"find resources through launcher.resources, not the source tree: {offenders}"


def test_a_studio_bundle_defaults_to_the_studio_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from launcher.cli import manifest_path

    (tmp_path / "game").mkdir()
    studio = tmp_path / "game" / "starfall.toml"
    studio.write_text('[game]\nname = "Starfall"\n')
    (tmp_path / resources.BUNDLE_INFO).write_text(json.dumps({"manifest": "game/starfall.toml"}))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("LAUNCHER_MANIFEST", raising=False)
    assert manifest_path(None) == studio
    monkeypatch.setenv("LAUNCHER_MANIFEST", str(tmp_path / "other.toml"))
    assert manifest_path(None) == tmp_path / "other.toml"
    assert manifest_path("given.toml") == Path("given.toml")
    (tmp_path / resources.BUNDLE_INFO).unlink()  # the demo bundle: no bundle.json, the demo manifest
    monkeypatch.delenv("LAUNCHER_MANIFEST")
    assert manifest_path(None) == resources.demo_manifest()


# A child without starlette and uvicorn, as a player's install without the demo extra is.
WITHOUT_DEMO_EXTRA = """
import sys
sys.modules["starlette"] = sys.modules["uvicorn"] = None  # import fails, find_spec answers None
from ui.entry import main
sys.argv = ["launcher", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize("args", [["--demo"], ["sandbox", "--port", "0"]])
def test_without_the_demo_extra_the_launcher_says_how_to_get_it(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAUNCHER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", WITHOUT_DEMO_EXTRA, *args], check=False, capture_output=True,
                          text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert 'pip install "game-launcher[demo]"' in done.stderr and "starlette, uvicorn" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


# pythonw.exe and a windowed (no-console) bundle start Python with no stdout and no stderr at all.
NO_CONSOLE = """
import os, sys
sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = None
os.close(1)
os.close(2)
sys.argv = ["launcher-gui", "--demo"]
from ui.entry import gui_main
gui_main()
"""


def test_windowed_demo_runs_without_stdout_or_stderr(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAUNCHER_QUIT_AFTER_START": "1",
           "LAUNCHER_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", NO_CONSOLE], check=False, capture_output=True, timeout=60,
                          env=env, cwd=tmp_path)
    log = "\n".join(p.read_text("utf-8") for p in home.rglob("*.log"))
    assert done.returncode == 0, log
    assert "demo mode: sandbox at http://127.0.0.1:" in log
    assert "unexpected error" not in log and "Traceback" not in log


def test_system_library_check_names_debian_and_fedora_packages() -> None:
    check = load_script(ROOT / "tools" / "check-system-libs")
    ldd = ("\tlinux-vdso.so.1 (0x00007ffd)\n\tlibxcb-cursor.so.0 => not found\n"
           "\tlibxkbcommon-x11.so.0 => not found\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x7f)\n")
    missing = check.missing_from_ldd(ldd)
    assert missing == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    text = check.advice(missing)
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text
    assert "sudo dnf install libxkbcommon-x11 xcb-util-cursor" in text


def test_system_library_check_passes_on_this_machine() -> None:
    # .ci/run installs the packages the README names; then the check must not stand in the way of `make demo`.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check-system-libs")], check=False,
                          capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    assert done.returncode == 0, done.stderr


def test_bundle_icons_for_every_platform(tmp_path: Path) -> None:
    icons = load_script(ROOT / "packaging" / "icons.py")
    paths = icons.make_icons(ROOT / "resources" / "icons" / "demo-game.svg", tmp_path)
    ico = paths["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for n in range(count):
        _w, _h, _c, _r, _planes, _bits, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * n:22 + 16 * n])
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
    icns = paths["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(paths["ico"]))  # Qt's own ICO reader sees every size
    sizes = []
    for n in range(reader.imageCount()):
        reader.jumpToImage(n)
        sizes.append(reader.read().width())
    assert sorted(sizes) == sorted(icons.ICO_SIZES)


def test_metadata_fits_the_ecosystem() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # SPDX expression instead
    names = {re.split(r"[<>=!~\[ ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert not names & {"starlette", "uvicorn"}, "a player's install does not need the sandbox"
    assert {re.split(r"[<>=!~ ]", d, maxsplit=1)[0] for d in project["optional-dependencies"]["demo"]} == {
        "starlette", "uvicorn"}
    assert {"check", "test", "demo"} <= set(project["optional-dependencies"])


def test_the_bundle_lock_pins_every_runtime_dependency_exactly() -> None:
    from packaging.requirements import Requirement

    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            req = Requirement(line)
            assert str(req.specifier).startswith("==") and len(req.specifier) == 1, line
            pins[req.name.lower().replace("_", "-").replace(".", "-")] = next(iter(req.specifier)).version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for spec in [*project["dependencies"], *project["optional-dependencies"]["demo"], "pyinstaller>=6.10,<7"]:
        req = Requirement(spec)
        name = req.name.lower().replace("_", "-").replace(".", "-")
        assert name in pins, f"{name} is not pinned in packaging/constraints.txt (tools/package --update-lock)"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {spec}"


def test_the_players_qt_paths_survive_pyside6s_runtime_hook(tmp_path: Path) -> None:
    """packaging/rthook_player_env.py runs before PySide6's hook overwrites QT_PLUGIN_PATH; launcher/game.py
    then gives the game the player's value back, and drops the bundle's when the player had none."""
    import runpy

    from launcher import game, redact

    bundle = str(tmp_path / "_internal")
    before = {"QT_PLUGIN_PATH": "/opt/player/qt", "HOME": "/home/p"}
    env = dict(before)
    saved = os.environ.copy()
    try:
        os.environ.clear()
        os.environ.update(env)
        runpy.run_path(str(ROOT / "packaging" / "rthook_player_env.py"))
        os.environ["QT_PLUGIN_PATH"] = f"{bundle}/PySide6/Qt/plugins"  # what PySide6's runtime hook then does
        os.environ["QML2_IMPORT_PATH"] = f"{bundle}/PySide6/Qt/qml"
        env = dict(os.environ)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    handed = game.game_environment(env, {}, bundle_dir=bundle, secret_values=redact.SecretRegistry())
    assert handed == before
