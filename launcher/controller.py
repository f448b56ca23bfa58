"""Everything the launcher window does, without Qt: the window's widgets only display this state and call
these methods, so all of it can be driven and tested without a display.

State changes are announced to subscribers as typed events (launcher/events.py); a subscriber reads the state
it needs from the controller when an event arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from . import avatars, events, snapshots
from .accounts import Account, account_id
from .app_core import Core, RefreshKind, RefreshResult
from .build_state import BuildState, Phase, Purpose
from .builds import BuildKeeper
from .models import AccountStatus, FieldKind, Profile, Session
from .outcomes import LauncherError, Outcome, ServiceError, SessionExpired, SignInError, UsageError, for_viewer
from .play_action import Action, ActionView, Reach, action_for
from .providers.base import DeviceCode, Provider
from .steps.flow import Progress
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("launcher.controller")
Listener = Callable[[events.Event], None]
T = TypeVar("T")
BACKGROUND_REFRESH_S = 60.0
AFTER_PAINT_S = 0.25
BUILD_CHECK_S = 15 * 60.0  # how often the channel is asked again for a new build while the window is open
RETRY_FIRST_S = 5.0  # the servers could not be reached: asked again after 5 s, 10 s, 20 s... (with jitter)
RETRY_MAX_S = 300.0


class Controller:
    def __init__(self, core: Core, *, open_browser: Callable[[str], object] | None = None,
                 tester: bool | None = None) -> None:
        self.core = core
        self.home = core.manifest.for_environment(None) if core.manifest.environments else core.manifest
        self.tester = core.manifest.tester_default if tester is None else tester
        self.open_browser = open_browser or _system_browser
        self._listeners: list[Listener] = []
        self._tasks: set[asyncio.Future[Any]] = set()  # every background task, kept until it ends
        self.accounts: list[Account] = []
        self.current_id: str | None = None
        self.session: Session | None = None
        self.profile: Profile | None = None
        self.busy = ""
        self.busy_step = 0
        self.busy_total = 0
        self.error = ""
        self.notices: list[str] = []
        self.login_provider: str | None = None
        self.login_values: dict[str, str] = {}
        self.device_code: DeviceCode | None = None
        self.game_running = False  # the shown account's game
        self.game_message = ""
        self.games: dict[str, GameState] = {}  # account id -> its game's state (running or how it ended)
        self.profile_stale = False  # the shown profile is the last known one; a refresh is on its way
        self.stale_reason = ""  # why that refresh did not happen (the servers could not be reached): "" meanwhile
        self.avatars: dict[str, tuple[bytes, str] | None] = {}
        self._task: asyncio.Future[Any] | None = None
        self._running: dict[str, Any] = {}  # account id -> RunningGame
        self._pending_play: str | None = None  # the account whose last-known profile is shown (no session yet)
        self.builds: dict[str, BuildKeeper] = {}  # environment ("" without environments) -> its game build
        self.news: Any = None  # launcher.delivery.news.Feed of the shown environment's repository, or None
        self.reach = Reach.READY  # the shown account's way to Play: online, offline (and allowed), expired
        self.reach_reason = ""
        self._retry_delay = RETRY_FIRST_S
        self._retry_timer: asyncio.TimerHandle | None = None
        self._stop_asked: set[str] = set()  # accounts whose Stop came before their game had started
        self._closed = False

    # --- observers ----------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: events.Event) -> None:
        if self._closed:  # the window is going away: a late download tick or answer changes nothing on screen
            return
        for listener in list(self._listeners):
            listener(event)

    def spawn(self, work: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Run `work` in the background, keeping a reference until it ends (asyncio holds only weak ones)."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        """A background task never dies unheard: its error is logged, and said in the status line."""
        self._tasks.discard(task)
        if task.cancelled() or (exc := task.exception()) is None:
            return
        log.error("a background task failed", exc_info=exc)
        if isinstance(exc, LauncherError):
            self.notice(exc.message)
        else:
            self.notice(QT_TRANSLATE_NOOP("Controller", "Something went wrong ({error}); the details are in the "
                                                        "log.").fill(error=exc.__class__.__name__))

    def notice(self, message: str) -> None:
        self.notices.append(message)
        self._emit(events.Notice(message))

    def _set_error(self, message: str) -> None:
        self.error = message
        self._emit(events.ErrorChanged(message))

    def _set_busy(self, label: str, step: int = 0, total: int = 0) -> None:
        self.busy, self.busy_step, self.busy_total = label, step, total
        self._emit(events.BusyChanged(label, step, total))

    def _progress(self, progress: Progress) -> None:
        if progress.warning:  # an extra that failed while opening a saved account (the game profile): told
            self.notice(progress.warning)
            return
        self._set_busy(progress.label, progress.index, progress.total)

    # --- modes, environments, methods ---------------------------------------------------------------
    def set_tester(self, on: bool) -> None:
        """Tester mode shows the testing tools (marked) and the environments; player mode the default environment."""
        if on == self.tester:
            return
        self.tester = on
        if not on and self.core.manifest.environment != self.home.environment:
            self.set_environment(self.home.environment)
        self._emit(events.ModeChanged())

    @property
    def environment(self) -> str:
        return self.core.manifest.environment

    @property
    def environments(self) -> tuple[str, ...]:
        return self.core.manifest.environments

    def set_environment(self, name: str) -> None:
        if name == self.environment:
            return
        if not self.tester and name != self.home.environment:
            raise UsageError("Only tester mode can switch environments.")
        self.core.manifest = self.home.for_environment(name)
        self._emit(events.EnvironmentChanged())
        self.load_accounts()

    def is_testing(self, provider: Provider) -> bool:
        return self.core.manifest.is_testing(provider)

    def methods(self) -> list[Provider]:
        """The sign-in methods the picker shows: the player-facing ones; in tester mode all, testing tools last."""
        from . import providers

        shown = [providers.get(pid) for pid in self.core.manifest.enabled]
        if not self.tester:
            return [p for p in shown if not self.is_testing(p)]
        return sorted(shown, key=self.is_testing)

    def label_of(self, provider: Provider) -> str:
        return self.core.manifest.text_for(provider)[0]

    def description_of(self, provider: Provider) -> str:
        return self.core.manifest.text_for(provider)[1]

    def provider_label(self, provider_id: str) -> str:
        try:
            return self.label_of(self.core.provider(provider_id))
        except UsageError:
            return provider_id

    def account_environment(self, account: Account) -> str:
        return account.environment

    def shows(self, account: Account) -> bool:
        """A player sees the accounts of the environment in use only; a tester sees every one."""
        return self.tester or account.belongs_to(self.environment)

    def missing_setup(self, provider_id: str) -> list[str]:
        """What this computer lacks for a player to use this method (provisioned secrets), by label."""
        return self.core.missing_setup(self.core.provider(provider_id), self.tester)

    def provisioned(self, provider_id: str) -> set[str]:
        return set(self.core.provisioned_values(self.core.provider(provider_id)))

    # --- the keychain ---------------------------------------------------------------------------------
    @property
    def remembers(self) -> bool:
        """False when nothing can be saved this run: every session ends when the launcher quits. Until the
        keychain is first needed (right after the first paint) it is taken to work; `KeychainChanged` follows."""
        try:
            if not self.core.accounts.keychain_opened:
                return True  # not asked yet (importing keyring costs ~100 ms): `start` asks right after the paint
            return bool(self.core.accounts.remembers)
        except LauncherError:
            return False

    def _check_keychain(self) -> None:
        with contextlib.suppress(LauncherError):
            self.core.accounts.vault  # noqa: B018 - opens the keychain (and notes a warning when it cannot)
        self._report_warnings()
        self._emit(events.KeychainChanged())

    @property
    def keychain_help(self) -> str:
        if self.remembers:
            return ""
        return keychain_help()

    # --- start-up -----------------------------------------------------------------------------------
    def load_accounts(self) -> None:
        try:
            self.accounts = self.core.accounts.list()
        except LauncherError as exc:
            self.accounts = []
            self.notice(exc.message)
        self._report_warnings()
        default = next((a for a in self.accounts if a.is_default and self.shows(a)), None)
        hidden = {a.id for a in self.accounts if not self.shows(a)}
        if self.current_id in hidden:  # tester mode left, or the environment changed: a player never sees it
            self.current_id = None
            if self.profile is not None:
                self.session = self.profile = None
                self._pending_play, self.profile_stale, self.stale_reason = None, False, ""
                self._emit(events.ProfileChanged())
        elif self.current_id is None or self.current_id not in {a.id for a in self.accounts}:
            self.current_id = default.id if default else None
        self._emit(events.AccountsChanged())

    async def start(self) -> None:
        """Show the default account from its last known state at once (Play works from it), refresh it in the
        background, then keep every session fresh."""
        self.load_accounts()
        if self.tester:  # the studio's own testers see what would confuse players (two look-alike methods)
            for warning in self.home.warnings:
                self.notice(warning)
        for account in self.accounts:
            if account.avatar_url and account.avatar_url not in self.avatars:
                self.avatars[account.avatar_url] = avatars.cached(account.avatar_url)
        if self.current_id and self._show_last_known(self.current_id):
            self.spawn(self._refresh_after_paint(self.current_id))
            self.spawn(self._keep_builds())
        else:
            self.spawn(self._keep_builds())
            self._check_keychain()
            if self.current_id:
                await self.switch(self.current_id)
            else:  # nothing to show (the first screen's account was removed meanwhile): the sign-in choices
                self._emit(events.ProfileChanged())
        self.spawn(self._refresh_loop())

    async def _refresh_after_paint(self, account_id_: str) -> None:
        """The shown last-known profile paints first; the keychain and the network (keyring and httpx are
        imported on their first use) come a moment later."""
        await asyncio.sleep(AFTER_PAINT_S)
        self._check_keychain()
        while self._task is not None and not self._task.done():  # Play (or a switch) is opening it: never cancel
            await asyncio.wait({self._task})                       # what the player asked for; it refreshes too
        if self.current_id == account_id_ and self.profile_stale:
            await self.switch(account_id_, quietly=True)
            if self.current_id == account_id_ and self.stale_reason and not self.opened():
                self._schedule_retry()  # the servers did not answer: ask again by itself, backing off

    def _show_last_known(self, account_id: str) -> bool:
        """The account's last known profile, from the account file and the snapshot only (no keychain, no
        network): False when there is none or its tokens are known to expire before a refresh could run."""
        account = next((a for a in self.accounts if a.id == account_id), None)
        snapshot = snapshots.last_known(account)
        if account is None or snapshot is None:
            return False
        self.profile_stale, self.stale_reason = True, ""
        self._pending_play = account.id
        self.session, self.profile = None, snapshot
        self.login_provider = None
        self._follow_game(account.id)
        self._emit(events.ProfileChanged())
        return True

    @property
    def can_play(self) -> bool:
        """Play is offered: a profile is shown with a session (or a saved one that Play reads), no game of its own
        is running."""
        return self.profile is not None and not self.game_running and \
            (self.session is not None or self._pending_play is not None)

    async def _refresh_loop(self) -> None:
        while True:
            await asyncio.sleep(BACKGROUND_REFRESH_S)
            await self.refresh_due()

    async def refresh_due(self) -> list[RefreshResult]:
        try:
            results = await self.core.refresh_due()
        except LauncherError as exc:
            self.notice(exc.message)
            return []
        changed = [r for r in results if r.kind is not RefreshKind.FRESH]
        if changed:
            self.load_accounts()
            for result in changed:
                if result.kind is RefreshKind.FAILED:
                    self.notice(QT_TRANSLATE_NOOP("Controller", "{name}: {message}", "an account, then what "
                                                  "happened").fill(name=self._label(result.account_id),
                                                                   message=result.message))
                shown = next((a for a in self.accounts if a.id == result.account_id), None)
                if result.account_id == self.current_id and shown is not None and not shown.token_names \
                        and not self.game_of(shown.id).running:
                    # the session ended (expired or refused): straight to the pre-filled sign-in, not a green Play
                    self.session = None
                    self._pending_play = None
                    self._set_reach(Reach.EXPIRED, QT_TRANSLATE_NOOP(
                        "Controller", "{name}: your session has ended. Sign in again.").fill(name=shown.name))
                    self.sign_in_again()
        return results

    def _label(self, account_id: str) -> str:
        return next((a.name for a in self.accounts if a.id == account_id), account_id)

    async def close(self) -> None:
        """Cancel everything this controller started and close the HTTP client, while the loop still runs."""
        self._closed = True
        if self._retry_timer is not None:
            self._retry_timer.cancel()
        for keeper in self.builds.values():
            await keeper.close()
        pending = [t for t in (self._task, *self._tasks) if t is not None and not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        await self.core.aclose()

    # --- sign-in ------------------------------------------------------------------------------------
    def begin_add_account(self, provider_id: str | None = None, values: Mapping[str, str] | None = None,
                          error: str = "") -> None:
        self.login_provider = provider_id
        self.login_values = dict(values or {})
        self.error = error
        self._emit(events.LoginRequested(provider_id, dict(self.login_values), error))

    async def _guarded(self, work: Callable[[], Awaitable[T]], first_label: str) -> T | None:
        """Run `work` as the one cancellable operation; errors become `error`, a cancel ends quietly."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._set_error("")
        self._set_busy(first_label)

        async def run() -> T:
            return await work()

        task = asyncio.ensure_future(run())
        self._task = task
        try:
            return await task
        except asyncio.CancelledError:
            if task.cancelled():
                self._emit(events.Cancelled())
                return None
            raise
        except LauncherError as exc:
            self._set_error(exc.message)
            return None
        finally:
            if self.device_code is not None:
                self.device_code = None
                self._emit(events.CodeShown(None))
            self._set_busy("")

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def sign_in(self, provider_id: str, values: Mapping[str, Any], *, remember: bool = True,
                      label: str | None = None, provision: bool = False) -> Session | None:
        provider = self.core.provider(provider_id)
        if not self.tester:  # the fields a player is not shown take the player's value
            values = {**provider.player_values(), **values}
        self.sign_in_failure: LauncherError | None = None  # the last sign-in's error: the form offers what helps
        warnings: list[str] = []  # extras that failed (a game profile): the sign-in stands, the player is told

        def progress(step: Progress) -> None:
            if step.warning:
                warnings.append(step.warning)
            else:
                self._progress(step)

        async def work() -> Session:
            try:
                session = await self.core.sign_in(provider_id, values, progress=progress, provision=provision)
                if session.profile is None:
                    session.profile = await self.core.load_profile(session)
            except LauncherError as exc:
                self.sign_in_failure = exc
                exc.message = for_viewer(exc, tester=self.tester, environment=self.environment,
                                         has_accounts=any(self.shows(a) for a in self.accounts))
                raise
            form = {f.name: str(values.get(f.name, "")) for f in provider.fields
                    if not f.confidential and f.kind is not FieldKind.CHECKBOX and values.get(f.name)}
            session.data["form"] = json.dumps(form)
            return session

        try:
            first = provider.sign_in_plan(provider.validate(values)).first_label
        except UsageError:
            first = ""
        session = await self._guarded(work, first or QT_TRANSLATE_NOOP("Controller", "Signing in…"))
        if session is None:
            return None
        if remember:
            account = await self.core.remember_async(session, label)
            self.current_id = account.id
        self._show(session)
        self.load_accounts()
        self._report_warnings(warnings)
        return session

    async def external_sign_in(self, provider_id: str, values: Mapping[str, Any] | None = None) -> Session | None:
        """The provider's sign-in outside the form ("Continue with Facebook"), then the sign-in with what it got."""
        provider = self.core.provider(provider_id)
        external = provider.external
        if external is None:
            raise UsageError(QT_TRANSLATE_NOOP("Controller", "{method} has no sign-in outside the form.").fill(
                method=provider.display_name))
        self.sign_in_failure = None

        async def obtain() -> str:
            try:
                return await external.obtain(self.core.context(self._progress), self)
            except LauncherError as exc:
                self.sign_in_failure = exc
                exc.message = for_viewer(exc, tester=self.tester, environment=self.environment,
                                         has_accounts=any(self.shows(a) for a in self.accounts))
                raise

        token = await self._guarded(obtain, QT_TRANSLATE_NOOP("Controller", "{action}…", "a sign-in step under way: "
                                                                          "Continue with Facebook…").fill(
            action=external.label))
        if token is None:
            return None
        return await self.sign_in(provider_id, {**external.presets, **(values or {}), external.fills: token})

    # The Prompt an external sign-in talks to.
    def open_url(self, url: str) -> object:
        return self.open_browser(url)

    def show_code(self, code: DeviceCode) -> object:
        self.device_code = code
        if code.waiting:
            self._set_busy(code.waiting)
        self._emit(events.CodeShown(code))
        return None

    def _report_warnings(self, extra: Sequence[str] = ()) -> None:
        """The keychain's warnings once each; `extra` (what a sign-in could not show) every time it happens."""
        for warning in self.core.accounts.warnings:
            if warning not in self.notices:
                self.notice(warning)
        for warning in extra:
            self.notice(warning)

    def _show(self, session: Session) -> None:
        """A live session's profile: fresh by definition (no longer the last known one)."""
        self.session, self.profile = session, session.profile
        self._pending_play = None
        self.profile_stale, self.stale_reason = False, ""
        self.login_provider = None
        if session.profile is not None and self.remembers:
            snapshots.save(account_id(session), session.profile, method=self.provider_label(session.provider))
        self._follow_game(account_id(session))
        self._emit(events.ProfileChanged())
        if self.profile and self.profile.avatar_url:
            self.spawn(self.load_avatar(self.profile.avatar_url))

    # --- accounts -----------------------------------------------------------------------------------
    async def switch(self, account_id: str, *, quietly: bool = False,
                     follow_environment: bool = False) -> Session | None:
        """Show a saved account: its session if still valid (refreshed when due), else its login form.
        `quietly`: the account is already shown from its last known state; only a failure changes the page.
        `follow_environment` (a tester picking an account): the environment switcher moves to the account's, so
        that new sign-ins go where the tester looks; never at start, where `--env` says where to be."""
        account = next((a for a in self.accounts if a.id == account_id), None)
        if account is None:
            return None
        self.current_id = account.id
        env = self.account_environment(account)
        if follow_environment and self.tester and env and env != self.environment and env in self.environments:
            self.set_environment(env)
        if not quietly:
            try:
                self.core.accounts.switch(account.id)
            except LauncherError as exc:
                self.notice(exc.message)
            self.load_accounts()

        async def work() -> Session:
            return await self.core.resume(account.id, progress=self._progress)

        if not account.token_names:
            message: str
            if AccountStatus.parse(account.status) is AccountStatus.SIGNED_OUT:
                message = QT_TRANSLATE_NOOP("Controller", "{name} is signed out. Sign in again.").fill(
                    name=account.name)
            elif account.status_message:
                message = QT_TRANSLATE_NOOP("Controller", "{name}: {message}", "an account, then what "
                                            "happened").fill(name=account.name, message=account.status_message)
            else:
                message = QT_TRANSLATE_NOOP("Controller", "{name}: please sign in again.").fill(name=account.name)
            self.begin_add_account(account.provider, self.prefill(account), message)
            return None
        session = await self._guarded(work, QT_TRANSLATE_NOOP("Controller", "Opening {name}…", "an account").fill(
            name=account.name))
        self.load_accounts()
        shown = self.session
        if session is not None and session.profile is not None and shown is not None and shown.profile is not None \
                and (shown.provider, shown.player_id) == (session.provider, session.player_id) \
                and session.profile.last_login is None:
            session.profile.last_login = shown.profile.last_login  # the real date, kept across refreshes
        if session is not None and session.profile is not None and session.profile.last_login is None:
            last = snapshots.load(account.id)
            if last is not None:
                session.profile.last_login = last.last_login
        if self.current_id != account.id:  # another switch (or a sign-in) took over meanwhile: its page stands
            return None
        if session is None and not self.error:  # cancelled (Esc, or a newer action): nothing happened to it
            return None
        if session is None:
            refreshed = next((a for a in self.accounts if a.id == account.id), account)
            if not refreshed.token_names:  # rejected or expired: ask for a new sign-in, pre-filled
                self.begin_add_account(account.provider, self.prefill(account), self.error)
            elif quietly and self.profile_stale and self.remembers:  # the last known profile: not updated
                self.stale_reason = self.error or QT_TRANSLATE_NOOP("Controller", "It could not be updated.",
                                                                    "a profile")
                self._emit(events.ProfileChanged(in_place=True))
            else:
                self._show_unopened(account)
            return None
        self._show(session)
        return session

    def _show_unopened(self, account: Account) -> None:
        """A saved account that could not be opened now (servers unreachable, keychain locked): its last known
        profile marked as not up to date, or none; never the previously shown account's profile and Play. Without
        a keychain its saved session cannot be read at all: no Play from its last profile, only a new sign-in."""
        last = snapshots.last_known(account, fresh_for_s=0) if self.remembers else None
        self.session, self.profile = None, last
        self._pending_play = account.id if last is not None else None  # Play tries to open it again
        self.profile_stale = last is not None
        self.stale_reason = ((self.error or QT_TRANSLATE_NOOP("Controller", "It could not be opened.", "an account"))
                             if last is not None else "")
        self.login_provider = None
        self._follow_game(account.id)
        self._emit(events.ProfileChanged())

    def prefill(self, account: Account) -> dict[str, str]:
        try:
            form = json.loads(str(account.data.get("form") or "{}"))
        except ValueError:
            form = {}
        return {str(k): str(v) for k, v in form.items()} if isinstance(form, dict) else {}

    def sign_out(self, account_id: str) -> None:
        try:
            self.core.accounts.sign_out(account_id)
        except LauncherError as exc:
            self.notice(exc.message)
        if self.current_id == account_id:
            self.session = self.profile = None
            self._pending_play = None
            self._emit(events.ProfileChanged())
        self.load_accounts()
        self.notice(QT_TRANSLATE_NOOP("Controller", "Signed out of {name}.").fill(name=self._label(account_id)))

    def remove(self, account_id: str) -> None:
        label = self._label(account_id)
        try:
            self.core.accounts.remove(account_id)
        except LauncherError as exc:
            self.notice(exc.message)
            return
        snapshots.forget(account_id)
        if self.current_id == account_id:
            self.current_id, self.session, self.profile = None, None, None
            self._pending_play = None
            self._emit(events.ProfileChanged())
        self.load_accounts()
        self.notice(QT_TRANSLATE_NOOP("Controller", "Removed {name}.", "an account").fill(name=label))

    def rename(self, account_id: str, label: str) -> None:
        try:
            self.core.accounts.set_label(account_id, label)
        except LauncherError as exc:
            self.notice(exc.message)
        self.load_accounts()

    # --- Help > Check my connection ------------------------------------------------------------------
    async def check_connection(self) -> list[Any]:
        """`launcher doctor`'s checks for this game and environment (each carries a player's wording)."""
        from . import doctor

        return await doctor.run(self.core.manifest, self.core.http)

    # --- avatars ------------------------------------------------------------------------------------
    async def load_avatar(self, url: str) -> tuple[bytes, str] | None:
        if url in self.avatars:
            return self.avatars[url]
        self.avatars[url] = None
        picture = await avatars.fetch(self.core.http, url)
        self.avatars[url] = picture
        self._emit(events.AvatarArrived(url))
        return picture

    # --- the game's build ------------------------------------------------------------------------------
    def _env_key(self, environment: str | None) -> str:
        return environment if environment in self.environments else self.home.environment

    def build_for(self, environment: str | None = None) -> BuildKeeper | None:
        """The game build of `environment` (None: the shown account's, else the one new sign-ins use); None when
        the manifest has no [delivery]."""
        if environment is None:
            account = next((a for a in self.accounts if a.id == self.current_id), None)
            environment = (self.account_environment(account) if account is not None else "") or self.environment
        key = self._env_key(environment)
        keeper = self.builds.get(key)
        if keeper is None:
            manifest = self.home.for_environment(key) if self.environments else self.core.manifest
            if manifest.delivery is None:
                return None
            keeper = BuildKeeper(manifest, self.core.http, functools.partial(self._build_changed, key),
                                 game_running=lambda: any(g.running for g in self.games.values()))
            self.builds[key] = keeper
        return keeper

    @property
    def build(self) -> BuildState | None:
        keeper = self.build_for()
        return keeper.state if keeper is not None else None

    def _build_changed(self, environment: str, state: BuildState) -> None:
        self._emit(events.BuildChanged(environment))
        if state.phase is Phase.READY and state.just_updated and state.installed:
            self._emit(events.BuildReady(environment, state.installed, updated=True))
            self.notice(QT_TRANSLATE_NOOP("Controller", "{game} {version} is ready to play.").fill(
                game=self.core.manifest.name, version=state.installed))

    async def check_build(self, environment: str | None = None, *, background: bool = True) -> BuildState | None:
        """Ask the channel what it offers; then download an update in the background when the studio allows it."""
        keeper = self.build_for(environment)
        if keeper is None:
            return None
        state = await keeper.check()
        if background:
            keeper.background_update()
        return state

    async def _keep_builds(self) -> None:
        await asyncio.sleep(AFTER_PAINT_S)
        while True:
            keeper = self.build_for()
            if keeper is not None:
                await self.check_build()
                await self.load_news(keeper)
            await asyncio.sleep(BUILD_CHECK_S)

    async def keep_launcher_current(self) -> None:
        """A studio bundle: its own new version is downloaded in the background and starts next time (pip, pipx
        and package-manager installs are updated their own way). Said once in the status line."""
        from .selfupdate import local
        from .selfupdate.check import State, check_and_download

        rolled_back = local.take_notice()
        if rolled_back:
            self.notice(rolled_back)
        await asyncio.sleep(AFTER_PAINT_S * 8)  # after the first screen's own work
        status = await check_and_download(self.core.http, self.home)
        if status.state is State.READY:
            self.notice(QT_TRANSLATE_NOOP("Controller", "A new version of the launcher ({version}) is ready: it "
                                                        "starts the next time you open the launcher.").fill(
                version=status.offered))
        elif status.state is State.FAILED:
            log.info("the launcher's own update failed: %s", status.message)

    async def load_news(self, keeper: BuildKeeper | None = None) -> None:
        """The studio's news and server status from the repository (signed); the cached copy when it can't be
        reached. Shown above Play."""
        from .delivery import news

        keeper = keeper or self.build_for()
        if keeper is None or keeper.target is None:
            return
        feed: news.Feed | None
        try:
            feed = await news.fetch_news(self.core.http, keeper.target)
        except LauncherError as exc:
            log.info("news not updated: %s", exc.message)

            feed = news.cached_news(keeper.target.install_dir)  # one small file: quick
        if feed != self.news:
            self.news = feed
            self._emit(events.NewsChanged())

    def builds_overview(self) -> list[tuple[str, BuildState | None, list[str]]]:
        """For the tester: each environment, its build's state, and the accounts that play that build."""
        rows = []
        for env in self.environments or ("",):
            keeper = self.build_for(env)
            players = [a.name for a in self.accounts if (self.account_environment(a) or self.home.environment)
                       == env]
            rows.append((env, keeper.state if keeper is not None else None, players))
        return rows

    def view(self) -> ActionView:
        """What the main button reads and does for the shown account."""
        state = self.game_of(self.shown_id)
        return action_for(self.core.manifest.name, running=state.running and not state.installing,
                          can_stop=not state.installing, installing=state.installing, build=self.build,
                          reach=self.reach, reason=self.reach_reason)

    def act(self, action: Action) -> None:
        """The main button, or one of its small buttons."""
        keeper = self.build_for()
        if action is Action.PLAY:
            self.spawn(self.play())
        elif action in (Action.INSTALL, Action.UPDATE, Action.REPAIR) and keeper is not None:
            purpose = {Action.INSTALL: Purpose.INSTALL, Action.UPDATE: Purpose.UPDATE,
                       Action.REPAIR: Purpose.REPAIR}[action]
            keeper.start(purpose)
        elif action is Action.PAUSE and keeper is not None:
            self.spawn(keeper.pause())
        elif action is Action.RESUME and keeper is not None:
            keeper.resume()
        elif action is Action.CANCEL and keeper is not None:
            self.spawn(keeper.cancel())
        elif action is Action.RETRY:
            self.spawn(self.retry())
        elif action is Action.SIGN_IN:
            self.sign_in_again()
        elif action is Action.NOTES and keeper is not None:
            state = keeper.state
            if state.update_pending and state.notes:
                self._emit(events.NotesRequested(state.offered or "", state.notes))
            else:
                keeper.seen_notes()
                self._emit(events.NotesRequested(state.installed or "", state.installed_notes))

    # --- servers that can't be reached, sessions that ended -------------------------------------------------
    def _set_reach(self, reach: Reach, reason: str = "") -> None:
        if (reach, reason) == (self.reach, self.reach_reason):
            return
        self.reach, self.reach_reason = reach, reason
        self._emit(events.ReachChanged())
        if reach is Reach.READY:
            self._retry_delay = RETRY_FIRST_S
            if self._retry_timer is not None:
                self._retry_timer.cancel()
                self._retry_timer = None

    def _schedule_retry(self) -> None:
        """Ask again later, backing off with jitter (several launchers never retry in step)."""
        import random

        if self._retry_timer is not None:
            return
        delay = self._retry_delay * random.uniform(0.8, 1.2)
        self._retry_delay = min(RETRY_MAX_S, self._retry_delay * 2)
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._retry_timer = None
            self.spawn(self.retry(automatic=True))

        self._retry_timer = loop.call_later(delay, fire)

    def network_back(self) -> None:
        """The system says the network is back: ask again now, not at the next back-off step."""
        if self._retry_timer is not None:
            self._retry_timer.cancel()
            self._retry_timer = None
        if self.reach is not Reach.READY or self.stale_reason or (self.build and not self.build.reachable):
            self._retry_delay = RETRY_FIRST_S
            self.spawn(self.retry(automatic=True))

    async def retry(self, *, automatic: bool = False) -> None:
        """Open the shown account again and ask the channel again."""
        keeper = self.build_for()
        if keeper is not None and not keeper.busy and (not keeper.state.reachable or keeper.state.phase in
                                                        (Phase.FAILED, Phase.MISSING)):
            await self.check_build()
        account_id_ = self.current_id
        if account_id_ is None or self.session is not None:
            return
        if self._task is not None and not self._task.done():
            return  # an action in flight: it decides
        await self.switch(account_id_, quietly=True)
        if self.current_id != account_id_:
            return
        if self.opened():
            self._set_reach(Reach.READY)
        elif automatic and self.profile is not None and self.stale_reason:
            self._schedule_retry()

    @property
    def shown_id(self) -> str | None:
        """The account whose profile is shown: its session's (also one not saved, without a keychain), else the
        current saved account."""
        return account_id(self.session) if self.session is not None else self.current_id

    def opened(self) -> bool:
        """The shown account has a live session (not only its last known profile)."""
        return self.session is not None

    def sign_in_again(self) -> None:
        account = next((a for a in self.accounts if a.id == self.current_id), None)
        if account is None:
            return
        self.begin_add_account(account.provider, self.prefill(account),
                               self.reach_reason or QT_TRANSLATE_NOOP(
                                   "Controller", "{name}: your session has ended. Sign in again.").fill(
                                   name=account.name))

    async def _open_for_play(self, pending: str) -> Session | None:
        """Play on a last-known profile: open its session. Unreachable servers: the saved session when the game
        allows offline play and it has not expired; else the button says why and offers Retry."""
        failure: list[LauncherError] = []

        async def work() -> Session:
            try:
                return await self.core.resume(pending)
            except LauncherError as exc:
                failure.append(exc)
                raise

        resumed = await self._guarded(work, QT_TRANSLATE_NOOP("Controller", "Getting ready…"))
        if resumed is not None or self.current_id != pending:
            if resumed is not None:
                self._set_reach(Reach.READY)
            return resumed
        exc = failure[0] if failure else None
        if isinstance(exc, SessionExpired) or (isinstance(exc, SignInError) and exc.outcome is Outcome.REJECTED):
            self.load_accounts()
            self._set_reach(Reach.EXPIRED, exc.message)
            self.sign_in_again()
            return None
        if isinstance(exc, ServiceError):
            if self.core.manifest.launch.offline:
                saved = await self.core.saved_session(pending)
                if saved is not None:
                    self._set_reach(Reach.OFFLINE_PLAY)
                    if saved.profile is None:
                        saved.profile = self.profile
                    return saved
            self._set_reach(Reach.OFFLINE, "Can't reach the servers. Check your internet connection, then retry.")
            self._schedule_retry()
        return None

    # --- play ---------------------------------------------------------------------------------------
    def _set_game(self, key: str, state: GameState) -> None:
        self.games[key] = state
        if self.session is not None and account_id(self.session) == key:
            self.game_running, self.game_message = state.running, state.message
        self._emit(events.GameChanged(key, state.running, state.message))

    async def play(self) -> int | None:
        """Start the game with the shown session (installing its build first when needed); returns its exit code
        when it ends."""
        offline = False
        if self.session is None and self._pending_play is not None:  # the last-known profile is shown
            pending = self._pending_play  # the account Play was clicked for, whatever happens meanwhile
            session = await self._open_for_play(pending)
            if session is None or self.current_id != pending:
                return None
            offline = self.reach is Reach.OFFLINE_PLAY
            if not offline:
                self._show(session)
        else:
            session = self.session
        if session is None:
            return None
        key = account_id(session)
        if key in self._running:
            return None
        name = self.core.manifest.name
        owner = next((a for a in self.accounts if a.id == key), None)
        keeper = self.build_for(self.account_environment(owner) if owner is not None else None)
        launch = None
        if keeper is not None:
            needs = not keeper.state.playable or keeper.busy
            if needs:
                self._set_game(key, GameState(True, QT_TRANSLATE_NOOP("Controller", "Installing {game}…").fill(
                    game=name), installing=True))
            try:
                await keeper.ensure_ready()
                launch = await self.core.game_launch(environment=keeper.manifest.environment or None,
                                                     check_required=False)
            except asyncio.CancelledError:
                if keeper.state.phase in (Phase.PAUSED, Phase.MISSING, Phase.UPDATE, Phase.READY):
                    paused = keeper.state.phase is Phase.PAUSED
                    message: str = (QT_TRANSLATE_NOOP("Controller", "Install paused.") if paused
                                    else QT_TRANSLATE_NOOP("Controller", "Install cancelled."))
                    self._set_game(key, GameState(False, message))
                    return None
                raise
            except LauncherError as exc:
                self._set_game(key, GameState(False, exc.message, last_exit=exc.message))
                return None
        running_words = (QT_TRANSLATE_NOOP("Controller", "{game} is running (offline)") if offline
                         else QT_TRANSLATE_NOOP("Controller", "{game} is running"))
        self._set_game(key, GameState(True, running_words.fill(game=name), started_at=time.time()))
        try:
            running = await self.core.play(session, launch=launch, install_missing=True)
        except LauncherError as exc:
            self._stop_asked.discard(key)
            self._set_game(key, GameState(False, exc.message, last_exit=exc.message))
            return None
        started = time.monotonic()  # the game's own time: an install before it does not count
        self._running[key] = running
        if key in self._stop_asked:  # Stop was clicked while it was being started
            self._stop_asked.discard(key)
            import signal

            running.signal(signal.SIGTERM)
        self.load_accounts()  # its "last played", noted as the game started
        try:
            code = int(await running.wait())
        finally:
            self._running.pop(key, None)
            self.core.running.pop(key, None)
        seconds = time.monotonic() - started
        message = exit_summary(name, code, seconds, running)
        self._set_game(key, GameState(False, message, last_exit=message))
        if keeper is not None:
            keeper.background_update()  # an update held back while the game ran
        return code

    def _follow_game(self, account_id_: str) -> None:
        """`game_running`/`game_message` describe the shown account's game."""
        state = self.game_of(account_id_)
        self.game_running, self.game_message = state.running, state.message

    def game_of(self, account_id_: str | None) -> GameState:
        """That account's game: running, or how it last ended (never played: not running, no message)."""
        return self.games.get(account_id_ or "") or GameState(False, "")

    def stop(self, account_id_: str) -> bool:
        """Ask the game of that account to end (it may save first); False when it is not running."""
        import signal

        running = self._running.get(account_id_)
        if running is None:
            state = self.games.get(account_id_)
            if state is not None and state.running and not state.installing:  # being started: stopped once it is
                self._stop_asked.add(account_id_)
                return True
            return False
        if not running.alive():
            return False
        running.signal(signal.SIGTERM)
        return True


