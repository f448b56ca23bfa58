"""Event-loop stalls: the longest gap of a 1 ms QTimer heartbeat while the window signs in (chained Earth
sign-in), switches to the saved account's profile, loads the avatar, shows then filters 100,000 chests, and
installs a 256 MB game build at full loopback speed with the main button's progress shown.
Target: <= 16 ms."""

from __future__ import annotations

import asyncio
import gc
import os

from common import machine  # noqa: F401  (paths, offscreen, isolated LAUNCHER_HOME)


def game_repository() -> str:
    """The demo manifest, its [delivery] pointed at a 256 MB build published to a folder served on loopback."""
    import functools
    import http.server
    import tempfile
    import threading
    from pathlib import Path

    from launcher.delivery import publish
    from launcher.manifest import DEMO_MANIFEST

    base = Path(tempfile.mkdtemp(prefix="stall-repo-"))
    build = base / "build"
    build.mkdir()
    (build / "demo_game.py").write_bytes((Path(DEMO_MANIFEST).parent / "demo_game.py").read_bytes())
    (build / "demo_game.py").chmod(0o755)
    with open(build / "data.pak", "wb") as fh:
        for _ in range(256):
            fh.write(os.urandom(1024 * 1024))
    root = publish.init(base / "repo", base / "keys")
    publish.publish(build, base / "repo", base / "keys", "1.0", "live")
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(base / "repo"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    text = Path(DEMO_MANIFEST).read_text("utf-8")
    start = text.index("[delivery]")
    end = text.index("[launch]")
    text = (text[:start] + f'[delivery]\nrepository = "http://127.0.0.1:{server.server_address[1]}"\n'
            f'root = "{root.relative_to(base)}"\nbackground_updates = false\n\n' + text[end:])
    text = text.replace('icon = "icons/demo-game.svg"\n', "")
    (base / "game.toml").write_text(text, "utf-8")
    return str(base / "game.toml")


def main() -> None:
    import qasync

    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.manifest import load
    from launcher.models import Item
    from launcher.paths import data_dir
    from launcher.sandbox import Sandbox
    from ui.app import build_window, make_app
    from ui.heartbeat import Heartbeat

    sandbox = Sandbox().start()
    manifest = load(game_repository()).with_services(sandbox.service_urls())
    app = make_app()
    many = [Item(f"c{n}", f"Chest {n:,}", "generated", n % 9 + 1) for n in range(100_000)]
    results: dict[str, float] = {}

    async def scenario() -> None:
        window = build_window(manifest, accounts=Accounts(AccountStore(data_dir() / "a.json"), MemoryVault()))
        window.show()
        await asyncio.sleep(0.2)
        beat = Heartbeat(interval_ms=1)

        async def phase(name: str, work) -> None:  # type: ignore[no-untyped-def]
            gc.collect()
            beat.start()
            await work()
            beat.stop()
            results[name] = beat.longest_ms()

        c = window.controller

        async def sign_in() -> None:
            await c.sign_in("earth", {"via": "playfab-custom", "custom_id": "astrid"})

        async def profile() -> None:
            window.show_picker()
            await asyncio.sleep(0.02)
            await c.switch(c.current_id)
            await asyncio.sleep(0.05)
            assert window.current_page() is window.profile_page

        async def avatar() -> None:
            c.avatars.clear()
            await c.load_avatar(c.profile.avatar_url)
            await asyncio.sleep(0.05)

        async def chests() -> None:
            c.profile.items = many
            window.profile_page.show_profile(c.profile)
            while window.profile_page.model.rowCount() != len(many):
                await asyncio.sleep(0.005)
            window.profile_page.filter.setText("Chest 99,9")
            while window.profile_page.model.busy:
                await asyncio.sleep(0.005)

        await phase("sign-in (Earth, chained)", sign_in)
        await phase("profile (switch to the saved account)", profile)
        await phase("avatar", avatar)
        await phase("100,000 chests + filter", chests)

        async def download() -> None:
            keeper = c.build_for()
            await keeper.check()
            keeper.start()
            while keeper.busy:
                await asyncio.sleep(0.05)
            assert keeper.state.installed == "1.0", keeper.state

        await phase("installing a 256 MB build (progress shown)", download)
        await c.close()
        window.close()

    qasync.run(scenario())
    sandbox.stop()
    for name, worst in results.items():
        print(f"longest event-loop stall during {name}: {worst:.1f} ms (target <= 16 ms)")
    del app


if __name__ == "__main__":
    main()
