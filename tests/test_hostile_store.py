"""The account file as an attacker or a broken disk leaves it: every file that is not fully valid is set
aside (with the readable entries kept), said on the command line; `remove` writes the file first; one lock per
account across processes; a fuzzer over the file's contents."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from launcher.accounts import open_accounts
from launcher.accounts.locks import AccountLock
from launcher.accounts.secrets import MemoryVault
from launcher.models import Session
from launcher.outcomes import TimeoutError_, UsageError

from .conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"id": "gacha:1", "provider": "gacha", "player_id": "1", "display_name": "One"}


def store_file(home: Path) -> Path:
    return home / "data" / "accounts.json"


def write(home: Path, doc: Any) -> Path:
    path = store_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


DAMAGED_ENTRIES = {
    "entry not an object": ["just a string", 5, None, [GOOD]],
    "label not a string": [{**GOOD, "id": "gacha:2", "label": 12}],
    "token names not a list": [{**GOOD, "id": "gacha:2", "token_names": "access_token"}],
    "token name not a name": [{**GOOD, "id": "gacha:2", "token_names": ["../../etc", 5]}],
    "expires not a map": [{**GOOD, "id": "gacha:2", "expires": [1, 2]}],
    "data nested": [{**GOOD, "id": "gacha:2", "data": {"x": {"y": [1]}}}],
    "status not text": [{**GOOD, "id": "gacha:2", "status": ["signed_in"]}],
    "avatar not text": [{**GOOD, "id": "gacha:2", "avatar_url": {"u": 1}}],
    "duplicate id": [dict(GOOD)],
}


@pytest.mark.parametrize("case", sorted(DAMAGED_ENTRIES))
def test_damaged_entries_are_skipped_and_the_file_set_aside(launcher_home: Path, case: str) -> None:
    path = write(launcher_home, {"version": 1, "default": "gacha:1", "accounts": [GOOD, *DAMAGED_ENTRIES[case]]})
    accounts = open_accounts(vault=MemoryVault())
    assert [a.id for a in accounts.list()] == ["gacha:1"]
    assert any("damaged" in w for w in accounts.warnings), accounts.warnings
    asides = list(path.parent.glob("accounts.json.corrupt-*"))
    assert len(asides) == 1 and json.loads(asides[0].read_text())["accounts"][1:] == DAMAGED_ENTRIES[case]
    again = open_accounts(vault=MemoryVault())  # the file was rewritten clean: said once, not on every read
    assert [a.id for a in again.list()] == ["gacha:1"] and not again.warnings


@pytest.mark.parametrize("doc", [
    "[" * 100_000 + "]" * 100_000,
    '{"version": 1, "accounts": ' + "[" * 50_000 + "]" * 50_000 + "}",
    '{"version": 1, "accounts": [{"id": ' + "[" * 5000 + "]" * 5000 + "}]}",
    '{"version": "1", "accounts": []}',
    '{"version": 1, "default": 5, "accounts": []}',
    '{"version": 1, "accounts": {"a": 1}}',
    '{"version": 1, "accounts": [], "x": NaN}',
    '{"version": 1' + ', "accounts": []' + "}" * 3,
    "\xff\xfe",
    "",
])
def test_a_file_that_is_not_an_account_list_is_set_aside_not_a_crash(launcher_home: Path, doc: str) -> None:
    path = write(launcher_home, doc)
    accounts = open_accounts(vault=MemoryVault())
    assert accounts.list() == []
    assert any("damaged" in w and "moved to" in w for w in accounts.warnings), accounts.warnings
    assert list(path.parent.glob("accounts.json.corrupt-*"))


def test_damaged_files_are_reported_by_every_accounts_command(launcher_home: Path, tmp_path: Path) -> None:
    write(launcher_home, {"version": 1, "default": None, "accounts": [GOOD, "junk", {**GOOD, "id": "g:2", "label": 1}]})
    env = {**os.environ, "LAUNCHER_HOME": str(launcher_home), "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.JsonFileKeyring",
           "TEST_KEYRING_FILE": str(tmp_path / "kr.json")}
    done = subprocess.run([sys.executable, "-m", "launcher", "accounts", "list"], capture_output=True, text=True,
                          env=env, timeout=30, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "damaged" in done.stderr and "corrupt-" in done.stderr, done.stderr
    assert "gacha:1" in done.stdout
    write(launcher_home, "[" * 100_000)
    done = subprocess.run([sys.executable, "-m", "launcher", "accounts", "switch", "gacha:1"], capture_output=True,
                          text=True, env=env, timeout=30, check=False)
    assert done.returncode == 3 and "damaged" in done.stderr and "Traceback" not in done.stderr, done.stderr


# --- remove: the file first ---------------------------------------------------------------------------------

def test_remove_whose_file_write_fails_keeps_the_keychain_entries(memory_keyring: MemoryKeyring,
                                                                   launcher_home: Path) -> None:
    accounts = open_accounts()
    account = accounts.save_session(Session(provider="gacha", player_id="p1", display_name="P",
                                            tokens={"access_token": "access-1234", "refresh_token": "refresh-1234"}))
    before = dict(memory_keyring.entries)
    from launcher.accounts import store as store_module

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module.os, "replace", failing_replace)
        with pytest.raises(UsageError, match="No space left"):
            accounts.remove(account.id)
        with pytest.raises(UsageError):
            accounts.sign_out(account.id)
    assert memory_keyring.entries == before
    fresh = open_accounts()
    assert fresh.session(fresh.get(account.id)) is not None  # still listed and still signed in


def test_remove_with_a_keychain_failing_on_delete_still_removes_and_warns(memory_keyring: MemoryKeyring,
                                                                           launcher_home: Path) -> None:
    import keyring.errors

    accounts = open_accounts()
    account = accounts.save_session(Session(provider="gacha", player_id="p1", display_name="P",
                                            tokens={"access_token": "access-1234"}))
    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    accounts.remove(account.id)
    memory_keyring.fail_with = None
    assert open_accounts().list() == []
    assert any("could not be deleted" in w for w in accounts.warnings)


# --- one lock per account, across processes -------------------------------------------------------------

HOLD = """
import sys, time
from pathlib import Path
from launcher.accounts.locks import AccountLock
with AccountLock(Path(sys.argv[1]), sys.argv[2]):
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def hold_in_another_process(folder: Path, account: str, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), account, str(seconds)], text=True,
                            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_the_account_lock_excludes_another_process_and_is_per_account(tmp_path: Path) -> None:
    proc = hold_in_another_process(tmp_path, "gacha:1", 1.0)
    try:
        assert not AccountLock(tmp_path, "gacha:1").try_acquire()
        other = AccountLock(tmp_path, "gacha:2")
        assert other.try_acquire()
        other.release()
        started = time.monotonic()

        async def wait() -> bool:
            async with AccountLock(tmp_path, "gacha:1") as lock:
                return lock.held
        assert asyncio.run(wait())
        assert time.monotonic() - started > 0.3, "the lock did not wait for the other process"
    finally:
        proc.wait(10)


