"""Argv that was once accepted without a word: an unknown --provider for the window, a --base-url for a service the
provider never calls, and a keychain that cannot be used where a command needs it. Each is one line on stderr a
person can act on and the contract's exit code (2 or 6), before anything else happens."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring.errors
import pytest

from launcher import cli as cli_mod
from launcher.outcomes import KeychainError
from tests.support.manifests import demo_manifest_text

from .conftest import CUSTOM, GACHA, XBOX, MemoryKeyring, make_core, run
from .test_cli import cli  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent
FAIL_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
KNOWN_IDS = ("playfab-facebook", "playfab-xbox", "playfab-email", "playfab-custom", "gacha", "earth", "appcharge")


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("launcher: ") and "Traceback" not in err


class FakeWindow:
    def __init__(self) -> None:
        self.opened: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> int:
        self.opened.append(kwargs)
        return 0


# --- 1. the window's --provider --------------------------------------------------------------------------------

@pytest.mark.parametrize("provider", ["NOSUCH", "gacha2", "\x1b[2Jplayfab"])
def test_an_unknown_provider_for_the_window_exits_2_naming_the_known_ids_before_any_window(capsys, provider: str):
    window = FakeWindow()
    code = cli_mod.main(["--provider", provider], gui=window)
    err = capsys.readouterr().err
    assert code == 2 and window.opened == []
    assert one_line(err) and "is not a provider the launcher knows" in err and "\x1b" not in err
    assert all(pid in err for pid in KNOWN_IDS)


def test_a_known_provider_the_manifest_does_not_enable_is_exit_2_before_any_window(capsys, tmp_path):
    """The contract: `--provider ID` names a provider of the manifest; anything else is exit 2, no window."""
    manifest = tmp_path / "m.toml"
    manifest.write_text(demo_manifest_text().replace(
        '"playfab-xbox", ', ""))
    window = FakeWindow()
    assert cli_mod.main(["--manifest", str(manifest), "--provider", "playfab-xbox"], gui=window) == 2
    assert window.opened == []
    assert "playfab-xbox" in capsys.readouterr().err


def test_the_window_loads_the_providers_only_when_asked_for_one():
    code = ("import sys; from launcher.cli import main; "
            "main(sys.argv[1:], gui=lambda **kw: print('launcher.providers' in sys.modules) or 0)")
    env = {"LAUNCHER_HOME": "/nonexistent-home", "PATH": "/usr/bin:/bin"}

    def loaded(*argv: str) -> str:
        return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=ROOT,
                              env=env, check=True, timeout=60).stdout.strip()
    assert loaded() == "False"
    assert loaded("--provider", "gacha") == "True"


# --- 2. signin --base-url SERVICE=URL ---------------------------------------------------------------------------

def test_a_base_url_for_a_service_the_provider_does_not_use_is_ignored_with_a_note(cli, sandbox):  # noqa: F811
    """Scripts that pass every service's URL to every provider keep working (the contract is extended, never
    broken), but the unused URL is named on stderr, never dropped without a word."""
    urls = sandbox.service_urls()
    out = cli("signin", "--provider", "gacha", "--base-url", f"gacha={urls['gacha']}", "--base-url",
              f"earth={urls['earth']}", "--field", f"email={GACHA['email']}", "--json",
              env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert out.returncode == 0, out.stderr
    assert "--base-url earth=… is ignored: gacha does not use the 'earth' service; it uses: gacha." in out.stderr
    assert json.loads(out.stdout)["display_name"]

    custom = cli("signin", "--provider", "playfab-custom", "--base-url", "appcharge=https://wrong.example",
                 "--field", f"custom_id={CUSTOM['custom_id']}", "--base-url", f"playfab={urls['playfab']}")
    assert custom.returncode == 0 and "it uses: playfab." in custom.stderr, custom.stderr


def test_the_documented_base_url_forms_still_work(cli, sandbox):  # noqa: F811
    urls = sandbox.service_urls()
    bare = cli("signin", "--provider", "gacha", "--base-url", urls["gacha"], "--field", f"email={GACHA['email']}",
               "--json", env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert bare.returncode == 0, bare.stderr
    named = cli("signin", "--provider", "gacha", "--base-url", f"gacha={urls['gacha']}", "--field",
                f"email={GACHA['email']}", "--json", env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert named.returncode == 0, named.stderr
    earth = cli("signin", "--provider", "earth", "--base-url", f"playfab={urls['playfab']}",
                "--base-url", f"earth={urls['earth']}", "--field", "custom_id=astrid", "--json")
    assert earth.returncode == 0, earth.stderr


def test_an_unknown_service_is_still_a_usage_error_naming_the_services(cli):  # noqa: F811
    out = cli("signin", "--provider", "gacha", "--base-url", "nosuch=http://127.0.0.1:1", "--field",
              f"email={GACHA['email']}", env={"LAUNCHER_FIELD_PASSWORD": "x"})
    assert out.returncode == 2 and one_line(out.stderr) and "unknown service 'nosuch'" in out.stderr


# --- 3. a keychain that cannot be used where it is needed -------------------------------------------------------

def test_signin_needing_a_provisioned_secret_without_a_keychain_exits_6(cli):  # noqa: F811
    out = cli("signin", "--provider", "playfab-xbox", "--field", f"xbox_id={XBOX['xbox_id']}", env=FAIL_KEYRING)
    assert out.returncode == 6, out.stderr
    assert out.stderr.splitlines()[-1].startswith("launcher: No system keychain is available")
    assert "required" not in out.stderr and "Traceback" not in out.stderr


def test_signin_given_the_secret_does_not_need_the_keychain(cli):  # noqa: F811
    out = cli("signin", "--provider", "playfab-xbox", "--field", f"xbox_id={XBOX['xbox_id']}", "--json",
              env={**FAIL_KEYRING, "LAUNCHER_FIELD_SECRET_KEY": XBOX["secret_key"]})
    assert out.returncode == 0, out.stderr


def test_signin_with_a_keychain_that_fails_to_read_exits_6_with_its_message(cli, memory_keyring: MemoryKeyring,  # noqa: F811
                                                                             capsys):
    memory_keyring.fail_with = keyring.errors.KeyringLocked("collection is locked")
    code = cli_mod.main(["signin", "--provider", "playfab-xbox", "--manifest", str(cli.manifest),
                         "--field", f"xbox_id={XBOX['xbox_id']}"])
    err = capsys.readouterr().err
    assert code == 6, err
    assert err.splitlines()[-1] == "launcher: The system keychain is locked. Unlock it and try again."


def test_secrets_list_without_a_keychain_exits_6_instead_of_saying_none_are_kept(cli):  # noqa: F811
    for args in (("secrets", "list"), ("secrets", "list", "--json")):
        out = cli(*args, "--manifest", str(cli.manifest), env=FAIL_KEYRING)
        assert out.returncode == 6 and out.stdout == "", out.stdout
        assert one_line(out.stderr) and "No system keychain is available" in out.stderr, out.stderr


def test_the_window_treats_a_failing_keychain_as_not_set_up_and_a_sign_in_says_why(manifest, accounts,
                                                                                    memory_keyring: MemoryKeyring):
    memory_keyring.fail_with = keyring.errors.KeyringLocked("collection is locked")
    core = make_core(manifest, accounts)
    xbox = core.provider("playfab-xbox")
    assert core.missing_setup(xbox, tester=False) == ["Title secret key"]  # no crash: "not set up"
    assert core.provisioned_values(xbox) == {}

    async def sign_in_without_the_key() -> None:
        async with core:
            await core.sign_in("playfab-xbox", {"xbox_id": XBOX["xbox_id"]})
    with pytest.raises(KeychainError, match="locked"):
        run(sign_in_without_the_key())

    async def sign_in_with_the_key() -> str:
        async with make_core(manifest, accounts) as typed:
            return (await typed.sign_in("playfab-xbox", XBOX)).provider
    assert run(sign_in_with_the_key()) == "playfab-xbox"
