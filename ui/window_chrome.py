"""The window's chrome: menu bar, keyboard shortcuts, tray icon and menu, and the small dialogs.

Kept apart from main_window.py so that the window's first frame does not pay for these PySide types (~5 ms);
`MainWindow.attach` builds them once the frame is on screen."""

from __future__ import annotations

import contextlib
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon

from launcher import __version__, logs

from . import i18n, plain
from .i18n import Context, fill, text
from .icons import provider_icon
from .main_window import MENUS

TRAY_NAME = 32  # characters of a name in the tray menu before "…"
Menus = Context("Menus")
Dialogs = Context("Dialogs")

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    """The menu bar, in the language shown; built again when the language changes (`retranslate`)."""
    bar = w.menuBar()  # not in the first frame: a menu bar's first layout costs ~4 ms
    for old in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()  # a menu left behind would keep its actions' shortcuts (Ctrl+Q twice: neither works)
    for name in ("tray_action", "hide_while_playing_action", "tester_action"):
        if (action := getattr(w, name, None)) is not None:
            action.deleteLater()
            delattr(w, name)
    bar.clear()  # the first screen's titles, which kept the bar's place
    account, game, help_menu = (bar.addMenu(text(title)) for title in MENUS)
    add = account.addAction(Menus.tr("&Add account…"), w.show_picker)
    add.setShortcut(QKeySequence.StandardKey.New)
    w.sign_out_action = account.addAction(Menus.tr("&Sign out"), w.sign_out_current)
    w.remove_action = account.addAction(Menus.tr("&Remove…"), lambda: w.confirm_remove(w.controller.current_id))
    account.addSeparator()
    w.tray_action = QAction(Menus.tr("&Close to tray"), w, checkable=True)
    w.tray_action.setChecked(w.settings.close_to_tray)
    w.tray_action.toggled.connect(w.set_close_to_tray)
    if not QSystemTrayIcon.isSystemTrayAvailable():
        w.tray_action.setEnabled(False)
        w.tray_action.setToolTip(Menus.tr("No system tray on this desktop"))
    account.addAction(w.tray_action)
    account.addSeparator()
    quit_action = account.addAction(Menus.tr("&Quit"), w.quit)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    w.play_action = game.addAction(Menus.tr("&Play", "the game menu: start the game"), w.on_play)
    w.play_action.setShortcut(QKeySequence("Ctrl+P"))
    w.hide_while_playing_action = QAction(Menus.tr("&Hide the launcher while playing"), w, checkable=True)
    w.hide_while_playing_action.setToolTip(Menus.tr("The launcher waits in the tray while the game runs, and "
                                                    "comes back when it ends"))
    w.hide_while_playing_action.setChecked(w.settings.tray_while_playing)
    w.hide_while_playing_action.setEnabled(w.tray is not None or QSystemTrayIcon.isSystemTrayAvailable())
    w.hide_while_playing_action.toggled.connect(w.set_tray_while_playing)
    game.addAction(w.hide_while_playing_action)
    links = w.controller.core.manifest.news
    if links:
        game.addSeparator()
    for title, url in links:
        game.addAction(title, partial(QDesktopServices.openUrl, QUrl(url)))
    if w.tester_allowed:  # started as a tester: the switch to see what a player sees, and back
        add_tester_menu(w)
    if support := w.controller.core.manifest.support_url:
        help_menu.addAction(Menus.tr("Contact &support"), lambda: QDesktopServices.openUrl(QUrl(support)))
    help_menu.addAction(Menus.tr("Check my &connection"), w.check_connection)
    help_menu.addAction(Menus.tr("Open &log folder"), lambda: QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(logs.log_file().parent))))
    add_language_menu(w, help_menu)
    help_menu.addSeparator()
    help_menu.addAction(Menus.tr("&Licences"), lambda: show_licences(w))
    help_menu.addAction(Menus.tr("About &Qt"), lambda: QMessageBox.aboutQt(w))
    help_menu.addAction(Menus.tr("&About"), lambda: show_about(w))


def add_language_menu(w: MainWindow, parent: QMenu) -> None:
    """Help > Language: the system's language, then each offered language in its own name; applied at once and
    remembered in the window settings."""
    menu = parent.addMenu(Menus.tr("&Language"))
    menu.setObjectName("LanguageMenu")
    fill_language_menu(w, menu)
    menu.aboutToShow.connect(lambda: fill_language_menu(w, menu))  # tester mode may have changed since
    w.language_menu = menu  # type: ignore[attr-defined]


