"""The bundle's entry: before the launcher itself, run the newest downloaded version when there is one.

A version newer than this bundle, complete, checked (`slots.inspect`) and not marked bad is started as a child
process with this process's arguments, standard streams and environment (minus PyInstaller's own variables); its
exit code is this process's, and the signals this process gets are passed on. The child marks itself started
(`started.mark_started`: the window shown, a command's arguments parsed); when it ends before that with a code
that is not one of the launcher's own outcomes, or has not marked within LAUNCHER_SELF_UPDATE_START_DEADLINE
seconds (default 60), it is marked bad, never tried again, and the previous version runs in the same start, after
one line: "The update to 1.2.0 did not start; the launcher went back to 1.1.0." The previous version is the other
downloaded one when it started before, else this bundle itself. At most two downloaded versions are tried per
start, each once, every wait bounded: nothing here loops.

Any failure of this machinery itself (an unreadable folder, a damaged record) runs the bundle's own version."""

from __future__ import annotations

import contextlib
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from . import local
from .started import MARK_ENV

DEADLINE_ENV = "LAUNCHER_SELF_UPDATE_START_DEADLINE"
DEFAULT_DEADLINE_S = 60.0
POLL_S = 0.05
STOP_WAIT_S = 5.0
# The launcher's own outcomes (docs/cli-contract.md): a version that ends with one of these has run, whatever it
# answered (a usage error, a refused sign-in). Anything else before the mark is a failure to start (1: Python's
# own exit on an exception, 255/127: the loader or the bootloader gave up, a signal nobody sent).
OWN_OUTCOMES = frozenset({0, 2, 3, 4, 5, 6, 7, 8, 9, 130, 143})
FORWARDED = ("SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT", "SIGUSR1", "SIGUSR2")
def start(main: Callable[[], object], this: local.Installation | None = None) -> None:
    """Run the newest good downloaded version (and exit with its code), or `main`, this bundle's own launcher.
    `this`: the installation (default: this process's bundle; a pip install never looks for updates)."""
    try:
        this = this if this is not None else local.current()
        if this is not None and this.manifest is not None:
            found = local.bundle_identity(this.manifest)
            if found is None:
                this = None  # the bundle's own app id, hence its updates folder, is not known: no update runs
            else:
                from .. import identity

                identity.use(found)  # launcher.cli starts each run from the default and takes the run's own
        plan = _plan(this) if this is not None else None
    except Exception:  # the updates folder is never a reason for the launcher not to start
        plan = None
    if plan is None or this is None:
        main()
        return
    for candidate, fallback in plan:
        outcome, reason = _try(this, candidate)
        if outcome is not None:
            _exit_as(outcome)
        back_to = fallback.version if fallback is not None else this.version
        line = f"The update to {candidate.version} did not start; the launcher went back to {back_to}."
        local.mark(this.updates(), candidate.version, good=False, reason=reason, notice=line)
        with contextlib.suppress(Exception):
            if sys.stderr is not None:
                print(line, file=sys.stderr, flush=True)
    main()


def _plan(this: local.Installation) -> list[tuple[Any, Any]] | None:
    """What to try, in order: [(candidate, what runs if it fails), ...]; None to run this bundle as it is."""
    if os.environ.get(MARK_ENV) or this.running_slot() is not None:
        return None  # a downloaded version started by a bundle: it is the launcher now
    from .kind import managed_by

    updates = this.updates()
    if not os.path.isdir(updates) or managed_by(this.root):
        return None
    from .slots import Refused, inspect

    marks = local.read_marks(updates)
    found = []
    for name in local.SLOTS:
        with contextlib.suppress(Refused, OSError, ValueError):
            found.append(inspect(updates, name, this.executable_path, hashes=False))
    usable = sorted((c for c in found if local.newer(c.version, this.version) and c.version not in marks.bad),
                    key=lambda c: local.version_key(c.version), reverse=True)
    if not usable:
        return None
    first = usable[0]
    proven = [c for c in usable[1:] if c.version in marks.good]
    if first.version not in marks.good:  # never run yet: every file hashed against the signed list first
        try:
            first = inspect(updates, first.slot.name, this.executable_path, hashes=True)
        except (Refused, OSError, ValueError):
            return [(proven[0], None)] if proven else None
    plan = [(first, proven[0] if proven else None)]
    if proven:
        plan.append((proven[0], None))
    return plan


def deadline_s() -> float:
    try:
        value = float(os.environ.get(DEADLINE_ENV, ""))
    except ValueError:
        return DEFAULT_DEADLINE_S
    return min(max(value, 0.5), 600.0) if math.isfinite(value) else DEFAULT_DEADLINE_S


