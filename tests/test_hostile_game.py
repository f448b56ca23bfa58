"""The game's environment is built on purpose, a macOS `.app` starts through its Info.plist program, and a game
that dies at once shows its last lines."""

from __future__ import annotations

import asyncio
import os
import plistlib
import sys
from pathlib import Path

import pytest

from launcher import game, redact
from launcher.manifest import LaunchSpec
from launcher.outcomes import GameLaunchError


def registry(*values: str) -> redact.SecretRegistry:
    r = redact.SecretRegistry()
    for v in values:
        r.add(v)
    return r


def test_the_launchers_inputs_and_secrets_never_reach_the_game() -> None:
    base = {"HOME": "/home/p", "PATH": "/usr/bin", "LANG": "C.UTF-8", "LAUNCHER_FIELD_PASSWORD": "hunter2-pw",
            "LAUNCHER_FIELD_SECRET_KEY": "k", "launcher_field_token": "t", "LAUNCHER_HOME": "/x",
            "LAUNCHER_MANIFEST": "/m.toml", "SOMETHING_ELSE": "session-ticket-value-123"}
    env = game.game_environment(base, {"GAME_TOKEN": "session-ticket-value-123"},
                                secret_values=registry("session-ticket-value-123", "hunter2-pw"))
    assert env == {"HOME": "/home/p", "PATH": "/usr/bin", "LANG": "C.UTF-8", "GAME_TOKEN": "session-ticket-value-123"}


def test_inside_a_pyinstaller_bundle_the_saved_library_paths_come_back(tmp_path: Path) -> None:
    bundle = str(tmp_path / "_MEI123")
    base = {"LD_LIBRARY_PATH": f"{bundle}:/opt/lib", "LD_LIBRARY_PATH_ORIG": "/opt/lib",
            "LIBPATH": bundle, "DYLD_LIBRARY_PATH": bundle,
            "QT_PLUGIN_PATH": f"{bundle}/PySide6/plugins", "QML2_IMPORT_PATH": f"{bundle}/qml",
            "_PYI_APPLICATION_HOME_DIR": bundle, "_PYI_PARENT_PROCESS_LEVEL": "1", "_MEIPASS2": bundle,
            "SSL_CERT_FILE": f"{bundle}/certifi/cacert.pem", "PATH": f"{bundle}{os.pathsep}/usr/bin",
            "HOME": "/home/p", "XDG_DATA_DIRS": "/usr/share"}
    env = game.game_environment(base, {"GAME_API": "https://x"}, bundle_dir=bundle, secret_values=registry())
    assert env == {"LD_LIBRARY_PATH": "/opt/lib", "PATH": "/usr/bin", "HOME": "/home/p",
                   "XDG_DATA_DIRS": "/usr/share", "GAME_API": "https://x"}


def test_without_a_saved_value_the_bundles_library_path_is_dropped(tmp_path: Path) -> None:
    bundle = str(tmp_path / "_MEI9")
    env = game.game_environment({"LD_LIBRARY_PATH": bundle}, {}, bundle_dir=bundle, secret_values=registry())
    assert env == {}


def test_outside_a_bundle_the_users_qt_and_library_paths_are_theirs() -> None:
    base = {"LD_LIBRARY_PATH": "/opt/lib", "QT_PLUGIN_PATH": "/opt/qt", "LD_LIBRARY_PATH_ORIG": "x"}
    assert game.game_environment(base, {}, secret_values=registry()) == base


def make_app(tmp_path: Path, plist: dict | bytes | None, program: str = "RealGame") -> Path:  # type: ignore[type-arg]
    app = tmp_path / "My Game.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    exe = app / "Contents" / "MacOS" / program
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    if plist is not None:
        data = plist if isinstance(plist, bytes) else plistlib.dumps(plist)
        (app / "Contents" / "Info.plist").write_bytes(data)
    return app


def test_a_mac_app_starts_the_program_its_info_plist_names(tmp_path: Path) -> None:
    app = make_app(tmp_path, {"CFBundleExecutable": "RealGame"})
    assert game.command_for(app, platform="darwin", frozen=False) == [str(app / "Contents/MacOS/RealGame")]
    spec = LaunchSpec(executable=app, working_dir=tmp_path)
    assert game.check_executable(spec, platform="darwin") == app