def fill_language_menu(w: MainWindow, menu: QMenu) -> None:
    menu.clear()
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries = i18n.menu_entries(tester=w.tester)
    chosen = w.settings.language if w.settings.language in {c for c, _ in entries} else ""
    for choice, name in entries:
        action = menu.addAction(name, partial(choose_language, w, choice))
        action.setCheckable(True)
        action.setChecked(choice == chosen)
        action.setData(choice)
        group.addAction(action)


def choose_language(w: MainWindow, choice: str) -> None:
    w.settings.language = choice
    w.settings.save()
    if i18n.resolve(choice) != i18n.current():
        i18n.apply(choice)  # the window follows: retranslate, below
    else:
        build_menus(w)  # the same language under another choice ("system", or itself): the menu's check moves


def retranslate(w: MainWindow) -> None:
    """The language changed: everything the window fills in from data is filled in again (ui/i18n.py says how
    the rest follows)."""
    if not hasattr(w, "controller"):
        return  # the first screen: its menus are not built yet
    build_menus(w)
    rebuild_tray_menu(w)
    w._mode_changed()  # the methods, sidebar, notice, accounts, the sign-in form, the profile and its main button
    if w.controller.profile is not None:
        w._show_game()


def add_tester_menu(w: MainWindow) -> None:
    bar = w.menuBar()
    view = QMenu(Menus.tr("&View"), bar)
    bar.insertMenu(bar.actions()[-1], view)  # before Help
    w.tester_action = QAction(Menus.tr("&Tester mode"), w, checkable=True)
    w.tester_action.setToolTip(Menus.tr("Testing tools, environments and backend details; off: what a player sees"))
    w.tester_action.setChecked(w.tester)
    w.tester_action.toggled.connect(lambda on: w.set_tester(on) if on != w.tester else None)
    view.addAction(w.tester_action)
    w.builds_action = view.addAction(Menus.tr("Game &builds by environment…"), w.show_builds)
    w.builds_action.setToolTip(Menus.tr("Which version each environment has installed, and which account plays it"))


def build_shortcuts(w: MainWindow) -> None:
    for n in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), w)
        shortcut.activated.connect(lambda row=n - 1: w.switch_row(row))
    QShortcut(QKeySequence("Esc"), w).activated.connect(w.escape)


def build_tray(w: MainWindow) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(w.game_icon, w)
    tray.setToolTip(plain.tip(fill(Menus.tr("{game} launcher"), game=w.manifest.name)))
    tray.setContextMenu(QMenu(w))
    tray.activated.connect(lambda reason: w.bring_to_front()
                           if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
    tray.show()
    return tray


def short(text: str, limit: int = TRAY_NAME) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def rebuild_tray_menu(w: MainWindow) -> None:
    if w.tray is None:
        return
    c = w.controller
    menu = w.tray.contextMenu()
    menu.clear()
    shown = next((a for a in c.accounts if a.id == c.current_id), None)
    for account in c.accounts[:8]:
        method = c.provider_label(account.provider)
        running = bool(getattr(c.game_of(account.id), "running", False))
        entry = fill(Menus.tr("Playing as {name} ({method})") if running else Menus.tr("Play as {name} ({method})"),
                     name=short(account.name), method=method)
        action = menu.addAction(provider_icon(account.provider), entry,
                                partial(_play_as, w, account.id))
        action.setToolTip(plain.tip(fill(Menus.tr("{name} ({method})"), name=account.name, method=method)))
        action.setEnabled(bool(account.token_names) and not running)
        action.setCheckable(True)
        action.setChecked(account is shown)
    if c.accounts:
        menu.addSeparator()
    menu.addAction(Menus.tr("Show", "the tray menu: bring the window back"), w.bring_to_front)
    menu.addSeparator()
    menu.addAction(Menus.tr("Quit", "the tray menu"), w.quit)
    tip = fill(Menus.tr("{game} launcher — {name}"), game=w.manifest.name, name=short(shown.name)) if shown else \
        fill(Menus.tr("{game} launcher"), game=w.manifest.name)
    w.tray.setToolTip(plain.tip(tip))


def _play_as(w: MainWindow, account_id: str) -> None:
    w.bring_to_front()
    w.play_as(account_id)


def tray_notice(w: MainWindow) -> None:
    if w.tray is not None:
        w.tray.showMessage(w.manifest.name, Menus.tr("The launcher is still running in the tray."),
                           QSystemTrayIcon.MessageIcon.Information, 3000)


def show_about(w: MainWindow) -> None:
    import html

    lines = (fill(Dialogs.tr("Version {version}"), version=__version__),
             fill(Dialogs.tr("Manifest: {path}"), path=w.manifest.path),
             fill(Dialogs.tr("Log file: {path}"), path=logs.log_file()),
             Dialogs.tr("Sessions are kept in your system keychain; passwords are never stored."))
    name = fill(Dialogs.tr("{game} launcher"), game=w.manifest.name)
    QMessageBox.about(w, fill(Dialogs.tr("About {game} launcher"), game=w.manifest.name),
                      f"<h3>{html.escape(name)}</h3>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines))


def show_licences(w: MainWindow) -> None:
    """A bundle's THIRD-PARTY-NOTICES (beside its executable; in a macOS .app under Resources) opened in the
    system's viewer; an installed package's own licence shown here."""
    import importlib.metadata
    import sys
    from pathlib import Path

    if getattr(sys, "frozen", False):
        here = Path(sys.executable).resolve().parent
        for notices in (here / "THIRD-PARTY-NOTICES", here.parent / "Resources" / "THIRD-PARTY-NOTICES"):
            if notices.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(notices))):
                return
    licence_text = Dialogs.tr("MIT License (the launcher's LICENSE file was not found).")
    with contextlib.suppress(importlib.metadata.PackageNotFoundError, OSError, StopIteration):
        dist = importlib.metadata.distribution("game-launcher")
        licence = next(f for f in dist.files or [] if f.name == "LICENSE")
        licence_text = Path(str(licence.locate())).read_text("utf-8")[:20_000]
    box = QMessageBox(QMessageBox.Icon.Information, Dialogs.tr("Licences"), fill(Dialogs.tr(
        "{game} launcher is free software under the MIT licence. Qt and PySide6 are used under the LGPLv3 (Help > "
        "About Qt); every other component's licence is in its installed package metadata."), game=w.manifest.name),
        parent=w)
    box.setDetailedText(licence_text)
    box.exec()


