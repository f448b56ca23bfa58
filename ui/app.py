"""Starting the window: Qt application, the one qasync event loop, the demo sandbox, the error dialog.

Start-up is ordered for the first frame: the window's frame is shown and painted before the manifest is
validated, before the providers, asyncio, qasync, httpx or the sandbox are imported, and before the local
socket that other launchers talk to is opened. Everything after the first paint fills that same window in."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from launcher import __version__, identity
from launcher.instance_lock import InstanceLock, instance_name
from launcher.manifest_head import DEMO_MANIFEST, game_head
from launcher.outcomes import LauncherError
from launcher.ui_settings import UiSettings

from . import i18n, theme
from .i18n import Context, fill
from .main_window import MainWindow

log = logging.getLogger("launcher.ui")

App = Context("App")
SHUTDOWN_TIMEOUT_S = 3.0  # closing connections at quit: a dead server must not keep the process alive
FIRST_PAINT_WAIT_MS = 300  # a window that is never exposed (started minimised) must not hold up the rest


def quit_after_start() -> float | None:
    """LAUNCHER_QUIT_AFTER_START (packaging checks, benchmarks, tests): say "first paint" and "window shown:
    TITLE" on stdout, then quit after that many seconds ("1" or any non-number: half a second)."""
    value = os.environ.get("LAUNCHER_QUIT_AFTER_START")
    if not value:
        return None
    try:
        return max(float(value), 0.0) if value != "1" else 0.5
    except ValueError:
        return 0.5


_state = {"exiting": False}  # set once the window is closing: from then on errors are logged, never shown


def install_excepthook(parent_getter: Any = lambda: None) -> None:
    """Unexpected errors: full traceback to the log, a short dialog to the player; the window keeps running.
    While the launcher quits, no dialog: it would outlive the window and keep the process alive."""
    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        from launcher import logs

        log.error("unexpected error", exc_info=(kind, exc, tb))
        if _state["exiting"]:
            return
        if isinstance(exc, LauncherError):
            from launcher.redact import safe_text

            text = safe_text(i18n.text(exc.message), one_line=False)
        else:
            text = fill(App.tr("Something went wrong ({error}). The details are in the log:\n{path}"),
                        error=kind.__name__, path=logs.log_file())
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(parent_getter(), App.tr("Launcher error"), text)
        else:
            traceback.print_exception(kind, exc, tb)
    sys.excepthook = hook


def make_app(argv: list[str] | None = None, *, scheme: str = "") -> QApplication:
    """The application, styled as `scheme` ("dark"/"light", as last seen) or as the platform palette suggests."""
    # The window's thread must not wait up to the default 5 ms for the GIL each time a worker (100,000 chests
    # being sorted, the demo sandbox) holds it: a table paint needs hundreds of small Python calls.
    sys.setswitchinterval(0.001)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication([*(argv or sys.argv[:1]), *theme.STYLE_ARGS])
    # One identity per game (launcher/identity.py): the desktop entry `<app id>.desktop`, the Wayland app id and
    # the X11 window class, so the desktop groups each game's launcher under its own icon.
    app.setApplicationName(identity.app_id())
    app.setApplicationDisplayName("Launcher")  # Qt appends it to window titles: "Demo Quest — Launcher"
    app.setApplicationVersion(identity.current().version or __version__)
    app.setDesktopFileName(identity.app_id())
    theme.apply(app, dark=scheme == "dark" if scheme else theme.palette_is_dark())
    return app


def game_icon(path: Path | None) -> QIcon:
    return QIcon(str(path)) if path and path.exists() else QIcon()


def build_window(manifest: Any, *, provider: str | None = None, accounts: Any = None,
                 open_browser: Any = None) -> MainWindow:
    """The complete window in one step (tests, screenshots, benchmarks); `run` builds it in two."""
    window = MainWindow(manifest.name, game_icon=game_icon(manifest.icon))
    window.attach(make_controller(manifest, accounts=accounts, open_browser=open_browser), initial_provider=provider)
    return window


