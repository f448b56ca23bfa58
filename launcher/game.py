"""Start the game, hand the session over by environment (never argv), capture its output to a log file."""

from __future__ import annotations

import asyncio
import logging
import os
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .manifest import LaunchSpec
from .outcomes import GameLaunchError
from .paths import log_dir

log = logging.getLogger("launcher.game")


class _Template(string.Formatter):
    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values

    def get_value(self, key, args, kwargs):  # type: ignore[no-untyped-def]
        if key not in self.values:
            raise GameLaunchError(f"The manifest's launch.env template uses {{{key}}}, which this provider "
                                  f"does not supply (available: {', '.join(sorted(self.values))}).")
        return self.values[key]


def render_env(template: Mapping[str, str], values: Mapping[str, str]) -> dict[str, str]:
    fmt = _Template(values)
    return {name: fmt.format(spec) for name, spec in template.items()}


def command_for(executable: Path) -> list[str]:
    """A Python script runs with this interpreter (so the demo game works everywhere); anything else directly."""
    if executable.suffix == ".py":
        if getattr(sys, "frozen", False):  # the bundle has no separate interpreter: it runs the script itself
            return [sys.executable, "--run-script", str(executable)]
        return [sys.executable, str(executable)]
    return [str(executable)]


def check_executable(spec: LaunchSpec) -> Path:
    exe = spec.executable
    if exe is None:
        raise GameLaunchError("The manifest names no game executable ([launch] executable).")
    if not exe.exists():
        raise GameLaunchError(f"The game was not found at {exe}. Reinstall the game or fix the manifest.")
    if exe.suffix != ".py" and not os.access(exe, os.X_OK):
        raise GameLaunchError(f"The game at {exe} is not executable (check its permissions).")
    if not spec.working_dir.is_dir():
        raise GameLaunchError(f"The game's working directory {spec.working_dir} does not exist.")
    return exe


@dataclass
class RunningGame:
    process: asyncio.subprocess.Process
    log_path: Path

    async def wait(self) -> int:
        return await self.process.wait()


async def start(spec: LaunchSpec, values: Mapping[str, str], *, log_name: str | None = None) -> RunningGame:
    exe = check_executable(spec)
    env = {**os.environ, **render_env(spec.env, values)}
    log_path = log_dir() / (log_name or spec.log_file)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    out = open(log_path, "ab")
    try:
        process = await asyncio.create_subprocess_exec(
            *command_for(exe), *spec.args, cwd=str(spec.working_dir), env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=asyncio.subprocess.STDOUT)
    except OSError as exc:
        raise GameLaunchError(f"The game could not be started: {exc.strerror or exc}.") from exc
    finally:
        out.close()
    log.info("game started (pid %s), output in %s", process.pid, log_path)
    return RunningGame(process, log_path)
