"""The launcher's behaviour without any UI: sign in, resume and refresh saved accounts, play.

The CLI and the Qt view models both drive this; it owns the one HTTP client of the app."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import device, providers
from .accounts import Account, Accounts, account_id, open_accounts
from .manifest import Manifest
from .models import DeviceFacts, Profile, Session
from .outcomes import SessionExpired, SignInError, UsageError
from .providers.base import Provider
from .steps.flow import Context, ProgressFn

if TYPE_CHECKING:
    from .http import Http

log = logging.getLogger("launcher.core")
REFRESH_MARGIN_S = 300.0


class RefreshKind(StrEnum):
    FRESH = "fresh"  # nothing was due
    REFRESHED = "refreshed"
    SKIPPED = "skipped"  # its game is running
    FAILED = "failed"


@dataclass(frozen=True)
class RefreshResult:
    account_id: str
    kind: RefreshKind
    error: SignInError | None = None

    @property
    def message(self) -> str:
        return self.error.message if self.error else ""


class Core:
    def __init__(self, manifest: Manifest, *, accounts: Accounts | None = None, http: Http | None = None) -> None:
        self.manifest = manifest
        self._accounts = accounts
        self._http = http
        self._device: DeviceFacts | None = None
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

    def context(self, progress: ProgressFn | None = None) -> Context:
        if self._device is None:
            self._device = device.facts()
        if progress is None:
            return Context(self.http, self.manifest.settings, self._device)
        return Context(self.http, self.manifest.settings, self._device, progress)

    async def sign_in(self, provider_id: str, values: Mapping[str, Any],
                      progress: ProgressFn | None = None) -> Session:
        provider = self.provider(provider_id)
        session = await provider.sign_in(self.context(progress), values)
        label = provider.suggested_label(values)
        if label:
            session.data["suggested_label"] = label
        log.info("signed in with %s as %s", provider_id, session.player_id)
        return session

    async def load_profile(self, session: Session) -> Profile:
        return await self.provider(session.provider).load_profile(self.context(), session)

    def remember(self, session: Session, label: str | None = None) -> Account:
        """Save a new sign-in; a new account is named after what was typed unless `label` says otherwise."""
        suggested = session.data.pop("suggested_label", None)
        return self.accounts.save_session(session, label=label, default_label=suggested)

    async def resume(self, ref: str, *, force_refresh: bool = False,
                     progress: ProgressFn | None = None) -> Session:
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

    async def refresh_due(self, *, margin_s: float = REFRESH_MARGIN_S) -> list[RefreshResult]:
        """Refresh every saved session that expires within `margin_s`, concurrently, default account first;
        skip accounts whose game is running."""
        accounts = self.accounts.list()
        accounts.sort(key=lambda a: not a.is_default)
        results: list[RefreshResult] = []

        async def one(account: Account) -> None:
            if account.id in self.running:
                results.append(RefreshResult(account.id, RefreshKind.SKIPPED))
                return
            if account.provider not in self.manifest.enabled:
                return
            session = self.accounts.session(account)
            if session is None:
                return
            provider = self.provider(account.provider)
            if not provider.needs_refresh(session, margin_s=margin_s):
                results.append(RefreshResult(account.id, RefreshKind.FRESH))
                return
            try:
                fresh = await provider.refresh(self.context(), session)
                self.accounts.save_session(fresh, make_default=False)
                results.append(RefreshResult(account.id, RefreshKind.REFRESHED))
            except SignInError as exc:
                self.accounts.record_failure(account.id, exc)
                results.append(RefreshResult(account.id, RefreshKind.FAILED, exc))

        tasks = []
        for account in accounts:
            tasks.append(asyncio.ensure_future(one(account)))
            await asyncio.sleep(0)  # start the default account's refresh first
        await asyncio.gather(*tasks)
        return results

    def handover_values(self, session: Session) -> dict[str, str]:
        return self.provider(session.provider).handover(session, self.manifest.settings)

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
