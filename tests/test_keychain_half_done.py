"""Nothing half-done when the keychain or the disk fails part-way: a locked keychain during a new sign-in leaves the
saved account as it was; a save whose account file cannot be written leaves no secret in the keychain that no
account names; a removal whose keychain stopped answering finishes the next time it answers."""

from __future__ import annotations

import json

import keyring.errors
import pytest

from launcher.accounts import Accounts, open_accounts, pending
from launcher.outcomes import KeychainError, UsageError

from .conftest import GACHA, make_core, run


def saved(manifest, accounts):
    async def go():
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in("gacha", GACHA))
    return run(go())


def test_a_locked_keychain_during_a_new_sign_in_keeps_the_working_account(manifest, memory_keyring, launcher_home):
    accounts = open_accounts(require_keychain=True)
    account = saved(manifest, accounts)
    before = dict(memory_keyring.entries)
    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")

    async def again():
        async with make_core(manifest, accounts) as core:
            session = await core.sign_in("gacha", GACHA)
            return core.remember(session)
    with pytest.raises(KeychainError, match="kept as it was"):
        run(again())
    memory_keyring.fail_with = None
    fresh = open_accounts()
    kept = fresh.find(account.id)
    assert kept.token_names and kept.status == "signed_in"
    assert fresh.session(kept) is not None and memory_keyring.entries == before


def test_a_save_whose_account_file_cannot_be_written_leaves_no_orphan_secret(manifest, memory_keyring, launcher_home,
                                                                             monkeypatch):
    accounts = open_accounts(require_keychain=True)

    def disk_full(self, items, *, make_default=False):
        raise UsageError("The account file could not be written (disk full).")

    monkeypatch.setattr(Accounts, "write_batch", disk_full)
    with pytest.raises(UsageError, match="disk full"):
        saved(manifest, accounts)
    assert memory_keyring.entries == {}


def test_a_removal_the_keychain_did_not_answer_finishes_at_the_next_start(manifest, memory_keyring, launcher_home):
    accounts = open_accounts()
    account = saved(manifest, accounts)
    names = set(memory_keyring.entries)
    assert names
    memory_keyring.fail_with = RuntimeError("the keychain stopped answering")
    accounts.remove(account.id)
    assert any("deleted the next time" in w for w in accounts.warnings)
    queue = pending.path_for(accounts.store.path)
    waiting = json.loads(queue.read_text())
    assert {tuple(e) for e in waiting} == set(names) and "SecurePassword" not in queue.read_text()
    assert oct(queue.stat().st_mode & 0o777) == "0o600"
    memory_keyring.fail_with = None
    later = open_accounts()
    assert later.list() == []
    later.vault  # noqa: B018 - opening the keychain finishes what waited
    assert memory_keyring.entries == {} and not queue.exists()
