"""Render each main screen of the launcher to a PNG (offscreen), against the embedded sandbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py screenshots [--dark]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAUNCHER_HOME", tempfile.mkdtemp(prefix="launcher-shots-"))
os.environ.setdefault("DEMO_PLAY_SECONDS", "2")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    dark = "--dark" in sys.argv
    import qasync

    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.manifest import DEMO_MANIFEST, load
    from launcher.models import Item
    from launcher.paths import data_dir
    from launcher.sandbox import Sandbox
    from ui import theme
    from ui.app import build_window, make_app

    sandbox = Sandbox().start()
    manifest = load(DEMO_MANIFEST).with_services(sandbox.service_urls())
    app = make_app()
    theme.apply(app, dark=dark)
    suffix = "-dark" if dark else ""

    async def pause(s: float = 0.3) -> None:
        await asyncio.sleep(s)

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        app.processEvents()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    async def scenario() -> None:
        accounts = Accounts(AccountStore(data_dir() / "accounts.json"), MemoryVault())
        window = build_window(manifest, accounts=accounts)
        window.resize(1120, 720)
        window.show()
        c = window.controller
        c.load_accounts()
        await pause()
        shot(window, "1-providers")
        window.show_login("gacha")
        window.login.inputs["email"].setText("player@")
        window.login._changed("email")
        await pause()
        shot(window, "2-login-validation")
        window.login.inputs["email"].setText("player@example.com")
        window.login.inputs["password"].setText("wrong-password")
        window.login._changed("email")
        await c.sign_in("gacha", window.login.values())
        await pause()
        shot(window, "3-login-error")
        window.show_login("earth", {"via": "playfab-custom", "custom_id": "astrid"})
        sandbox.state.inject("/player/profile/signin", delay=3, passthrough=True)
        task = asyncio.ensure_future(c.sign_in("earth", window.login.values()))
        await pause(1.2)
        shot(window, "4-chained-sign-in-progress")
        await task
        await pause(0.5)
        await c.sign_in("playfab-custom", {"custom_id": "bjorn"})
        await c.sign_in("appcharge", {"auth_method": "userPassword", "user_name": "expertgamer1979",
                                      "password": "732hf8820pk!", "publisher_token": "demo-publisher-token-7f3a",
                                      "signing_key": "demo-signing-key-c41d"})
        await c.switch(next(a.id for a in c.accounts if a.provider == "earth"))
        await pause(0.8)
        shot(window, "5-profile")
        play = asyncio.ensure_future(c.play())
        await pause(0.8)
        shot(window, "6-playing")
        await play
        many = [Item(f"chest_{n:06d}", f"Chest #{n:,}", f"Generated chest {n} for the scale test", n % 7 + 1)
                for n in range(100_000)]
        c.profile.items = many
        window.profile_page.show_profile(c.profile)
        window.profile_page.filter.setText("#99,9")
        await pause()
        shot(window, "7-100k-chests-filtered")
        window.show_login("appcharge")
        await pause()
        shot(window, "8-appcharge-form")
        window.show_login("playfab-xbox")
        await pause()
        shot(window, "9-xbox-testing-tool")
        await c.close()
        window.close()

    try:
        qasync.run(scenario())
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