def exit_summary(name: str, code: int, seconds: float, running: Any) -> str:
    """How the game ended, in a player's words: a normal exit, a stop, or an error pointing at the log."""
    special = running.exit_message(code, name)
    if special:
        return str(special)
    if running.note:
        return QT_TRANSLATE_NOOP("Controller", "{game}: {note}.", "note: why the game ended, in English").fill(
            game=name, note=running.note)
    played = _played_for(seconds)
    if code == 0:
        return QT_TRANSLATE_NOOP("Controller", "{game} closed normally after {time}.", "time: 12 min").fill(
            game=name, time=played)
    return QT_TRANSLATE_NOOP("Controller", "{game} stopped with an error (code {code}) after {time}: see the game's "
                                           "log (Help > Open logs folder).", "time: 12 min").fill(
        game=name, code=str(code), time=played)


def _played_for(seconds: float) -> str:
    if seconds < 60:
        return QT_TRANSLATE_NOOP("Controller", "{seconds} s", "seconds played, abbreviated").fill(
            seconds=round(seconds))
    minutes = int(seconds // 60)
    if minutes < 60:
        return QT_TRANSLATE_NOOP("Controller", "{minutes} min", "minutes played, abbreviated").fill(minutes=minutes)
    return QT_TRANSLATE_NOOP("Controller", "{hours} h {minutes} min", "time played, abbreviated").fill(
        hours=minutes // 60, minutes=minutes % 60)


@dataclass(frozen=True)
class GameState:
    running: bool
    message: str
    started_at: float | None = None  # wall-clock seconds
    last_exit: str = ""
    installing: bool = False  # its build is being installed before it starts: nothing to stop yet


def keychain_help() -> str:
    """What "no keychain" means and how to fix it, in plain words for this OS."""
    import sys

    if sys.platform == "darwin":
        return QT_TRANSLATE_NOOP("Controller", "This computer's keychain can't be used, so no sign-in is kept: you "
                                               "sign in again each time you start the launcher. Unlock your login "
                                               "keychain in Keychain Access, then restart the launcher.")
    if sys.platform == "win32":
        return QT_TRANSLATE_NOOP("Controller", "This computer's keychain can't be used, so no sign-in is kept: you "
                                               "sign in again each time you start the launcher. Windows Credential "
                                               "Manager could not be opened; sign in to Windows normally and restart "
                                               "the launcher.")
    return QT_TRANSLATE_NOOP("Controller", "This computer's keychain can't be used, so no sign-in is kept: you sign "
                                           "in again each time you start the launcher. Start your desktop's password "
                                           "keyring (GNOME Keyring or KWallet), unlock it when asked, then restart "
                                           "the launcher.")


def _system_browser(url: str) -> None:
    import webbrowser

    webbrowser.open(url)
