"""Runs the real window (`launcher --demo`) in this process, signs in through the demo sandbox once the window
is up, then quits the way a player would. Used by tests/test_hostile_quit.py in a subprocess.

argv[1]: "headless" (LAUNCHER_QUIT_AFTER_START quits), "close" (the window's close button) or "menu" (the
Quit action)."""

from __future__ import annotations

import sys

from launcher.controller import Controller
from ui.main_window import MainWindow

mode = sys.argv[1]
windows: list[MainWindow] = []
real_attach = MainWindow.attach
real_start = Controller.start


def attach(self: MainWindow, *args, **kwargs):  # type: ignore[no-untyped-def]
    windows.append(self)
    return real_attach(self, *args, **kwargs)


async def start(self: Controller) -> None:
    await real_start(self)
    session = await self.sign_in("gacha", {"email": "player@example.com", "password": "SecurePassword123!"})
    print("signed in" if session else f"sign-in failed: {self.error}", flush=True)
    if mode == "close":
        windows[0].close()
    elif mode == "menu":
        windows[0].quit()


MainWindow.attach = attach  # type: ignore[method-assign]
Controller.start = start  # type: ignore[method-assign]

from ui.entry import main  # noqa: E402

sys.argv = ["launcher", "--demo"]
main()
