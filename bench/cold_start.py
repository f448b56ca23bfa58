"""Cold start: process start to first paint, launcher vs a bare PySide6 window, alternating runs."""

from __future__ import annotations

import subprocess
import sys
import time

from common import ROOT, median_ms

RUNS = 7


def once(kind: str) -> tuple[float, float]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "first_paint.py"), kind], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    rss = float(out.stdout.strip().split("rss_mb=")[-1])
    return elapsed, rss


def main() -> None:
    once("bare"), once("launcher")  # warm the file cache
    bare, launcher, bare_rss, launcher_rss = [], [], [], []
    for _ in range(RUNS):
        for kind, times, mem in (("bare", bare, bare_rss), ("launcher", launcher, launcher_rss)):
            t, rss = once(kind)
            times.append(t)
            mem.append(rss)
    b, lch = median_ms(bare), median_ms(launcher)
    print(f"cold start (median of {RUNS}): bare PySide6 window {b:.0f} ms, launcher {lch:.0f} ms, "
          f"ratio {lch / b:.2f} (target <= 1.3)")
    print(f"idle memory after first paint: bare {min(bare_rss):.0f} MB, launcher {min(launcher_rss):.0f} MB")


if __name__ == "__main__":
    main()