def test_the_account_lock_gives_up_with_an_offline_error(tmp_path: Path) -> None:
    proc = hold_in_another_process(tmp_path, "gacha:1", 3.0)
    try:
        with pytest.raises(TimeoutError_, match="Another launcher"):
            AccountLock(tmp_path, "gacha:1", wait_s=0.3).acquire()
    finally:
        proc.kill()
        proc.wait(10)


def test_the_lock_is_reached_through_accounts(memory_keyring: MemoryKeyring, launcher_home: Path) -> None:
    accounts = open_accounts()
    with accounts.refresh_lock("gacha:1") as lock:
        assert lock.held and not accounts.refresh_lock("gacha:1").try_acquire()
    assert not lock.held


def test_a_crashed_holder_frees_the_lock(tmp_path: Path) -> None:
    proc = hold_in_another_process(tmp_path, "gacha:1", 30.0)
    proc.kill()
    proc.wait(10)
    assert AccountLock(tmp_path, "gacha:1", wait_s=2).try_acquire()


# --- fuzzing the file -----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=15)
entry = st.one_of(json_values, st.fixed_dictionaries(
    {"id": st.one_of(st.just("gacha:1"), json_values), "provider": st.one_of(st.just("gacha"), json_values),
     "player_id": st.one_of(st.just("1"), json_values), "display_name": st.one_of(st.just("One"), json_values)},
    optional={k: json_values for k in ("label", "avatar_url", "last_used", "expires", "status", "status_message",
                                       "data", "token_names", "is_default")}))
documents = st.one_of(json_values, st.fixed_dictionaries(
    {"accounts": st.one_of(st.lists(entry, max_size=4), json_values)},
    optional={"version": st.one_of(st.just(1), json_values), "default": json_values}))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents)
def test_any_file_contents_give_accounts_or_a_warning_never_an_exception(launcher_home: Path, doc: Any) -> None:
    path = write(launcher_home, json.dumps(doc))
    for old in path.parent.glob("accounts.json*"):
        if old != path:
            old.unlink()
    accounts = open_accounts(vault=MemoryVault())
    try:
        listed = accounts.list()
    except UsageError as exc:  # only "written by a newer launcher"
        assert "newer launcher" in exc.message
        return
    for account in listed:
        assert isinstance(account.label, str) and isinstance(account.token_names, list)
        account.status_text()
        json.dumps(account.to_json())
        accounts.session(account)  # MemoryVault: no tokens, but the shapes are all walked
    valid = isinstance(doc, dict) and isinstance(doc.get("accounts"), list) and len(listed) == len(doc["accounts"])
    assert valid or accounts.warnings
    accounts.switch(listed[0].id) if listed else None
