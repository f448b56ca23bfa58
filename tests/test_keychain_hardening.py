"""The keychain under hostile values and failing backends: framing no token can forge, chunks sized in UTF-16
bytes, a size limit, verified writes that leave nothing half-written and never an older value behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.errors
import pytest

from launcher.accounts import open_accounts
from launcher.accounts.secrets import (
    CHUNK_BYTES,
    ENTRY_BYTES,
    MAX_VALUE_BYTES,
    KeychainUnchanged,
    KeyringVault,
    split_utf16,
    utf16_size,
)
from launcher.models import Session
from launcher.outcomes import KeychainError

from .conftest import GACHA, MemoryKeyring

SERVICE = "game-launcher/test"
ROOT = Path(__file__).resolve().parent.parent


def entries_utf16(backend: MemoryKeyring) -> list[int]:
    return [utf16_size(v) for v in backend.entries.values()]


@pytest.mark.parametrize("token", [
    "\x00chunks:3", "\x00chunks:999999999", "\x00chunks:", "\x00chunks:-1", "v1chunks:2:0123456789abcdef",
    "v1chunks:999:0123456789abcdef", "v1:v1:x", "v1:", "\x00chunks:2" + "x" * 5000, "v1chunks:1:" + "y" * 5000,
])
def test_no_token_can_forge_the_stores_framing(memory_keyring: MemoryKeyring, token: str) -> None:
    vault = KeyringVault()
    vault.set(SERVICE, "k", token)
    assert vault.get(SERVICE, "k") == token
    vault.delete(SERVICE, "k")
    assert memory_keyring.entries == {}


def test_a_token_with_the_old_marker_survives_a_sign_in_and_the_next_read(memory_keyring: MemoryKeyring,
                                                                           launcher_home: Path) -> None:
    accounts = open_accounts()
    session = Session(provider="gacha", player_id="p1", display_name="P", tokens={"access_token": "\x00chunks:7"})
    account = accounts.save_session(session)
    again = open_accounts()
    assert again.session(again.get(account.id)).tokens["access_token"] == "\x00chunks:7"  # type: ignore[union-attr]


def test_1000_emoji_are_chunked_by_utf16_bytes_under_the_windows_limit(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    token = "😀" * 1000  # 1000 characters, 4000 UTF-16 bytes
    vault.set(SERVICE, "emoji", token)
    assert len(memory_keyring.entries) > 1
    assert max(entries_utf16(memory_keyring)) <= CHUNK_BYTES < ENTRY_BYTES
    assert vault.get(SERVICE, "emoji") == token


def test_split_never_cuts_a_character_and_respects_the_limit() -> None:
    text = "a😀" * 700 + "é" * 300
    pieces = split_utf16(text, 100)
    assert "".join(pieces) == text and all(utf16_size(p) <= 100 for p in pieces)


def test_a_value_that_just_fits_stays_in_one_entry(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    fits = "x" * (CHUNK_BYTES // 2 - 3)  # with the 3-character tag: exactly CHUNK_BYTES
    vault.set(SERVICE, "k", fits)
    assert len(memory_keyring.entries) == 1 and vault.get(SERVICE, "k") == fits
    vault.set(SERVICE, "k", fits + "x")  # one character more: a header and one chunk
    assert len(memory_keyring.entries) == 2 and vault.get(SERVICE, "k") == fits + "x"
    vault.set(SERVICE, "k", "x" * 2500)
    assert len(memory_keyring.entries) == 4 and vault.get(SERVICE, "k") == "x" * 2500
    vault.set(SERVICE, "k", "short")  # the chunks of the longer value go
    assert len(memory_keyring.entries) == 1 and vault.get(SERVICE, "k") == "short"


def test_a_3mb_token_is_refused_with_a_clear_message_and_nothing_written(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    with pytest.raises(KeychainError, match="too large"):
        vault.set(SERVICE, "huge", "t" * 3_000_000)
    assert memory_keyring.entries == {}
    limit = "t" * (MAX_VALUE_BYTES // 2)
    vault.set(SERVICE, "limit", limit)
    assert vault.get(SERVICE, "limit") == limit


def test_chunks_from_another_write_are_never_joined(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    vault.set(SERVICE, "k", "A" * 3000)
    memory_keyring.entries[(SERVICE, "k#1")] = "B" * 1000  # one chunk of some other value
    assert vault.get(SERVICE, "k") is None


def test_a_damaged_header_is_never_handed_out_as_a_token(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    for damaged in ("v1chunks:", "v1chunks:x:y", "v1chunks:99999:0123456789abcdef", "\x00chunks:abc"):
        memory_keyring.entries[(SERVICE, "k")] = damaged
        assert vault.get(SERVICE, "k") is None


def test_values_written_by_an_older_launcher_are_still_read(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    memory_keyring.entries[(SERVICE, "plain")] = "old-plain-token"
    memory_keyring.entries[(SERVICE, "big")] = "\x00chunks:2"
    memory_keyring.entries[(SERVICE, "big#0")] = "a" * 1000
    memory_keyring.entries[(SERVICE, "big#1")] = "b" * 10
    assert vault.get(SERVICE, "plain") == "old-plain-token"
    assert vault.get(SERVICE, "big") == "a" * 1000 + "b" * 10
    vault.delete(SERVICE, "big")
    assert (SERVICE, "big#0") not in memory_keyring.entries


# --- failing writes --------------------------------------------------------------------------------

class FailAt(MemoryKeyring):
    """Fails the n-th set_password from now (1-based), or every one from then on with `sticky`."""

    def __init__(self, n: int, *, sticky: bool = False, error: Exception | None = None) -> None:
        super().__init__()
        self.n, self.sticky, self.count = n, sticky, 0
        self.error = error or keyring.errors.PasswordSetError("NoReply")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.count += 1
        if self.count == self.n or (self.sticky and self.count > self.n):
            raise self.error
        super().set_password(service, username, password)


class Forgetful(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        return None


@pytest.fixture
def install():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()

    def put(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend
    yield put
    keyring.set_keyring(previous)


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_a_chunked_write_failing_part_way_leaves_nothing_behind(install, fail_at: int) -> None:  # type: ignore[no-untyped-def]
    backend = install(FailAt(fail_at))
    vault = KeyringVault()
    with pytest.raises(KeychainError):
        vault.set(SERVICE, "k", "z" * 3000)  # 2 chunks + the header
    assert backend.entries == {} and vault.get(SERVICE, "k") is None


def test_a_write_failing_part_way_never_leaves_the_older_value_readable(install) -> None:  # type: ignore[no-untyped-def]
    backend = install(FailAt(3))
    vault = KeyringVault()
    vault.set(SERVICE, "k", "older-token-value")  # write 1: fine
    with pytest.raises(KeychainError):
        vault.set(SERVICE, "k", "n" * 3000)  # chunked: its first chunk (write 2) goes in, the second (3) fails
    assert vault.get(SERVICE, "k") is None and backend.entries == {}


def test_a_write_refused_before_anything_was_written_keeps_the_older_value(install) -> None:  # type: ignore[no-untyped-def]
    install(FailAt(2))
    vault = KeyringVault()
    vault.set(SERVICE, "k", "older-token-value")
    with pytest.raises(KeychainUnchanged):
        vault.set(SERVICE, "k", "newer-token-value")  # refused at once (a locked keychain): nothing changed
    assert vault.get(SERVICE, "k") == "older-token-value"


def test_a_keychain_that_accepts_writes_and_keeps_nothing_is_caught(install) -> None:  # type: ignore[no-untyped-def]
    install(Forgetful())
    with pytest.raises(KeychainError, match="did not keep"):
        KeyringVault().set(SERVICE, "k", "value-1234")


def _session(access: str, refresh: str) -> Session:
    return Session(provider="gacha", player_id="p1", display_name="P",
                   tokens={"access_token": access, "refresh_token": refresh})


def test_remember_strict_fails_and_signs_the_account_out_rather_than_keep_older_tokens(
        install, launcher_home: Path) -> None:  # type: ignore[no-untyped-def]
    backend = install(FailAt(4))  # the first save (2 writes) works; the second dies on its second write
    accounts = open_accounts(require_keychain=True)
    account = accounts.save_session(_session("access-old-1234", "refresh-old-1234"))
    with pytest.raises(KeychainError, match="not saved"):
        accounts.save_session(_session("access-new-1234", "refresh-new-1234"))
    fresh = open_accounts()
    assert fresh.session(fresh.get(account.id)) is None  # neither the new nor the old session
    assert fresh.get(account.id).status == "signed_out"
    assert not any(v.endswith("-old-1234") for v in backend.entries.values())


def test_the_window_keeps_a_failed_write_for_this_run_and_says_so(install, launcher_home: Path) -> None:  # type: ignore[no-untyped-def]
    install(FailAt(1, sticky=True, error=keyring.errors.KeyringLocked("locked")))
    accounts = open_accounts()
    account = accounts.save_session(_session("access-mem-1234", "refresh-mem-1234"))
    assert accounts.session(account).tokens["access_token"] == "access-mem-1234"  # type: ignore[union-attr]
    assert any("locked" in w for w in accounts.warnings)


def test_a_backend_whose_constructor_raises_is_a_keychain_error(install) -> None:  # type: ignore[no-untyped-def]
    class Exploding(MemoryKeyring):
        def __init__(self) -> None:
            raise RuntimeError("boom")

    previous = keyring.get_keyring()
    keyring.core._keyring_backend = None  # type: ignore[attr-defined]
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.broken_keyring.ExplodingKeyring"
    try:
        with pytest.raises(KeychainError, match="could not be loaded"):
            KeyringVault()
        accounts = open_accounts()
        assert not accounts.remembers and any("could not be loaded" in w for w in accounts.warnings)
    finally:
        del os.environ["PYTHON_KEYRING_BACKEND"]
        keyring.set_keyring(previous)


# --- the command line, in real processes ----------------------------------------------------------

@pytest.fixture
def launcher_cli(sandbox, launcher_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAUNCHER_FIELD_", "PYTHON_KEYRING"))}
    env.update(LAUNCHER_HOME=str(launcher_home), PYTHONPATH=str(ROOT), TEST_KEYRING_FILE=str(tmp_path / "kr.json"),
               LAUNCHER_FIELD_PASSWORD=GACHA["password"])
    urls = [a for s, u in sandbox.service_urls().items() if s == "gacha" for a in ("--base-url", f"gacha={u}")]

    def run(backend: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "launcher", *args], capture_output=True, text=True, timeout=60,
                              env={**env, "PYTHON_KEYRING_BACKEND": f"tests.support.{backend}", **extra},
                              check=False)

    def signin(backend: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return run(backend, "signin", "--provider", "gacha", *urls, "--field", f"email={GACHA['email']}",
                   "--remember", **extra)
    run.signin = signin  # type: ignore[attr-defined]
    return run


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


@pytest.mark.parametrize("backend", ["broken_keyring.LockedKeyring", "broken_keyring.DiesOnSecondWriteKeyring",
                                     "broken_keyring.ForgetfulKeyring", "broken_keyring.ExplodingKeyring"])
def test_remember_with_a_failing_keychain_exits_6_and_never_says_saved(launcher_cli, backend: str) -> None:  # type: ignore[no-untyped-def]
    done = launcher_cli.signin(backend)
    assert done.returncode == 6, done.stderr
    assert "Saved" not in done.stderr and one_line(done.stderr) and "keychain" in done.stderr
    assert GACHA["password"] not in done.stderr + done.stdout


def test_after_a_failed_remember_play_does_not_use_the_older_session(launcher_cli) -> None:  # type: ignore[no-untyped-def]
    first = launcher_cli.signin("file_keyring.JsonFileKeyring")
    assert first.returncode == 0, first.stderr
    failed = launcher_cli.signin("broken_keyring.DiesOnSecondWriteKeyring", TEST_KEYRING_FAIL_AT="2")
    assert failed.returncode == 6, failed.stderr
    listed = launcher_cli("file_keyring.JsonFileKeyring", "accounts", "list")
    assert "signed out" in listed.stdout, listed.stdout
    account_id = listed.stdout.split()[1]
    play = launcher_cli("file_keyring.JsonFileKeyring", "--account", account_id, "--play")
    assert play.returncode == 3 and "sign in again" in play.stderr, play.stderr


def test_accounts_list_with_a_keychain_that_fails_to_load_warns_and_exits_0(launcher_cli) -> None:  # type: ignore[no-untyped-def]
    done = launcher_cli("broken_keyring.ExplodingKeyring", "accounts", "list")
    assert done.returncode == 0, done.stderr
    assert "could not be loaded" in done.stderr and "Traceback" not in done.stderr


def test_play_with_a_keychain_that_fails_to_load_exits_6(launcher_cli) -> None:  # type: ignore[no-untyped-def]
    done = launcher_cli("broken_keyring.ExplodingKeyring", "--account", "gacha:x", "--play")
    assert done.returncode == 6 and one_line(done.stderr), done.stderr