def make_controller(manifest: Any, *, accounts: Any = None, open_browser: Any = None,
                    tester: bool | None = None) -> Any:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from launcher.app_core import Core
    from launcher.controller import Controller

    browser = open_browser or (lambda url: QDesktopServices.openUrl(QUrl(url)))
    return Controller(Core(manifest, accounts=accounts), open_browser=browser, tester=tester)


def wait_for_first_paint(window: MainWindow) -> None:
    if window.painted:
        return
    loop = QEventLoop()
    window.first_painted.connect(loop.quit)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
    loop.exec()
    window.first_painted.disconnect(loop.quit)


def show_first_screen(window: MainWindow, banner: Path | None, environment: str = "") -> bool:
    """The saved default account's last known profile with Play, painted before the rest is loaded; False when
    there is none to show (no saved session, a damaged account file, an account of another environment: the
    controller sorts that out)."""
    from PySide6.QtCore import QEvent, QObject

    from launcher.snapshots import first_screen

    first = first_screen(environment=environment)
    if first is None:
        return False
    window.show_first_screen(first, banner=banner)
    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = Painted()
    window.profile_page.play_button.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
    loop.exec()
    window.profile_page.play_button.removeEventFilter(watcher)
    window.profile_page.build_chests()
    return True


def show_problem_alone(message: str) -> None:
    """A manifest that cannot even name its game (its app id): said in a dialog before any window, as a player who
    double-clicked the launcher has no terminal to read (the caller prints the line and exits 5)."""
    if quit_after_start() is not None:
        return
    from PySide6.QtWidgets import QMessageBox

    from launcher.redact import safe_text

    make_app()
    i18n.apply(UiSettings.load().language)
    QMessageBox.critical(None, App.tr("The game manifest has a problem"),
                         f"{safe_text(i18n.text(message), one_line=False)}\n\n"
                         + App.tr("The launcher cannot start this game until the manifest is fixed."))


def hand_over(suffix: str, payload: dict[str, Any]) -> bool:
    """Give this start's arguments to the launcher that owns the window; True when it took them."""
    from .single_instance import SingleInstance

    instance = SingleInstance(instance_name(suffix))
    for _ in range(10):  # the owner may still be starting: it opens its socket once its manifest is loaded
        if instance.send(payload, timeout_ms=300):
            return True
        time.sleep(0.2)
    return False


def report_manifest_problem(window: MainWindow, message: str) -> None:
    if quit_after_start() is not None:
        return  # scripted start: stderr and the exit code carry it
    from PySide6.QtWidgets import QMessageBox

    from launcher.redact import safe_text

    QMessageBox.critical(window, App.tr("The game manifest has a problem"),
                         f"{safe_text(i18n.text(message), one_line=False)}\n\n"
                         + App.tr("The launcher cannot start this game until the manifest is fixed."))


def run(*, demo: bool, manifest: str | Path | None, provider: str | None, debug: bool = False,
        tester: bool = False, env: str | None = None, link: Any = None, problem: str | None = None) -> int:
    """The window of this process's game (launcher.cli set its identity from the same manifest). `link`: a link's
    action (launcher/links.py), handed to the running window, or shown by this one once it has started."""
    if problem is not None:
        show_problem_alone(problem)
        return 5
    settings = UiSettings.load()
    app = make_app(scheme=settings.scheme)
    i18n.apply(settings.language)  # before the first frame: it is drawn in the player's language and direction
    suffix = "-demo" if demo else ""
    lock = InstanceLock(suffix)
    if not lock.acquire():
        payload = {"link": link.to_message()} if link is not None else {"provider": provider}
        if hand_over(suffix, payload):
            print("The launcher is already running; it was brought to the front.", file=sys.stderr)
            return 0
        print("Another launcher is running but did not answer; opening a second window.", file=sys.stderr)
    manifest_file = Path(manifest) if manifest else DEMO_MANIFEST
    head = game_head(manifest_file)
    window = MainWindow(head.name, game_icon=game_icon(head.icon), settings=settings)
    window.show()
    wait_for_first_paint(window)
    if quit_after_start() is not None:
        print("first paint", flush=True)
    if provider is None and link is None:  # asked for a sign-in form or a link's page: no other profile first
        show_first_screen(window, head.banner, env or head.environment)
    from launcher import logs

    logs.configure(debug=debug)
    install_excepthook(lambda: window)
    return _fill_in(app, window, demo=demo, manifest_file=manifest_file, provider=provider, suffix=suffix,
                    tester=tester, env=env, link=link,
                    lock=lock)


