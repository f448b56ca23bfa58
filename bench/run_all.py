"""`make bench`: every benchmark, one after another, with the machine they ran on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from common import machine

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    print(f"machine: {machine()}")
    for script in ("cold_start.py", "start_to_play.py", "click_to_profile.py", "stalls.py", "scale.py"):
        subprocess.run([sys.executable, str(HERE / script)], check=True, cwd=HERE)
