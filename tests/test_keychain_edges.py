"""The keychain store's edges, each as a person or the keychain would see it: the messages for every kind of
keychain failure, the exact chunk boundaries, legacy markers, what the redactor learns, what a failed write
leaves behind. (Written against the mutants `make mutation` found alive.)"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
import pytest

from launcher.accounts.secrets import (
    CHUNK_BYTES,
    MAX_CHUNKS,
    MAX_VALUE_BYTES,
    KeyringVault,
    MemoryVault,
    legacy_count,
    parse_header,
    split_utf16,
)
from launcher.outcomes import KeychainError
from launcher.redact import safe_text

from .conftest import MemoryKeyring

SERVICE = "game-launcher/test"


@pytest.mark.parametrize("error, message", [
    (keyring.errors.NoKeyringError(), "No system keychain is available (install and start a Secret Service such "
                                      "as GNOME Keyring or KWallet)."),
    (keyring.errors.KeyringLocked("x"), "The system keychain is locked. Unlock it and try again."),
    (keyring.errors.InitError("x"), "The system keychain could not be opened."),
    (RuntimeError("Prompt dismissed"), "Access to the system keychain was denied."),
    (RuntimeError("access DENIED by policy"), "Access to the system keychain was denied."),
    (RuntimeError("user cancelled"), "Access to the system keychain was denied."),
    (RuntimeError("Collection is Locked"), "The system keychain is locked. Unlock it and try again."),
    (OSError("dbus went away"), "The system keychain reported an error; the details are in the log."),
])
def test_every_kind_of_keychain_failure_has_its_own_message(memory_keyring: MemoryKeyring, error: Exception,
                                                            message: str, caplog: pytest.LogCaptureFixture) -> None:
    vault = KeyringVault()
    memory_keyring.fail_with = error
    caplog.set_level(logging.WARNING, "launcher.keychain")
    with pytest.raises(KeychainError) as caught:
        vault.get(SERVICE, "k")
    assert caught.value.message == message
    assert [r.getMessage() for r in caplog.records] == [f"keychain call failed: {type(error).__name__}"]


def test_a_backend_failing_to_load_is_logged_by_kind(caplog: pytest.LogCaptureFixture,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> None:
        raise ImportError("no dbus")
    monkeypatch.setattr(keyring, "get_keyring", explode)
    caplog.set_level(logging.WARNING, "launcher.keychain")
    with pytest.raises(KeychainError) as caught:
        KeyringVault()
    assert caught.value.message == "The system keychain could not be loaded; the details are in the log."
    assert [r.getMessage() for r in caplog.records] == ["keychain backend failed to load: ImportError"]


def test_the_plain_file_refusal_says_how_to_choose_it(monkeypatch: pytest.MonkeyPatch) -> None:
    class PlainFile(MemoryKeyring):
        __module__ = "keyrings.alt.file"

    previous = keyring.get_keyring()
    keyring.set_keyring(PlainFile())
    try:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        with pytest.raises(KeychainError) as caught:
            KeyringVault()
        assert caught.value.message == ("Only a plain-file keyring was found; the launcher does not store secrets in "
                                        "plain files. Set PYTHON_KEYRING_BACKEND to choose it on purpose.")
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
        KeyringVault()  # chosen on purpose: accepted
    finally:
        keyring.set_keyring(previous)


def test_split_utf16_boundaries() -> None:
    assert split_utf16("abcd", 4) == ["ab", "cd"]
    assert split_utf16("abcde", 4) == ["ab", "cd", "e"]
    assert split_utf16("\uffff" * 3, 4) == ["\uffff\uffff", "\uffff"]  # the last 2-byte character
    assert split_utf16("\U00010000" * 2, 4) == ["\U00010000", "\U00010000"]  # the first 4-byte one
    assert split_utf16("a\U0001f600", 4) == ["a", "\U0001f600"]
    assert split_utf16("", 4) == [""]


def test_header_and_legacy_marker_boundaries() -> None:
    digest = "0123456789abcdef"
    assert parse_header(f"v1chunks:1:{digest}") == (1, digest)
    assert parse_header(f"v1chunks:{MAX_CHUNKS}:{digest}") == (MAX_CHUNKS, digest)
    for bad in (f"v1chunks:0:{digest}", f"v1chunks:{MAX_CHUNKS + 1}:{digest}", f"v1chunks:0001:{digest}",
                f"v1chunks:2:{digest}0", f"v1chunks:2:{digest[:-1]}", f"v1chunks:2:{digest.upper()}",
                f"v1chunks:2:{digest}:x", f"xv1chunks:2:{digest}", "v1chunks:2"):
        assert parse_header(bad) is None, bad
    assert legacy_count("\x00chunks:1") == 1 and legacy_count(f"\x00chunks:{MAX_CHUNKS}") == MAX_CHUNKS
    for bad in ("\x00chunks:0", f"\x00chunks:{MAX_CHUNKS + 1}", "\x00chunks:1000", "\x00chunks:1x", "chunks:1"):
        assert legacy_count(bad) is None, bad


def test_a_legacy_marker_of_zero_chunks_is_no_token(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "k")] = "\x00chunks:0"
    assert KeyringVault().get(SERVICE, "k") is None


def test_a_value_that_is_not_text_is_no_token(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "k")] = b"v1:bytes"  # type: ignore[assignment]
    assert KeyringVault().get(SERVICE, "k") is None


def test_the_redactor_learns_every_value_written_or_read(memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault()
    vault.set(SERVICE, "w", "written-token-1234")
    assert safe_text("x written-token-1234 y") == "x *** y"
    memory_keyring.entries[(SERVICE, "r")] = "v1:read-token-5678"
    assert safe_text("read-token-5678") == "read-token-5678"  # not known until read
    assert vault.get(SERVICE, "r") == "read-token-5678"
    assert safe_text("read-token-5678") == "***"


def test_the_size_limit_message_names_both_sizes(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(KeychainError) as caught:
        KeyringVault().set(SERVICE, "k", "t" * 3_000_000)
    assert caught.value.message == ("A session token is too large for the system keychain (5859 KB; the launcher "
                                    f"keeps at most {MAX_VALUE_BYTES // 1024} KB per token).")
    assert MAX_VALUE_BYTES // 1024 == 64


class FailingWrites(MemoryKeyring):
    """Writes after the first `ok` fail; deletes fail too when `deletes_fail` (the keychain is going away)."""

    def __init__(self, ok: int, *, deletes_fail: bool = False) -> None:
        super().__init__()
        self.ok, self.deletes_fail, self.count = ok, deletes_fail, 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.count += 1
        if self.count > self.ok:
            raise keyring.errors.PasswordSetError("gone")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if self.deletes_fail:
            raise keyring.errors.KeyringError("gone too")
        super().delete_password(service, username)


@pytest.fixture
def install():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()

    def put(backend: MemoryKeyring) -> MemoryKeyring:
        keyring.set_keyring(backend)
        return backend
    yield put
    keyring.set_keyring(previous)


def test_a_failed_write_over_a_longer_chunked_value_leaves_none_of_its_chunks(install) -> None:  # type: ignore[no-untyped-def]
    backend = install(FailingWrites(ok=6))  # the old value: 4 chunks + header
    vault = KeyringVault()
    vault.set(SERVICE, "k", "o" * (CHUNK_BYTES // 2 * 4))
    assert len(backend.entries) == 5
    with pytest.raises(KeychainError):
        vault.set(SERVICE, "k", "n" * 1500)  # 2 chunks + header: the first chunk goes in, the second fails
    assert backend.entries == {}


def test_a_failed_write_whose_cleanup_fails_too_still_reports_the_write(install) -> None:  # type: ignore[no-untyped-def]
    install(FailingWrites(ok=1, deletes_fail=True))
    vault = KeyringVault()
    with pytest.raises(KeychainError, match="reported an error"):
        vault.set(SERVICE, "k", "z" * 3000)


def test_a_write_that_reads_back_wrong_is_refused_and_logged(install, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    class Mangling(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            super().set_password(service, username, password[:-1] + "?")

    install(Mangling())
    caplog.set_level(logging.WARNING, "launcher.keychain")
    with pytest.raises(KeychainError) as caught:
        KeyringVault().set(SERVICE, "k", "value-1234")
    assert caught.value.message == "The system keychain did not keep the session (it read back differently)."
    assert [r.getMessage() for r in caplog.records] == ["keychain write did not read back"]


def test_lone_surrogates_from_json_round_trip_in_chunks(memory_keyring: MemoryKeyring) -> None:
    token = "\ud800" + "s" * 2000 + "\udfff"  # what json.loads gives for "\\ud800..."
    vault = KeyringVault()
    vault.set(SERVICE, "k", token)
    assert vault.get(SERVICE, "k") == token


def test_memory_vault_round_trip() -> None:
    vault = MemoryVault()
    vault.set(SERVICE, "a", "1")
    vault.set(SERVICE, "b", "2")
    vault.delete(SERVICE, "a")
    vault.delete(SERVICE, "missing")
    assert vault.get(SERVICE, "a") is None and vault.get(SERVICE, "b") == "2" and not vault.persistent


def test_a_legacy_value_with_a_missing_chunk_is_no_token(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "k")] = "\x00chunks:2"
    memory_keyring.entries[(SERVICE, "k#0")] = "a" * 1000
    assert KeyringVault().get(SERVICE, "k") is None


def test_a_value_that_could_not_be_kept_is_still_masked_in_what_is_shown(install) -> None:  # type: ignore[no-untyped-def]
    class Forgetful(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            return None

    install(Forgetful())
    with pytest.raises(KeychainError):
        KeyringVault().set(SERVICE, "k", "unkept-token-4321")
    assert safe_text("token unkept-token-4321") == "token ***"
