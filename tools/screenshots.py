"""Render the launcher's screens to PNGs (offscreen), against the embedded sandbox, for a person to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py build/screenshots [--languages de,ar]

Takes every screen in each language (default: English, every shipped language and the pseudo-locale en_XA), each
into its own folder (build/screenshots/de/...), one child process per language. Renders player mode, tester mode
with several environments, the device-code screen, the "not set up" and keychain pages, the next start's last
known profile (as Play is first painted), 900x600, and then itself again in the dark palette and at
QT_SCALE_FACTOR=2 on a 1600x1000 screen (child processes: the scale factor and screen are fixed when Qt starts)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCREEN = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
          "screens": [{"name": "screen", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


def screen_config(folder: Path, width: int = 1600, height: int = 1000) -> str:
    path = folder / f"screen-{width}x{height}.json"
    config = json.loads(json.dumps(SCREEN))
    config["screens"][0].update(width=width, height=height)
    path.write_text(json.dumps(config))
    return f"offscreen:configfile={path}"


def studio_manifest(folder: Path) -> Path:
    """The demo manifest as a studio would ship it: banner, links, support, three environments, and the
    publisher method offered to players (so its "not set up" page shows)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

    from launcher.manifest import DEMO_MANIFEST

    banner = QImage(1600, 300, QImage.Format.Format_RGB32)
    p = QPainter(banner)
    gradient = QLinearGradient(0, 0, 1600, 300)
    gradient.setColorAt(0, QColor("#20124d"))
    gradient.setColorAt(0.6, QColor("#5b3fd1"))
    gradient.setColorAt(1, QColor("#f08a4b"))
    p.fillRect(banner.rect(), gradient)
    font = QFont()
    font.setPixelSize(84)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(0, 0, 1600, 300), Qt.AlignmentFlag.AlignCenter, "DEMO QUEST")
    p.end()
    banner.save(str(folder / "banner.png"))
    base = DEMO_MANIFEST.parent
    text = DEMO_MANIFEST.read_text()
    text = text.replace('icon = "icons/demo-game.svg"',
                        f'icon = "{base / "icons/demo-game.svg"}"\nbanner = "banner.png"\n'
                        'support_url = "https://support.example.com/demo-quest"')
    (folder / "demo-repo-root.json").write_bytes((base / "demo-repo-root.json").read_bytes())  # beside it
    text += ('\n[links]\n"Patch notes" = "https://example.com/demo-quest/patch-notes"\n'
             '"Community" = "https://example.com/demo-quest/community"\n'
             '\n[providers.appcharge]\ntesting = false\n'
             '\n[environments]\ndefault = "live"\n[environments.dev.earth]\nclient_version = "0.35.0-dev"\n'
             '[environments.staging.earth]\nclient_version = "0.34.0-rc1"\n[environments.live]\n')
    path = folder / "studio.toml"
    path.write_text(text)
    return path


def option(name: str) -> str | None:
    """`--name value` or `--name=value` from argv."""
    argv = sys.argv[1:]
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(f"{name}="):
            return arg.split("=", 1)[1]
    return None


def every_language() -> list[str]:
    from launcher import languages
    from ui import i18n

    return [languages.SOURCE, *i18n.shipped(), *([languages.PSEUDO] if i18n.has_pseudo() else [])]


def each_language(out: Path) -> int:
    """One child per language, into out/<language>/ (the language is fixed before the first widget exists)."""
    chosen = option("--languages")
    wanted = [code.strip() for code in chosen.split(",") if code.strip()] if chosen else every_language()
    for code in wanted:
        print(f"--- {code}", flush=True)
        subprocess.run([sys.executable, __file__, str(out / code), "--language", code], check=True)
    return 0


