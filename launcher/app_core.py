"""The launcher's behaviour without any UI: sign in, resume and refresh saved accounts, play.

The CLI and the Qt view models both drive this; it owns the one HTTP client of the app."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Callable, Mapping

from . import device, providers
from .accounts import Account, Accounts, account_id, open_accounts
from .manifest import Manifest
from .models import Profile, Session
from .outcomes import SessionExpired, SignInError, UsageError
from .providers.base import Context, Provider

if TYPE_CHECKING:
    from .http import Http

log = logging.getLogger("launcher.core")
REFRESH_MARGIN_S = 300.0


class Core:
    def __init__(self, manifest: Manifest, *, accounts: Accounts | None = None, http: Http | None = None) -> None:
        self.manifest = manifest
        self._accounts = accounts
        self._http = http
        self._device = None
        self.running: dict[str, Any] = {}  # account id -> RunningGame

    async def __aenter__(self) -> Core:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @property
    def http(self) -> Http:
        """The app's one HTTP client, created on first use (httpx stays out of the first frame)."""
        if self._http is None:
            from .http import Http

            self._http = Http()
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    @property
    def accounts(self) -> Accounts:
        if self._accounts is None:
            self._accounts = open_accounts()
        return self._accounts

    def provider(self, provider_id: str) -> Provider:
        if provider_id not in self.manifest.enabled:
            raise UsageError(f"This game does not offer sign-in with {provider_id!r}.")
        return providers.get(provider_id)

    def context(self, progress: Callable[[str], None] | None = None) -> Context:
        if self._device is None:
            self._device = device.facts()
        return Context(self.http, self.manifest.settings, self._device, progress or (lambda label: None))

    async def sign_in(self, provider_id: str, values: Mapping[str, Any],
                      progress: Callable[[str], None] | None = None) -> Session:
        provider = self.provider(provider_id)
        session = await provider.sign_in(self.context(progress), values)
        log.info("signed in with %s as %s", provider_id, session.player_id)
        return session

    async def load_profile(self, session: Session) -> Profile:
        return await self.provider(session.provider).load_profile(self.context(), session)

    def remember(self, session: Session, label: str | None = None) -> Account:
        return self.accounts.save_session(session, label=label)

    async def resume(self, ref: str, *, force_refresh: bool = False,
                     progress: Callable[[str], None] | None = None) -> Session:
        """A saved account's session, refreshed when it is near expiry. Records the outcome on failure."""
        account = self.accounts.find(ref)
        session = self.accounts.session(account)
        if session is None:
            raise SessionExpired(f"{account.label} is signed out. Please sign in again.")
        provider = self.provider(account.provider)
        try:
            if force_refresh or provider.needs_refresh(session, margin_s=REFRESH_MARGIN_S):
                session = await provider.refresh(self.context(progress), session)
                self.accounts.save_session(session, make_default=False)  # rotated tokens reach the keychain now
            if session.profile is None:
                session.profile = await provider.load_profile(self.context(progress), session)
                if session.tokens != (self.accounts.session(account) or session).tokens:
                    self.accounts.save_session(session, make_default=False)
        except SignInError as exc:
            self.accounts.record_failure(account.id, exc)
            raise
        return session

    async def refresh_due(self, *, margin_s: float = REFRESH_MARGIN_S) -> dict[str, str]:
        """Refresh every saved session that expires within `margin_s`, concurrently, default account first;
        skip accounts whose game is running. Returns account id -> outcome text."""
        accounts = self.accounts.list()
        accounts.sort(key=lambda a: not a.is_default)
        results: dict[str, str] = {}

        async def one(account: Account) -> None:
            if account.id in self.running:
                results[account.id] = "skipped: game running"
                return
            if account.provider not in self.manifest.enabled:
                return
            session = self.accounts.session(account)
            if session is None:
                return
            provider = self.provider(account.provider)
            if not provider.needs_refresh(session, margin_s=margin_s):
                results[account.id] = "fresh"
                return
            try:
                fresh = await provider.refresh(self.context(), session)
                self.accounts.save_session(fresh, make_default=False)
                results[account.id] = "refreshed"
            except SignInError as exc:
                self.accounts.record_failure(account.id, exc)
                results[account.id] = f"{exc.outcome.value}: {exc.message}"

        tasks = []
        for account in accounts:
            tasks.append(asyncio.ensure_future(one(account)))
            await asyncio.sleep(0)  # start the default account's refresh first
        await asyncio.gather(*tasks)
        return results

    def handover_values(self, session: Session) -> dict[str, str]:
        provider = self.provider(session.provider)
        values = provider.handover(session)
        token = session.tokens.get("game_token") or session.tokens.get("access_token") or \
            session.tokens.get("session_ticket") or session.tokens.get("session_id") or \
            str(session.data.get("session_id", ""))
        values.setdefault("token", token)
        values.setdefault("session_id", "")
        base = self.manifest.settings.services.get(provider.service, "")
        values.setdefault("api", base + str(session.data.get("base_path", "")))
        return values

    async def play(self, session: Session) -> Any:
        from . import game

        running = await game.start(self.manifest.launch, self.handover_values(session))
        self.running[account_id(session)] = running
        return running

    async def play_and_wait(self, session: Session) -> int:
        running = await self.play(session)
        try:
            return await running.wait()
        finally:
            self.running.pop(account_id(session), None)
