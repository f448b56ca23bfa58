"""Starting the window: Qt application, the one qasync event loop, the demo sandbox, the error dialog."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import traceback
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from launcher import APP_NAME, __version__, logs  # noqa: E402
from launcher.manifest import DEMO_MANIFEST, Manifest  # noqa: E402
from launcher.manifest import load as load_manifest  # noqa: E402
from launcher.outcomes import LauncherError  # noqa: E402

from . import theme  # noqa: E402

log = logging.getLogger("launcher.ui")


def install_excepthook(parent_getter: Any = lambda: None) -> None:
    """Unexpected errors: full traceback to the log, a short dialog to the player; the window keeps running."""
    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, LauncherError):
            text = exc.message
        else:
            text = f"Something went wrong ({kind.__name__}). The details are in the log:\n{logs.log_file()}"
        if QApplication.instance() is not None:
            QMessageBox.critical(parent_getter(), "Launcher error", text)
        else:
            traceback.print_exception(kind, exc, tb)
    sys.excepthook = hook


def make_app(argv: list[str] | None = None) -> QApplication:
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Game Launcher")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("game-launcher")
    theme.apply(app)
    return app  # type: ignore[return-value]


def build_window(manifest: Manifest, *, provider: str | None = None, accounts: Any = None,
                 open_browser: Any = None):  # type: ignore[no-untyped-def]
    from launcher.app_core import Core
    from launcher.controller import Controller

    from .main_window import MainWindow

    browser = open_browser or (lambda url: QDesktopServices.openUrl(QUrl(url)))
    controller = Controller(Core(manifest, accounts=accounts), open_browser=browser)
    game_icon = QIcon(str(manifest.icon)) if manifest.icon and manifest.icon.exists() else QIcon()
    return MainWindow(controller, game_icon=game_icon, initial_provider=provider)


def run(*, demo: bool, manifest: str | None, provider: str | None) -> int:
    import qasync

    from .single_instance import SingleInstance, connect_window, server_name

    app = make_app()
    instance = SingleInstance(server_name("-demo" if demo else ""))
    if instance.send({"provider": provider, "manifest": manifest}):
        print("The launcher is already running; it was brought to the front.", file=sys.stderr)
        return 0
    instance.listen()
    sandbox = None
    if demo:
        from launcher.sandbox import Sandbox

        sandbox = Sandbox(port=0)
        sandbox.start()
        loaded = load_manifest(DEMO_MANIFEST).with_services(sandbox.service_urls())
        log.info("demo mode: sandbox at %s", sandbox.url)
    else:
        loaded = load_manifest(manifest or DEMO_MANIFEST)
    window_ref: list[Any] = []
    install_excepthook(lambda: window_ref[0] if window_ref else None)

    async def main() -> None:
        closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        window = build_window(loaded, provider=provider)
        window_ref.append(window)
        connect_window(instance, window, window.show_login)
        window.on_closed = lambda: closed.done() or closed.set_result(None)
        app.aboutToQuit.connect(window.on_closed)
        if sandbox is not None:
            window.statusBar().showMessage(f"Demo mode: the sandbox backend runs at {sandbox.url}", 15000)
        window.show()
        if os.environ.get("LAUNCHER_QUIT_AFTER_START"):  # packaging check: prove the window comes up, then quit
            window.grab()
            print(f"window shown: {window.windowTitle()}", flush=True)
            asyncio.get_running_loop().call_later(0.5, window.quit)
        starting = asyncio.ensure_future(window.controller.start())  # the window is up before any network call
        try:
            await closed
        finally:
            starting.cancel()
            await window.controller.close()

    try:
        qasync.run(main())
    except asyncio.CancelledError:
        pass
    finally:
        if sandbox is not None:
            sandbox.stop()
    return 0
