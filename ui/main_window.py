"""The launcher window: account sidebar, provider picker, login forms, profile with chests, Play, tray.

The window is built in two steps. The frame (title, geometry, the sidebar's strip) is painted first from this
module, which imports nothing heavier than the Qt widgets themselves; `attach` then brings in the pages, the
menus and tray (window_chrome.py), the controller and asyncio. That keeps the first frame close to what a bare
Qt window costs."""

from __future__ import annotations

import base64
import logging
import sys
from typing import TYPE_CHECKING, Any, Callable, Coroutine

from PySide6.QtCore import QByteArray, QSize, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from launcher.ui_settings import UiSettings

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent
    from PySide6.QtWidgets import QSystemTrayIcon

    from launcher.accounts import Account
    from launcher.controller import Controller
    from launcher.events import Event

    from .models import AccountModel
    from .widgets.login import LoginForm
    from .widgets.profile import ProfilePage, ProviderPicker, Unavailable
    from .widgets.sidebar import Sidebar

log = logging.getLogger("launcher.ui")

SIDEBAR_WIDTH = 260


def chrome() -> ModuleType:
    """Menus, tray and dialogs (ui/window_chrome.py): first loaded by attach, after the first frame."""
    from . import window_chrome

    return window_chrome


class MainWindow(QMainWindow):
    first_painted = Signal()

    controller: Controller
    account_model: AccountModel
    sidebar: Sidebar
    picker: ProviderPicker
    profile_page: ProfilePage
    unavailable: Unavailable
    pages: QStackedWidget

    def __init__(self, title: str, *, game_icon: QIcon, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.on_closed: Callable[[], None] | None = None  # set by the app: what "the window is closed" means
        self.settings = settings or UiSettings.load()
        self.game_icon = game_icon
        self.painted = False
        self.login: LoginForm | None = None
        self.tray: QSystemTrayIcon | None = None
        self._tasks: set[Any] = set()
        self.setWindowTitle(f"{title} — Launcher")
        self.setWindowIcon(game_icon)
        self.setMinimumSize(QSize(900, 600))
        self.resize(1120, 720)
        self.setCentralWidget(self._placeholder())
        if self.settings.geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.geometry)))

    @staticmethod
    def _placeholder() -> QWidget:
        """The sidebar's strip and an empty page: the window for the few frames before attach.

        No menu bar or status bar yet: the first of each costs ~4 ms to lay out."""
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        strip = QFrame()  # a QFrame paints its style-sheet background without extra attributes
        strip.setObjectName("Sidebar")
        strip.setFixedWidth(SIDEBAR_WIDTH)
        row.addWidget(strip)
        row.addStretch(1)
        return central

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def attach(self, controller: Controller, *, initial_provider: str | None = None) -> None:
        """Build the pages around `controller` and start following its events."""
        from launcher import providers

        from .models import PROVIDER_NAMES, AccountModel
        from .widgets.profile import ProfilePage, ProviderPicker, Unavailable
        from .widgets.sidebar import Sidebar

        self.controller = controller
        self.manifest = controller.core.manifest
        self.providers = [providers.get(pid) for pid in self.manifest.enabled]
        for p in self.providers:
            PROVIDER_NAMES[p.id] = p.display_name
        self.setWindowTitle(f"{self.manifest.name} — Launcher")

        self.account_model = AccountModel(self._account_icon)
        self.sidebar = Sidebar(self.manifest.name, self.game_icon, self.account_model)
        self.picker = ProviderPicker(self.providers, self.manifest.name)
        self.profile_page = ProfilePage(self.manifest.name)
        self.unavailable = Unavailable()
        self.pages = QStackedWidget()
        for page in (self.picker, self.profile_page, self.unavailable):
            self.pages.addWidget(page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.busy_label = QLabel("")  # the status bar's first construction costs ~4 ms: not in the first frame
        self.statusBar().addPermanentWidget(self.busy_label)

        chrome().build_menus(self)
        chrome().build_shortcuts(self)
        self.tray = chrome().build_tray(self)

        self.sidebar.switch.connect(self.on_switch)
        self.sidebar.add.connect(lambda: self.show_picker())
        self.sidebar.sign_out.connect(self.controller.sign_out)
        self.sidebar.remove.connect(self.confirm_remove)
        self.sidebar.rename.connect(self.ask_rename)
        self.picker.chosen.connect(lambda pid: self.show_login(pid))
        self.profile_page.play.connect(self.on_play)
        self.unavailable.retry.connect(lambda: self.on_switch(self.controller.current_id or ""))
        self.unavailable.sign_in.connect(self._sign_in_current_again)

        controller.subscribe(self._on_event)
        if self.settings.warning:
            self.controller.notice(self.settings.warning)
        if initial_provider:
            self.show_login(initial_provider)

    def _account_icon(self, account: Account) -> QIcon:
        from PySide6.QtGui import QIcon

        from .icons import provider_icon, rounded_avatar

        picture = self.controller.avatars.get(account.avatar_url or "")
        if picture:
            return QIcon(rounded_avatar(picture[0], 32, self.devicePixelRatioF()))
        return provider_icon(account.provider)

    # --- pages --------------------------------------------------------------------------------------
    def show_picker(self) -> None:
        self.controller.begin_add_account(None)

    def show_login(self, provider_id: str, values: dict[str, str] | None = None, error: str = "") -> None:
        provider = next((p for p in self.providers if p.id == provider_id), None)
        if provider is None:
            self.statusBar().showMessage(f"This game does not offer sign-in with {provider_id!r}.", 8000)
            self.pages.setCurrentWidget(self.picker)
            return
        if self.login is not None:
            self.pages.removeWidget(self.login)
            self.login.deleteLater()
        from .widgets.login import LoginForm

        self.login = LoginForm(provider, values)
        self.login.submitted.connect(self.on_submit)
        self.login.cancelled.connect(self.controller.cancel)
        self.login.external.connect(self.on_external)
        self.login.back.connect(self.show_picker)
        self.login.set_error(error)
        self.pages.addWidget(self.login)
        self.pages.setCurrentWidget(self.login)
        self.login.focus_first()
        self.settings.last_provider = provider_id

    def _on_event(self, event: Event) -> None:
        from launcher import events as ev

        match event:
            case ev.AccountsChanged():
                self._accounts_changed()
            case ev.ProfileChanged():
                self._profile_changed()
            case ev.LoginRequested(provider_id=None):
                self.pages.setCurrentWidget(self.picker)
            case ev.LoginRequested(provider_id=str(pid), values=values, error=error):
                self.show_login(pid, values, error)
            case ev.BusyChanged(label=label, step=step, total=total):
                self.busy_label.setText(label)
                if self.login is not None and self.pages.currentWidget() is self.login:
                    self.login.set_busy(label, step, total)
            case ev.ErrorChanged(message=message):
                self._error(message)
            case ev.Cancelled():
                self.statusBar().showMessage("Sign-in cancelled.", 5000)
            case ev.Notice(message=message):
                self.statusBar().showMessage(message, 12000)
            case ev.GameChanged(message=message):
                c = self.controller
                self.profile_page.set_game(c.game_running, message)
                self.play_action.setEnabled(not c.game_running and c.session is not None)
                self.statusBar().showMessage(message, 10000)
                chrome().rebuild_tray_menu(self)
            case ev.AvatarArrived(url=url):
                self._avatar_arrived(url)
            case ev.CodeShown(code=code):
                if self.login is not None:
                    self.login.show_code(code)

    def _accounts_changed(self) -> None:
        c = self.controller
        self.account_model.set_accounts(c.accounts)
        self.sidebar.select(c.current_id)
        current = next((a for a in c.accounts if a.id == c.current_id), None)
        self.sign_out_action.setEnabled(bool(current and current.token_names))
        self.remove_action.setEnabled(current is not None)
        chrome().rebuild_tray_menu(self)

    def _profile_changed(self) -> None:
        c = self.controller
        if c.profile is not None:
            self.profile_page.show_profile(c.profile)
            picture = c.avatars.get(c.profile.avatar_url or "")
            if picture:
                self.profile_page.set_avatar(picture[0])
            self.profile_page.set_game(c.game_running, c.game_message)
            self.pages.setCurrentWidget(self.profile_page)
            self.play_action.setEnabled(not c.game_running)
        elif self.pages.currentWidget() is self.profile_page:
            self.pages.setCurrentWidget(self.picker)
            self.play_action.setEnabled(False)
        chrome().rebuild_tray_menu(self)

    def _error(self, message: str) -> None:
        c = self.controller
        if self.login is not None and self.pages.currentWidget() is self.login:
            self.login.set_error(message)
        elif message and c.current_id and c.profile is None:
            account = next((a for a in c.accounts if a.id == c.current_id), None)
            if account is not None and account.token_names:
                self.unavailable.show_problem(account.label, message)
                self.pages.setCurrentWidget(self.unavailable)
        elif message:
            self.statusBar().showMessage(message, 10000)

    def _avatar_arrived(self, url: str) -> None:
        c = self.controller
        picture = c.avatars.get(url)
        if picture and c.profile is not None and c.profile.avatar_url == url:
            self.profile_page.set_avatar(picture[0])
        self.account_model.refresh_icons()

    # --- actions ------------------------------------------------------------------------------------
    def on_submit(self, provider_id: str, values: dict, remember: bool) -> None:
        self._spawn(self.controller.sign_in(provider_id, values, remember=remember))

    def on_external(self, provider_id: str, values: dict) -> None:
        self._spawn(self.controller.external_sign_in(provider_id, values))

    def on_switch(self, account_id: str) -> None:
        if account_id:
            self._spawn(self.controller.switch(account_id))

    def on_play(self) -> None:
        self._spawn(self.controller.play())

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        """Run a controller coroutine on the event loop; anything it raises goes to the error dialog."""
        import asyncio  # already loaded by attach's imports; kept off this module's first-frame imports

        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: Any) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def switch_row(self, row: int) -> None:
        account = self.account_model.account(row)
        if account is not None:
            self.on_switch(account.id)

    def escape(self) -> None:
        if self.controller.busy:
            self.controller.cancel()

    def sign_out_current(self) -> None:
        if self.controller.current_id:
            self.controller.sign_out(self.controller.current_id)

    def _sign_in_current_again(self) -> None:
        account = next((a for a in self.controller.accounts if a.id == self.controller.current_id), None)
        if account is not None:
            self.controller.begin_add_account(account.provider, self.controller.prefill(account))

    def confirm_remove(self, account_id: str | None) -> None:
        account = next((a for a in self.controller.accounts if a.id == account_id), None)
        if account is not None and chrome().confirm_remove(self, account):
            self.controller.remove(account.id)

    def ask_rename(self, account_id: str) -> None:
        account = next((a for a in self.controller.accounts if a.id == account_id), None)
        if account is not None and (label := chrome().ask_label(self, account)) is not None:
            self.controller.rename(account.id, label)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def set_close_to_tray(self, on: bool) -> None:
        self.settings.close_to_tray = on
        self.settings.save()

    def quit(self) -> None:
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        self.settings.save()
        if self.settings.close_to_tray and self.tray is not None and not getattr(self, "_quitting", False):
            self.hide()
            chrome().tray_notice(self)
            event.ignore()
            return
        if self.tray is not None:
            self.tray.hide()
        event.accept()
        if self.on_closed is not None:
            QTimer.singleShot(0, self.on_closed)
