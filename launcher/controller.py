"""Everything the launcher window does, without Qt: the window's widgets only display this state and call
these methods, so all of it can be driven and tested without a display.

State changes are announced to subscribers as typed events (launcher/events.py); a subscriber reads the state
it needs from the controller when an event arrives.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, TypeVar

from . import avatars, events
from .accounts import Account
from .app_core import Core, RefreshKind, RefreshResult
from .models import AccountStatus, FieldKind, Profile, Session
from .outcomes import LauncherError, UsageError
from .providers.base import DeviceCode
from .steps.flow import Progress

log = logging.getLogger("launcher.controller")
Listener = Callable[[events.Event], None]
T = TypeVar("T")
BACKGROUND_REFRESH_S = 60.0


class Controller:
    def __init__(self, core: Core, *, open_browser: Callable[[str], object] | None = None) -> None:
        self.core = core
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
        self.game_running = False
        self.game_message = ""
        self.avatars: dict[str, tuple[bytes, str] | None] = {}
        self._task: asyncio.Future[Any] | None = None

    # --- observers ----------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: events.Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def spawn(self, work: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Run `work` in the background, keeping a reference until it ends (asyncio holds only weak ones)."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

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
        self._set_busy(progress.label, progress.index, progress.total)

    # --- start-up -----------------------------------------------------------------------------------
    def load_accounts(self) -> None:
        try:
            self.accounts = self.core.accounts.list()
        except LauncherError as exc:
            self.accounts = []
            self.notice(exc.message)
        self._report_warnings()
        default = next((a for a in self.accounts if a.is_default), None)
        if self.current_id is None or self.current_id not in {a.id for a in self.accounts}:
            self.current_id = default.id if default else None
        self._emit(events.AccountsChanged())

    async def start(self) -> None:
        """Restore the default account (refreshing it if due), then keep sessions fresh in the background."""
        self.load_accounts()
        if self.current_id:
            await self.switch(self.current_id)
        self.spawn(self._refresh_loop())

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
                    self.notice(f"{self._label(result.account_id)}: {result.message}")
        return results

    def _label(self, account_id: str) -> str:
        return next((a.label for a in self.accounts if a.id == account_id), account_id)

    async def close(self) -> None:
        """Cancel everything this controller started and close the HTTP client, while the loop still runs."""
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
                      label: str | None = None) -> Session | None:
        provider = self.core.provider(provider_id)

        async def work() -> Session:
            session = await self.core.sign_in(provider_id, values, progress=self._progress)
            if session.profile is None:
                session.profile = await self.core.load_profile(session)
            form = {f.name: str(values.get(f.name, "")) for f in provider.fields
                    if not f.confidential and f.kind is not FieldKind.CHECKBOX and values.get(f.name)}
            session.data["form"] = json.dumps(form)
            return session

        try:
            first = provider.sign_in_plan(provider.validate(values)).first_label
        except UsageError:
            first = ""
        session = await self._guarded(work, first or "Signing in…")
        if session is None:
            return None
        if remember:
            account = self.core.remember(session, label)
            self.current_id = account.id
        self._show(session)
        self.load_accounts()
        self._report_warnings()
        return session

    async def external_sign_in(self, provider_id: str, values: Mapping[str, Any] | None = None) -> Session | None:
        """The provider's sign-in outside the form ("Continue with Facebook"), then the sign-in with what it got."""
        provider = self.core.provider(provider_id)
        external = provider.external
        if external is None:
            raise UsageError(f"{provider.display_name} has no sign-in outside the form.")
        token = await self._guarded(lambda: external.obtain(self.core.context(self._progress), self),
                                    f"{external.label}…")
        if token is None:
            return None
        return await self.sign_in(provider_id, {**external.presets, **(values or {}), external.fills: token})

    # The Prompt an external sign-in talks to.
    def open_url(self, url: str) -> object:
        return self.open_browser(url)

    def show_code(self, code: DeviceCode) -> object:
        self.device_code = code
        self._emit(events.CodeShown(code))
        return None

    def _report_warnings(self) -> None:
        for warning in self.core.accounts.warnings:
            if warning not in self.notices:
                self.notice(warning)

    def _show(self, session: Session) -> None:
        self.session, self.profile = session, session.profile
        self.login_provider = None
        self._emit(events.ProfileChanged())
        if self.profile and self.profile.avatar_url:
            self.spawn(self.load_avatar(self.profile.avatar_url))

    # --- accounts -----------------------------------------------------------------------------------
    async def switch(self, account_id: str) -> Session | None:
        """Show a saved account: its session if still valid (refreshed when due), else its login form."""
        account = next((a for a in self.accounts if a.id == account_id), None)
        if account is None:
            return None
        self.current_id = account.id
        try:
            self.core.accounts.switch(account.id)
        except LauncherError as exc:
            self.notice(exc.message)
        self.load_accounts()

        async def work() -> Session:
            return await self.core.resume(account.id, progress=self._progress)

        if not account.token_names:
            message = (f"{account.label} is signed out. Sign in again."
                       if AccountStatus.parse(account.status) is AccountStatus.SIGNED_OUT
                       else f"{account.label}: {account.status_message or 'please sign in again.'}")
            self.begin_add_account(account.provider, self.prefill(account), message)
            return None
        session = await self._guarded(work, f"Opening {account.label}…")
        self.load_accounts()
        if session is None:
            refreshed = next((a for a in self.accounts if a.id == account.id), account)
            if not refreshed.token_names:  # rejected or expired: ask for a new sign-in, pre-filled
                self.begin_add_account(account.provider, self.prefill(account), self.error)
            return None
        self._show(session)
        return session

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
            self._emit(events.ProfileChanged())
        self.load_accounts()
        self.notice(f"Signed out of {self._label(account_id)}.")

    def remove(self, account_id: str) -> None:
        label = self._label(account_id)
        try:
            self.core.accounts.remove(account_id)
        except LauncherError as exc:
            self.notice(exc.message)
            return
        if self.current_id == account_id:
            self.current_id, self.session, self.profile = None, None, None
            self._emit(events.ProfileChanged())
        self.load_accounts()
        self.notice(f"Removed {label}.")

    def rename(self, account_id: str, label: str) -> None:
        try:
            self.core.accounts.set_label(account_id, label)
        except LauncherError as exc:
            self.notice(exc.message)
        self.load_accounts()

    # --- avatars ------------------------------------------------------------------------------------
    async def load_avatar(self, url: str) -> tuple[bytes, str] | None:
        if url in self.avatars:
            return self.avatars[url]
        self.avatars[url] = None
        picture = await avatars.fetch(self.core.http, url)
        self.avatars[url] = picture
        self._emit(events.AvatarArrived(url))
        return picture

    # --- play ---------------------------------------------------------------------------------------
    async def play(self) -> int | None:
        """Start the game with the shown session; returns its exit code when it ends."""
        session = self.session
        if session is None or self.game_running:
            return None
        key = f"{session.provider}:{session.player_id}"
        self.game_running, self.game_message = True, f"{self.core.manifest.name} is running"
        self._emit(events.GameChanged(key, True, self.game_message))
        started = time.monotonic()
        try:
            running = await self.core.play(session)
        except LauncherError as exc:
            self.game_running, self.game_message = False, exc.message
            self._emit(events.GameChanged(key, False, self.game_message))
            return None
        try:
            code = int(await running.wait())
        finally:
            self.core.running.pop(key, None)
        seconds = time.monotonic() - started
        self.game_running = False
        self.game_message = (f"{self.core.manifest.name} closed after {seconds:.0f} s." if code == 0 else
                             f"{self.core.manifest.name} exited with code {code}; see {running.log_path}.")
        self._emit(events.GameChanged(key, False, self.game_message))
        return code


def _system_browser(url: str) -> None:
    import webbrowser

    webbrowser.open(url)
