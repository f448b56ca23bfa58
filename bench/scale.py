"""Scale: 100,000 chests to the first screen (time and memory), and 50 saved accounts refreshed concurrently."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from typing import Any

from common import machine  # noqa: F401  (sets up paths and an isolated LAUNCHER_HOME)


def chests() -> None:
    from PySide6.QtWidgets import QApplication

    from launcher.models import Item, Profile
    from ui.widgets.profile import ProfilePage

    app = QApplication.instance() or QApplication([])
    page = ProfilePage("Bench")
    page.resize(1000, 700)
    page.show()
    items = [Item(f"chest_{n:06d}", f"Chest #{n:,}", f"Generated chest {n}", n % 9 + 1) for n in range(100_000)]
    profile = Profile(provider="gacha", player_id="p", display_name="Bench", items=items)
    t = time.perf_counter()
    page.show_profile(profile)
    page.grab()
    shown = time.perf_counter() - t
    t = time.perf_counter()
    page.filter.setText("#99,9")
    page.grab()
    filtered = time.perf_counter() - t
    page.filter.clear()
    tracemalloc.start()  # a second pass for memory: tracing slows Python down, so not during the timings
    page.show_profile(Profile(provider="gacha", player_id="p", display_name="Bench", items=list(items)))
    page.grab()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"100,000 chests: first screen {shown * 1000:.0f} ms, filter {filtered * 1000:.0f} ms, "
          f"model/view memory {peak / 1e6:.1f} MB (beyond the item list itself)")
    app.processEvents()


async def refresh50() -> None:
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.app_core import Core
    from launcher.http import Http
    from launcher.manifest import DEMO_MANIFEST, load
    from launcher.paths import data_dir
    from launcher.sandbox import Sandbox

    sandbox = Sandbox().start()
    sandbox.state.inject("/Client/GetPlayerCombinedInfo", delay=0.2, passthrough=True, times=10_000)
    manifest = load(DEMO_MANIFEST).with_services(sandbox.service_urls())
    class CountedStore(AccountStore):
        updates = 0  # read-modify-writes of the account file (each validates, backs up and fsyncs it whole)

        def update(self, change: Any) -> Any:
            self.updates += 1
            return super().update(change)

    store = CountedStore(data_dir() / "bench-accounts.json")
    accounts = Accounts(store, MemoryVault())
    async with Core(manifest, accounts=accounts, http=Http()) as core:
        for n in range(50):
            core.remember(await core.sign_in("playfab-custom", {"custom_id": f"bench-{n}", "create_account": True}))
        t = time.perf_counter()
        session = accounts.session(accounts.list()[0])
        await core.provider("playfab-custom").refresh(core.context(), session)
        one = time.perf_counter() - t
        t, store.updates = time.perf_counter(), 0
        results = await core.refresh_due(margin_s=10 ** 9)
        all50 = time.perf_counter() - t
    sandbox.stop()
    ok = sum(1 for r in results if r.kind.value == "refreshed")
    print(f"refresh of {ok} saved accounts (server delay 200 ms each): one {one * 1000:.0f} ms, "
          f"all concurrently {all50 * 1000:.0f} ms ({all50 / one:.1f}x one), account file written {store.updates}x")


if __name__ == "__main__":
    chests()
    asyncio.run(refresh50())
