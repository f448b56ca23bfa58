"""The command-line contract (../shared/cli-contract.md), driven as a studio's script would: subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from launcher import __version__
from tests.support.manifests import demo_manifest_text

from .conftest import ALL_SECRETS, APPCHARGE, GACHA

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(sandbox, launcher_home, tmp_path):
    """Runs `python -m launcher ...` against the shared sandbox, with a keyring shared between processes."""
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("LAUNCHER_FIELD_")}
    base_env.update(LAUNCHER_HOME=str(launcher_home), PYTHONPATH=str(ROOT),
                    PYTHON_KEYRING_BACKEND="tests.support.file_keyring.JsonFileKeyring",
                    TEST_KEYRING_FILE=str(tmp_path / "keyring.json"), DEMO_PLAY_SECONDS="0")
    manifest = tmp_path / "manifest.toml"
    text = demo_manifest_text()
    text = text.replace('executable = "demo_game.py"', f'executable = "{ROOT / "resources" / "demo_game.py"}"')
    text = text.replace('icon = "icons/demo-game.svg"', f'icon = "{ROOT / "resources" / "icons" / "demo-game.svg"}"')
    text = text.replace('working_dir = "."', f'working_dir = "{ROOT / "resources"}"')
    text = text.replace("http://127.0.0.1:8765", sandbox.url)
    manifest.write_text(text)

    def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
            signin_urls: bool = False) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "launcher", *args]
        if (args and args[0] == "signin") or "--play" in args:
            argv += ["--manifest", str(manifest)]
        return subprocess.run(argv, check=False, capture_output=True, text=True, input=stdin, timeout=60,
                              env={**base_env, **(env or {})}, cwd=str(tmp_path))
    run.manifest = manifest  # type: ignore[attr-defined]
    run.env = base_env  # type: ignore[attr-defined]
    return run


def no_secrets(*texts: str) -> None:
    for secret in ALL_SECRETS:
        for text in texts:
            assert secret not in text


def test_version(cli):
    out = cli("--version")
    assert out.returncode == 0 and __version__ in out.stdout


def test_providers_json_lists_every_id_with_fields(cli):
    out = cli("providers", "--json")
    assert out.returncode == 0
    rows = {p["id"]: p for p in json.loads(out.stdout)}
    assert set(rows) == {"gacha", "playfab-facebook", "playfab-xbox", "playfab-email", "playfab-custom", "earth",
                         "appcharge"}
    fb = {f["name"]: f for f in rows["playfab-facebook"]["fields"]}
    assert fb["access_token"]["secret"] and fb["access_token"]["required"] and not fb["create_account"]["secret"]
    assert rows["playfab-xbox"]["testing_only"] is True
    assert {f["name"] for f in rows["appcharge"]["fields"]} >= {"auth_method", "player_code", "signing_key"}


def test_signin_json_shape_and_no_secrets(cli):
    out = cli("signin", "--provider", "gacha", "--field", "email=player@example.com", "--json",
              env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) == {"provider", "player_id", "display_name", "avatar_url", "newly_created", "last_login", "items"}
    assert doc["provider"] == "gacha" and doc["display_name"] == "player@example.com"
    assert doc["items"][0] == {"id": "chest_001", "name": "Dragon Chest",
                               "description": "Contains dragon-themed collectibles", "count": 1}
    no_secrets(out.stdout, out.stderr)


def test_secret_from_stdin_with_dash(cli):
    out = cli("signin", "--provider", "gacha", "--field", "email=player@example.com", "--field", "password=-",
              "--json", stdin=GACHA["password"] + "\n")
    assert out.returncode == 0, out.stderr


def test_secret_on_the_command_line_is_refused_and_not_echoed(cli):
    out = cli("signin", "--provider", "gacha", "--field", "email=player@example.com",
              "--field", f"password={GACHA['password']}")
    assert out.returncode == 2 and "LAUNCHER_FIELD_PASSWORD" in out.stderr
    no_secrets(out.stdout, out.stderr)


def test_wrong_password_exits_3_with_one_line(cli):
    out = cli("signin", "--provider", "gacha", "--field", "email=player@example.com",
              env={"LAUNCHER_FIELD_PASSWORD": "WrongPassword1!"})
    assert out.returncode == 3
    assert out.stderr.strip().count("\n") == 0 and "email or password is incorrect" in out.stderr.lower()
    assert "Traceback" not in out.stderr


def test_unknown_playfab_account_suggests_create_account(cli):
    out = cli("signin", "--provider", "playfab-custom", "--field", "custom_id=nobody-yet-xyz")
    assert out.returncode == 3 and "create_account=true" in out.stderr
    created = cli("signin", "--provider", "playfab-custom", "--field", "custom_id=nobody-yet-xyz",
                  "--field", "create_account=true", "--json")
    assert created.returncode == 0 and json.loads(created.stdout)["newly_created"] is True


def test_server_failure_exits_4(cli, sandbox):
    sandbox.state.inject("/players/sign_in", status=500, body="oops", times=3)
    out = cli("signin", "--provider", "gacha", "--field", "email=player@example.com",
              env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert out.returncode == 4 and "HTTP 500" in out.stderr and "Traceback" not in out.stderr


def test_bad_manifest_exits_5_naming_file_line_and_key(cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(cli.manifest.read_text().replace('title_id = "DEMO1"', 'title_id = "DEMO1"\ncolour = "red"'))
    out = subprocess.run([sys.executable, "-m", "launcher", "providers", "--manifest", str(bad)],
                         check=False, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 5 and "bad.toml" in out.stderr and "colour" in out.stderr
    assert ":" in out.stderr.split("bad.toml", 1)[1][:3]  # file:line


def test_secret_key_in_manifest_is_refused(cli, tmp_path):
    bad = tmp_path / "secret.toml"
    bad.write_text(cli.manifest.read_text().replace('title_id = "DEMO1"', 'title_id = "DEMO1"\nsecret_key = "x"'))
    out = subprocess.run([sys.executable, "-m", "launcher", "providers", "--manifest", str(bad)],
                         check=False, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 5 and "secret" in out.stderr.lower()


def test_usage_errors_exit_2(cli):
    assert cli("signin", "--provider", "nope").returncode == 2
    assert cli("accounts", "switch", "nobody").returncode == 3  # the contract: an id that is not saved is 3
    assert cli("--play").returncode == 2


def test_remember_then_accounts_commands_then_play(cli):
    out = cli("signin", "--provider", "appcharge", "--field", "user_name=mary", "--remember",
              env={"LAUNCHER_FIELD_PASSWORD": APPCHARGE["password"],
                   "LAUNCHER_FIELD_PUBLISHER_TOKEN": APPCHARGE["publisher_token"],
                   "LAUNCHER_FIELD_SIGNING_KEY": APPCHARGE["signing_key"]})
    assert out.returncode == 0, out.stderr
    assert "Saved as account appcharge:986222719" in out.stderr
    listed = json.loads(cli("accounts", "list", "--json").stdout)
    assert [(a["id"], a["is_default"], a["status"]) for a in listed] == [("appcharge:986222719", True, "signed_in")]
    played = cli("--account", "appcharge:986222719", "--play")
    assert played.returncode == 0, played.stderr
    game_log = next(Path(os.environ["LAUNCHER_HOME"]).rglob("demo-game.log")).read_text()
    assert "playing as Mary Littlelamb" in game_log
    signed_out = cli("accounts", "signout", "appcharge:986222719")
    assert signed_out.returncode == 0
    again = cli("--account", "appcharge:986222719", "--play")
    assert again.returncode == 3 and "sign in again" in again.stderr.lower()
    assert cli("accounts", "remove", "appcharge:986222719").returncode == 0
    assert json.loads(cli("accounts", "list", "--json").stdout) == []


def test_remember_without_a_keychain_exits_6(cli):
    out = cli("signin", "--provider", "playfab-custom", "--field", "custom_id=astrid", "--remember",
              env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert out.returncode == 6 and "keychain" in out.stderr.lower()


def test_game_that_fails_to_start_exits_7(cli, tmp_path):
    cli("signin", "--provider", "playfab-custom", "--field", "custom_id=astrid", "--remember")
    broken = tmp_path / "broken.toml"
    broken.write_text(cli.manifest.read_text().replace("demo_game.py", "missing_game.py"))
    out = subprocess.run([sys.executable, "-m", "launcher", "--account", "playfab-custom:", "--play",
                          "--manifest", str(broken)], check=False, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "LAUNCHER_HOME": os.environ["LAUNCHER_HOME"],
                              "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.JsonFileKeyring",
                              "TEST_KEYRING_FILE": str(tmp_path / "keyring.json")})
    assert out.returncode == 7 and "not found" in out.stderr


def test_sandbox_command_prints_its_real_port(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "launcher", "sandbox", "--port", "0"], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("listening on http://127.0.0.1:") and not line.endswith(":0")
        import httpx

        r = httpx.get(line.split("listening on ", 1)[1] + "/avatars/Demo.svg")
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg")
    finally:
        proc.terminate()
        proc.wait(10)


def test_game_exiting_with_an_error_at_once_exits_7_with_its_last_lines(cli, tmp_path):
    assert cli("signin", "--provider", "playfab-custom", "--field", "custom_id=astrid", "--remember").returncode == 0
    crash = tmp_path / "crash.py"
    crash.write_text("import sys\nprint('loading assets')\nsys.stderr.write('FATAL: no GPU found\\n')\nsys.exit(1)\n")
    broken = tmp_path / "crash.toml"
    broken.write_text(cli.manifest.read_text().replace(str(ROOT / "resources" / "demo_game.py"), str(crash)))
    out = subprocess.run([sys.executable, "-m", "launcher", "--account", "playfab-custom:", "--play",
                          "--manifest", str(broken)], check=False, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "LAUNCHER_HOME": os.environ["LAUNCHER_HOME"],
                              "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.JsonFileKeyring",
                              "TEST_KEYRING_FILE": str(tmp_path / "keyring.json")})
    assert out.returncode == 7, out.stderr
    assert out.stderr.count("\n") == 1 and "exit code 1" in out.stderr and "FATAL: no GPU found" in out.stderr