async def _shut_down(window: MainWindow, *tasks: Any) -> None:
    """Cancel the window's work and close every async resource while the loop still runs; never raise."""
    import asyncio

    _state["exiting"] = True
    for task in tasks:
        task.cancel()
    try:
        await asyncio.wait_for(window.controller.close(), timeout=SHUTDOWN_TIMEOUT_S)
    except (Exception, asyncio.CancelledError):  # quitting must succeed whatever a resource does on close
        log.warning("closing the launcher's resources failed", exc_info=True)


def _fill_in(app: QApplication, window: MainWindow, *, demo: bool, manifest_file: Path, provider: str | None,
             tester: bool = False, env: str | None = None, link: Any = None,
             suffix: str, lock: InstanceLock) -> int:
    """Everything after the first paint: the full manifest, the sandbox, the controller, the event loop."""
    import asyncio

    import qasync

    from launcher.manifest import load as load_manifest

    from .single_instance import SingleInstance, connect_window, open_link

    dark = theme.system_is_dark()
    if (settings := window.settings).scheme != ("dark" if dark else "light"):
        theme.apply(app, dark=dark)
        settings.scheme = "dark" if dark else "light"
        settings.save()
    theme.follow_system(app, lambda now_dark: setattr(settings, "scheme", "dark" if now_dark else "light"))

    sandbox = None
    try:
        if demo:
            from launcher.sandbox import Sandbox, demo_state_file

            sandbox = Sandbox(port=0, state_file=demo_state_file())  # sessions survive a restart, as on real services
            sandbox.start()
            loaded = load_manifest(manifest_file).with_services(sandbox.service_urls())
            log.info("demo mode: sandbox at %s", sandbox.url)
        else:
            loaded = load_manifest(manifest_file)
        if env:
            loaded = loaded.for_environment(env)
        identity.confirm(loaded.app_id, manifest_file)
    except LauncherError as exc:
        if sandbox is not None:
            sandbox.stop()
        report_manifest_problem(window, exc.message)
        window.close()
        raise
    instance = SingleInstance(instance_name(suffix))
    instance.listen()

    # The window closing must not stop Qt's loop by itself: `main` closes the HTTP client and the other async
    # resources first (they need the running loop), then returns, and qasync.run stops the loop.
    app.setQuitOnLastWindowClosed(False)

    async def main() -> None:
        closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if i18n.use_manifest(loaded):  # the studio offers other languages than those the first frame used
            i18n.apply(window.settings.language)
        window.attach(make_controller(loaded, tester=tester or None), initial_provider=provider)
        connect_window(instance, window, window.show_login)
        def on_closed() -> None:
            if not closed.done():
                closed.set_result(None)

        window.on_closed = on_closed
        app.aboutToQuit.connect(on_closed)
        if window.closed_before_start:  # the player closed it while it was starting: quit, as they asked
            on_closed()
        if sandbox is not None:
            window.statusBar().showMessage(fill(App.tr("Demo mode: the sandbox backend runs at {address}"),
                                                address=sandbox.url), 15000)
        if (seconds := quit_after_start()) is not None:
            window.grab()
            print(f"window shown: {window.windowTitle()}", flush=True)
            asyncio.get_running_loop().call_later(seconds, window.quit)
        starting = asyncio.ensure_future(window.controller.start())  # the window is up before any network call
        starting.add_done_callback(lambda _task: window.controller_started())
        if link is not None:  # once the default account is shown: the link's page comes last and stays
            starting.add_done_callback(lambda _task: open_link(window, link))
        try:
            await closed
        finally:
            await _shut_down(window, starting)

    try:
        qasync.run(main())
    except asyncio.CancelledError:
        pass
    except RuntimeError as exc:  # Qt's loop was stopped from outside (the desktop session ending)
        log.warning("event loop stopped early: %s", exc)
    finally:
        instance.close()
        lock.release()
        if sandbox is not None:
            sandbox.stop()
    return 0
