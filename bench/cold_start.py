"""Cold start: process start to first paint, the real launcher command against a bare PySide6 window.

The launcher runs exactly as a player starts it (`launcher --manifest resources/demo-manifest.toml`, no
network), with LAUNCHER_QUIT_AFTER_START so it says when it first paints and when the full window is built,
then quits. Runs alternate between the two, and each figure is a median. Memory is each process's resident
set once its window is complete."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, median_ms

RUNS = 21


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def once(argv: list[str], done_line: str) -> tuple[float, float, float]:
    """(seconds to first paint, seconds until `done_line`, resident MB then)."""
    # A fresh home, not LAUNCHER_HOME: a player's launcher finds its folders through platformdirs, and so
    # does this one.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAUNCHER_", "XDG_"))}
    env.update(LAUNCHER_QUIT_AFTER_START="1", HOME=tempfile.mkdtemp(prefix="bench-home-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed launcher has its bytecode compiled, as pip does
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    first = done = rss = float("nan")
    for line in proc.stdout:
        now = time.perf_counter() - start
        if line.startswith("first paint"):
            first = now
        if line.startswith(done_line):
            done, rss = now, rss_mb(proc.pid)
    if proc.wait(timeout=30) != 0:
        raise SystemExit(f"{argv} failed")
    return first, done, rss


def main() -> None:
    launcher = Path(sys.executable).with_name("launcher")
    kinds = {
        "bare": ([sys.executable, str(ROOT / "bench" / "bare_window.py")], "first paint"),
        "launcher": ([str(launcher), "--manifest", str(ROOT / "resources" / "demo-manifest.toml")],
                     "window shown"),
    }
    for argv, done in kinds.values():  # warm the file cache
        once(argv, done)
    results: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in kinds}
    for _ in range(RUNS):
        for kind, (argv, done) in kinds.items():
            results[kind].append(once(argv, done))
    bare = median_ms([r[0] for r in results["bare"]])
    first = median_ms([r[0] for r in results["launcher"]])
    full = median_ms([r[1] for r in results["launcher"]])
    print(f"cold start to first paint (median of {RUNS}): bare PySide6 window {bare:.0f} ms, launcher {first:.0f} ms, "
          f"ratio {first / bare:.2f} (target <= 1.3)")
    fastest_bare = min(r[0] for r in results["bare"]) * 1000
    fastest = min(r[0] for r in results["launcher"]) * 1000
    print(f"fastest runs (least disturbed by the machine): bare {fastest_bare:.0f} ms, launcher {fastest:.0f} ms, "
          f"ratio {fastest / fastest_bare:.2f}")
    print(f"launcher window complete (every page built, account store read): {full:.0f} ms")
    print(f"memory once the window is complete: bare {min(r[2] for r in results['bare']):.0f} MB, "
          f"launcher {min(r[2] for r in results['launcher']):.0f} MB")


if __name__ == "__main__":
    main()
