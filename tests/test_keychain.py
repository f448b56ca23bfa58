"""Against a real Secret Service (gnome-keyring in a private D-Bus session; tools/run-tests sets it up)."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest

from launcher.accounts import open_accounts
from launcher.accounts.secrets import CHUNK, KeyringVault

from .conftest import GACHA, make_core, run

pytestmark = [
    pytest.mark.keychain,
    pytest.mark.skipif(not os.environ.get("LAUNCHER_REAL_KEYCHAIN"),
                       reason="needs the real Secret Service session started by tools/run-tests"),
]


@pytest.fixture(autouse=True)
def real_backend():
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    assert isinstance(backend, SecretService.Keyring), f"expected Secret Service, got {backend!r}"
    return backend


def test_set_get_delete_round_trip_including_a_3kb_token():
    vault = KeyringVault()
    service = "game-launcher/keychain-test"
    big = "tok_" + os.urandom(1500).hex()  # 3004 characters: chunked
    vault.set(service, "big", big)
    vault.set(service, "small", "small-secret-value")
    assert vault.get(service, "big") == big and vault.get(service, "small") == "small-secret-value"
    assert keyring.get_password(service, "big#0") == big[:CHUNK]
    vault.delete(service, "big")
    vault.delete(service, "small")
    assert vault.get(service, "big") is None and keyring.get_password(service, "big#0") is None


def test_saved_account_survives_a_new_process_and_remove_clears_the_keychain(manifest, launcher_home):
    accounts = open_accounts()
    assert accounts.remembers and not accounts.warnings

    async def go():
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in("gacha", GACHA))
    account = run(go())
    # A fresh process (same keychain, same store) reads the session back.
    code = (f"from launcher.accounts import open_accounts as o; a=o(); s=a.session(a.get({account.id!r})); "
            "print(sorted(s.tokens))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "LAUNCHER_HOME": str(launcher_home)})
    assert out.stdout.strip() == "['access_token', 'refresh_token']"
    accounts.remove(account.id)
    assert keyring.get_password("game-launcher/gacha", f"{account.id}/access_token") is None


def test_forged_markers_and_emoji_round_trip_in_the_real_keychain():
    from launcher.accounts.secrets import CHUNK_BYTES, utf16_size

    vault = KeyringVault()
    service = "game-launcher/keychain-test"
    for n, token in enumerate(["\x00chunks:3", "v1chunks:2:0123456789abcdef", "😀" * 1000]):
        vault.set(service, f"t{n}", token)
        assert vault.get(service, f"t{n}") == token
    assert all(utf16_size(keyring.get_password(service, f"t2#{n}") or "") <= CHUNK_BYTES for n in range(2))
    for n in range(3):
        vault.delete(service, f"t{n}")
        assert vault.get(service, f"t{n}") is None