def show_progress(w: MainWindow, build: object) -> None:
    """A download's progress outside the window: the tray icon's tooltip, and on Linux desktops the taskbar or
    dock entry (the Unity LauncherEntry signal that GNOME's and KDE's docks read). Windows and macOS: the tray."""
    from launcher.build_state import BuildState, Phase
    from launcher.play_action import progress_line

    active = isinstance(build, BuildState) and build.phase in (Phase.DOWNLOADING, Phase.PAUSED)
    share = build.done / build.total if active and isinstance(build, BuildState) and build.total > 0 else 0.0
    if w.tray is not None:
        if active and isinstance(build, BuildState):
            w.tray.setToolTip(plain.tip(fill(Menus.tr("{game}: {percent} % — {progress}", "the tray's tooltip while "
                                                      "downloading"), game=w.manifest.name,
                                             percent=int(share * 100), progress=progress_line(build))))
        else:
            rebuild_tray_menu(w)
    if getattr(w, "_taskbar_shown", None) != (active, int(share * 100)):
        w._taskbar_shown = (active, int(share * 100))  # type: ignore[attr-defined]
        _launcher_entry(share, active)


def _launcher_entry(share: float, visible: bool) -> None:
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:
        return
    from PySide6.QtGui import QGuiApplication

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return
    desktop = QGuiApplication.desktopFileName() or "game-launcher"
    message = QDBusMessage.createSignal("/com/canonical/unity/launcherentry/launcher",
                                        "com.canonical.Unity.LauncherEntry", "Update")
    message.setArguments([f"application://{desktop}.desktop", {"progress": float(share),
                                                               "progress-visible": bool(visible)}])
    bus.send(message)


def notify(w: MainWindow, title: str, body: str) -> None:
    """A desktop notification when the window is not in front (the tray's balloon); the status line always."""
    w.statusBar().showMessage(f"{title}. {body}", 12000)
    if w.tray is not None and not w.isActiveWindow():
        w.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 6000)


def watch_network(w: MainWindow) -> None:
    """Where the platform reports reachability (QNetworkInformation), the network coming back retries at once
    what failed, instead of waiting for the next back-off step."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return
    if not QNetworkInformation.loadDefaultBackend():
        return
    info = QNetworkInformation.instance()
    online = QNetworkInformation.Reachability.Online

    def changed(reachability: QNetworkInformation.Reachability) -> None:
        if reachability == online:
            w.controller.network_back()

    info.reachabilityChanged.connect(changed)
    w.network_information = info  # type: ignore[attr-defined]
