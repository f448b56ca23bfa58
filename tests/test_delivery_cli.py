"""The contract's "Game delivery" commands driven as a studio's pipeline and a player's script would: subprocesses,
exit codes, one line on failure, JSON on stdout; and kill -9 at random points of installs and updates."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from launcher.delivery import installer, record
from tests.support.delivery import Repo, noise, write_build
from tests.support.manifests import demo_manifest_text
from tests.support.static_host import StaticHost

from .conftest import CUSTOM

ROOT = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024


def game_manifest(folder: Path, repository: str, root: bytes, *, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "root.json").write_bytes(root)
    text = demo_manifest_text().replace('icon = "icons/demo-game.svg"\n', "")
    text = text.replace("[launch]\n", f'[delivery]\nrepository = "{repository}"\nroot = "root.json"\n{extra}\n'
                                      "[launch]\n", 1)
    path = folder / "game.toml"
    path.write_text(text)
    return path


class Cli:
    def __init__(self, home: Path, manifest: Path, tmp: Path) -> None:
        self.manifest, self.tmp = manifest, tmp
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("LAUNCHER_")}
        self.env.update(LAUNCHER_HOME=str(home), PYTHONPATH=str(ROOT), DEMO_PLAY_SECONDS="0",
                        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.JsonFileKeyring",
                        TEST_KEYRING_FILE=str(tmp / "keyring.json"))

    def argv(self, *args: str, manifest: bool = True) -> list[str]:
        return [sys.executable, "-m", "launcher", *args, *(["--manifest", str(self.manifest)] if manifest else [])]

    def __call__(self, *args: str, manifest: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*args, manifest=manifest), capture_output=True, text=True, timeout=120,
                              env=self.env, cwd=str(self.tmp), input=stdin, check=False)


@pytest.fixture
def studio(tmp_path: Path, static_host: StaticHost, launcher_home: Path):
    repo = Repo(tmp_path / "studio", served=static_host.folder)
    manifest = game_manifest(tmp_path / "shipped", static_host.url, repo.root)
    return repo, Cli(launcher_home, manifest, tmp_path), static_host


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_publish_init_and_a_build_from_the_command_line(tmp_path, launcher_home):
    cli = Cli(launcher_home, tmp_path / "none.toml", tmp_path)
    init = cli("publish", "init", "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"), "--json",
               manifest=False)
    assert init.returncode == 0, init.stderr
    root = Path(json.loads(init.stdout)["root"])
    assert root.is_file() and root.parent.parent == tmp_path / "repo"
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["root.pem", "snapshot.pem", "targets.pem",
                                                                    "timestamp.pem"]
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in (tmp_path / "keys").iterdir())
    assert not list((tmp_path / "repo").rglob("*.pem"))
    build = write_build(tmp_path / "build", {"game": (b"#!/bin/sh\n", 0o755), "data.pak": noise(2 * MiB)})
    first = cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"),
                "--version", "1.0", "--json", manifest=False)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["files"] == 2 and summary["new_chunks"] == summary["chunks"] > 1
    again = cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"),
                "--version", "1.0", "--channel", "staging", manifest=False)
    assert again.returncode == 0 and "0 of" in again.stdout  # nothing new stored: the same chunks
    refused = [
        cli("publish", "init", "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "k2"), manifest=False),
        cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "repo"),
            "--version", "2", manifest=False),
        cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"),
            "--version", "../x", manifest=False),
        cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"), manifest=False),
    ]
    for result in refused:
        assert result.returncode == 2 and one_line(result.stderr).startswith("launcher: ")
    (build / "data.pak").write_bytes(b"other")
    changed = cli("publish", str(build), "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "keys"),
                  "--version", "1.0", manifest=False)
    assert changed.returncode == 2 and "already published" in changed.stderr


def test_install_game_verify_uninstall_json(studio, tmp_path):
    repo, cli, _host = studio
    repo.publish("1.0", {"demo_game.py": (ROOT / "resources" / "demo_game.py").read_bytes(), "x.pak": noise(MiB)})
    before = cli("game", "--json")
    assert before.returncode == 0 and json.loads(before.stdout)["installed"] is False
    assert json.loads(before.stdout)["newest"] == "1.0"
    done = cli("install", "--json")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert {e["event"] for e in events[:-1]} <= {"progress"} and events[-1]["event"] == "done"
    assert events[-1]["version"] == "1.0" and events[-1]["downloaded"] > 0 and Path(events[-1]["dir"]).is_dir()
    assert all(set(e) == {"event", "done", "total", "rate"} for e in events[:-1])
    status = json.loads(cli("game", "--json").stdout)
    assert status | {"dir": None} == {"installed": True, "version": "1.0", "channel": "live", "dir": None,
                                      "size": MiB + len((ROOT / "resources" / "demo_game.py").read_bytes()),
                                      "files": 2, "complete": True, "newest": "1.0", "required": False,
                                      "update_available": False, "notes": "", "newest_notes": ""}
    assert json.loads(cli("verify", "--json").stdout)["ok"] is True
    build = Path(status["dir"]) / "builds" / "1.0"
    (build / "x.pak").write_bytes(b"changed")
    bad = cli("verify")
    assert bad.returncode == 8 and "x.pak" in bad.stderr and "verify --repair" in bad.stderr
    assert cli("verify", "--repair").returncode == 0 and (build / "x.pak").read_bytes() == noise(MiB)
    no = cli("uninstall")
    assert no.returncode == 2 and "--yes" in no.stderr  # no terminal to ask on
    assert cli("uninstall", "--yes").returncode == 0 and not build.exists()
    assert cli("verify").returncode == 8


@pytest.mark.parametrize("action,code,words", [("wrong", 8, "signed hash"), ("missing", 4, "HTTP 404"),
                                               ("oversize", 8, "signed size")])
def test_failures_are_one_line_with_the_documented_exit_code(studio, action, code, words):
    repo, cli, host = studio
    repo.publish("1.0", {"a.bin": noise(MiB)})
    host.misbehave(".zst", action)
    result = cli("install")
    assert result.returncode == code and words in one_line(result.stderr)


def test_unreachable_repository_expired_metadata_and_a_broken_root(studio, tmp_path, launcher_home):
    repo, _cli, _host = studio
    gone = game_manifest(tmp_path / "gone", "http://127.0.0.1:9", repo.root)
    result = Cli(launcher_home, gone, tmp_path)("install")
    assert result.returncode == 4 and "can't" in one_line(result.stderr)
    broken = game_manifest(tmp_path / "broken", "http://127.0.0.1:9", b"{not json")
    result = Cli(launcher_home, broken, tmp_path)("install")
    assert result.returncode == 8 and "refused" in one_line(result.stderr)
    no_delivery = tmp_path / "plain.toml"
    no_delivery.write_text(demo_manifest_text().replace('icon = "icons/demo-game.svg"\n', ""))
    result = Cli(launcher_home, no_delivery, tmp_path)("install")
    assert result.returncode == 5 and "[delivery]" in one_line(result.stderr)


def test_play_starts_only_an_installed_build_and_installs_a_required_one_first(studio, sandbox, tmp_path):
    repo, cli, _host = studio
    game = (ROOT / "resources" / "demo_game.py").read_bytes()
    repo.publish("1.0", {"demo_game.py": game})
    text = cli.manifest.read_text().replace("http://127.0.0.1:8765", sandbox.url)
    cli.manifest.write_text(text)
    saved = cli("signin", "--provider", "playfab-custom", "--field", f"custom_id={CUSTOM['custom_id']}",
                "--remember")
    assert saved.returncode == 0, saved.stderr
    account = json.loads(cli("accounts", "list", "--json", manifest=False).stdout)[0]["id"]
    missing = cli("--account", account, "--play")
    assert missing.returncode == 8 and "launcher install" in one_line(missing.stderr)
    assert cli("install").returncode == 0
    played = cli("--account", account, "--play")
    assert played.returncode == 0, played.stderr
    repo.publish("2.0", {"demo_game.py": game + b"\n# 2.0\n"}, required=True)
    played = cli("--account", account, "--play")
    assert played.returncode == 0, played.stderr
    assert json.loads(cli("game", "--json").stdout)["version"] == "2.0"
    repo.publish("3.0", {"demo_game.py": game + b"\n# 3.0\n"})  # optional: offered, not forced
    assert cli("--account", account, "--play").returncode == 0
    assert json.loads(cli("game", "--json").stdout)["version"] == "2.0"


def test_kill_9_at_random_points_never_leaves_a_broken_install(tmp_path, launcher_home, nginx_factory):
    """50 installs and updates killed at random moments: after each, the record names a complete build whose
    every file matches, or nothing; the final run completes; and across all runs each chunk was fetched again at
    most once per request that was in flight when its run was killed."""
    www = tmp_path / "www"
    repo = Repo(tmp_path / "studio", served=www / "game")

    def build(n: int) -> dict:
        return {"bin/game": (b"#!/bin/sh\n", 0o755), "data/a.pak": noise(8 * MiB, 1),
                "data/b.pak": noise(16 * MiB, 100 + n)}

    latest = 1
    repo.publish("1", build(1))
    log = tmp_path / "access.log"
    server = nginx_factory(www, extra=f"access_log {log}; limit_rate 8m;")
    cli = Cli(launcher_home, game_manifest(tmp_path / "shipped", f"{server.url}/game", repo.root), tmp_path)
    install_dir = launcher_home / "data" / "games" / "demo-quest" / "live"
    rng = random.Random(7)
    kills = 0
    for run in range(50):
        current = record.read(install_dir)
        if current is not None and current.version == str(latest):  # always an update to interrupt
            latest += 1
            repo.publish(str(latest), build(latest))
        process = subprocess.Popen(cli.argv("install", "--json"), env=cli.env, cwd=str(tmp_path),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.2, 1.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        current = record.read(install_dir)
        if current is not None:
            done = installer.installed(install_dir)  # complete, switched whole: never half of two builds
            assert not installer._check_all(done.folder, done.build), f"run {run}: a corrupt install"
            assert (done.folder / "data" / "b.pak").read_bytes() == build(int(current.version))["data/b.pak"]
    final = subprocess.run(cli.argv("install", "--json"), env=cli.env, cwd=str(tmp_path), capture_output=True,
                           text=True, timeout=300, check=False)
    assert final.returncode == 0, final.stderr
    assert installer.installed(install_dir).record.version == str(latest)
    assert kills >= 20 and latest >= 3, (kills, latest)
    requests = [line for line in log.read_text().splitlines() if ".zst" in line]
    distinct = {line.split('"GET ', 1)[1].split(" ", 1)[0] for line in requests}
    # every chunk once, plus at most the chunks in flight (6) at each kill
    assert len(requests) <= len(distinct) + 6 * kills, (len(requests), len(distinct), kills)


def test_each_environment_plays_its_own_channel_installed_beside_the_others(studio, sandbox, tmp_path):
    repo, cli, _host = studio
    game = (ROOT / "resources" / "demo_game.py").read_bytes()
    repo.publish("1.0", {"demo_game.py": game})
    repo.publish("2.0-rc", {"demo_game.py": game + b"\n# staging\n"}, channel="staging")
    text = cli.manifest.read_text().replace("http://127.0.0.1:8765", sandbox.url)
    text += ('\n[environments]\ndefault = "live"\n\n[environments.live]\n\n'
             '[environments.staging.delivery]\nchannel = "staging"\n')
    cli.manifest.write_text(text)
    assert cli("install", "--env", "staging").returncode == 0
    staging = json.loads(cli("game", "--env", "staging", "--json").stdout)
    live = json.loads(cli("game", "--json").stdout)
    assert staging["version"] == "2.0-rc" and staging["dir"].endswith("/staging")
    assert live["installed"] is False and live["newest"] == "1.0" and live["dir"].endswith("/live")
    signin = cli("signin", "--provider", "playfab-custom", "--env", "staging", "--field", "custom_id=astrid",
                 "--remember")
    assert signin.returncode == 0, signin.stderr
    account = json.loads(cli("accounts", "list", "--json", manifest=False).stdout)[0]["id"]
    played = cli("--account", account, "--play")
    assert played.returncode == 0, played.stderr  # the staging build, though live is not installed