def test_a_mac_app_without_a_name_falls_back_to_the_bundle_name(tmp_path: Path) -> None:
    app = make_app(tmp_path, {"CFBundleIdentifier": "x"}, program="My Game")
    assert game.command_for(app, platform="darwin", frozen=False) == [str(app / "Contents/MacOS/My Game")]


@pytest.mark.parametrize("plist", [None, b"not a plist", {"CFBundleExecutable": "../../../bin/sh"},
                                   {"CFBundleExecutable": "Missing"}])
def test_a_broken_mac_app_is_a_clear_game_launch_error(tmp_path: Path, plist: object) -> None:
    app = make_app(tmp_path, plist, program="Other")  # type: ignore[arg-type]
    with pytest.raises(GameLaunchError, match=r"My Game\.app"):
        game.command_for(app, platform="darwin", frozen=False)


def test_elsewhere_a_folder_is_not_a_program(tmp_path: Path) -> None:
    app = make_app(tmp_path, {"CFBundleExecutable": "RealGame"})
    with pytest.raises(GameLaunchError, match="folder"):
        game.check_executable(LaunchSpec(executable=app, working_dir=tmp_path), platform="linux")


def test_scripts_and_programs_elsewhere() -> None:
    assert game.command_for(Path("/g/game.py"), platform="linux", frozen=False) == [sys.executable, "/g/game.py"]
    assert game.command_for(Path("/g/game.py"), platform="linux", frozen=True) == \
        [sys.executable, "--run-script", "/g/game.py"]
    assert game.command_for(Path("/g/game"), platform="linux", frozen=False) == ["/g/game"]


def test_a_game_that_dies_at_once_shows_its_last_lines_without_secrets(tmp_path: Path, launcher_home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "crash.py"
    script.write_text("import os, sys\nprint('loading level 1')\n"
                      "sys.stderr.write('\\x1b[31mFATAL: cannot open display\\n')\n"
                      "sys.stderr.write('token was ' + os.environ['GAME_TOKEN'] + '\\n')\nsys.exit(3)\n")
    monkeypatch.setenv("LAUNCHER_FIELD_PASSWORD", "pw-should-not-pass")
    redact.secrets.add("tok-secret-9876")
    spec = LaunchSpec(executable=script, working_dir=tmp_path, env={"GAME_TOKEN": "{token}"}, log_file="crash.log")

    async def go() -> tuple[int, game.RunningGame]:
        running = await game.start(spec, {"token": "tok-secret-9876"})
        return await running.wait(), running
    (launcher_home / "log").mkdir(parents=True, exist_ok=True)
    (launcher_home / "log" / "crash.log").write_text("an older run's line\n")
    code, running = asyncio.run(go())
    message = running.exit_message(code, "Demo Quest")
    assert code == 3 and message is not None
    assert "exit code 3" in message and "FATAL: cannot open display" in message and "loading level 1" in message
    assert "\x1b" not in message and "tok-secret-9876" not in message and "***" in message
    assert "older run" not in message
    assert running.exit_message(0) is None


def test_the_game_process_really_gets_the_built_environment(tmp_path: Path, launcher_home: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "env.py"
    script.write_text("import os, json\nprint(json.dumps(dict(os.environ)))\n")
    monkeypatch.setenv("LAUNCHER_FIELD_PASSWORD", "pw-should-not-pass")
    monkeypatch.setenv("LAUNCHER_FIELD_EMAIL", "a@b.c")
    spec = LaunchSpec(executable=script, working_dir=tmp_path, env={"GAME_PLAYER": "{player}"}, log_file="env.log")

    async def go() -> int:
        return await (await game.start(spec, {"player": "p-1"})).wait()
    assert asyncio.run(go()) == 0
    import json

    seen = json.loads((launcher_home / "log" / "env.log").read_text().strip().splitlines()[-1])
    assert seen["GAME_PLAYER"] == "p-1" and not any(k.startswith("LAUNCHER_") for k in seen)
