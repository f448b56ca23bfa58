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
from game_launcher_ui.entry import main
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
from game_launcher_ui.entry import gui_main
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
    assert "unexpected error" not in log and "Traceback" not in log, log[-4000:]


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
    assert {"test", "demo"} <= set(project["optional-dependencies"])
    # developer tools are dependency groups (PEP 735), never extras a user could install
    assert not {"check", "mutation"} & set(project["optional-dependencies"])
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["dependency-groups"]
    assert {"check", "mutation"} <= set(groups)
    assert project["scripts"]["game-launcher"] == project["scripts"]["launcher"]
    assert project["readme"] == "docs/PYPI.md" and (ROOT / "docs" / "PYPI.md").is_file()


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


# --- identity, the game folder, desktop entries, the glibc floor (tools/package, packaging/linux) ----------------

def package_tool() -> ModuleType:
    return load_script(ROOT / "tools" / "package")


def test_identity_comes_from_the_manifest(tmp_path: Path) -> None:
    tool = package_tool()
    manifest = tmp_path / "game.toml"
    manifest.write_text('[game]\nname = "Rock & Roll: Ünïcode Edition"\n')
    ident = tool.identity(manifest, None)
    assert ident["app_id"] == "rock-roll-n-code-edition" and ident["url_scheme"] == "rock-roll-n-code-edition"
    assert ident["bundle_id"] == "org.gamelauncher.rock-roll-n-code-edition"
    manifest.write_text('[game]\nname = "Starfall"\nid = "com.starfall.launcher"\nversion = "2.1.0"\n'
                        'publisher = "Starfall Studio"\nmaintainer = "Ops <ops@starfall.example>"\n'
                        'url_scheme = "starfall"\n')
    ident = tool.identity(manifest, None)
    assert (ident["app_id"], ident["version"], ident["publisher"], ident["url_scheme"], ident["bundle_id"]) == (
        "com.starfall.launcher", "2.1.0", "Starfall Studio", "starfall", "com.starfall.launcher")
    version_file = tool.windows_version_file(tmp_path / "v.txt", ident["name"], "2.1.0", ident["publisher"],
                                             ident["app_id"])
    text = version_file.read_text()
    assert "'CompanyName', 'Starfall Studio'" in text and "filevers=(2, 1, 0, 0)" in text


