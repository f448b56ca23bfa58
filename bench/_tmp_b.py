import asyncio, sys
from common import machine  # noqa
mode = sys.argv[1]; N = int(sys.argv[2])
def main():
    import qasync
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.manifest import DEMO_MANIFEST, load
    from launcher.paths import data_dir
    from launcher.providers import gacha
    from launcher.sandbox import Sandbox
    from ui.app import build_window, make_app
    sandbox = Sandbox().start()
    manifest = load(DEMO_MANIFEST).with_services(sandbox.service_urls())
    app = make_app()
    VALUES = {"email": "player@example.com", "password": "SecurePassword123!"}
    async def scenario():
        window = build_window(manifest, accounts=Accounts(AccountStore(data_dir() / "a.json"), MemoryVault()))
        window.show(); await asyncio.sleep(0.1)
        c = window.controller
        for i in range(N):
            gacha.limiter = gacha.AttemptLimiter()
            if mode == "core":
                await c.sign_in("gacha", VALUES, remember=False)
            elif mode == "login":
                window.show_login("gacha", VALUES)
            elif mode == "click":
                window.show_login("gacha", VALUES); await asyncio.sleep(0.01)
                window.login.submit.click()
            await asyncio.sleep(0.02)
        await c.close()
        window.close()
    qasync.run(scenario())
    sandbox.stop()
main()
