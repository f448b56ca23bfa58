"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAUNCHER_HOME", tempfile.mkdtemp(prefix="launcher-bench-"))


def machine() -> str:
    return f"{platform.machine()} {platform.system()} {platform.release()}, Python {platform.python_version()}, " \
           f"{os.cpu_count()} CPUs"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
