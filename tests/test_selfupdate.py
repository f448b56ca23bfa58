"""The launcher updating itself, with real processes: a tiny stand-in for a studio's bundle (a folder holding an
executable Python script in place of PyInstaller's program) is published with the project's own publish code to a
static host on loopback, downloaded by the background check, and started by the bundle's entry logic
(launcher/selfupdate/startup.py), as packaging/entry.py runs it.

What a player sees: a new version applies on the next start (arguments, stdin, exit code and signals pass
through); a new version that fails to start is rolled back in that same start with one line and never tried again;
a damaged or planted update folder is never run; pip, editable and package-manager installs say how to update."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from launcher.http import Http
from launcher.manifest import load
from launcher.selfupdate import local
from launcher.selfupdate.check import State, UpdateStatus, check_and_download
from launcher.selfupdate.kind import kind
from tests.support.delivery import Repo, noise
from tests.support.manifests import demo_manifest_text
from tests.support.static_host import StaticHost

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = "fake-launcher"
CHANNEL = local.channel_for("launcher")
RUN_S = 30

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the stand-in bundle is a POSIX script")

SCRIPT = '''#!{python}
import os, signal, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERSION = {version!r}
if {crash!r}:
    raise RuntimeError("this build of the launcher is broken")


def main():
    if {hang!r}:
        time.sleep(60)
    args = sys.argv[1:]
    if "kind" in args:
        from launcher.selfupdate.kind import kind
        from launcher.selfupdate.local import Installation
        print(kind(Installation(HERE, Path(__file__).resolve(), VERSION)).how, flush=True)
    from launcher.selfupdate.started import mark_started
    mark_started()
    data = sys.stdin.read() if "stdin" in args else ""
    print(f"launcher {{VERSION}} from {{HERE.parent.name}}/{{HERE.name}} args={{args}} stdin={{data!r}}", flush=True)
    if "wait" in args:
        def stop(number, frame):
            print(f"{{VERSION}} got signal {{number}}", flush=True)
            sys.exit(143)
        signal.signal(signal.SIGTERM, stop)
        print("waiting", flush=True)
        time.sleep(30)
    sys.exit(int(next((a[5:] for a in args if a.startswith("exit=")), "0")))


from launcher.selfupdate import local, startup

startup.start(main, local.Installation(HERE, Path(__file__).resolve(), VERSION))
'''


def script(version: str, *, crash: bool = False, hang: bool = False) -> bytes:
    return SCRIPT.format(python=sys.executable, version=version, crash=crash, hang=hang).encode()


def bundle_files(version: str, **kw: bool) -> dict[str, object]:
    return {PROGRAM: (script(version, **kw), 0o755), "_internal/data.txt": f"data of {version}\n".encode() * 500,
            "_internal/lib/shared.bin": noise(300_000, seed=7)}


def make_bundle(folder: Path, version: str) -> local.Installation:
    for rel, content in bundle_files(version).items():
        data, mode = content if isinstance(content, tuple) else (content, 0o644)
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(mode)
    return local.Installation(folder, folder / PROGRAM, version)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("LAUNCHER_HOME", str(folder))
    monkeypatch.delenv("LAUNCHER_SELF_UPDATE_START_DEADLINE", raising=False)
    monkeypatch.delenv("LAUNCHER_SELF_UPDATE_MARK", raising=False)
    from launcher import identity

    identity.reset()
    return folder


@pytest.fixture
def repo(tmp_path: Path, static_host: StaticHost) -> Repo:
    return Repo(tmp_path / "studio", served=static_host.folder)


@pytest.fixture
def manifest(tmp_path: Path, repo: Repo, static_host: StaticHost):  # type: ignore[no-untyped-def]
    folder = tmp_path / "game"
    folder.mkdir()
    shutil.copy(repo.root_file, folder / "launcher-root.json")
    text = demo_manifest_text() + (f'\n[self_update]\nrepository = "{static_host.url}"\n'
                                   'root = "launcher-root.json"\n')
    (folder / "game.toml").write_text(text, "utf-8")
    return load(folder / "game.toml")


@pytest.fixture
def base(tmp_path: Path, home: Path) -> local.Installation:
    return make_bundle(tmp_path / "base" / "demo-quest", "1.0.0")


def publish(repo: Repo, version: str, **kw: bool) -> None:
    repo.publish(version, bundle_files(version, **kw), channel=CHANNEL)


def check(manifest, this: local.Installation, *, download: bool = True) -> UpdateStatus:  # type: ignore[no-untyped-def]
    async def go() -> UpdateStatus:
        async with Http(timeout=5.0, retry_max_wait=1.0) as http:
            return await check_and_download(http, manifest, download=download, this=this)

    return asyncio.run(go())


def start(this: local.Installation, *args: str, stdin: str = "", env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(this.executable), *args], input=stdin, capture_output=True, text=True, check=False,
                          timeout=RUN_S, env={**os.environ, **(env or {})})


def running_from(this: local.Installation, version: str) -> local.Installation:
    """The installation of `version` as it runs from its slot (what check_and_download sees inside it)."""
    for slot in local.SLOTS:
        folder = this.updates() / slot / "builds" / version
        if folder.is_dir():
            return local.Installation(folder, folder / PROGRAM, version)
    raise AssertionError(f"{version} is in no slot")


def versions_kept(this: local.Installation) -> list[str]:
    return sorted(p.name for slot in local.SLOTS for p in (this.updates() / slot / "builds").glob("*"))


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_new_version_downloads_in_the_background_and_applies_on_the_next_start(base, manifest, repo,
                                                                               static_host):
    assert "launcher 1.0.0 from base/demo-quest" in start(base).stdout
    publish(repo, "1.1.0")
    available = check(manifest, base, download=False)
    assert (available.state, available.offered, available.running) == (State.AVAILABLE, "1.1.0", "1.0.0")
    assert static_host.count(".zst") == 0 and not versions_kept(base)

    before = files_of(base.root)
    ready = check(manifest, base)
    assert ready.state == State.READY and ready.downloaded > 0 and "next time" in ready.message
    static_host.clear()
    assert check(manifest, base).state == State.READY and static_host.count(".zst") == 0  # nothing twice

    done = start(base, "hello", "stdin", "exit=3", stdin="typed by the player")
    assert done.returncode == 3, done.stderr
    assert "launcher 1.1.0 from builds/1.1.0 args=['hello', 'stdin', 'exit=3'] stdin='typed by the player'" \
        in done.stdout
    assert "did not start" not in done.stderr
    assert local.read_marks(base.updates()).good == ["1.1.0"]
    assert files_of(base.root) == before  # the installed bundle (read-only /opt for a .deb) is never written
    # the new version, once running, is up to date
    assert check(manifest, running_from(base, "1.1.0")).state == State.UP_TO_DATE


def test_signals_reach_the_new_version_and_its_exit_is_the_launchers(base, manifest, repo):
    publish(repo, "1.1.0")
    assert check(manifest, base).state == State.READY
    with subprocess.Popen([str(base.executable), "wait"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if line.strip() == "waiting":
                break
        assert any("launcher 1.1.0" in line for line in lines), lines
        proc.send_signal(signal.SIGTERM)
        rest = proc.stdout.read()
        code = proc.wait(timeout=RUN_S)
    assert f"1.1.0 got signal {int(signal.SIGTERM)}" in rest and code == 143


def test_a_version_that_crashes_at_start_is_rolled_back_in_the_same_start_and_never_tried_again(
        base, manifest, repo, static_host):
    publish(repo, "1.1.0")
    whole = check(manifest, base)
    assert whole.state == State.READY
    assert "launcher 1.1.0" in start(base).stdout  # 1.1.0 started: kept as the version to go back to
    publish(repo, "1.2.0", crash=True)
    inside = running_from(base, "1.1.0")
    beside = check(manifest, inside)
    assert beside.state == State.READY  # downloaded by 1.1.0, beside itself
    assert beside.downloaded < whole.downloaded / 2  # only what changed: the rest is 1.1.0's
    assert versions_kept(base) == ["1.1.0", "1.2.0"]

    first = start(base, "play", "exit=0")
    assert first.returncode == 0
    assert "this build of the launcher is broken" in first.stderr  # 1.2.0 was tried ...
    assert "The update to 1.2.0 did not start; the launcher went back to 1.1.0.\n" in first.stderr
    assert "launcher 1.1.0 from builds/1.1.0 args=['play', 'exit=0']" in first.stdout  # ... and 1.1.0 ran
    assert local.take_notice(inside) == "The update to 1.2.0 did not start; the launcher went back to 1.1.0."
    assert local.take_notice(inside) is None  # the window shows it once

    again = start(base)
    assert "launcher 1.1.0" in again.stdout and again.stderr == ""  # 1.2.0 is not tried again
    static_host.clear()
    held = check(manifest, inside)
    assert (held.state, held.offered) == (State.HELD_BACK, "1.2.0") and static_host.count(".zst") == 0

    publish(repo, "1.3.0")  # the studio's fix
    assert check(manifest, inside).state == State.READY
    assert versions_kept(base) == ["1.1.0", "1.3.0"]  # the broken one made room: never more than two
    assert "launcher 1.3.0" in start(base).stdout


def test_a_version_that_never_reports_it_started_is_stopped_and_the_bundle_runs(base, manifest, repo):
    publish(repo, "1.1.0", hang=True)
    assert check(manifest, base).state == State.READY
    began = time.monotonic()
    done = start(base, env={"LAUNCHER_SELF_UPDATE_START_DEADLINE": "1"})
    assert time.monotonic() - began < 15
    assert done.stderr.strip() == "The update to 1.1.0 did not start; the launcher went back to 1.0.0."
    assert "launcher 1.0.0 from base/demo-quest" in done.stdout and done.returncode == 0
    assert "1.1.0" in local.read_marks(base.updates()).bad
    assert "did not start" not in start(base).stderr


def _evil(tmp_path: Path) -> Path:
    evil = tmp_path / "evil"
    evil.write_text(f"#!{sys.executable}\nprint('EVIL ran')\n")
    evil.chmod(0o755)
    return evil


def _copy_elsewhere(folder: Path, tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder, elsewhere, symlinks=True)
    return elsewhere


def damage(kind_: str, folder: Path, tmp_path: Path) -> None:
    slot = folder.parent.parent
    if kind_ == "folder is a link":
        elsewhere = _copy_elsewhere(folder, tmp_path)
        shutil.rmtree(folder)
        folder.symlink_to(elsewhere)
    elif kind_ == "builds is a link":
        elsewhere = _copy_elsewhere(folder.parent, tmp_path)
        shutil.rmtree(folder.parent)
        folder.parent.symlink_to(elsewhere)
    elif kind_ == "program is a link":
        (folder / PROGRAM).unlink()
        (folder / PROGRAM).symlink_to(_evil(tmp_path))
    elif kind_ == "a folder inside is a link":
        elsewhere = _copy_elsewhere(folder / "_internal", tmp_path)
        shutil.rmtree(folder / "_internal")
        (folder / "_internal").symlink_to(elsewhere)
    elif kind_ == "program changed":
        data = (folder / PROGRAM).read_bytes()
        (folder / PROGRAM).write_bytes(data.replace(b"VERSION = '1.1.0'", b"VERSION = 'EVIL!'"))
    elif kind_ == "a file added":
        (folder / "_internal" / "lib" / "planted.so").write_bytes(b"\x7fELF")
    elif kind_ == "a file missing":
        (folder / "_internal" / "data.txt").unlink()
    elif kind_ == "record names another folder":
        record_file = slot / ".launcher" / "install.json"
        data = json.loads(record_file.read_text())
        listed = slot / ".launcher" / "build-1.1.0.json"
        shutil.copy(listed, slot / ".launcher" / "build-9.9.9.json")
        shutil.copytree(folder, folder.parent / "9.9.9", symlinks=True)
        data["version"] = "9.9.9"
        record_file.write_text(json.dumps(data))
    elif kind_ == "record is a link":
        record_file = slot / ".launcher" / "install.json"
        moved = tmp_path / "install.json"
        shutil.move(record_file, moved)
        record_file.symlink_to(moved)
    else:
        raise AssertionError(kind_)


@pytest.mark.parametrize("kind_", ["folder is a link", "builds is a link", "program is a link",
                                   "a folder inside is a link", "program changed", "a file added", "a file missing",
                                   "record names another folder", "record is a link"])
def test_a_damaged_or_planted_update_folder_is_never_run(base, manifest, repo, tmp_path, kind_):
    publish(repo, "1.1.0")
    assert check(manifest, base).state == State.READY
    damage(kind_, running_from(base, "1.1.0").root, tmp_path)
    done = start(base)
    assert "EVIL" not in done.stdout + done.stderr
    assert "launcher 1.0.0 from base/demo-quest" in done.stdout and done.returncode == 0, done.stderr
    assert "did not start" not in done.stderr  # nothing was started, so nothing was rolled back


def test_a_damaged_update_is_downloaded_again(base, manifest, repo):
    publish(repo, "1.1.0")
    assert check(manifest, base).state == State.READY
    (running_from(base, "1.1.0").root / "_internal" / "data.txt").unlink()
    assert check(manifest, base).state == State.READY
    assert "launcher 1.1.0" in start(base).stdout


def test_an_older_or_equal_version_is_never_run_and_goes_once_the_bundle_is_newer(base, manifest, repo, tmp_path):
    publish(repo, "1.1.0")
    assert check(manifest, base).state == State.READY
    newer_bundle = make_bundle(tmp_path / "base2" / "demo-quest", "1.1.0")  # the studio's new installer
    assert "launcher 1.1.0 from base2/demo-quest" in start(newer_bundle).stdout
    assert check(manifest, newer_bundle).state == State.UP_TO_DATE
    assert versions_kept(newer_bundle) == []  # the download the new installer made useless is removed


def test_a_bundle_managed_by_a_package_manager_says_so_and_runs_no_update(base, manifest, repo):
    publish(repo, "1.1.0")
    assert check(manifest, base).state == State.READY
    (base.root / "self-update.json").write_text(json.dumps({"managed_by": "apt"}))
    done = start(base, "kind")
    assert "launcher 1.0.0 from base/demo-quest" in done.stdout
    assert "installed with apt" in done.stdout and "package manager" in done.stdout
    status = check(manifest, base)
    assert status.state == State.UNSUPPORTED and "package manager" in status.message


def test_pip_pipx_and_editable_installs_say_how_to_update(tmp_path):
    env = {**os.environ, "LAUNCHER_HOME": str(tmp_path / "home")}
    launcher = Path(sys.executable).parent / "launcher"
    done = subprocess.run([str(launcher), "self-update"], capture_output=True, text=True, timeout=RUN_S, env=env,
                          check=False)
    assert done.returncode == 0 and "git pull" in done.stdout  # this checkout is an editable install
    as_json = subprocess.run([str(launcher), "self-update", "--check", "--json"], capture_output=True, text=True,
                             timeout=RUN_S, env=env, check=False)
    assert json.loads(as_json.stdout)["state"] == "unsupported" and as_json.returncode == 0
    pipx = kind(None, prefix="/home/ann/.local/share/pipx/venvs/game-launcher", source=False)
    assert pipx.name == "pipx" and "pipx upgrade game-launcher" in pipx.how and not pipx.self_updating
    pip = kind(None, prefix="/home/ann/venv", source=False)
    assert pip.name == "pip" and "/home/ann/venv/bin/python -m pip install --upgrade game-launcher" in pip.how


def test_versions_compare_as_numbers():
    assert local.newer("1.10.0", "1.9.3") and local.newer("1.2.0", "1.2.0rc1") and not local.newer("1.2", "1.2.0")
    assert local.newer("2", "1.99") and not local.newer("1.0.0", "1.0.0") and local.newer("0.1", "beta")


def test_the_channel_is_per_platform():
    assert CHANNEL.startswith("launcher-") and CHANNEL.count("-") >= 2
