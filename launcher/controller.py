"""Everything the launcher window does, without Qt: the window's widgets only display this state and call
these methods, so all of it can be driven and tested without a display.

State changes are announced to subscribers with an event name:
  "accounts"  the saved-account list or the selected account changed
  "profile"   the shown profile changed (None: show a login form)
  "busy"      a sign-in or switch started, moved to its next step, or ended (`busy` holds the step label)
  "error"     `error` holds a message for the form (empty when cleared)
  "notice"    `notices[-1]` is a message for the status bar (keychain warnings, background refresh results)
  "game"      the game started or exited (`game_running`, `game_message`)
  "login"     the window should show the login form of `login_provider`, pre-filled with `login_values`
  "avatar"    the avatar of `avatar_for` URL arrived in `avatars`
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Callable, Mapping

from . import avatars
from .accounts import Account
from .app_core import Core
from .models import FieldKind, Profile, Session
from .outcomes import LauncherError

log = logging.getLogger("launcher.controller")
Listener = Callable[[str], None]
BACKGROUND_REFRESH_S = 60.0


class Controller:
    def __init__(self, core: Core, *, open_browser: Callable[[str], object] | None = None) -> None:
        self.core = core
        self.open_browser = open_browser or _system_browser
        self._listeners: list[Listener] = []
        self.accounts: list[Account] = []
        self.current_id: str | None = None
        self.session: Session | None = None
        self.profile: Profile | None = None
        self.busy = ""
        self.busy_steps: list[str] = []
        self.error = ""
        self.notices: list[str] = []
        self.login_provider: str | None = None
        self.login_values: dict[str, str] = {}
        self.game_running = False
        self.game_message = ""
        self.avatars: dict[str, tuple[bytes, str] | None] = {}
        self.avatar_for = ""
        self._task: asyncio.Task[Any] | None = None
        self._background: asyncio.Task[None] | None = None

    # --- observers ----------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: str) -> None:
        for listener in list(self._listeners):
            listener(event)

    def notice(self, message: str) -> None:
        self.notices.append(message)
        self._emit("notice")

    def _set_error(self, message: str) -> None:
        self.error = message
        self._emit("error")

    def _set_busy(self, label: str, *, step: bool = True) -> None:
        """`step`: a step of the sign-in chain began (counted for "Step n of m"), not just a status label."""
        self.busy = label
        if label and step and (not self.busy_steps or self.busy_steps[-1] != label):
            self.busy_steps.append(label)
        self._emit("busy")

    # --- start-up -----------------------------------------------------------------------------------
    def load_accounts(self) -> None:
        try:
            self.accounts = self.core.accounts.list()
        except LauncherError as exc:
            self.accounts = []
            self.notice(exc.message)
        for warning in self.core.accounts.warnings:
            if warning not in self.notices:
                self.notice(warning)
        default = next((a for a in self.accounts if a.is_default), None)
        if self.current_id is None or self.current_id not in {a.id for a in self.accounts}:
            self.current_id = default.id if default else None
        self._emit("accounts")

    async def start(self) -> None:
        """Restore the default account (refreshing it if due), then keep sessions fresh in the background."""
        self.load_accounts()
        if self.current_id:
            await self.switch(self.current_id)
        self._background = asyncio.ensure_future(self._refresh_loop())

    async def _refresh_loop(self) -> None:
        while True:
            await asyncio.sleep(BACKGROUND_REFRESH_S)
            await self.refresh_due()

    async def refresh_due(self) -> dict[str, str]:
        try:
            results = await self.core.refresh_due()
        except LauncherError as exc:
            self.notice(exc.message)
            return {}
        changed = {k: v for k, v in results.items() if v not in ("fresh",)}
        if changed:
            self.load_accounts()
            for account_id, outcome in changed.items():
                if outcome != "refreshed" and not outcome.startswith("skipped"):
                    self.notice(f"{self._label(account_id)}: {outcome.split(': ', 1)[-1]}")
        return results

    def _label(self, account_id: str) -> str:
        return next((a.label for a in self.accounts if a.id == account_id), account_id)

    async def close(self) -> None:
        for task in (self._task, self._background):
            if task and not task.done():
                task.cancel()
        await self.core.aclose()

    # --- sign-in ------------------------------------------------------------------------------------
    def provider_ids(self) -> list[str]:
        return list(self.core.manifest.enabled)

    def begin_add_account(self, provider_id: str | None = None, values: Mapping[str, str] | None = None) -> None:
        self.login_provider = provider_id
        self.login_values = dict(values or {})
        self.error = ""
        self._emit("login")

    async def _guarded(self, work: Callable[[], Any], first_label: str) -> Any:
        """Run `work` as the one cancellable operation; errors become `error`, cancel ends quietly."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self.busy_steps = []
        self._set_error("")
        self._set_busy(first_label, step=False)
        self._task = asyncio.ensure_future(work())
        try:
            return await self._task
        except asyncio.CancelledError:
            if self._task.cancelled():
                self._set_error("Sign-in cancelled.")
                return None
            raise
        except LauncherError as exc:
            self._set_error(exc.message)
            return None
        finally:
            self._set_busy("", step=False)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def sign_in(self, provider_id: str, values: Mapping[str, Any], *, remember: bool = True,
                      label: str | None = None) -> Session | None:
        provider = self.core.provider(provider_id)

        async def work() -> Session:
            session = await self.core.sign_in(provider_id, values, progress=self._set_busy)
            if session.profile is None:
                session.profile = await self.core.load_profile(session)
            form = {f.name: str(values.get(f.name, "")) for f in provider.fields
                    if not f.secret and f.kind is not FieldKind.CHECKBOX and values.get(f.name)}
            session.data["form"] = json.dumps(form)
            return session

        session = await self._guarded(work, provider.sign_in_steps[0].label if provider.sign_in_steps
                                      else "Signing in…")
        if session is None:
            return None
        if remember:
            account = self.core.remember(session, label)
            self.current_id = account.id
        self._show(session)
        self.load_accounts()
        self._report_keychain()
        return session

    async def continue_with_facebook(self, provider_id: str = "playfab-facebook",
                                     extra: Mapping[str, Any] | None = None) -> Session | None:
        from .steps import facebook_oauth

        token = await self._guarded(lambda: facebook_oauth.obtain_token(self.core.manifest.settings,
                                                                        self.open_browser),
                                    "Waiting for Facebook in your browser…")
        if token is None:
            return None
        values = {**(extra or {}), "access_token": token}
        if provider_id == "earth":
            values.setdefault("via", "playfab-facebook")
        return await self.sign_in(provider_id, values)

    def _report_keychain(self) -> None:
        for warning in self.core.accounts.warnings:
            if warning not in self.notices:
                self.notice(warning)

    def _show(self, session: Session) -> None:
        self.session, self.profile = session, session.profile
        self.login_provider = None
        self._emit("profile")
        if self.profile and self.profile.avatar_url:
            asyncio.ensure_future(self.load_avatar(self.profile.avatar_url))

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
            return await self.core.resume(account.id, progress=self._set_busy)

        if not account.token_names:
            self.begin_add_account(account.provider, self.prefill(account))
            self._set_error(f"{account.label}: {account.status_message or 'please sign in again.'}"
                            if account.status != "signed_out" else f"{account.label} is signed out. Sign in again.")
            return None
        session = await self._guarded(work, f"Opening {account.label}…")
        self.load_accounts()
        if session is None:
            refreshed = next((a for a in self.accounts if a.id == account.id), account)
            if not refreshed.token_names:  # rejected or expired: ask for a new sign-in, pre-filled
                message = self.error
                self.begin_add_account(account.provider, self.prefill(account))
                self._set_error(message)
            return None
        self._show(session)
        return session

    def prefill(self, account: Account) -> dict[str, str]:
        try:
            form = json.loads(str(account.data.get("form") or "{}"))
        except ValueError:
            form = {}
        return {k: str(v) for k, v in form.items()} if isinstance(form, dict) else {}

    def sign_out(self, account_id: str) -> None:
        try:
            self.core.accounts.sign_out(account_id)
        except LauncherError as exc:
            self.notice(exc.message)
        if self.current_id == account_id:
            self.session = self.profile = None
            self._emit("profile")
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
            self._emit("profile")
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
        self.avatar_for = url
        self._emit("avatar")
        return picture

    # --- play ---------------------------------------------------------------------------------------
    async def play(self) -> int | None:
        """Start the game with the shown session; returns its exit code when it ends."""
        if self.session is None or self.game_running:
            return None
        self.game_running, self.game_message = True, f"{self.core.manifest.name} is running"
        self._emit("game")
        started = time.monotonic()
        try:
            running = await self.core.play(self.session)
        except LauncherError as exc:
            self.game_running, self.game_message = False, exc.message
            self._emit("game")
            return None
        key = f"{self.session.provider}:{self.session.player_id}"
        try:
            code = await running.wait()
        finally:
            self.core.running.pop(key, None)
        seconds = time.monotonic() - started
        self.game_running = False
        self.game_message = (f"{self.core.manifest.name} closed after {seconds:.0f} s." if code == 0 else
                             f"{self.core.manifest.name} exited with code {code}; see {running.log_path}.")
        self._emit("game")
        return code


def _system_browser(url: str) -> None:
    import webbrowser

    webbrowser.open(url)
