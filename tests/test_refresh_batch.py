"""Many saved accounts refreshed together: every session saved, the account file written once for the lot, a
failure recorded beside the saves, another launcher's change kept, and no session lost when the write fails."""

from __future__ import annotations

import asyncio
import builtins
import errno
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from launcher import providers
from launcher.accounts import Accounts, batch, open_accounts
from launcher.accounts import store as store_module
from launcher.accounts.secrets import MemoryVault
from launcher.accounts.store import StoreData
from launcher.app_core import RefreshKind
from launcher.models import Session, utcnow
from launcher.outcomes import UsageError

from .conftest import GACHA, make_core, run

MANY = 50


@pytest.fixture
def writes_together(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch is written when every refresh of it has finished, never because a short wait ran out: the
    number of writes no longer depends on how fast this machine is."""
    monkeypatch.setattr(batch, "LINGER_S", 600.0)


def count_updates(accounts: Accounts, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = accounts.store.update

    def counted(change: Callable[..., Any]) -> Any:
        calls[0] += 1
        return original(change)

    monkeypatch.setattr(accounts.store, "update", counted)
    return calls


def sign_in_many(manifest, accounts: Accounts, count: int) -> list[str]:
    """`count` saved accounts whose tickets expire within the refresh margin: each refresh signs in again with
    the saved custom id and gets a new ticket."""
    async def go() -> list[str]:
        async with make_core(manifest, accounts) as core:
            return [core.remember(await core.sign_in("playfab-custom", {"custom_id": f"batch-{n}",
                                                                         "create_account": True})).id
                    for n in range(count)]
    ids = run(go())
    soon = (utcnow() + timedelta(seconds=60)).isoformat()

    def expiring(data: StoreData) -> None:
        for account in data.accounts:
            account.expires["session_ticket"] = soon

    accounts.store.update(expiring)
    return ids


def tickets(accounts: Accounts) -> dict[str, str]:
    out = {}
    for account in accounts.list():
        session = accounts.session(account)
        if session is not None and "session_ticket" in session.tokens:
            out[account.id] = session.tokens["session_ticket"]
    return out


def refresh_due(manifest, accounts: Accounts):
    async def go():
        async with make_core(manifest, accounts) as core:
            return await core.refresh_due()
    return run(go())


def test_many_refreshes_save_every_session_in_one_write_of_the_file(manifest, accounts,
                                                                     writes_together, monkeypatch, launcher_home):
    ids = sign_in_many(manifest, accounts, MANY)
    before = tickets(accounts)
    expires_before = {a.id: a.expires["session_ticket"] for a in accounts.list()}
    updates = count_updates(accounts, monkeypatch)

    results = refresh_due(manifest, accounts)

    assert {r.account_id: r.kind for r in results} == {i: RefreshKind.REFRESHED for i in ids}
    assert updates[0] == 1, f"the account file was written {updates[0]} times for {MANY} refreshes"
    after = tickets(accounts)  # what a new launcher reads back: the keychain's tickets, the file's entries
    assert set(after) == set(ids) and all(after[i] != before[i] for i in ids)
    later = open_accounts(vault=MemoryVault()).list()
    assert all(a.expires["session_ticket"] > expires_before[a.id] for a in later)
    assert [a.id for a in later] == ids and later[-1].is_default  # the default stays the last signed in


def test_a_failed_refresh_is_recorded_in_the_same_write_as_the_others_saves(manifest, accounts, sandbox,
                                                                            writes_together,
                                                                            monkeypatch, memory_keyring):
    ids = sign_in_many(manifest, accounts, 3)
    sandbox.state.settings["gacha_expires_in"] = 60

    async def gacha_sign_in() -> str:
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in("gacha", GACHA)).id
    rejected = run(gacha_sign_in())
    sandbox.state.expire_all("gacha_refresh")
    sandbox.state.tokens["gacha_refresh"].clear()
    before = tickets(accounts)
    updates = count_updates(accounts, monkeypatch)

    results = {r.account_id: r for r in refresh_due(manifest, accounts)}

    assert results[rejected].kind is RefreshKind.FAILED and results[rejected].message
    assert all(results[i].kind is RefreshKind.REFRESHED for i in ids)
    assert updates[0] == 1
    gone = accounts.get(rejected)
    assert gone.status == "expired" and gone.status_message == results[rejected].message
    assert accounts.session(gone) is None
    assert not [k for k in memory_keyring.entries if k[0] == "game-launcher/gacha"]
    after = tickets(accounts)
    assert all(after[i] != before[i] for i in ids)


def test_a_change_another_launcher_makes_during_the_refreshes_is_kept(manifest, accounts,
                                                                       monkeypatch):
    ids = sign_in_many(manifest, accounts, 5)
    before = tickets(accounts)
    provider_class = type(providers.get("playfab-custom"))
    original = provider_class.refresh
    changed: list[bool] = []

    async def refresh_while_another_launcher_writes(self, ctx, session: Session) -> Session:
        if not changed:  # the accounts were listed, nothing is saved yet: another launcher writes now
            other = open_accounts()
            other.set_label(ids[2], "renamed elsewhere")
            other.save_session(Session(provider="playfab-custom", player_id="ADDED", display_name="added",
                                       tokens={}, expires={}, data={}), make_default=False)
            changed.append(True)
        return await original(self, ctx, session)

    monkeypatch.setattr(provider_class, "refresh", refresh_while_another_launcher_writes)
    results = refresh_due(manifest, accounts)

    assert changed and sum(r.kind is RefreshKind.REFRESHED for r in results) == len(ids)
    saved = {a.id: a for a in open_accounts().list()}
    assert saved[ids[2]].label == "renamed elsewhere"
    assert "playfab-custom:ADDED" in saved
    after = tickets(accounts)
    assert all(after[i] != before[i] for i in ids)


def test_a_slow_refresh_does_not_hold_back_the_others_saves(manifest, accounts, monkeypatch):
    ids = sign_in_many(manifest, accounts, 4)
    slow = ids[0]
    expires_before = {a.id: a.expires["session_ticket"] for a in accounts.list()}
    provider_class = type(providers.get("playfab-custom"))
    original = provider_class.refresh

    def others_saved() -> bool:
        saved = {a.id: a.expires["session_ticket"] for a in open_accounts(vault=MemoryVault()).list()}
        return all(saved[i] > expires_before[i] for i in ids if i != slow)

    async def slow_until_the_others_are_on_disk(self, ctx, session: Session) -> Session:
        if f"{session.provider}:{session.player_id}" == slow:
            for _ in range(3000):  # gives up after about 30 s: the others' saves waited for this one
                if others_saved():
                    break
                await asyncio.sleep(0.01)
            else:
                raise AssertionError("the other accounts were not saved while one refresh was still running")
        return await original(self, ctx, session)

    monkeypatch.setattr(provider_class, "refresh", slow_until_the_others_are_on_disk)
    results = refresh_due(manifest, accounts)
    assert {r.account_id: r.kind for r in results} == {i: RefreshKind.REFRESHED for i in ids}
    assert accounts.get(slow).expires["session_ticket"] > expires_before[slow]


def test_a_file_that_cannot_be_written_loses_no_session(manifest, accounts, monkeypatch):
    ids = sign_in_many(manifest, accounts, 5)
    path: Path = accounts.store.path
    on_disk, before = path.read_bytes(), tickets(accounts)

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+"):  # as on a file system mounted read-only (root included)
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return builtins.open(file, mode, *args, **kwargs)

    with monkeypatch.context() as patch, pytest.raises(UsageError, match="Cannot save accounts"):
        patch.setattr(store_module, "open", read_only_open, raising=False)
        refresh_due(manifest, accounts)

    assert path.read_bytes() == on_disk
    after = tickets(accounts)  # the refreshed tickets reached the keychain before the file was tried
    assert set(after) == set(ids) and all(after[i] != before[i] for i in ids)
    later = open_accounts()
    assert [a.id for a in later.list()] == ids
    for account in later.list():
        session = later.session(account)  # every name the file lists is in the keychain: the session reads back
        assert session is not None and set(session.tokens) == set(account.token_names)
    assert set(tickets(later)) == set(ids)


def test_what_one_caller_changes_in_a_read_account_is_not_read_back(accounts, launcher_home):
    accounts.save_session(Session(provider="playfab-custom", player_id="P1", display_name="p1",
                                  tokens={}, expires={}, data={"title": "T"}))
    first = accounts.list()[0]
    first.label, first.data["title"], first.token_names = "scribbled", "X", ["x"]
    first.expires["session_ticket"] = "never"
    again = accounts.list()[0]
    assert (again.label, again.data, again.token_names, again.expires) == ("p1", {"title": "T"}, [], {})