def test_game_folder_refuses_vcs_virtualenvs_and_large_files(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    tool = package_tool()
    game = tmp_path / "game"
    (game / ".git").mkdir(parents=True)
    (game / ".git" / "config").write_text("[core]")
    (game / "env").mkdir()
    (game / "env" / "pyvenv.cfg").write_text("home = /usr")
    (game / "game.toml").write_text("[game]\n")
    big = game / "movie.bin"
    with big.open("wb") as f:
        f.truncate(tool.LARGE_FILE + 1)
    with pytest.raises(SystemExit) as refused:
        tool.game_files(game, [], allow_large=False)
    message = str(refused.value)
    assert ".git/ (a version-control folder)" in message and "env/ (a virtualenv)" in message
    assert "movie.bin" in message and "--include" in message
    import shutil

    shutil.rmtree(game / ".git")
    files = tool.game_files(game, [game / "env"], allow_large=True)
    names = {p.relative_to(game).as_posix() for p in files}
    assert names == {"game.toml", "movie.bin", "env/pyvenv.cfg"}
    tool.stage_game(game, files, tmp_path / "staged")
    assert "  movie.bin" in capsys.readouterr().out.splitlines()
    assert not (tmp_path / "staged" / ".git").exists()


AWKWARD = 'Rock & Roll "Games" $HOME `x` 100% back\\slash'


def test_desktop_entry_escapes_every_field() -> None:
    desktop = load_script(ROOT / "packaging" / "desktop_entry.py")
    text = desktop.entry(name=AWKWARD, comment="Line\nbreak", exec_argv=[f"/opt/{AWKWARD}/game", "open"],
                         field_code="%u", icon="game", wm_class="game", mime_types=("x-scheme-handler/game",))
    exec_value = re.search(r"^Exec=(.*)$", text, re.M).group(1)
    assert desktop.unescape_exec(exec_value) == [f"/opt/{AWKWARD}/game", "open", "%u"]
    assert f"Name={AWKWARD.replace(chr(92), chr(92) * 2)}\n" in text and "Comment=Line\\nbreak\n" in text
    assert "MimeType=x-scheme-handler/game;\n" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop entries")
def test_install_desktop_entry_works_in_an_awkward_folder(tmp_path: Path) -> None:
    """A bundle unpacked into a folder named like a game (&, quotes, $, %, spaces) gets working entries and
    every icon size; --remove takes them away."""
    import shutil

    tool = package_tool()
    desktop = load_script(ROOT / "packaging" / "desktop_entry.py")
    folder = tmp_path / AWKWARD / "rock-roll"
    folder.mkdir(parents=True)
    icons = tmp_path / "icons"
    (icons / "hicolor").mkdir(parents=True)
    for size in (16, 48, 256):
        (icons / "hicolor" / f"{size}x{size}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    ident = {"app_id": "rock-roll", "name": "Rock & Roll", "publisher": "", "url_scheme": "rock-roll"}
    tool.desktop_files(folder, ident, icons, "game/rock.toml")
    data = tmp_path / "data"
    done = subprocess.run([folder / "install-desktop-entry"], capture_output=True, text=True, timeout=30,
                          check=False, env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "rock-roll.desktop").read_text()
    argv = desktop.unescape_exec(re.search(r"^Exec=(.*)$", entry, re.M).group(1))
    assert argv == [str(folder / "rock-roll"), "--manifest", str(folder / "_internal" / "game" / "rock.toml")]
    handler = (data / "applications" / "rock-roll-url-handler.desktop").read_text()
    handler_argv = desktop.unescape_exec(re.search(r"^Exec=(.*)$", handler, re.M).group(1))
    assert handler_argv == [str(folder / "rock-roll"), "open", "%u"]
    assert "MimeType=x-scheme-handler/rock-roll;" in handler and "Name=Rock & Roll\n" in entry
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "rock-roll.png").is_file()
    if shutil.which("desktop-file-validate"):
        for name in ("rock-roll.desktop", "rock-roll-url-handler.desktop"):
            valid = subprocess.run(["desktop-file-validate", str(data / "applications" / name)],
                                   capture_output=True, text=True, check=False)
            assert valid.returncode == 0, valid.stdout + valid.stderr
    subprocess.run([folder / "install-desktop-entry", "--remove"], check=True, timeout=30,
                   env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert not list((data / "applications").glob("rock-roll*")) and not list(data.rglob("rock-roll.png"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF bundles")
def test_bundle_floor_check_fails_above_the_floor_on_system_libraries_and_dangling_links(tmp_path: Path) -> None:
    floor = ROOT / "tools" / "check-bundle-floor"
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    import shutil

    shutil.copy(sys.executable if Path(sys.executable).stat().st_size > 10_000 else "/bin/ls",
                bundle / "_internal" / "tool")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(floor), str(bundle), *args], capture_output=True, text=True,
                              timeout=120, check=False)

    ok = run("--glibc", "9.99")
    assert ok.returncode == 0, ok.stderr
    assert "bundle floor: GLIBC 2." in ok.stdout
    low = run("--glibc", "2.2")
    assert low.returncode == 1 and "above the stated floor GLIBC_2.2" in low.stderr
    (bundle / "_internal" / "libQt6EglFsKmsSupport.so.6").symlink_to("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6")
    stdcxx = next(Path(p) for p in ("/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
                                    "/usr/lib64/libstdc++.so.6") if Path(p).exists())
    shutil.copy(stdcxx, bundle / "_internal" / "libstdc++.so.6")
    bad = run("--glibc", "9.99", "--glibcxx", "9.9")
    assert bad.returncode == 1
    assert "dangling link: _internal/libQt6EglFsKmsSupport.so.6" in bad.stderr
    assert "bundled system library: _internal/libstdc++.so.6" in bad.stderr


def test_excludelist_keeps_xcb_util_and_drops_the_graphics_stack() -> None:
    excludelist = load_script(ROOT / "packaging" / "excludelist.py")
    for name in ("libstdc++.so.6", "libgcc_s.so.1", "libGL.so.1", "libEGL.so.1", "libxcb.so.1", "libxcb-xkb.so.1",
                 "libX11.so.6", "libfontconfig.so.1", "libfreetype.so.6", "libexpat.so.1", "libdrm.so.2"):
        assert excludelist.excluded(name), name
    for name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libssl.so.3", "libQt6Core.so.6", "libpython3.11.so.1.0"):
        assert not excludelist.excluded(name), name


@pytest.mark.parametrize("target", ["windows", "macos"])
def test_windows_and_macos_build_requirements_are_hash_pinned_to_the_lock(target: str) -> None:
    """packaging/requirements-<target>.txt: every line an exact pin with sha256 hashes (pip --require-hashes),
    the same versions as packaging/constraints.txt, and the target's own platform dependencies."""
    path = ROOT / "packaging" / f"requirements-{target}.txt"
    if not path.exists():
        pytest.skip(f"{path.name} not generated yet (tools/package --update-lock)")
    from packaging.requirements import Requirement

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    lock = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            lock[norm(name)] = version
    text = path.read_text("utf-8")
    entries = re.findall(r"^(\S+==\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\\n)?)+)", text, re.M)
    assert len(entries) == len([line for line in text.splitlines() if "==" in line])
    names = set()
    for pin, _hashes in entries:
        req = Requirement(pin)
        names.add(norm(req.name))
        if norm(req.name) in lock:
            assert next(iter(req.specifier)).version == lock[norm(req.name)], pin
    assert {"pyside6-essentials", "pyinstaller", "keyring", "httpx"} <= names
    assert "jeepney" not in names and "secretstorage" not in names  # Linux-only dependencies of keyring
    if target == "windows":
        assert "pywin32-ctypes" in names
