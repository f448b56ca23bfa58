"""The launcher window: account sidebar, provider picker, login forms, profile with chests, Play, tray.

The window is built in two steps. The frame (title, geometry, the sidebar's strip) is painted first from this
module, which imports nothing heavier than the Qt widgets themselves; `attach` then brings in the pages, the
menus and tray (window_chrome.py), the controller and asyncio. That keeps the first frame close to what a bare
Qt window costs."""

from __future__ import annotations

import base64
import contextlib
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from launcher.translatable import QT_TRANSLATE_NOOP
from launcher.ui_settings import UiSettings

from .i18n import fill, text

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

    from PySide6.QtGui import QAction, QCloseEvent, QIcon, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QSystemTrayIcon

    from launcher.accounts import Account
    from launcher.controller import Controller
    from launcher.events import Event
    from launcher.snapshots import FirstScreen

    from .models import AccountModel
    from .widgets.login import LoginForm, NotSetUp
    from .widgets.picker import ProviderPicker
    from .widgets.profile import ProfilePage, Unavailable
    from .widgets.sidebar import Sidebar

log = logging.getLogger("launcher.ui")

SIDEBAR_WIDTH = 260
COMPACT_SIDEBAR = 64  # below COMPACT_BELOW wide (ui/widgets/sidebar.py)
COMPACT_BELOW = 700
MINIMUM = (900, 600)
START = (1120, 720)
MENUS = (QT_TRANSLATE_NOOP("Menus", "&Account"), QT_TRANSLATE_NOOP("Menus", "&Game"),
         QT_TRANSLATE_NOOP("Menus", "&Help"))
