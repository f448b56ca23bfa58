"""Start the game, hand the session over by environment (never argv), capture its output to a log file.

The game's environment is built on purpose (`game_environment`): the user's own variables, minus the
launcher's inputs (`LAUNCHER_*`, any value that is a secret of this run) and, inside a PyInstaller bundle, minus
the bundle's own library and plugin paths (the values PyInstaller saved as `*_ORIG` are restored), plus the
hand-over variables of the manifest's `[launch] env`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import plistlib
import stat
import string
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import files, redact
from .bundle_env import unbundle
from .manifest import LaunchSpec
from .outcomes import GameLaunchError, OwnFilesError
from .paths import log_dir, own_root

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


LAUNCHER_PREFIX = "LAUNCHER_"
EARLY_EXIT_S = 10.0  # a non-zero exit this soon after the start is a failure to start: its last lines are shown
FOLLOW_POLL_S = 0.5
POSIX = os.name == "posix"
TAIL_LINES = 5
# The game's output: one file per run, rotated at the start (the current run's file starts empty), the last
# KEEP_RUNS runs kept besides it, each cut to its last RUN_CAP bytes when rotated. The running game's own file is
# not capped: stopping its writes could block or kill the game.
KEEP_RUNS = 5
RUN_CAP = 20 * 1024 * 1024


def game_environment(base: Mapping[str, str], handover: Mapping[str, str], *, bundle_dir: str | None = None,
                     secret_values: redact.SecretRegistry | None = None) -> dict[str, str]:
    """The game's environment. `bundle_dir`: the PyInstaller bundle's folder (sys._MEIPASS) when frozen."""
    registry = secret_values if secret_values is not None else redact.secrets
    env: dict[str, str] = {}
    for name, value in base.items():
        if name.upper().startswith(LAUNCHER_PREFIX) or value in registry:
            continue  # the launcher's own inputs (LAUNCHER_FIELD_PASSWORD...) and any secret of this run
        env[name] = value
    if bundle_dir:
        unbundle(env, base, bundle_dir)
    env.update(handover)
    return env


def bundle_dir() -> str | None:
    meipass = getattr(sys, "_MEIPASS", None)
    return str(meipass) if getattr(sys, "frozen", False) and meipass else None


def mac_app_executable(app: Path) -> Path:
    """The program inside a macOS `.app` bundle, as Info.plist names it (CFBundleExecutable)."""
    plist = app / "Contents" / "Info.plist"
    try:
        with open(plist, "rb") as fh:
            info = plistlib.load(fh)
    except (OSError, plistlib.InvalidFileException, ValueError) as exc:
        raise GameLaunchError(f"The game bundle {app.name} has no readable Contents/Info.plist.") from exc
    name = info.get("CFBundleExecutable") if isinstance(info, dict) else None
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in (".", ".."):
        name = app.stem  # what macOS itself falls back to
    exe = app / "Contents" / "MacOS" / name
    if not exe.is_file():
        raise GameLaunchError(f"The game bundle {app.name} has no program at Contents/MacOS/{name}.")
    return exe


def command_for(executable: Path, *, platform: str | None = None, frozen: bool | None = None) -> list[str]:
    """How to start `executable`. A Python script runs with this interpreter (so the demo game works everywhere);
    a macOS `.app` bundle through the program its Info.plist names (started directly, not with `open`, so the
    hand-over environment and the output capture reach it); anything else directly."""
    platform = platform or sys.platform
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if executable.suffix == ".py":
        if frozen:  # the bundle has no separate interpreter: it runs the script itself
            return [sys.executable, "--run-script", str(executable)]
        return [sys.executable, str(executable)]
    if executable.suffix == ".app" and platform == "darwin":
        return [str(mac_app_executable(executable))]
    return [str(executable)]


def check_executable(spec: LaunchSpec, *, platform: str | None = None) -> Path:
    exe = spec.executable
    platform = platform or sys.platform
    if exe is None:
        raise GameLaunchError("The manifest names no game executable ([launch] executable).")
    if not exe.exists():
        raise GameLaunchError(f"The game was not found at {exe}. Reinstall the game or fix the manifest.")
    if exe.suffix == ".app" and platform == "darwin" and exe.is_dir():
        mac_app_executable(exe)
    elif exe.is_dir():
        raise GameLaunchError(f"The game at {exe} is a folder, not a program. Fix the manifest's executable.")
    elif exe.suffix != ".py" and not os.access(exe, os.X_OK):
        raise GameLaunchError(f"The game at {exe} is not executable (check its permissions).")
    if not spec.working_dir.is_dir():
        raise GameLaunchError(f"The game's working directory {spec.working_dir} does not exist.")
    return exe


@dataclass
class RunningGame:
    process: asyncio.subprocess.Process
    log_path: Path
    log_offset: int = 0  # where this run's output starts in the log file (0: each run has a file of its own)
    started: float = field(default_factory=time.monotonic)
    ended: float | None = None
    process_name: str = ""  # [launch] process_name: the game's own process, when a starter hands over to it
    followed: bool = False  # the starter ended and the game it started was followed until it ended too
    note: str = ""  # what the launcher could not know about the run, in words
    children_before: frozenset[int] = frozenset()  # the launcher's own children when the game started

    async def wait(self) -> int:
        """The game's end: the starter's exit code, once the starter and everything it started have ended: its
        process group, processes it left behind (on Linux the launcher adopts them: a game that starts itself
        in a session of its own is followed too), and a process named `process_name`."""
        code = await self.process.wait()
        if POSIX:
            group = await self._follow_group()
            adopted = await self._follow_adopted()
            named = await self._follow_named()
            self.followed = group or adopted or named
            if self.process_name and not named and not self.followed:
                self.note = (f"the game's starter exited and no process named {self.process_name!r} was seen, so the "
                             "launcher cannot tell when the game ends")
        self.ended = self.ended or time.monotonic()
        return code

    def signal(self, signum: int) -> None:
        """Send `signum` to the game: the whole process group it runs in (a starter's children too)."""
        if POSIX:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signum)
        elif self.process.returncode is None:  # pragma: no cover - Windows
            self.process.terminate()

    def alive(self) -> bool:
        if POSIX:
            reap_adopted()
            try:
                os.killpg(self.process.pid, 0)
            except (ProcessLookupError, PermissionError):
                return bool(self._named_pids())
            return True
        return self.process.returncode is None  # pragma: no cover - Windows

    async def _follow_group(self) -> bool:
        """The game ran in a process group of its own: a starter that forked leaves its game in it."""
        try:
            os.killpg(self.process.pid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        while True:
            await asyncio.sleep(FOLLOW_POLL_S)
            reap_adopted()  # a starter's forked game is the launcher's child once the starter is gone
            try:
                os.killpg(self.process.pid, 0)
            except (ProcessLookupError, PermissionError):
                return True

    async def _follow_adopted(self) -> bool:
        """Processes the game left behind that the system handed to the launcher (only when it made itself their
        subreaper, for `--play`), never one of its own children from before the game started."""
        if not Adoption.on:
            return False
        found = [pid for pid in _adopted() if pid not in self.children_before]
        if not found:
            return False
        while found:
            await asyncio.sleep(FOLLOW_POLL_S)
            reap_adopted()
            found = [pid for pid in _adopted() if pid in found]
        return True

    async def _follow_named(self) -> bool:
        if not self.process_name or not self._named_pids():
            return False
        while self._named_pids():
            await asyncio.sleep(FOLLOW_POLL_S)
        return True

    def _named_pids(self) -> list[int]:
        """This user's processes named `process_name` (Linux: /proc), the launcher's own excepted."""
        if not self.process_name or not os.path.isdir("/proc"):
            return []
        found = []
        uid = os.getuid()
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if entry.stat().st_uid != uid:
                    continue
                with open(f"/proc/{entry.name}/comm", "rb") as fh:
                    comm = fh.read(64).decode("utf-8", "replace").strip()
            except OSError:
                continue
            if comm == self.process_name[:15]:  # the kernel keeps 15 characters of a process's name
                found.append(int(entry.name))
        return found

    def last_lines(self, count: int = TAIL_LINES) -> list[str]:
        """The last lines this run wrote, made safe to show (control characters stripped, secrets masked)."""
        try:
            with open(self.log_path, "rb") as fh:
                size = fh.seek(0, os.SEEK_END)
                start = max(self.log_offset, size - 16 * 1024)
                fh.seek(start)
                tail = fh.read().decode("utf-8", "replace")
        except OSError:
            return []
        lines = [redact.safe_text(line, limit=300) for line in tail.splitlines()]
        return [line for line in lines if line][-count:]

    def exit_message(self, code: int, game: str = "The game") -> str | None:
        """For a run that failed: what a person can act on. A non-zero exit right after the start shows the
        game's last output lines; None when the game ended normally."""
        if code == 0:
            return None
        seconds = (self.ended or time.monotonic()) - self.started
        if self.followed:
            return f"{game}'s starter exited with code {code}; the game it started has ended. See {self.log_path}."
        if seconds <= EARLY_EXIT_S:
            lines = self.last_lines()
            said = f" Its last output: {' | '.join(lines)}" if lines else " It wrote nothing."
            return f"{game} stopped right after starting (exit code {code}).{said} Full log: {self.log_path}"
        return f"{game} exited with code {code}; see {self.log_path}."


STARTED: set[int] = set()  # the launcher's own game processes (never taken for adopted ones)
class Adoption:
    """Set by become_subreaper(): only then are a game's leftovers followed (and reaped)."""

    on = False


def become_subreaper() -> None:
    """On Linux, processes a game leaves behind (a starter's daemonised game) are handed to this process instead
    of to init, so their end can be followed. Only for `--play`, a process whose one job is the game: the window
    also starts browsers and other detached programs, which must not be taken for the game. Best effort: elsewhere,
    or refused, nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        Adoption.on = libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _adopted(*, zombies: bool = False) -> list[int]:
    """Children of the launcher it did not start itself (Linux: /proc): alive ones, or with `zombies` the ended
    ones still to be reaped."""
    if not os.path.isdir("/proc"):
        return []
    me, found = os.getpid(), []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) in STARTED:
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                fields = fh.read(1024).rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 2 and fields[1] == str(me).encode() and (fields[0] == b"Z") == zombies:
            found.append(int(entry.name))
    return found


def reap_adopted() -> None:
    """Adopted processes that ended: reaped, so that no zombie is left (and a process group empties). Only as a
    subreaper: otherwise a zombie child is someone else's to wait for (asyncio's watcher, say)."""
    if not Adoption.on:
        return
    for pid in _adopted(zombies=True):
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)


def _rotate(log_path: Path) -> None:
    """Make room for a new run's log: NAME becomes NAME.1, NAME.1 becomes NAME.2 ... up to KEEP_RUNS; a run that
    wrote more than RUN_CAP bytes keeps only its last RUN_CAP bytes. Anything but a regular file at NAME (a link,
    a FIFO) is removed, never followed."""
    for n in range(KEEP_RUNS - 1, 0, -1):
        older = log_path.with_name(f"{log_path.name}.{n}")
        if os.path.lexists(older):
            os.replace(older, log_path.with_name(f"{log_path.name}.{n + 1}"))
    try:
        info = os.lstat(log_path)
    except FileNotFoundError:
        return
    first = log_path.with_name(f"{log_path.name}.1")
    if not stat.S_ISREG(info.st_mode):
        os.unlink(log_path)
    elif info.st_size > RUN_CAP:
        with open(log_path, "rb", opener=files.open_own) as fh:
            fh.seek(-RUN_CAP, os.SEEK_END)
            files.replace_private(first, b"[... earlier output cut ...]\n" + fh.read(RUN_CAP))
        os.unlink(log_path)
    else:
        os.replace(log_path, first)
        files.tighten(first)


def _open_log(log_path: Path) -> tuple[int, Path]:
    """This run's log and where it is: an empty file created 0600, never through a link (older runs rotated)."""
    files.private_dir(log_path.parent, own_root("log"))
    flags = (os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    for attempt in (1, 2):
        try:
            _rotate(log_path)
        except PermissionError:
            if os.name != "nt":
                raise
            # Windows renames no file another process holds open (the game, still running from an earlier start)
            log_path = log_path.with_name(f"{log_path.name}.{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
        try:
            return os.open(log_path, flags, files.FILE_MODE), log_path
        except FileExistsError:
            if attempt == 2:  # another launcher starting the same game at the same moment
                raise
    raise AssertionError("unreachable")


async def start(spec: LaunchSpec, values: Mapping[str, str], *, log_name: str | None = None) -> RunningGame:
    exe = check_executable(spec)
    env = game_environment(os.environ, render_env(spec.env, values), bundle_dir=bundle_dir())
    log_path = log_dir() / (log_name or spec.log_file)
    try:
        out, log_path = _open_log(log_path)
    except OSError as exc:
        raise OwnFilesError(f"The game's log {log_path} could not be created: {files.why(exc)}. "
                            "The game was not started.") from exc
    try:
        # A process group of its own (POSIX): what a starter forks stays in it, so the game's end can be followed,
        # and the game can be asked to close as a whole.
        process = await asyncio.create_subprocess_exec(
            *command_for(exe), *spec.args, cwd=str(spec.working_dir), env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=asyncio.subprocess.STDOUT,
            start_new_session=POSIX)
    except OSError as exc:
        raise GameLaunchError(f"The game could not be started: {exc.strerror or exc}.") from exc
    finally:
        os.close(out)
    log.info("game started (pid %s), output in %s", process.pid, log_path)
    STARTED.add(process.pid)
    return RunningGame(process, log_path, process_name=spec.process_name,
                       children_before=frozenset(_adopted()) if Adoption.on else frozenset())
