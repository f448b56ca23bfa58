"""The launcher's behaviour without any UI: sign in, resume and refresh saved accounts, play.

The CLI and the Qt view models both drive this; it owns the one HTTP client of the app."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import device, providers
from .accounts import Account, Accounts, account_id, open_accounts
from .accounts.batch import WriteBatch
from .manifest import LaunchSpec, Manifest
from .models import DeviceFacts, Profile, Session, utcnow
from .outcomes import (
    ClientConfigError,
    GameLaunchError,
    KeychainError,
    LauncherError,
    SessionExpired,
    SignInError,
    UsageError,
)
from .providers.base import Provider
from .provisioned import Provisioned
from .reply import deadline
from .steps.flow import Context, ProgressFn

if TYPE_CHECKING:
    from .http import Http

log = logging.getLogger("launcher.core")
REFRESH_MARGIN_S = 300.0
REQUIRED_CHECK_S = 15.0  # how long Play waits to learn whether the channel requires a newer build


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
        self._marks: dict[str, Any] = {}  # account id -> RunningMark held while its game runs

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

    def manifest_for(self, environment: str | None) -> Manifest:
        """The manifest as environment `environment` sees it (None: the current one)."""
        if environment is None or environment == self.manifest.environment:
            return self.manifest
        return self.manifest.for_environment(environment)

    def context(self, progress: ProgressFn | None = None, *, environment: str | None = None) -> Context:
        if self._device is None:
            self._device = device.facts()
        settings = self.manifest_for(environment).settings
        if progress is None:
            return Context(self.http, settings, self._device)
        return Context(self.http, settings, self._device, progress)

    @property
    def provisioned(self) -> Provisioned:
        """Studio and tester secrets for this game, per environment (keychain)."""
        return Provisioned(self.accounts.vault, self.manifest.name)

    def provisioned_values(self, provider: Provider, environment: str | None = None, *,
                           given: Mapping[str, Any] | None = None) -> dict[str, str]:
        """The provisioned secrets of `provider` stored for the environment. A keychain that cannot be read gives
        none (the window shows the method as not set up), unless a sign-in with the values `given` needs one of
        them: then its KeychainError (not "the secret key is required", which would send a person the wrong way)."""
        env = self.manifest.environment if environment is None else environment
        needed = provider.missing_provisioned(given) if given is not None else []
        out: dict[str, str] = {}
        for f in provider.fields:
            if not f.provisioned:
                continue
            try:
                value = self.provisioned.get(f.name, env)
            except KeychainError:
                if f in needed:
                    raise
                continue
            if value:
                out[f.name] = value
        return out

    def missing_setup(self, provider: Provider, tester: bool) -> list[str]:
        """Provisioned secrets a player would need and this computer does not have for this environment."""
        if tester:
            return []
        kept = self.provisioned_values(provider)
        values = {f.name: f.default or "" for f in provider.fields}
        return [f.label for f in provider.fields if f.provisioned and f.is_required(values) and f.name not in kept]

    async def sign_in(self, provider_id: str, values: Mapping[str, Any],
                      progress: ProgressFn | None = None, *, provision: bool = False) -> Session:
        """Sign in; provisioned secrets not typed come from the keychain (what was typed wins for this call), and
        with `provision` what was typed is kept there for this environment once the sign-in succeeded."""
        provider = self.provider(provider_id)
        given = {k: v for k, v in values.items() if v not in (None, "")}
        kept = self.provisioned_values(provider, given=given)
        async with deadline(service=provider.display_name):
            session = await provider.sign_in(self.context(progress), {**kept, **given})
        session.data["environment"] = self.manifest.environment
        label = provider.suggested_label(values)
        typed = str(values.get(provider.label_field) or "").strip() if provider.label_field else ""
        if label and label != typed and session.display_name not in ("", session.player_id):
            label = f"{session.display_name} ({label})"  # a masked credential alone tells accounts apart badly
        if label:
            session.data["suggested_label"] = label
        if provision:
            for f in provider.fields:
                if f.provisioned and given.get(f.name) and given[f.name] != kept.get(f.name):
                    self.provisioned.set(f.name, self.manifest.environment, str(given[f.name]))
        log.info("signed in with %s as %s", provider_id, session.player_id)
        return session

    async def load_profile(self, session: Session) -> Profile:
        context = self.context(environment=str(session.data.get("environment") or ""))
        return await self.provider(session.provider).load_profile(context, session)

    def remember(self, session: Session, label: str | None = None) -> Account:
        """Save a new sign-in; a new account is named after what was typed unless `label` says otherwise."""
        suggested = session.data.pop("suggested_label", None)
        return self.accounts.save_session(session, label=label, default_label=suggested)

    async def remember_async(self, session: Session, label: str | None = None) -> Account:
        """`remember` on a worker thread, so that the window keeps painting while the keychain writes."""
        from . import workers

        return await workers.run(self.remember, session, label)

    def _account_context(self, account: Account, progress: ProgressFn | None = None) -> Context:
        env = str(account.data.get("environment") or "")
        if env and env not in self.manifest.environments:
            raise UsageError(f"{account.label} belongs to the environment {env!r}, which this game's manifest no "
                             "longer has.")
        return self.context(progress, environment=env)

    async def resume(self, ref: str, *, force_refresh: bool = False,
                     progress: ProgressFn | None = None) -> Session:
        """A saved account's session, refreshed when it is near expiry. Records the outcome on failure. One
        refresh per account at a time, across launchers: a second one waits and uses the first one's result."""
        from . import workers

        account = self.accounts.find(ref)
        # Off the event loop's thread: a keychain that does not answer must never freeze the window (it is given
        # up after LAUNCHER_KEYCHAIN_DEADLINE seconds, on its own thread).
        session = await workers.run(self.accounts.session, account)
        if session is None:
            async with self.accounts.refresh_lock(account.id):  # another launcher may be saving new tokens now
                account = self.accounts.find(account.id)
                session = await workers.run(self.accounts.session, account)
                if session is None:
                    gone = SessionExpired(f"{account.label} is signed out. Please sign in again.")
                    if self.accounts.remembers:  # the keychain answered and has none (signed out elsewhere)
                        self.accounts.record_failure(account.id, gone)  # the file says so too; no keychain: kept
                    raise gone
        provider = self.provider(account.provider)
        context = self._account_context(account, progress)
        try:
            if force_refresh or provider.needs_refresh(session, margin_s=REFRESH_MARGIN_S):
                session, _ = await self._refresh_locked(account, provider, context, session,
                                                        margin_s=None if force_refresh else REFRESH_MARGIN_S)
            if session.profile is None:
                session.profile = await provider.load_profile(context, session)
                if session.tokens != (self.accounts.session(account) or session).tokens:
                    self.accounts.save_session(session, make_default=False)
        except SignInError as exc:
            self.accounts.record_failure(account.id, exc)
            raise
        return session

    async def saved_session(self, ref: str) -> Session | None:
        """The account's saved session as it is, without the network: for offline play. None when the keychain
        has none or one of its tokens has expired."""
        from . import workers

        account = self.accounts.find(ref)
        try:
            session = await workers.run(self.accounts.session, account)
        except LauncherError as exc:
            log.info("no saved session for offline play: %s", exc.message)
            return None
        if session is None or self.provider(account.provider).needs_refresh(session, margin_s=0):
            return None
        return session

    async def _refresh_locked(self, account: Account, provider: Provider, context: Context, session: Session, *,
                              margin_s: float | None, batch: WriteBatch | None = None) -> tuple[Session, bool]:
        """Refresh under the account's lock (one refresh per account across launchers) and save at once (rotated
        tokens reach the keychain now; with a `batch`, the account file is written with the batch's other saves,
        still under the lock). The session is read again inside the lock: when another launcher did the
        refresh meanwhile (no longer due within `margin_s`; None: refresh anyway), its result is used.
        Returns the session and whether this call refreshed it."""
        async with self.accounts.refresh_lock(account.id):
            current = self.accounts.session(self.accounts.find(account.id)) or session
            if margin_s is not None and not provider.needs_refresh(current, margin_s=margin_s):
                return current, False
            async with deadline(service=provider.display_name):
                fresh = await provider.refresh(context, current)
            if batch is None:
                self.accounts.save_session(fresh, make_default=False)
            else:
                await batch.save(fresh)
            return fresh, True

    async def refresh_due(self, *, margin_s: float = REFRESH_MARGIN_S) -> list[RefreshResult]:
        """Refresh every saved session that expires within `margin_s`, concurrently, default account first;
        skip accounts whose game is running."""
        accounts = self.accounts.list()
        accounts.sort(key=lambda a: not a.is_default)
        results: list[RefreshResult] = []
        batch = WriteBatch(self.accounts)  # the refreshes ending together write the account file together

        async def one(account: Account) -> None:
            try:
                await refresh(account)
            finally:
                batch.leave()

        async def refresh(account: Account) -> None:
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
                _, refreshed = await self._refresh_locked(account, provider, self._account_context(account), session,
                                                          margin_s=margin_s, batch=batch)
                results.append(RefreshResult(account.id, RefreshKind.REFRESHED if refreshed else RefreshKind.FRESH))
            except (SignInError, UsageError) as exc:
                failure = exc if isinstance(exc, SignInError) else ClientConfigError(exc.message)
                await batch.record_failure(account.id, failure)
                results.append(RefreshResult(account.id, RefreshKind.FAILED, failure))

        tasks = []
        for n, account in enumerate(accounts):
            batch.join()
            tasks.append(asyncio.ensure_future(one(account)))
            if n == 0:
                await asyncio.sleep(0)  # the default account's refresh starts first, the others all together
        await asyncio.gather(*tasks)
        return results

    def handover_values(self, session: Session) -> dict[str, str]:
        settings = self.manifest_for(str(session.data.get("environment") or "")).settings
        return self.provider(session.provider).handover(session, settings)

    async def game_launch(self, *, install_missing: bool = False, on_progress: Any = None,
                          environment: str | None = None, check_required: bool = True) -> LaunchSpec:
        """How to start the game. With [delivery]: only from a complete installed build of the environment's channel
        (a tester's staging account plays the staging build, installed beside the live one), after installing the
        build the channel marks as required (and, with `install_missing`, the channel's build when none is
        installed). A repository that cannot be reached or is refused never keeps an installed build from being
        played."""
        manifest = self.manifest_for(environment)
        spec = manifest.delivery
        if spec is None:
            return manifest.launch
        from .delivery import installer as delivery
        from .delivery.errors import DeliveryNetworkError, NotInstalled
        from .delivery.setup import target_for

        target = target_for(manifest)
        work = delivery.Installer(target, self.http, on_progress=on_progress)
        try:
            current = delivery.installed(target.install_dir, manifest.name)
        except NotInstalled:
            if not install_missing:
                raise
            await work.install()
        else:
            if not check_required:  # the window's build keeper asked the channel already
                return manifest.launch.in_build(current.folder, delivery.in_use_lock(target.install_dir,
                                                                                     current.record.version))
            try:
                async with asyncio.timeout(REQUIRED_CHECK_S):
                    offer = await work.offer()
            except (TimeoutError, DeliveryNetworkError, LauncherError) as exc:
                log.info("the channel's newest build could not be checked: %s", getattr(exc, "message", exc))
                offer = None
            if offer is not None and offer.pointer.required and offer.pointer.version != current.record.version:
                log.info("build %s is required: installing it before play", offer.pointer.version)
                await work.install()
        ready = delivery.installed(target.install_dir, manifest.name)
        return manifest.launch.in_build(ready.folder, delivery.in_use_lock(target.install_dir, ready.record.version))

    async def play(self, session: Session, *, launch: LaunchSpec | None = None, install_missing: bool = False,
                   on_progress: Any = None) -> Any:
        """Start the game with `session`; `launch`: from `game_launch` already (else it is asked here)."""
        from . import game

        if launch is None:
            launch = await self.game_launch(install_missing=install_missing, on_progress=on_progress,
                                            environment=str(session.data.get("environment") or "") or None)
        from .running import RunningMark

        mark = RunningMark(account_id(session))
        alone = mark.acquire()
        if launch.in_use is not None:  # an update meanwhile keeps this build until the game has ended
            from .file_lock import HeldLock

            build_lock = HeldLock(launch.in_use)
            build_lock.acquire()
            mark.also_release = build_lock  # type: ignore[attr-defined]
        if not alone and not launch.multiple_instances:
            who = session.display_name or "this account"
            raise GameLaunchError(f"{self.manifest.name} is already running for {who} (started by another launcher "
                                  "window or command). Close it first; a studio can allow several copies with "
                                  "[launch] multiple_instances = true.")
        try:
            # another copy of this account's game writes the usual log: this one gets its own (rotating that one
            # away would leave its launcher reading this run's output)
            log_name = None if alone else f"{launch.log_file}.{os.getpid()}"
            running = await game.start(launch, self.handover_values(session), log_name=log_name)
        except BaseException:
            mark.release()
            if getattr(mark, "also_release", None) is not None:
                mark.also_release.release()  # type: ignore[attr-defined]
            raise
        release = asyncio.ensure_future(self._release_when_ended(running, mark))
        self._marks[account_id(session)] = (mark, release)  # a strong reference until the game ends
        self.running[account_id(session)] = running
        try:
            self.accounts.note(account_id(session), "last_played", utcnow().isoformat())
        except LauncherError as exc:  # an account not saved (no "remember") or a read-only store: nothing to note
            log.info("last played not recorded: %s", exc.message)
        return running

    async def _release_when_ended(self, running: Any, mark: Any) -> None:
        try:
            await running.process.wait()
            while running.alive():  # a starter's game, still running in its process group
                await asyncio.sleep(1.0)
        finally:
            mark.release()
            extra = getattr(mark, "also_release", None)
            if extra is not None:
                extra.release()

    async def play_and_wait(self, session: Session) -> int:
        running = await self.play(session)
        try:
            return int(await running.wait())
        finally:
            self.running.pop(account_id(session), None)