def main() -> int:
    values = {option("--language"), option("--languages")}
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    out = Path(args[0] if args else "screenshots").resolve()
    language = option("--language")
    if language is None:
        return each_language(out)
    out.mkdir(parents=True, exist_ok=True)
    dark, scale = "--dark" in sys.argv, "--scale2" in sys.argv
    child = dark or scale
    work = Path(tempfile.mkdtemp(prefix="launcher-shots-"))
    os.environ.setdefault("LAUNCHER_HOME", str(work / "home"))
    os.environ.setdefault("DEMO_PLAY_SECONDS", "3")
    if not child:
        os.environ["QT_QPA_PLATFORM"] = screen_config(work, 1920, 1200)
    import qasync

    from launcher import snapshots
    from launcher.accounts import Accounts
    from launcher.accounts.secrets import MemoryVault
    from launcher.accounts.store import AccountStore
    from launcher.manifest import load
    from launcher.models import Item
    from launcher.outcomes import KeychainError
    from launcher.sandbox import Sandbox
    from ui import i18n, theme
    from ui.app import build_window, make_app
    from ui.main_window import MainWindow

    class Keychain(MemoryVault):
        persistent = True  # stands in for the system keychain

    class LockedKeychain(MemoryVault):
        persistent = False

        def get(self, service: str, key: str) -> str | None:
            raise KeychainError("The system keychain could not be opened.")

    app = make_app()
    theme.apply(app, dark=dark)
    shown = i18n.apply(language)
    if shown != language:
        print(f"screenshots: {language!r} is not shipped; the screens show {shown!r}", file=sys.stderr)
        return 2
    sandbox = Sandbox().start()
    manifest = load(studio_manifest(work)).with_services(sandbox.service_urls())
    suffix = "-dark" if dark else ("-scale2" if scale else "")
    store_path = work / "accounts.json"

    async def pause(s: float = 0.3) -> None:
        await asyncio.sleep(s)

    async def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        await pause(0.05)  # pending layouts and paints (not processEvents: it would run other tasks inside this one)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    def window_for(vault, *, tester: bool):  # type: ignore[no-untyped-def]
        w = build_window(manifest, accounts=Accounts(AccountStore(store_path), vault), open_browser=lambda url: None)
        if w.controller.tester != tester:
            w.set_tester(tester)
        w.show()
        return w

    async def scale_scenario() -> None:
        w = window_for(Keychain(), tester=False)
        c = w.controller
        c.load_accounts()
        await pause()
        print(f"scale 2: window {w.width()}x{w.height()}, minimum {w.minimumWidth()}x{w.minimumHeight()}, "
              f"screen {w.screen().availableGeometry().width()}x{w.screen().availableGeometry().height()}")
        await shot(w, "20-start-size-picker")
        await c.sign_in("gacha", {"email": "player@example.com", "password": "SecurePassword123!"})
        await pause(0.5)
        await shot(w, "21-start-size-profile")
        w.resize(w.minimumSize())
        await pause()
        await shot(w, "22-minimum-size-profile")
        await c.sign_in("playfab-email", {"email": "astrid@example.com", "password": "Valhalla!2024"})
        w.setMinimumSize(0, 0)  # a 1280x800 screen at scale 2: 640x400, where the sidebar keeps the pictures only
        w.resize(640, 400)
        await pause(0.5)
        await shot(w, "23-640x400-profile")
        await c.close()
        w.close()

    async def scenario() -> None:
        keychain = Keychain()
        w = window_for(keychain, tester=False)
        w.resize(1120, 720)
        c = w.controller
        c.load_accounts()
        await pause()
        await shot(w, "01-player-picker")
        w.show_login("gacha")
        w.login.inputs["email"].setText("player@")
        w.login._changed("email")
        await pause()
        await shot(w, "02-player-login-validation")
        w.login.inputs["email"].setText("player@example.com")
        w.login.inputs["password"].setText("wrong-password")
        w.login._changed("email")
        w.on_submit("gacha", w.login.relevant_values(), True)
        for _ in range(50):
            await pause(0.1)
            if not c.busy and w.login.form_error.isVisible():
                break
        await shot(w, "03-player-login-error-focus-on-password")
        w.show_login("playfab-facebook")
        await pause()
        external = asyncio.ensure_future(c.external_sign_in("playfab-facebook"))
        for _ in range(50):
            await pause(0.1)
            if w.login is not None and w.login.code_box.isVisible():
                break
        await shot(w, "04-device-code")
        c.cancel()
        await asyncio.gather(external, return_exceptions=True)
        await pause()
        w.statusBar().clearMessage()  # "Sign-in cancelled." would otherwise sit on the next shots for 5 s
        w.show_login("appcharge")
        await pause()
        await shot(w, "05-player-not-set-up")
        await c.sign_in("earth", {"via": "playfab-email", "email": "astrid@example.com", "password": "Valhalla!2024"})
        await pause(0.8)
        await shot(w, "06-player-profile")
        play = asyncio.ensure_future(c.play())
        await pause(0.8)
        await shot(w, "07-player-playing")
        await play
        await pause()
        await shot(w, "08-player-game-closed")
        first = MainWindow(manifest.name, game_icon=w.game_icon)  # the next start, as Play is first painted
        first.resize(1120, 720)
        first.show()
        snapshot = snapshots.first_screen(store_path, environment=manifest.environment)
        assert snapshot is not None, "the signed-in account left no last known profile"
        first.show_first_screen(snapshot, banner=manifest.banner)
        await pause()
        await shot(first, "08b-next-start-last-known-profile")
        first.close()
        w.resize(900, 600)
        await pause()
        await shot(w, "09-900x600-profile")
        w.show_picker()
        await pause()
        await shot(w, "10-900x600-picker")

        w.set_tester(True)
        w.resize(1280, 800)
        await pause()
        await shot(w, "11-tester-picker")
        for env, names in (("dev", ["astrid", "bjorn"]), ("staging", ["astrid", "qa-user-with-a-very-long-name-07"]),
                           ("live", ["bjorn"])):
            w.choose_environment(env)
            for name in names:
                await c.sign_in("playfab-custom", {"custom_id": name, "create_account": "true"})
                assert c.error == "", c.error
        w.choose_environment("staging")
        await pause(0.5)
        await shot(w, "12-tester-accounts-several-environments")
        for name in ("qa-one", "qa-two"):  # throwaway accounts: told apart by player id, a name offered
            await c.sign_in("playfab-custom", {"custom_id": name, "create_account": "true"})
        await pause(0.5)
        await shot(w, "12b-tester-new-nameless-accounts")
        w.choose_environment("live")
        await c.sign_in("playfab-email", {"email": "astrid@example.com", "password": "Valhalla!2024"})
        await c.sign_in("playfab-facebook", {"access_token": "EAADemoAstridFacebookToken"})
        await pause(0.5)
        await shot(w, "12c-tester-same-player-three-ways")
        w.choose_environment("staging")
        w.sidebar.group.setCurrentIndex(w.sidebar.group.findData("environment"))
        await pause()
        await shot(w, "13-tester-grouped-by-environment")
        w.sidebar.filter.setText("astrid")
        await pause()
        await shot(w, "14-tester-filtered")
        w.sidebar.filter.clear()
        w.profile_page.details_toggle.setChecked(True)
        await pause()
        await shot(w, "15-tester-profile-details")
        w.show_login("playfab-xbox")
        await pause()
        await shot(w, "16-tester-xbox-form-provisioned-key")
        many = [Item(f"chest_{n:06d}", f"Chest #{n:,}", f"Generated chest {n}", n % 7 + 1) for n in range(100_000)]
        await c.switch(c.accounts[0].id)
        c.profile.items = many
        w.profile_page.show_profile(c.profile)
        w.profile_page.filter.setText("#99,9")
        await pause(1.5)
        await shot(w, "17-100k-chests-natural-order")
        await c.close()
        w.close()

        nothing = window_for(MemoryVault(), tester=False)
        nothing.resize(1120, 720)
        nothing.controller.load_accounts()
        nothing.show_login("gacha")
        await pause()
        await shot(nothing, "18-no-keychain-notice")
        await nothing.controller.close()
        nothing.close()

        locked = window_for(LockedKeychain(), tester=False)
        locked.resize(1120, 720)
        await locked.controller.start()
        await pause(0.5)
        await shot(locked, "19-keychain-cannot-be-opened")
        await locked.controller.close()
        locked.close()

    try:
        qasync.run(scale_scenario() if scale else scenario())
    finally:
        sandbox.stop()
    if not child:
        for flags, platform in ((["--dark"], screen_config(work, 1920, 1200)), (["--scale2"], screen_config(work))):
            env = {**os.environ, "QT_QPA_PLATFORM": platform, "LAUNCHER_HOME": str(work / f"home{flags[0]}")}
            if flags == ["--scale2"]:
                env["QT_SCALE_FACTOR"] = "2"
            subprocess.run([sys.executable, __file__, str(out), "--language", language, *flags], env=env,
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