def child_environment(base: dict[str, str], mark: Path) -> dict[str, str]:
    """This process's environment for the downloaded bundle: PyInstaller's changes for this bundle undone (its
    library paths, its own variables), so the new bundle starts as if started by the player."""
    from ..bundle_env import unbundle

    env = dict(base)
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        unbundle(env, base, str(meipass))
        env["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    env[MARK_ENV] = str(mark)
    return env


class _Forwarder:
    """Passes the signals this process gets on to the child while it runs. SIGINT and SIGQUIT from a terminal
    already reach the child (same foreground process group): those are not sent twice."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc, self.sent, self.saved = proc, False, {}
        names = list(FORWARDED)
        if _terminal_foreground():
            names = [n for n in names if n not in ("SIGINT", "SIGQUIT")]
            for name in ("SIGINT", "SIGQUIT"):
                if hasattr(signal, name):
                    self.saved[getattr(signal, name)] = signal.signal(getattr(signal, name), self._noted)
        for name in names:
            if hasattr(signal, name):
                number = getattr(signal, name)
                with contextlib.suppress(OSError, ValueError):
                    self.saved[number] = signal.signal(number, self._forward)

    def _noted(self, number: int, _frame: object) -> None:
        self.sent = True  # the terminal's Ctrl-C went to the child too: how it ends is the player's doing

    def _forward(self, number: int, _frame: object) -> None:
        self.sent = True
        with contextlib.suppress(OSError, ValueError):
            self.proc.send_signal(number)

    def restore(self) -> None:
        for number, handler in self.saved.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(number, handler)


def _terminal_foreground() -> bool:
    try:
        return os.isatty(0) and os.tcgetpgrp(0) == os.getpgrp()
    except (OSError, AttributeError):
        return False


def _try(this: local.Installation, candidate: Any) -> tuple[int | None, str]:
    """Run `candidate` to its end: (its exit code, "") once it started, (None, why) when it did not start."""
    updates = this.updates()
    mark = updates / f".started-{os.getpid()}-{os.urandom(8).hex()}"
    in_use = _hold_in_use(candidate.slot, candidate.version)
    try:
        try:
            proc = subprocess.Popen([str(candidate.executable), *sys.argv[1:]],
                                    env=child_environment(dict(os.environ), mark))
        except OSError as exc:
            return None, f"it could not be started ({exc.strerror or exc})"
        forwarder = _Forwarder(proc)
        try:
            code, started = _watch(proc, mark, deadline_s())
        finally:
            forwarder.restore()
        if started:
            local.mark(updates, candidate.version, good=True)
            return code, ""
        if code is None:
            return None, f"it did not start within {deadline_s():g} seconds"
        if forwarder.sent or code in OWN_OUTCOMES:
            return code, ""  # it ran and ended on its own terms, or as the player asked
        return None, f"it ended with exit code {code} before it had started"
    finally:
        with contextlib.suppress(OSError):
            mark.unlink()
        if in_use is not None:
            in_use.release()


def _watch(proc: subprocess.Popen[bytes], mark: Path, deadline: float) -> tuple[int | None, bool]:
    """(exit code, marked started). Until the mark, waits at most `deadline` seconds (then the child is stopped:
    (None, False)); after it, as long as the child runs."""
    end = time.monotonic() + deadline
    while True:
        try:
            code = proc.wait(timeout=POLL_S)
        except subprocess.TimeoutExpired:
            if os.path.lexists(mark):
                return proc.wait(), True
            if time.monotonic() > end:
                _stop(proc)
                return None, False
            continue
        return code, os.path.lexists(mark)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        proc.terminate()
    try:
        proc.wait(timeout=STOP_WAIT_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_WAIT_S)


def _hold_in_use(slot: Path, version: str) -> Any:
    """The delivery code's in-use lock of the version's folder: an update downloaded meanwhile keeps it."""
    from ..file_lock import HeldLock

    held = HeldLock(slot / ".launcher" / f"in-use-{version}.lock")
    return held if held.acquire() else None


def _exit_as(code: int) -> NoReturn:
    """End this process as the child ended: its exit code, or the same signal."""
    if code < 0 and os.name == "posix":
        with contextlib.suppress(OSError, ValueError):
            signal.signal(-code, signal.SIG_DFL)
            os.kill(os.getpid(), -code)
            time.sleep(1)
        code = 128 - code
    with contextlib.suppress(Exception):
        if sys.stdout is not None:
            sys.stdout.flush()
    os._exit(code & 0xFF if code >= 0 else 1)
