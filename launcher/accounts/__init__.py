"""Saved accounts: metadata in the store, secrets in the keychain, outcomes deciding what is kept."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..models import AccountStatus, Session, parse_time, utcnow
from ..outcomes import KeychainError, Outcome, SignInError, UsageError
from . import pending
from .locks import AccountLock, account_lock
from .secrets import KeychainUnchanged, MemoryVault, Vault, open_vault, service_name
from .store import Account, AccountStore, StoreData, StoreError, accounts_file

__all__ = ["Account", "AccountLock", "Accounts", "RecordedFailure", "StagedSession", "account_id", "account_lock",
           "open_accounts"]

log = logging.getLogger("launcher.accounts")
Written = list[Account | None]  # what `write_batch` gives back (named here: `Accounts.list` hides the builtin)


def account_id(session: Session) -> str:
    """`provider:player`, or `provider@environment:player` for a session of a named environment (the same
    player id may exist in dev and live)."""
    env = str(session.data.get("environment") or "")
    return f"{session.provider}@{env}:{session.player_id}" if env else f"{session.provider}:{session.player_id}"


class Accounts:
    def __init__(self, store: AccountStore, vault: Vault | None, warnings: list[str] | None = None, *,
                 require_keychain: bool = False) -> None:
        self.store = store
        self._vault = vault  # None: the system keychain, opened on first use (importing keyring costs ~80 ms)
        self.warnings: list[str] = list(warnings or [])
        # The window keeps a session in memory for this run when the keychain fails; a command that ends now
        # (`signin --remember`) must fail instead (exit 6), or it would say "saved" about nothing.
        self.require_keychain = require_keychain
        self._memory = MemoryVault()  # sessions kept for this run when the keychain fails mid-way

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            self._vault, warning = open_vault()
            if warning:
                self._warn_once(warning)
            elif self._vault.persistent:
                self._finish_pending(self._vault)
        return self._vault

    def _finish_pending(self, vault: Vault) -> None:
        """Deletions an earlier run queued because the keychain stopped answering: done now, or kept waiting."""
        queue = pending.path_for(self.store.path)
        waiting = pending.read(queue)
        if not waiting:
            return
        left = []
        for service, key in waiting:
            try:
                vault.delete(service, key)
            except KeychainError:
                left.append((service, key))
        with contextlib.suppress(OSError):
            pending.write(queue, left)

    @property
    def keychain_opened(self) -> bool:
        return self._vault is not None

    def refresh_lock(self, account_id_: str) -> AccountLock:
        """Held around one account's refresh, across processes: `async with accounts.refresh_lock(id): ...`
        (re-read the session inside: another launcher may have refreshed it while this one waited)."""
        return account_lock(self.store.path.parent, account_id_)

    # --- reading --------------------------------------------------------------------------------
    def _read(self) -> StoreData:
        try:
            data = self.store.read()
        except StoreError as exc:
            raise UsageError(str(exc)) from exc
        self._collect_warnings()
        return data

    def _update(self, change: Callable[[StoreData], Any]) -> Any:
        try:
            return self.store.update(change)
        except StoreError as exc:
            raise UsageError(str(exc)) from exc

    def _collect_warnings(self) -> None:
        while self.store.warnings:
            self.warnings.append(self.store.warnings.pop(0))

    def list(self) -> list[Account]:
        return self._read().accounts

    def get(self, account_id_: str) -> Account:
        account = self._read().get(account_id_)
        if account is None:
            raise UsageError(f"No saved account {account_id_!r}. See `launcher accounts list`.")
        return account

    def find(self, ref: str) -> Account:
        """By id, by label (case-insensitive), or by a unique id prefix."""
        accounts = self.list()
        for a in accounts:
            if a.id == ref:
                return a
        matches = [a for a in accounts if a.label.lower() == ref.lower()] or \
                  [a for a in accounts if a.id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UsageError(f"{ref!r} matches several accounts: {', '.join(a.id for a in matches)}.")
        raise UsageError(f"No saved account {ref!r}. See `launcher accounts list`.")

    def default(self) -> Account | None:
        data = self._read()
        return data.get(data.default) if data.default else None

    # --- secrets ----------------------------------------------------------------------------------
    def _vault_set(self, account: Account, name: str, value: str) -> None:
        key = f"{account.id}/{name}"
        try:
            self.vault.set(service_name(account.provider), key, value)
        except KeychainError as exc:
            if self.require_keychain:
                raise
            self._memory.set(service_name(account.provider), key, value)
            self._warn_once(f"{exc.message} This session is kept for this run only.")

    def _vault_get(self, account: Account, name: str) -> str | None:
        key = f"{account.id}/{name}"
        value = self._memory.get(service_name(account.provider), key)
        if value is not None:
            return value
        try:
            return self.vault.get(service_name(account.provider), key)
        except KeychainError as exc:
            self._warn_once(exc.message)
            raise

    def _vault_delete(self, account: Account, name: str) -> None:
        key = f"{account.id}/{name}"
        self._memory.delete(service_name(account.provider), key)
        self.vault.delete(service_name(account.provider), key)

    def _warn_once(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    @property
    def remembers(self) -> bool:
        return self.vault.persistent

    # --- writing ----------------------------------------------------------------------------------
    def save_session(self, session: Session, *, label: str | None = None, make_default: bool = True,
                     default_label: str | None = None) -> Account:
        """Add or update the account of `session`: secrets to the keychain first, then metadata."""
        before = self._read().get(account_id(session))
        staged = self.stage_session(session, label=label, default_label=default_label)
        try:
            saved = self.write_batch([staged], make_default=make_default)[0]
        except BaseException:
            # The account file could not be written (a full disk): the keychain must not keep secrets that no
            # account names. Entries the file still names keep their (new, valid) values.
            named = set(before.token_names) if before is not None else set()
            for name in set(session.tokens) - named:
                with contextlib.suppress(KeychainError):
                    self._vault_delete(staged.probe, name)
            raise
        assert saved is not None  # a staged session always has its entry
        return saved

    def stage_session(self, session: Session, *, label: str | None = None,
                      default_label: str | None = None) -> StagedSession:
        """The first half of a save: the session's secrets go to the keychain now (a rotated refresh token is
        never held only in memory); `write_batch` writes its entry in the account file. A keychain failure part-way
        abandons the session (KeychainError), as `save_session` does."""
        new_id = account_id(session)
        probe = Account(id=new_id, provider=session.provider, player_id=session.player_id,
                        display_name=session.display_name, label=default_label or "")
        written: list[str] = []
        try:
            for name, value in session.tokens.items():
                self._vault_set(probe, name, value)
                written.append(name)
        except KeychainError as exc:
            if not written and isinstance(exc, KeychainUnchanged):
                # Not one write went through (a locked keychain): the saved account, if any, is as it was, its
                # session still in the keychain and still usable.
                raise KeychainError(f"{exc.message} The new sign-in was not saved; the saved account is kept as "
                                    "it was.") from None
            self._abandon(probe, self._read().get(new_id), written, exc)
            raise KeychainError(f"{exc.message} The account was not saved.") from None
        return StagedSession(session, probe, label, default_label)

    def write_batch(self, items: Sequence[StagedSession | RecordedFailure], *,
                    make_default: bool = False) -> Written:
        """Staged sessions and failed attempts in one read-modify-write of the account file (under its lock, so a
        change another launcher made meanwhile is kept), then the keychain entries they no longer name are deleted.
        One Account per item, in order (None: a failure of an account no longer in the file)."""
        stale: list[tuple[Account, set[str]]] = []
        signed_out: list[Account] = []

        def change(data: StoreData) -> Written:
            out: Written = []
            for item in items:
                if isinstance(item, StagedSession):
                    out.append(_apply_session(data, item, make_default, stale))
                else:
                    out.append(_apply_failure(data, item, signed_out))
            return out

        # One read and one write of the account file for the whole batch (the file is validated whole on writes).
        saved: Written = self._update(change)
        for account, names in stale:
            for name in names:
                with contextlib.suppress(KeychainError):
                    self._vault_delete(account, name)
        for account in signed_out:
            self._drop_tokens_after(account)
        return saved

    def _abandon(self, probe: Account, existing: Account | None, written: Iterable[str],
                 error: KeychainError) -> None:
        """A keychain write failed part-way: drop what this save wrote, and sign the existing account out, so
        that neither a half-written session nor an older one is ever read back."""
        for name in {*written, *(existing.token_names if existing else ())}:
            with contextlib.suppress(KeychainError):
                self._vault_delete(probe, name)
        if existing is None:
            return

        def change(data: StoreData) -> None:
            entry = data.get(existing.id)
            if entry:
                entry.token_names, entry.expires = [], {}
                entry.status, entry.status_message = AccountStatus.SIGNED_OUT, error.message

        with contextlib.suppress(UsageError):
            self._update(change)

    def session(self, account: Account) -> Session | None:
        """The saved session of `account`, or None when it has none (signed out, expired)."""
        if not account.token_names:
            return None
        tokens: dict[str, str] = {}
        for name in account.token_names:
            value = self._vault_get(account, name)
            if value is None:
                return None  # keychain entry gone: the account needs a new sign-in
            tokens[name] = value
        expires: dict[str, datetime] = {}
        for name, iso in account.expires.items():
            when = parse_time(iso)
            if when:
                expires[name] = when
        return Session(provider=account.provider, player_id=account.player_id, display_name=account.display_name,
                       tokens=tokens, expires=expires, data=dict(account.data))

    def switch(self, ref: str) -> Account:
        account = self.find(ref)

        def change(data: StoreData) -> None:
            data.default = account.id
            entry = data.get(account.id)
            if entry:
                entry.last_used = utcnow().isoformat()

        self._update(change)
        return self.get(account.id)

    def set_label(self, ref: str, label: str) -> Account:
        account = self.find(ref)

        def change(data: StoreData) -> None:
            entry = data.get(account.id)
            if entry:
                entry.label = label.strip() or entry.display_name

        self._update(change)
        return self.get(account.id)

    def note(self, ref: str, key: str, value: str) -> None:
        """Remember one non-secret fact on the account (when its game was last played)."""
        account = self.find(ref)

        def change(data: StoreData) -> None:
            entry = data.get(account.id)
            if entry:
                entry.data[key] = value

        self._update(change)

    def _drop_tokens(self, account: Account) -> None:
        for name in account.token_names:
            self._vault_delete(account, name)

    def _drop_tokens_after(self, account: Account) -> None:
        """The file no longer names these entries; a keychain failure now leaves orphans, never a listed
        account without its session. Said once, as a warning."""
        try:
            self._drop_tokens(account)
        except KeychainError as exc:
            entries = [(service_name(account.provider), f"{account.id}/{name}") for name in account.token_names]
            try:
                pending.add(pending.path_for(self.store.path), entries)
                later = " They will be deleted the next time the keychain answers."
            except OSError:
                later = ""
            self._warn_once(f"{exc.message} Some keychain entries of {account.label} could not be deleted yet."
                            f"{later}")

    def sign_out(self, ref: str, *, status: AccountStatus = AccountStatus.SIGNED_OUT, message: str = "") -> Account:
        """Drop the session (keychain entries) and keep the account in the list. The file is written first."""
        account = self.find(ref)

        def change(data: StoreData) -> None:
            entry = data.get(account.id)
            if entry:
                entry.token_names, entry.expires = [], {}
                entry.status, entry.status_message = status, message

        self._update(change)
        self._drop_tokens_after(account)
        return self.get(account.id)

    def remove(self, ref: str) -> None:
        """The file is written first, the keychain entries deleted after: a failing write leaves the account
        as it was, signed in and usable."""
        account = self.find(ref)

        def change(data: StoreData) -> None:
            data.accounts = [a for a in data.accounts if a.id != account.id]
            if data.default == account.id:
                data.default = data.accounts[0].id if data.accounts else None

        self._update(change)
        self._drop_tokens_after(account)

    def record_failure(self, ref: str, error: SignInError) -> Account:
        """Apply an attempt's outcome: offline keeps everything; rejected drops that account's tokens; gone too
        (the file is written first, the keychain entries deleted after)."""
        account = self.find(ref)
        self.write_batch([RecordedFailure(account.id, error)])
        return self.get(account.id)


@dataclass(frozen=True)
class StagedSession:
    """A session whose secrets are in the keychain, its entry in the account file still to be written."""
    session: Session
    probe: Account
    label: str | None = None
    default_label: str | None = None


@dataclass(frozen=True)
class RecordedFailure:
    """A failed attempt of a saved account, to be written to the account file."""
    account_id: str
    error: SignInError


def _apply_session(data: StoreData, staged: StagedSession, make_default: bool,
                   stale: list[tuple[Account, set[str]]]) -> Account:
    session, label = staged.session, staged.label
    account = data.get(staged.probe.id)
    if account is None:
        account = staged.probe.copy()
        data.accounts.append(account)
    stale.append((account, set(account.token_names) - set(session.tokens)))
    account.display_name = session.display_name
    if label:
        account.label = label
    elif not account.label:
        account.label = staged.default_label or session.display_name
    account.avatar_url = session.profile.avatar_url if session.profile else account.avatar_url
    account.last_used = utcnow().isoformat()
    account.expires = {k: v.isoformat() for k, v in session.expires.items()}
    account.data = {k: v for k, v in session.data.items() if isinstance(v, (str, int, float, bool))}
    account.token_names = sorted(session.tokens)
    account.status, account.status_message = AccountStatus.SIGNED_IN, ""
    if make_default or data.default is None:
        data.default = account.id
    account.is_default = data.default == account.id
    return account


def _apply_failure(data: StoreData, failure: RecordedFailure, signed_out: list[Account]) -> Account | None:
    """Offline keeps everything; rejected or gone signs the account out (its keychain entries, as the file named
    them, are deleted once the file is written)."""
    entry = data.get(failure.account_id)
    if entry is None:
        return None
    error = failure.error
    if error.outcome is Outcome.OFFLINE:
        entry.status, entry.status_message = AccountStatus.OFFLINE, error.message
        return entry
    signed_out.append(entry.copy())
    entry.token_names, entry.expires = [], {}
    entry.status = AccountStatus.GONE if error.outcome is Outcome.GONE else AccountStatus.EXPIRED
    entry.status_message = error.message
    return entry


def open_accounts(path: Path | None = None, vault: Vault | None = None, *, require_keychain: bool = False) -> Accounts:
    """Saved accounts; the keychain is opened when a secret is first read or written (or asked about)."""
    return Accounts(AccountStore(path or accounts_file()), vault, require_keychain=require_keychain)
