"""Saved accounts: metadata on disk, secrets in the keychain, outcomes deciding what is kept."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from launcher.accounts import open_accounts
from launcher.accounts.secrets import CHUNK, KeyringVault, MemoryVault
from launcher.app_core import RefreshKind
from launcher.outcomes import KeychainError, Outcome, ServerUnavailable, SessionExpired, UsageError
from launcher.providers import gacha

from .conftest import CUSTOM, GACHA, make_core, run

NEWBIE = {"email": "newbie@example.com", "password": "FirstDay2024!"}

GACHA_REFRESH = "/gacha/api/v1/players/refresh_token"


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())


def store_file(home: Path) -> Path:
    return home / "data" / "accounts.json"


def remember(manifest, accounts, provider: str, values: dict, label: str | None = None):
    async def go():
        async with make_core(manifest, accounts) as core:
            session = await core.sign_in(provider, values)
            return core.remember(session, label)
    return run(go())


def test_metadata_on_disk_secrets_only_in_keychain(manifest, accounts, memory_keyring, launcher_home):
    account = remember(manifest, accounts, "gacha", GACHA)
    assert account.id == "gacha:550e8400-e29b-41d4-a716-446655440000" and account.is_default
    files = [p for p in launcher_home.rglob("*") if p.is_file()]
    on_disk = b"".join(p.read_bytes() for p in files)
    secrets = [v for (service, _), v in memory_keyring.entries.items()]
    assert {service for service, _ in memory_keyring.entries} == {"game-launcher/gacha"}
    assert len(secrets) == 2 and all(s.encode() not in on_disk for s in secrets)
    assert GACHA["password"].encode() not in on_disk and all(GACHA["password"] != s for s in secrets)
    doc = json.loads(store_file(launcher_home).read_text())
    assert doc["version"] == 1 and doc["default"] == account.id


def test_several_accounts_label_switch_default(manifest, accounts):
    a = remember(manifest, accounts, "gacha", GACHA, label="main")
    b = remember(manifest, accounts, "playfab-custom", CUSTOM, label="astrid test")
    assert accounts.default().id == b.id
    assert accounts.switch("main").id == a.id and accounts.default().id == a.id
    assert accounts.find("playfab-custom:").id == b.id  # unique prefix
    accounts.set_label(b.id, "renamed")
    assert accounts.find("RENAMED").id == b.id
    with pytest.raises(UsageError, match="No saved account"):
        accounts.find("nobody")


def test_saved_session_resumes_without_a_new_sign_in(manifest, accounts, sandbox):
    account = remember(manifest, accounts, "gacha", GACHA)
    sandbox.state.clear()

    async def go():
        async with make_core(manifest, accounts) as core:
            return await core.resume(account.id)
    session = run(go())
    assert session.profile.display_name == "player@example.com"
    assert not sandbox.state.received("/sign_in") and len(sandbox.state.received("/players/me")) == 1


def test_near_expiry_refreshes_and_rotated_token_reaches_keychain(manifest, accounts, sandbox, memory_keyring):
    sandbox.state.settings["gacha_expires_in"] = 60  # inside the refresh margin
    account = remember(manifest, accounts, "gacha", GACHA)
    old_refresh = KeyringVault().get("game-launcher/gacha", f"{account.id}/refresh_token")

    async def go():
        async with make_core(manifest, accounts) as core:
            return await core.resume(account.id)
    session = run(go())
    new_refresh = KeyringVault().get("game-launcher/gacha", f"{account.id}/refresh_token")
    assert len(sandbox.state.received(GACHA_REFRESH)) == 1
    assert new_refresh != old_refresh and session.tokens["refresh_token"] == new_refresh


def test_outage_during_refresh_keeps_every_token(manifest, accounts, sandbox, memory_keyring):
    sandbox.state.settings["gacha_expires_in"] = 60
    account = remember(manifest, accounts, "gacha", GACHA)
    before = dict(memory_keyring.entries)
    sandbox.state.inject(GACHA_REFRESH, status=503, body="", times=10)

    async def go():
        async with make_core(manifest, accounts, attempts=1) as core:
            return await core.resume(account.id)
    with pytest.raises(ServerUnavailable):
        run(go())
    assert memory_keyring.entries == before
    saved = accounts.get(account.id)
    assert saved.status == "offline" and saved.token_names and accounts.session(saved) is not None


def test_rejected_refresh_drops_only_that_accounts_tokens(manifest, accounts, sandbox, memory_keyring):
    other = remember(manifest, accounts, "playfab-custom", CUSTOM)
    sandbox.state.settings["gacha_expires_in"] = 60
    account = remember(manifest, accounts, "gacha", GACHA)
    sandbox.state.expire_all("gacha_refresh")
    sandbox.state.tokens["gacha_refresh"].clear()

    async def go():
        async with make_core(manifest, accounts) as core:
            return await core.resume(account.id)
    with pytest.raises(SessionExpired):
        run(go())
    saved = accounts.get(account.id)
    assert saved.status == "expired" and accounts.session(saved) is None
    assert not [k for k in memory_keyring.entries if k[0] == "game-launcher/gacha"]
    assert accounts.session(accounts.get(other.id)) is not None  # the other account is untouched
    assert [a.id for a in accounts.list()] == [other.id, account.id]  # nothing removed


def test_sign_out_keeps_account_remove_deletes_keychain_entries(manifest, accounts, memory_keyring):
    account = remember(manifest, accounts, "gacha", GACHA)
    out = accounts.sign_out(account.id)
    assert out.status == "signed_out" and accounts.session(out) is None and not memory_keyring.entries
    remember(manifest, accounts, "gacha", GACHA)
    accounts.remove(account.id)
    assert accounts.list() == [] and not memory_keyring.entries


def test_background_refresh_is_concurrent_default_first_and_skips_running_games(manifest, accounts, sandbox):
    sandbox.state.settings["gacha_expires_in"] = 60
    gacha_account = remember(manifest, accounts, "gacha", GACHA)
    earth_account = remember(manifest, accounts, "gacha", NEWBIE)  # a second account, saved last
    accounts.switch(gacha_account.id)
    default_refresh = accounts.session(accounts.get(gacha_account.id)).tokens["refresh_token"]
    sandbox.state.clear()
    sandbox.state.inject(GACHA_REFRESH, delay=0.4, passthrough=True, times=2)

    async def go():
        async with make_core(manifest, accounts) as core:
            import time
            start = time.perf_counter()
            results = await core.refresh_due()
            return results, time.perf_counter() - start
    results, elapsed = run(go())
    assert {r.account_id: r.kind for r in results} == {gacha_account.id: RefreshKind.REFRESHED,
                                                        earth_account.id: RefreshKind.REFRESHED}
    assert elapsed < 0.75, "two delayed refreshes ran one after another"
    first = sandbox.state.received(GACHA_REFRESH)[0].json()["data"]["attributes"]["refresh_token"]
    assert first == default_refresh, "the default account was not refreshed first"

    async def running():
        async with make_core(manifest, accounts) as core:
            core.running[earth_account.id] = object()
            return await core.refresh_due()
    skipped = {r.account_id: r.kind for r in run(running())}
    assert skipped[earth_account.id] is RefreshKind.SKIPPED


# --- the file -------------------------------------------------------------------------------------
def test_corrupt_file_is_moved_aside_and_recovered_from_last_good_copy(manifest, accounts, launcher_home):
    a = remember(manifest, accounts, "gacha", GACHA)
    remember(manifest, accounts, "playfab-custom", CUSTOM)  # second write leaves a .bak holding `a`
    path = store_file(launcher_home)
    path.write_bytes(b"\x00garbage{")
    fresh = open_accounts(vault=accounts.vault)
    ids = [x.id for x in fresh.list()]
    assert a.id in ids
    assert any("damaged" in w and ".corrupt-" in w for w in fresh.warnings)
    assert any("Recovered" in w for w in fresh.warnings)
    aside = list(path.parent.glob("accounts.json.corrupt-*"))
    assert aside and aside[0].read_bytes() == b"\x00garbage{"


def test_file_deleted_while_running_is_recovered_not_overwritten(manifest, accounts, launcher_home):
    first = remember(manifest, accounts, "gacha", GACHA)
    remember(manifest, accounts, "playfab-custom", CUSTOM)
    store_file(launcher_home).unlink()  # deleted behind the launcher's back
    third = remember(manifest, accounts, "playfab-custom", {"custom_id": "bjorn"})
    ids = [a.id for a in accounts.list()]
    assert first.id in ids and third.id in ids
    assert any("missing" in w and "recovered" in w for w in accounts.warnings)


def test_truncated_file_without_backup_starts_empty_and_keeps_damaged_copy(launcher_home):
    path = store_file(launcher_home)
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "accounts": [{"id": "gacha:1", "prov')
    fresh = open_accounts(vault=MemoryVault())
    assert fresh.list() == []
    assert any("No good copy" in w for w in fresh.warnings)
    assert list(path.parent.glob("accounts.json.corrupt-*"))


def test_one_bad_entry_does_not_drop_the_others(launcher_home):
    path = store_file(launcher_home)
    path.parent.mkdir(parents=True)
    good = {"id": "gacha:1", "provider": "gacha", "player_id": "1", "display_name": "One"}
    path.write_text(json.dumps({"version": 1, "default": None, "accounts": [good, {"id": 5}]}))
    fresh = open_accounts(vault=MemoryVault())
    assert [a.id for a in fresh.list()] == ["gacha:1"]
    assert any("Skipped 1 damaged saved account" in w and "entry 2" in w for w in fresh.warnings)
    assert list(path.parent.glob("accounts.json.corrupt-*")), "the file as it was is kept aside"


def test_file_from_a_newer_launcher_is_not_touched(launcher_home):
    path = store_file(launcher_home)
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 99, "accounts": []}')
    with pytest.raises(UsageError, match="newer launcher"):
        open_accounts(vault=MemoryVault()).list()
    assert path.read_text() == '{"version": 99, "accounts": []}'


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_directory_gives_a_clear_message_and_keeps_the_file(manifest, accounts, launcher_home):
    remember(manifest, accounts, "gacha", GACHA)
    path = store_file(launcher_home)
    before = path.read_bytes()
    path.parent.chmod(0o500)
    try:
        with pytest.raises(UsageError, match="Cannot save accounts"):
            accounts.set_label("gacha:", "x")
    finally:
        path.parent.chmod(0o700)
    assert path.read_bytes() == before


def test_read_only_file_system_gives_a_clear_message_and_keeps_the_file(manifest, accounts, launcher_home,
                                                                         monkeypatch):
    """Runs as root too: every open for writing in the store fails as on a file system mounted read-only."""
    import builtins
    import errno

    from launcher.accounts import store as store_module

    remember(manifest, accounts, "gacha", GACHA)
    path = store_file(launcher_home)
    before = path.read_bytes()

    def read_only_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wax+"):
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return builtins.open(file, mode, *args, **kwargs)

    monkeypatch.setattr(store_module, "open", read_only_open, raising=False)
    with pytest.raises(UsageError, match=r"Cannot save accounts.*Read-only file system"):
        accounts.set_label("gacha:", "x")
    assert [a.id for a in accounts.list()] == [a.id for a in open_accounts(vault=MemoryVault()).list()]
    assert len(accounts.list()) == 1  # still readable, nothing lost
    monkeypatch.undo()
    assert path.read_bytes() == before


def _add_many(home: str, start: int) -> None:
    os.environ["LAUNCHER_HOME"] = home
    from launcher.accounts import open_accounts as oa
    from launcher.models import Session

    accounts = oa(vault=MemoryVault())
    for n in range(start, start + 15):
        accounts.save_session(Session(provider="playfab-custom", player_id=f"P{n}", display_name=f"p{n}",
                                      tokens={}, expires={}, data={}))


def test_two_processes_never_lose_each_others_changes(launcher_home):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(str(launcher_home), s)) for s in (0, 100)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(open_accounts(vault=MemoryVault()).list()) == 30


# --- the keychain ---------------------------------------------------------------------------------
def test_long_values_are_chunked_and_round_trip(memory_keyring):
    vault = KeyringVault()
    long = "x" * (3 * CHUNK + 17)
    vault.set("game-launcher/test", "k", long)
    assert all(len(v) <= CHUNK for v in memory_keyring.entries.values())
    assert vault.get("game-launcher/test", "k") == long
    vault.set("game-launcher/test", "k", "short")  # leftover chunks are dropped
    assert vault.get("game-launcher/test", "k") == "short" and len(memory_keyring.entries) == 1
    vault.delete("game-launcher/test", "k")
    assert memory_keyring.entries == {} and vault.get("game-launcher/test", "k") is None


def test_no_keychain_means_this_run_only_with_a_notice_and_no_plain_file(manifest, launcher_home):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        accounts = open_accounts()
        assert not accounts.remembers
        assert any("No system keychain" in w and "this run only" in w for w in accounts.warnings)
        account = remember(manifest, accounts, "gacha", GACHA)
        assert accounts.session(account) is not None  # usable for this run
        token = accounts.session(account).tokens["access_token"]
        on_disk = b"".join(p.read_bytes() for p in launcher_home.rglob("*") if p.is_file())
        assert token.encode() not in on_disk
    finally:
        keyring.set_keyring(previous)


def test_keychain_failing_on_write_keeps_session_in_memory_and_says_so(manifest, accounts, memory_keyring):
    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    account = remember(manifest, accounts, "gacha", GACHA)
    assert any("locked" in w for w in accounts.warnings)
    assert accounts.session(account) is not None
    assert memory_keyring.entries == {}


def test_keychain_locked_on_read_is_a_keychain_error(manifest, accounts, memory_keyring):
    account = remember(manifest, accounts, "gacha", GACHA)
    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    fresh = open_accounts(vault=accounts.vault)
    with pytest.raises(KeychainError, match="locked"):
        fresh.session(fresh.get(account.id))
    memory_keyring.fail_with = None
    assert fresh.session(fresh.get(account.id)) is not None  # nothing was lost


def test_plain_file_keyring_is_refused(monkeypatch):
    class PlainFile(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]
        __module__ = "keyrings.alt.file"

        def get_password(self, s, u): return None
        def set_password(self, s, u, p): pass
        def delete_password(self, s, u): pass

    previous = keyring.get_keyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(PlainFile())
    try:
        with pytest.raises(KeychainError, match="plain-file"):
            KeyringVault()
    finally:
        keyring.set_keyring(previous)


def test_outcome_of_an_outage_is_offline():
    assert ServerUnavailable("x").outcome is Outcome.OFFLINE