SCREEN_SHARE = 0.92  # of the available screen, at most, for the start size and the minimum

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
    _holders: dict[int, QWidget]
    sign_out_action: QAction
    remove_action: QAction
    play_action: QAction
    tray_action: QAction
    tester_action: QAction
    builds_action: QAction
    hide_while_playing_action: QAction

    def __init__(self, title: str, *, game_icon: QIcon, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.on_closed: Callable[[], None] | None = None  # set by the app: what "the window is closed" means
        self.settings = settings or UiSettings.load()
        self.game_icon = game_icon
        self.painted = False
        self.login: LoginForm | None = None
        self.tray: QSystemTrayIcon | None = None
        self._tasks: set[Any] = set()
        self.setWindowTitle(title)  # Qt adds the application display name ("Launcher") where the desktop shows it
        self.setWindowIcon(game_icon)
        self._play_asked: str | None = None  # Play clicked on the first screen, before the controller was there
        self._first_account: str | None = None  # the account the first screen shows
        self._awaiting_start = False  # the first screen is up and the controller has not started yet
        self.closed_before_start = False
        self.setCentralWidget(self._placeholder())
        self.fit_to_screen(restore=True)

    def fit_to_screen(self, *, restore: bool = False) -> None:
        """Minimum and start size within the available screen at any scale factor (QT_SCALE_FACTOR=2 makes a
        1600x1000 screen 800x500 logical pixels); a remembered geometry larger than the screen is shrunk."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() <= 0 or area.height() <= 0:
            self.setMinimumSize(QSize(*MINIMUM))
            self.resize(*START)
            return
        room_w, room_h = int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE)
        self.setMinimumSize(QSize(min(MINIMUM[0], room_w), min(MINIMUM[1], room_h)))
        self.resize(min(START[0], room_w), min(START[1], room_h))
        if restore and self.settings.geometry:
            with contextlib.suppress(ValueError):
                self.restoreGeometry(QByteArray(base64.b64decode(self.settings.geometry)))
            if self.width() > area.width() or self.height() > area.height():
                self.resize(min(self.width(), room_w), min(self.height(), room_h))

    @staticmethod
    def _placeholder(page: QWidget | None = None, *, narrow: bool = False) -> QWidget:
        """The sidebar's strip and an empty page (or the first screen's): the window for the few frames before
        attach. No menu bar or status bar yet: the first of each costs ~4 ms to lay out."""
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        strip = QFrame()  # a QFrame paints its style-sheet background without extra attributes
        strip.setObjectName("Sidebar")
        strip.setFixedWidth(COMPACT_SIDEBAR if narrow else SIDEBAR_WIDTH)
        row.addWidget(strip)
        if page is None:
            row.addStretch(1)
        else:
            row.addWidget(page, 1)
        return central

    def show_first_screen(self, first: FirstScreen, *, banner: Path | None = None) -> None:
        """The saved default account's last known profile, painted right after the first frame, before the
        manifest, asyncio or the controller are loaded. Play works from here: a click is kept and carried out
        once the controller shows the same account (`attach` builds the rest of the window around this page)."""
        from launcher import avatars

        from .widgets.profile import ProfilePage, when

        self.pages = QStackedWidget()
        self._holders = {}
        self.profile_page = ProfilePage(self.windowTitle(), chests_later=True)
        self.profile_page.set_home(banner, [], "")
        self._add_page(self.profile_page)
        self.setCentralWidget(self._placeholder(self.pages, narrow=self.width() < COMPACT_BELOW))
        for title in MENUS:  # the bar's place, so that nothing moves when attach fills the menus in
            self.menuBar().addMenu(text(title))
        self.statusBar()
        self.profile_page.show_profile(first.profile, method=first.method, last_played=when(first.account.last_played),
                                       stale=True, label=first.account.label)
        picture = avatars.cached(first.profile.avatar_url) if first.profile.avatar_url else None
        if picture:
            self.profile_page.set_avatar(picture[0])
        from launcher.play_action import action_for

        self.profile_page.set_game(action_for(self.windowTitle(), running=False, build=None), "")
        self._first_account, self._awaiting_start = first.account.id, True
        self.profile_page.act.connect(self._play_before_attach)
        self.profile_page.play_button.setFocus()

    def _play_before_attach(self, _action: object = None) -> None:
        self._play_asked = self._first_account
        self.profile_page.play_button.setEnabled(False)
        self.profile_page.play_panel.set_status(self.tr("Getting ready…"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "sidebar"):  # a narrow window (scale 2 on a small screen): the sidebar keeps the pictures
            self.sidebar.set_compact(self.width() < COMPACT_BELOW)
        if hasattr(self, "profile_page"):  # the page's scroll area shrinks below the page: re-flow it
            QTimer.singleShot(0, lambda: self.profile_page.fit(self.profile_page._room()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def attach(self, controller: Controller, *, initial_provider: str | None = None) -> None:
        """Build the pages around `controller` and start following its events."""
        from PySide6.QtWidgets import QVBoxLayout

        from .models import PROVIDER_NAMES, AccountModel
        from .widgets.picker import ProviderPicker
        from .widgets.profile import ProfilePage, Unavailable
        from .widgets.sidebar import Sidebar

        self.controller = controller
        self.manifest = controller.core.manifest
        self.tester_allowed = controller.tester  # the mode switch exists when started as a tester
        for pid in self.manifest.enabled:
            PROVIDER_NAMES[pid] = controller.provider_label(pid)
        self.setWindowTitle(self.manifest.name)

        self.account_model = AccountModel(self._account_icon)
        self.sidebar = Sidebar(self.manifest.name, self.game_icon, self.account_model)
        self.sidebar.set_compact(self.width() < COMPACT_BELOW)
        self.picker = ProviderPicker(self.manifest.name)
        first_screen = hasattr(self, "profile_page")  # the last known profile is already shown: keep that page
        if first_screen:
            self.profile_page.act.disconnect(self._play_before_attach)
        else:
            self.profile_page = ProfilePage(self.manifest.name)
            self.pages = QStackedWidget()
            self._holders = {}
        self.profile_page.set_home(controller.core.manifest.banner, controller.core.manifest.news,
                                   controller.core.manifest.support_url)
        self.unavailable = Unavailable()
        self.not_set_up: NotSetUp | None = None
        for page in (self.picker, self.profile_page, self.unavailable):
            if id(page) not in self._holders:
                self._add_page(page)
        if first_screen:
            self.show_page(self.profile_page)

        self.notice = QFrame()
        self.notice.setObjectName("Notice")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(14, 10, 14, 10)
        self.notice_text = QLabel("")
        self.notice_text.setWordWrap(True)
        self.notice_text.setAccessibleName(self.tr("Keychain notice"))
        notice_row.addWidget(self.notice_text, 1)
        self.notice.setVisible(False)

        column = QWidget()
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        notice_holder = QWidget()
        notice_margin = QVBoxLayout(notice_holder)
        notice_margin.setContentsMargins(16, 12, 16, 0)
        notice_margin.addWidget(self.notice)
        self.notice_holder = notice_holder
        notice_holder.setVisible(False)
        stack.addWidget(notice_holder)
        stack.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(column, 1)
        self.setCentralWidget(central)
        if first_screen:  # moving the first screen's page into the new layout took the focus off Play
            self.profile_page.play_button.setFocus()
        self.busy_label = QLabel("")  # the status bar's first construction costs ~4 ms: not in the first frame
        self.statusBar().addPermanentWidget(self.busy_label)

        chrome().build_menus(self)
        chrome().build_shortcuts(self)
        self.tray = chrome().build_tray(self)

        self.sidebar.switch.connect(self.on_switch)
        self.sidebar.add.connect(self.show_picker)
        self.sidebar.sign_out.connect(self.confirm_sign_out)
        self.profile_page.rename.connect(lambda: self.ask_rename(self.controller.current_id or ""))
        self.sidebar.remove.connect(self.confirm_remove)
        self.sidebar.rename.connect(self.ask_rename)
        self.sidebar.environment_chosen.connect(self.choose_environment)
        self.picker.chosen.connect(self.show_login)
        self.profile_page.act.connect(self.on_act)
        self.profile_page.stop.connect(self.on_stop)
        self.profile_page.retry.connect(self.on_retry)
        self.unavailable.retry.connect(lambda: self.on_switch(self.controller.current_id or ""))
        self.unavailable.sign_in.connect(self._sign_in_current_again)

        controller.subscribe(self._on_event)
        from .i18n import notifier

        notifier().changed.connect(self._language_changed)  # a QObject's method: disconnected when it is gone
        self._mode_changed()
        if self.settings.warning:
            self.controller.notice(self.settings.warning)
        if initial_provider:
            self.show_login(initial_provider)
        elif not first_screen:
            self.picker.focus_first()

    def _language_changed(self, _code: str) -> None:
        chrome().retranslate(self)

    def controller_started(self) -> None:
        """The controller's start is over: a Play clicked on the first screen was carried out, or its account
        could not be opened; either way it must not start the game later."""
        self._play_asked, self._awaiting_start = None, False
        from launcher.selfupdate.started import mark_started

        mark_started()  # this version of the launcher started: a self-update to it is kept, not rolled back
        self.controller.spawn(self.controller.keep_launcher_current())

    def _add_page(self, page: QWidget, *, form: bool = False) -> None:
        """Every page scrolls vertically when the window is small, never sideways, and stops growing at the
        maximum content width on large screens. Forms come and go in one scroll area made once."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QScrollArea

        from .widgets.flow import centred

        area = getattr(self, "form_area", None) if form else None
        if area is None:
            area = QScrollArea()
            area.setObjectName("Page")
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: its page's controls are
            self.pages.addWidget(area)
            if form:
                self.form_area = area
        elif (old := area.takeWidget()) is not None:
            old.deleteLater()
        area.setWidget(centred(page))
        self._holders[id(page)] = area

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(self._holders[id(page)])

    def current_page(self) -> QWidget | None:
        holder = self.pages.currentWidget()
        return next((p for p in (self.picker, self.profile_page, self.unavailable, self.login, self.not_set_up)
                     if p is not None and self._holders.get(id(p)) is holder), None)

    def _remove_page(self, page: QWidget | None) -> None:
        if page is None:
            return
        holder = self._holders.pop(id(page), None)
        if holder is not None and (old := holder.takeWidget()) is not None:  # type: ignore[attr-defined]
            old.deleteLater()

    def _account_icon(self, account: Account) -> QIcon:
        from PySide6.QtGui import QIcon

        from .icons import provider_icon, rounded_avatar

        picture = self.controller.avatars.get(account.avatar_url or "")
        if picture:
            return QIcon(rounded_avatar(picture[0], 32, self.devicePixelRatioF()))
        return provider_icon(account.provider)

    # --- modes and environments ----------------------------------------------------------------------
    @property
    def tester(self) -> bool:
        return self.controller.tester

    def set_tester(self, on: bool) -> None:
        self.controller.set_tester(on)  # the controller answers with ModeChanged

    def choose_environment(self, name: str) -> None:
        if name and name != self.controller.environment:
            self.controller.set_environment(name)

    def _mode_changed(self) -> None:
        c = self.controller
        self.picker.set_methods([(p.id, c.label_of(p), c.description_of(p),
                                  c.is_testing(p)) for p in c.methods()],
                                remembers=c.remembers)
        self.sidebar.set_tester(self.tester, c.environments, c.environment)
        if self.tester and not hasattr(self, "tester_action"):
            chrome().add_tester_menu(self)  # tester mode entered after start: the switch back appears
        if hasattr(self, "tester_action"):
            self.tester_action.setChecked(self.tester)
        self._keychain_changed()
        self._accounts_changed()
        if self.login is not None and self.current_page() is self.login:
            self.show_login(self.login.provider.id, self.login.values())
        elif self.not_set_up is not None and self.current_page() is self.not_set_up:
            self.show_login(self.not_set_up.provider.id)
        if c.profile is not None:
            self._profile_changed(switch_page=False)

    def _keychain_changed(self) -> None:
        remembers = self.controller.remembers
        self.notice_text.setText(text(self.controller.keychain_help))
        self.notice_holder.setVisible(not remembers)
        self.notice.setVisible(not remembers)
        if self.login is not None:
            self.login.set_remembers(remembers)

    # --- pages --------------------------------------------------------------------------------------
    def show_picker(self) -> None:
        self.controller.begin_add_account(None)

    def show_login(self, provider_id: str, values: dict[str, str] | None = None, error: str = "") -> None:
        from launcher.outcomes import UsageError


        c = self.controller
        offered = {p.id: p for p in c.methods()}
        provider = offered.get(provider_id)
        if provider is None:
            if provider_id in self.manifest.enabled:
                self.statusBar().showMessage(fill(self.tr("{method} is a testing tool; start the launcher with "
                                                          "--tester to use it."),
                                                  method=c.provider_label(provider_id)), 8000)
            else:
                self.statusBar().showMessage(fill(self.tr("This game does not offer sign-in with {method}."),
                                                  method=repr(provider_id)), 8000)
            self.show_page(self.picker)
            self.picker.focus_first()
            return
        self._remove_page(self.login)
        self._remove_page(self.not_set_up)
        self.login = self.not_set_up = None
        label = c.label_of(provider)
        try:
            missing = c.missing_setup(provider_id)
        except UsageError:
            missing = []
        if missing and not self.tester:
            from .widgets.login import NotSetUp

            self.not_set_up = NotSetUp(provider, label, c.core.manifest.support_url)
            self.not_set_up.back.connect(self.show_picker)
            self._add_page(self.not_set_up, form=True)
            self.show_page(self.not_set_up)
            self.not_set_up.focus_first()
            return
        from launcher.providers import all_providers

        from .widgets.login import LoginForm

        self.login = LoginForm(provider, values, fields=provider.form_fields(c.tester), label=label,
                               description=c.description_of(provider),
                               testing=c.is_testing(provider),
                               stored=c.provisioned(provider_id) if self.tester else set(),
                               environment=c.environment, remembers=c.remembers, tester=self.tester,
                               show_environment=self.tester and bool(c.environments),
                               links=c.core.manifest.links_for(provider),
                               support_url=c.core.manifest.support_url,
                               choice_labels={pid: c.label_of(cls()) for pid, cls in all_providers().items()})
        self.login.submitted.connect(self.on_submit)
        self.login.cancelled.connect(self.controller.cancel)
        self.login.external.connect(self.on_external)
        self.login.back.connect(self.show_picker)
        self.login.set_error(error)
        self._add_page(self.login, form=True)
        self.show_page(self.login)
        if error:
            self.login.focus_to_fix()
        else:
            self.login.focus_first()
        self.settings.last_provider = provider_id

    def _on_event(self, event: Event) -> None:
        from launcher import events as ev

        match event:
            case ev.ModeChanged() | ev.EnvironmentChanged():
                self._mode_changed()
            case ev.KeychainChanged():
                self._keychain_changed()
            case ev.AccountsChanged():
                self._accounts_changed()
            case ev.ProfileChanged(in_place=in_place):
                self._profile_changed(switch_page=not in_place)
                if self.controller.stale_reason:  # not up to date: the network may come back
                    self._watch_network()
            case ev.LoginRequested(provider_id=None):
                self._remove_page(self.login)
                self._remove_page(self.not_set_up)
                self.login = self.not_set_up = None
                self.show_page(self.picker)
                self.picker.focus_method(self.settings.last_provider)  # Ctrl+N: the method used last
            case ev.LoginRequested(provider_id=str(pid), values=values, error=error):
                self.show_login(pid, values, error)
            case ev.BusyChanged(label=label, step=step, total=total):
                self.busy_label.setText(text(label))
                if self.login is not None and self.current_page() is self.login:
                    self.login.set_busy(text(label), step, total)
            case ev.ErrorChanged(message=message):
                self._error(message)
            case ev.Cancelled():
                self.statusBar().showMessage(self.tr("Sign-in cancelled."), 5000)
                if self.login is not None and self.current_page() is self.login:
                    self.login.show_cancelled()
                    self.login.focus_start()
            case ev.Notice(message=message):
                self.statusBar().showMessage(text(message), 12000)
                self._keychain_changed()
            case ev.GameChanged(account_id=account_id, message=message):
                self._game_changed(account_id, message)
                self._tray_while_playing(account_id)
            case ev.ReachChanged() if self.controller.reach.value != "ready":
                self._watch_network()
                self._show_game()
            case ev.BuildChanged() | ev.ReachChanged():
                if self.controller.profile is not None:
                    self._show_game()
                if getattr(self, "builds_dialog", None) is not None and self.builds_dialog.isVisible():
                    self.builds_dialog.refresh()
                chrome().show_progress(self, self.controller.build)
            case ev.NewsChanged():
                self.profile_page.news.show_feed(self.controller.news)
            case ev.BuildReady(version=version):
                chrome().notify(self, fill(self.tr("{game} is ready to play"), game=self.manifest.name),
                                fill(self.tr("Version {version} is installed."), version=version))
            case ev.NotesRequested(version=version, notes=notes):
                self.show_notes(version, notes)
            case ev.AvatarArrived(url=url):
                self._avatar_arrived(url)
            case ev.CodeShown(code=code):
                if self.login is not None:
                    self.login.show_code(code)

    def _rows(self) -> list:
        from .models import AccountRow

        c = self.controller
        rows = [AccountRow(a, c.provider_label(a.provider), c.account_environment(a),
                           bool(getattr(c.game_of(a.id), "running", False))) for a in c.accounts]
        return [r for r in rows if c.shows(r.account)]  # a player: the environment in use only

    def _accounts_changed(self) -> None:
        c = self.controller
        self.account_model.set_accounts(self._rows())
        self.sidebar.select(c.current_id)
        current = next((a for a in c.accounts if a.id == c.current_id), None)
        self.sign_out_action.setEnabled(bool(current and current.token_names))
        self.remove_action.setEnabled(current is not None)
        if c.profile is not None and current is not None:  # a new account's environment is known from here on
            self.profile_page.set_badges(c.provider_label(c.profile.provider), self._badge_env(current))
        chrome().rebuild_tray_menu(self)

    def _badge_env(self, account: Account | None) -> str:
        c = self.controller
        return c.account_environment(account) if account is not None and self.tester \
            and c.environments else ""

    def _profile_changed(self, *, switch_page: bool = True) -> None:
        c = self.controller
        if c.profile is not None:
            from .widgets.profile import when

            account = next((a for a in c.accounts if a.id == c.current_id), None)
            played = account.last_played if account is not None else None
            self.profile_page.show_profile(
                c.profile, method=c.provider_label(c.profile.provider),
                environment=self._badge_env(account),
                tester=self.tester, extras=c.profile.extras,
                last_played=when(played or c.game_of(c.shown_id).started_at),
                stale=c.profile_stale, stale_reason=c.stale_reason, label=account.label if account else "")
            picture = c.avatars.get(c.profile.avatar_url or "")
            if picture:
                self.profile_page.set_avatar(picture[0])
            self._show_game()
            if self._play_asked is not None and self._play_asked == c.current_id and c.can_play:
                self._play_asked = None
                self._spawn(self.controller.play())  # the first screen's Play: it installs what is missing
            if switch_page:
                arriving = self.current_page() is not self.profile_page
                self.show_page(self.profile_page)
                focus = self.focusWidget()
                if arriving or focus is None or not focus.isVisible() or not focus.isEnabled():
                    self.profile_page.play_button.setFocus()  # just signed in or switched: Enter plays
        elif c.error and c.current_id:  # an account that could not be opened: say so, with what works
            self._error(c.error)
            self.play_action.setEnabled(False)
        elif self.current_page() is self.profile_page:
            self.show_page(self.picker)
            self.play_action.setEnabled(False)
        chrome().rebuild_tray_menu(self)

    def _show_game(self) -> None:
        """The shown account's main action and game: another account's game running or exiting does not show."""
        c = self.controller
        game = c.game_of(c.shown_id)
        running = bool(getattr(game, "running", False))
        message = getattr(game, "message", "") or getattr(game, "last_exit", "") or ""
        account = next((a for a in c.accounts if a.id == c.current_id), None)
        view = c.view()
        self.profile_page.set_game(view, text(message) if message != view.detail else "",
                                   playing_as=fill(self.tr("Playing as {name}"), name=account.name)
                                   if account and running else "")
        self.play_action.setEnabled(c.can_play and view.enabled)
        if view.action.value == "retry":  # the main button retries already: one Retry, not two
            self.profile_page.retry_button.setVisible(False)

    def _game_changed(self, account_id: str, message: str) -> None:
        self.account_model.set_accounts(self._rows())
        self.sidebar.select(self.controller.current_id)
        if account_id == self.controller.shown_id and self.controller.profile is not None:
            self._profile_changed(switch_page=False)  # its game state, and "Last played" from now on
        label = next((a.name for a in self.controller.accounts if a.id == account_id), "")
        self.statusBar().showMessage(fill(self.tr("{name}: {message}", "an account's name, then what happened"),
                                          name=label, message=message) if label and message else text(message), 10000)
        chrome().rebuild_tray_menu(self)

    def _error(self, message: str) -> None:
        c = self.controller
        if self.login is not None and self.current_page() is self.login:
            from launcher.outcomes import Outcome, SignInError, worth_retrying

            failure = getattr(c, "sign_in_failure", None) if message else None
            if failure is not None and getattr(failure, "message", None) != message:
                failure = None  # another action's error
            self.login.set_error(message, retry=failure is not None and worth_retrying(failure),
                                 gone=isinstance(failure, SignInError) and failure.outcome is Outcome.GONE)
            if message:
                self.login.set_busy("")
                self.login.focus_to_fix()
        elif message and c.current_id and c.profile is None:
            account = next((a for a in c.accounts if a.id == c.current_id), None)
            if account is not None and account.token_names:
                self.unavailable.show_problem(account.name, message, retry_works=c.remembers)
                self.show_page(self.unavailable)
        elif message:
            self.statusBar().showMessage(text(message), 10000)

    def _avatar_arrived(self, url: str) -> None:
        c = self.controller
        picture = c.avatars.get(url)
        if picture and c.profile is not None and c.profile.avatar_url == url:
            self.profile_page.set_avatar(picture[0])
        self.account_model.refresh_icons()

    # --- actions ------------------------------------------------------------------------------------
    def on_submit(self, provider_id: str, values: dict, remember: bool) -> None:
        provision = bool(self.login is not None and self.login.provision.isChecked()
                         and self.login.provisioned_typed())
        self._spawn(self.controller.sign_in(provider_id, values, remember=remember, provision=provision))

    def on_external(self, provider_id: str, values: dict) -> None:
        self._spawn(self.controller.external_sign_in(provider_id, values))

    def on_switch(self, account_id: str) -> None:
        if account_id:
            self._spawn(self.controller.switch(account_id, follow_environment=True))

    def on_play(self) -> None:
        """Ctrl+P and Game > Play: the main button's action, whatever it reads (Play, Install, Update...)."""
        from launcher.play_action import Action

        if self._awaiting_start and self.controller.profile is None:  # attached, not started: keep the click
            self._play_before_attach()
            return
        view = self.controller.view()
        if view.enabled and view.action is not Action.NONE:
            self.on_act(view.action)

    def on_act(self, action: object) -> None:
        from launcher.play_action import Action

        if not isinstance(action, Action):
            return
        if self._awaiting_start and self.controller.profile is None:
            self._play_before_attach()
            return
        if action is Action.PLAY:
            self._spawn(self.controller.play())
        else:
            self.controller.act(action)

    def _watch_network(self) -> None:
        """Follow the system's reachability once something could not be reached (not before: loading QtNetwork
        and its backend costs a frame or two, which a window that is online never needs to pay)."""
        if not getattr(self, "_watching_network", False):
            self._watching_network = True
            chrome().watch_network(self)

    def show_builds(self) -> None:
        """View > Game builds by environment (tester mode)."""
        from .widgets.builds_dialog import BuildsDialog

        dialog = getattr(self, "builds_dialog", None)
        if dialog is None:
            dialog = self.builds_dialog = BuildsDialog(self.controller, self)
        dialog.refresh()
        dialog.show()
        dialog.raise_()

    def show_notes(self, version: str, notes: str) -> None:
        """What's new in a build: its patch notes, as plain text."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(fill(self.tr("What's new in {game} {version}"), game=self.manifest.name,
                                   version=version).strip())
        box = QVBoxLayout(dialog)
        notes_text = QPlainTextEdit(notes or self.tr("This version has no patch notes."))
        notes_text.setReadOnly(True)
        notes_text.setAccessibleName(fill(self.tr("Patch notes of version {version}"), version=version))
        box.addWidget(notes_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        dialog.resize(520, 420)
        dialog.open()
        self.notes_dialog = dialog

    def on_retry(self) -> None:
        """Retry beside "Not up to date" (a server or the keychain did not answer): open the account again."""
        if self.controller.current_id:
            self._spawn(self.controller.switch(self.controller.current_id, quietly=True))

    def on_stop(self) -> None:
        if self.controller.shown_id:
            self.controller.stop(self.controller.shown_id)

    def play_as(self, account_id: str) -> None:
        """The tray's "Play as NAME": show that account, then play once it is open."""
        async def work() -> None:
            if self.controller.current_id != account_id or not self.controller.can_play:
                await self.controller.switch(account_id, follow_environment=True)
            if self.controller.current_id == account_id and self.controller.can_play:
                await self.controller.play()
        self._spawn(work())

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
        """Ctrl+1..9: the n-th account shown (group headers do not count)."""
        shown = self.account_model.accounts()
        if 0 <= row < len(shown):
            self.on_switch(shown[row].id)

    def escape(self) -> None:
        """Esc cancels a running sign-in; otherwise it goes back from a form to the sign-in methods."""
        if self.controller.busy:
            self.controller.cancel()
        elif self.current_page() in (self.login, self.not_set_up) and self.current_page() is not None:
            self.show_picker()

    def sign_out_current(self) -> None:
        if self.controller.current_id:
            self.confirm_sign_out(self.controller.current_id)

    def _described(self, account: Account) -> tuple[str, str, str]:
        """The account's name as the list shows it, its sign-in method, and its environment (several only)."""
        from launcher.account_labels import account_name

        c = self.controller
        environment = c.account_environment(account) if len(c.environments) > 1 else ""
        return (account_name(account.label, account.display_name, account.player_id),
                c.provider_label(account.provider), environment)

    def confirm_sign_out(self, account_id: str) -> None:
        """Signing out needs no question, except for a tester among several environments: which one is named."""
        from . import account_dialogs

        account = next((a for a in self.controller.accounts if a.id == account_id), None)
        if account is None:
            return
        name, method, environment = self._described(account)
        if not environment or account_dialogs.confirm_sign_out(self, name, method, environment):
            self.controller.sign_out(account.id)

    def _sign_in_current_again(self) -> None:
        account = next((a for a in self.controller.accounts if a.id == self.controller.current_id), None)
        if account is not None:
            self.controller.begin_add_account(account.provider, self.controller.prefill(account))

    def check_connection(self) -> None:
        """Help > Check my connection: the doctor's checks in a player's words (a tester's: with the details)."""
        from .widgets.connection_check import ConnectionCheck

        dialog = getattr(self, "connection_dialog", None)
        if dialog is None:
            dialog = self.connection_dialog = ConnectionCheck(self, tester=self.tester)
            dialog.again.clicked.connect(self.check_connection)
        dialog.tester = self.tester
        dialog.start()
        dialog.show()
        dialog.raise_()

        async def run() -> None:
            try:
                checks = await self.controller.check_connection()
            except Exception as exc:
                import logging

                logging.getLogger("launcher.ui").warning("connection check failed", exc_info=True)
                dialog.show_error(text(getattr(exc, "message", exc.__class__.__name__)))
                return
            dialog.show_checks(checks)

        self._spawn(run())

    def confirm_remove(self, account_id: str | None) -> None:
        from . import account_dialogs

        account = next((a for a in self.controller.accounts if a.id == account_id), None)
        if account is not None and account_dialogs.confirm_remove(self, *self._described(account)):
            self.controller.remove(account.id)

    def ask_rename(self, account_id: str) -> None:
        from launcher.account_labels import is_nameless

        from . import account_dialogs

        account = next((a for a in self.controller.accounts if a.id == account_id), None)
        if account is None:
            return
        name, method, environment = self._described(account)
        current = "" if is_nameless(account.label, account.display_name, account.player_id) else name
        if (label := account_dialogs.ask_name(self, name, current, method, environment)) is not None:
            self.controller.rename(account.id, label)
            if account.id == self.controller.current_id and self.controller.profile is not None:
                self._profile_changed(switch_page=False)  # the profile's heading is the account's name too

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def set_tray_while_playing(self, on: bool) -> None:
        self.settings.tray_while_playing = on
        self.settings.save()

    def _tray_while_playing(self, account_id: str) -> None:
        """With Game > Hide the launcher while playing: hidden to the tray as the game starts, back as it ends."""
        if not self.settings.tray_while_playing or self.tray is None:
            return
        state = self.controller.game_of(account_id)
        if state.running and not state.installing and self.isVisible():
            self._hidden_for_game = True
            self.hide()
        elif not state.running and getattr(self, "_hidden_for_game", False) and \
                not any(g.running for g in self.controller.games.values()):
            self._hidden_for_game = False
            self.bring_to_front()

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
        else:  # closed on its first frame or first screen, before the app could listen: it asks right after
            self.closed_before_start = True

    def open_link(self, action: Any) -> None:
        """A link (`launcher open`, launcher/links.py): the window comes up on a saved account's profile (Play
        ready, never pressed) or on a sign-in form. It never cancels what runs (a sign-in, an opening, Play getting
        ready): then it only says so. An account this window does not show (another environment) is not opened."""
        from launcher.links import ShowSignIn

        self.bring_to_front()
        c = self.controller
        if c.busy:
            self.statusBar().showMessage(fill(self.tr("A link was not opened: the launcher is busy ({doing}). Open "
                                                      "the link again once that is done."),
                                              doing=text(c.busy).rstrip("…")), 10000)
            return
        if isinstance(action, ShowSignIn):
            self.show_login(action.provider)
            return
        account = next((a for a in c.accounts if a.id == action.account_id), None)
        if account is None or not c.shows(account):
            self.statusBar().showMessage(self.tr("A link named an account that is not saved in this launcher."), 10000)
            return
        self.on_switch(account.id)
