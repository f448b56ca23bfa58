"""Start to Play: process start until Play is enabled on the saved account's painted profile, against a bare
PySide6 window's first paint (issue 16, target: at most 2x).

The launcher runs as a player starts it (`ui.app.run` with the demo manifest, a saved default account, the
sandbox serving the manifest's addresses on 127.0.0.1:8765). Its keychain is a small file keyring selected
with PYTHON_KEYRING_BACKEND (keyring loads it lazily, as it would load the system's), so the saved session
survives from the preparing process to the measured ones. Each child prints the wall-clock time of its event;
the parent takes it from the moment just before it started the child. 15 runs each, alternating, median."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RUNS = 15

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"at {time.time()}", flush=True)
            app.quit()
app = QApplication(sys.argv[:1])
w = Window(); w.resize(1120, 720); w.show(); app.exec()
"""

LAUNCHER = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
import ui.main_window as mw

class PlayPainted(QObject):
    def __init__(self, window, stage):
        super().__init__(window)
        self.window, self.stage = window, stage
    def eventFilter(self, obj, event):
        w = self.window
        page = w.profile_page
        if event.type() == QEvent.Type.Paint and obj is page.play_button and obj.isEnabled() \
                and w.pages.currentWidget() is w._holders[id(page)] and page.name.full == sys.argv[2]:
            print(f"at {time.time()} painted={self.stage}", flush=True)
            os._exit(0)  # the mark is all this run is for
        return False

first = mw.MainWindow.show_first_screen
def watched_first(self, *a, **kw):
    first(self, *a, **kw)
    self.profile_page.play_button.installEventFilter(PlayPainted(self, "before-attach"))
mw.MainWindow.show_first_screen = watched_first
attach = mw.MainWindow.attach
def watched(self, controller, **kw):
    attach(self, controller, **kw)
    self.profile_page.play_button.installEventFilter(PlayPainted(self, "after-attach"))
mw.MainWindow.attach = watched
from ui.app import run
run(demo=False, manifest=sys.argv[1], provider=None)
"""

PREPARE = r"""
import asyncio, sys
from launcher.app_core import Core
from launcher.controller import Controller
from launcher.manifest import load
async def main():
    c = Controller(Core(load(sys.argv[1])), open_browser=lambda url: None)
    c.load_accounts()
    session = await c.sign_in("gacha", {"email": "player@example.com", "password": "SecurePassword123!"})
    assert session is not None and c.remembers, "the bench keyring was not used"
    print(session.profile.display_name)
    await c.close()
asyncio.run(main())
"""


def run_child(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    began = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60,
                         check=False)
    line = next((x for x in out.stdout.splitlines() if x.startswith("at ")), None)
    if line is None:
        raise RuntimeError(f"no mark from the child:\n{out.stdout}\n{out.stderr[-2000:]}")
    parts = line.split()
    return float(parts[1]) - began, " ".join(parts[2:])


def main() -> int:
    from common import machine

    from launcher.manifest import DEMO_MANIFEST
    from launcher.sandbox import Sandbox

    home = Path(tempfile.mkdtemp(prefix="launcher-start-to-play-"))
    env = {**os.environ, "LAUNCHER_HOME": str(home), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.JsonFileKeyring",
           "TEST_KEYRING_FILE": str(home / "keyring.json")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed launcher has its bytecode compiled, as pip does
    with Sandbox(port=8765):
        prepared = subprocess.run([sys.executable, "-c", PREPARE, str(DEMO_MANIFEST)], env=env, capture_output=True,
                                  text=True, timeout=60, check=False)
        if prepared.returncode:
            print(prepared.stderr[-2000:])
            return 1
        name = prepared.stdout.strip().splitlines()[-1]
        bare, launcher, notes = [], [], set()
        for _ in range(RUNS):
            bare.append(run_child(BARE, env)[0])
            seconds, note = run_child(LAUNCHER, env, str(DEMO_MANIFEST), name)
            launcher.append(seconds)
            notes.add(note)
    b, l_ = statistics.median(bare) * 1000, statistics.median(launcher) * 1000
    print(f"{machine()}, {env['QT_QPA_PLATFORM']}")
    print(f"bare window first paint: median {b:.0f} ms (fastest {min(bare) * 1000:.0f})")
    print(f"start to Play enabled on the saved profile: median {l_:.0f} ms (fastest {min(launcher) * 1000:.0f}); "
          f"{', '.join(sorted(notes))}")
    print(f"ratio {l_ / b:.2f} (target <= 2)")
    print(json.dumps({"bare_ms": round(b), "start_to_play_ms": round(l_), "ratio": round(l_ / b, 2)}))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
