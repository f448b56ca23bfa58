"""Player mode and tester mode, environments and provisioned studio secrets, without Qt (issue 16's core):
the controller's methods, the manifest's tables and the `secrets`/`--env` commands."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from launcher import providers
from launcher.controller import Controller
from launcher.manifest import load
from launcher.outcomes import ManifestError, UsageError
from tests.support.manifests import demo_manifest_text

from .conftest import GACHA, XBOX, make_core, run
from .test_cli import cli  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = '''
[environments]
default = "live"

[environments.live]

[environments.staging.playfab]
title_id = "DEMO1"

[environments.dev.services]
gacha = "http://127.0.0.1:9/gacha"
'''
TEXTS = '''
[testing]
enabled = false

[providers.gacha]
label = "Quest account"
description = "The account you made on questgame.example."

[links]
"Patch notes" = "https://questgame.example/patch"
"Community" = "https://forum.questgame.example"
'''


def manifest_with(sandbox, tmp_path, extra: str):
    text = demo_manifest_text()
    path = tmp_path / "game.toml"
    path.write_text(text + extra)
    return load(path).with_services(sandbox.service_urls())


def drive(manifest, accounts, script, **kwargs):
    async def go():
        c = Controller(make_core(manifest, accounts), **kwargs)
        try:
            return await script(c)
        finally:
            await c.close()
    return asyncio.run(go())


def test_player_mode_shows_player_methods_in_player_words(manifest, accounts, sandbox, tmp_path):
    m = manifest_with(sandbox, tmp_path, TEXTS)

    async def script(c):
        return c.methods(), c
    methods, c = drive(m, accounts, script)
    ids = [p.id for p in methods]
    assert "playfab-xbox" not in ids and "playfab-custom" not in ids and "appcharge" not in ids
    gacha = providers.get("gacha")
    assert c.label_of(gacha) == "Quest account" and "questgame.example" in c.description_of(gacha)
    assert m.news == [("Patch notes", "https://questgame.example/patch"),
                      ("Community", "https://forum.questgame.example")]
    earth_fields = {f.name: f for f in providers.get("earth").form_fields(tester=False)}
    assert set(earth_fields["via"].choices) == {"playfab-facebook", "playfab-email"}
    assert "secret_key" not in earth_fields and "custom_id" not in earth_fields
    assert "access_token" not in {f.name for f in providers.get("playfab-facebook").form_fields(tester=False)}


def test_tester_mode_lists_every_method_testing_tools_last(manifest, accounts):
    async def script(c):
        return [c.is_testing(p) for p in c.methods()]
    flags = drive(manifest, accounts, script, tester=True)
    assert len(flags) == 7 and flags == sorted(flags) and flags[-1]


def test_the_manifest_can_make_tester_mode_the_default(manifest, accounts, sandbox, tmp_path):
    m = manifest_with(sandbox, tmp_path, "\n[testing]\nenabled = true\n")

    async def script(c):
        return c.tester
    assert drive(m, accounts, script) is True


def test_environments_are_named_switched_and_recorded_on_each_account(manifest, accounts, sandbox, tmp_path):
    m = manifest_with(sandbox, tmp_path, ENVIRONMENTS)
    assert m.environments == ("live", "staging", "dev") and m.environment == "live"

    async def script(c):
        with pytest.raises(UsageError, match="tester mode"):
            c.set_environment("staging")
        c.set_tester(True)
        c.set_environment("staging")
        await c.sign_in("gacha", GACHA)
        c.set_environment("dev")
        failed = await c.sign_in("gacha", GACHA)  # dev's gacha URL points at a closed port
        return c, failed
    c, failed = drive(m, accounts, script)
    assert failed is None and c.error
    [account] = c.accounts
    assert c.account_environment(account) == "staging" and "@staging:" in account.id


def test_a_saved_account_refreshes_in_its_own_environment(manifest, accounts, sandbox, tmp_path):
    m = manifest_with(sandbox, tmp_path, ENVIRONMENTS)

    async def script(c):
        c.set_tester(True)
        c.set_environment("staging")
        await c.sign_in("gacha", GACHA)
        c.set_environment("dev")  # the current environment is another one now
        return await c.switch(c.accounts[0].id)
    session = drive(m, accounts, script)
    assert session is not None and session.data["environment"] == "staging"


@pytest.mark.parametrize("broken, message", [
    ('[environments.Bad]\n', "lower-case"),
    ('[environments.qa.colours]\nx = "1"\n', "unknown table"),
    ('[environments.qa.services]\ngacha = "ftp://x"\n', "not an http"),
    ('[environments]\ndefault = "nope"\n[environments.qa]\n', "not one of the environments"),
    ('[providers.nobody]\nlabel = "x"\n', "unknown provider"),
    ('[providers.gacha]\nlabel = 3\n', "must be a str"),
    ('[links]\n"Site" = "javascript:alert(1)"\n', "not an http"),
    ('[environments.qa.playfab]\nsecret_key = "x"\n', "secrets never go in the manifest"),
])
def test_broken_new_tables_name_file_line_and_key(tmp_path, broken, message):
    text = demo_manifest_text()
    path = tmp_path / "game.toml"
    path.write_text(text + "\n" + broken)
    with pytest.raises(ManifestError, match=message):
        load(path)


def test_a_provisioned_secret_is_used_and_never_asked_of_a_player(manifest, accounts, memory_keyring):
    async def script(c):
        c.set_tester(True)
        assert c.missing_setup("playfab-xbox") == []  # a tester may type it
        c.set_tester(False)
        missing = c.missing_setup("playfab-xbox")
        session = await c.sign_in("playfab-xbox", XBOX, provision=True)  # a tester's form, "remember" ticked
        after = c.missing_setup("playfab-xbox"), c.provisioned("playfab-xbox")
        without_key = {k: v for k, v in XBOX.items() if k != "secret_key"}
        again = await c.sign_in("playfab-xbox", without_key)
        return missing, session, after, again
    missing, session, (missing_after, kept), again = drive(manifest, accounts, script)
    assert missing == ["Title secret key"] and session is not None
    assert missing_after == [] and kept == {"secret_key"}
    assert again is not None and again.player_id == session.player_id
    stored = [v for (service, _), v in memory_keyring.entries.items() if "provisioned" in service]
    assert any(XBOX["secret_key"] in v for v in stored)


def test_secrets_commands_keep_list_and_remove_without_ever_printing_a_value(cli):  # noqa: F811
    secret = XBOX["secret_key"]
    m = str(cli.manifest)
    put = cli("secrets", "set", "secret_key", "--manifest", m, stdin=secret + "\n")
    assert put.returncode == 0, put.stderr
    listed = cli("secrets", "list", "--manifest", m, "--json")
    assert json.loads(listed.stdout) == {"environment": "", "names": ["secret_key"]}
    signin = cli("signin", "--provider", "playfab-xbox", "--field", "xbox_id=12344553", "--json")
    assert signin.returncode == 0, signin.stderr
    assert json.loads(signin.stdout)["player_id"] == "50DF92E291CCD4C3"
    gone = cli("secrets", "remove", "secret_key", "--manifest", m)
    assert gone.returncode == 0 and "Removed" in gone.stderr
    for out in (put, listed, signin, gone):
        assert secret not in out.stdout + out.stderr
    unknown = cli("secrets", "set", "password", "--manifest", m, stdin="x\n")
    assert unknown.returncode == 2 and "secret_key" in unknown.stderr
    assert cli("secrets", "set", "secret_key", "x", "--manifest", m).returncode == 2  # never from argv


def test_accounts_list_json_names_the_environment(cli):  # noqa: F811
    assert cli("signin", "--provider", "gacha", "--field", f"email={GACHA['email']}", "--remember",
               env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]}).returncode == 0
    [row] = json.loads(cli("accounts", "list", "--json").stdout)
    assert row["environment"] == ""
    bad = cli("signin", "--provider", "gacha", "--env", "nowhere", "--field", "email=a@b.c",
              env={"LAUNCHER_FIELD_PASSWORD": "x"})
    assert bad.returncode == 2 and "no environment 'nowhere'" in bad.stderr


def test_a_tester_points_the_cli_at_a_server_signs_in_and_plays_after_the_token_expired(cli, sandbox):  # noqa: F811
    """The real backend's access token lasts an hour; `--play` later refreshes it at the documented route."""
    sandbox.state.settings["gacha_expires_in"] = 1  # already inside the refresh margin when --play runs
    out = cli("signin", "--provider", "gacha", "--base-url", f"gacha={sandbox.service_urls()['gacha']}",
              "--field", f"email={GACHA['email']}",
              "--remember", env={"LAUNCHER_FIELD_PASSWORD": GACHA["password"]})
    assert out.returncode == 0, out.stderr
    sandbox.state.clear()
    played = cli("--account", "gacha", "--play")
    assert played.returncode == 0, played.stderr
    assert sandbox.state.received("/gacha/api/v1/players/refresh_token")
    listed = json.loads(cli("accounts", "list", "--json").stdout)
    assert listed[0]["status"] == "signed_in" and listed[0]["label"] == GACHA["email"]


def test_custom_id_accounts_are_named_by_player_and_masked_id(manifest, accounts):
    async def script(c):
        await c.sign_in("playfab-custom", {"custom_id": "astrid"})
        return c.accounts[0].label
    label = drive(manifest, accounts, script)
    assert label == "Astrid Stormborn (as…)" and "astrid" not in label


def test_manifest_before_the_command_is_the_manifest_used(cli, tmp_path):  # noqa: F811
    missing = str(tmp_path / "nowhere.toml")
    for argv in (("--manifest", missing, "providers"), ("providers", "--manifest", missing)):
        out = cli(*argv)
        assert out.returncode == 5 and "does not exist" in out.stderr, argv


def test_an_environment_called_default_is_an_environment(manifest, sandbox, tmp_path):
    m = manifest_with(sandbox, tmp_path, '\n[environments.default.playfab]\ntitle_id = "DEMO1"\n[environments.qa]\n')
    assert m.environments == ("default", "qa") and m.environment == "default"


def test_a_base_url_on_the_command_line_wins_over_the_environments_own(sandbox, tmp_path):
    text = demo_manifest_text()
    path = tmp_path / "game.toml"
    path.write_text(text + '\n[environments.staging.services]\ngacha = "http://localhost:1/gacha"\n')
    m = load(path).for_environment("staging").with_services({"gacha": sandbox.service_url("gacha")})
    assert m.settings.services["gacha"] == sandbox.service_url("gacha") and m.environment == "staging"


def test_secrets_of_two_games_never_meet_whatever_their_names(memory_keyring):
    from launcher.accounts import open_accounts
    from launcher.provisioned import Provisioned

    vault = open_accounts().vault
    dragon, hero = Provisioned(vault, "ドラゴン"), Provisioned(vault, "勇者")
    dragon.set("secret_key", "", "DRAGON-KEY-123456")
    assert hero.get("secret_key", "") is None and hero.names("") == []
    assert Provisioned(vault, "DEMO  QUEST!!").service != Provisioned(vault, "Demo Quest").service
    dragon.set("secret_key", "live", "LIVE-KEY-987654")
    assert dragon.get("secret_key", "") == "DRAGON-KEY-123456"


def test_a_value_typed_on_argv_is_never_echoed(cli):  # noqa: F811
    secret = "TYPED-ON-ARGV-5f5f5f"
    for argv in (("secrets", "set", "secret_key", secret), ("secrets", "set", f"secret_key={secret}"),
                 ("signin", "--provider", "gacha", secret)):
        out = cli(*argv)
        assert out.returncode == 2 and secret not in out.stderr + out.stdout, argv


def test_secrets_set_takes_exactly_one_line(cli):  # noqa: F811
    out = cli("secrets", "set", "signing_key", "--manifest", str(cli.manifest), stdin="first\nsecond\n")
    assert out.returncode == 2 and "one line" in out.stderr


def test_a_player_signing_in_with_facebook_for_the_first_time_gets_an_account(manifest, accounts, sandbox):
    """Testers see "Create an account if none is linked" (unticked: the CLI's default too); a player never sees it,
    and a new Facebook player gets an account instead of "no game account is linked"."""
    facebook = providers.get("playfab-facebook")
    assert "create_account" in [f.name for f in facebook.form_fields(tester=True)]
    assert "create_account" not in [f.name for f in facebook.form_fields(tester=False)]

    import uuid

    token = f"EAATestFirstTimer{uuid.uuid4().hex}"  # a Facebook user no other test has signed in with
    sandbox.state.data["playfab"]["facebook_tokens"][token] = {"id": f"fb-{uuid.uuid4().hex[:12]}",
                                                                "name": "Freya Newcomer"}

    async def as_(tester: bool):
        c = Controller(make_core(manifest, accounts), tester=tester)
        try:
            return await c.sign_in("playfab-facebook", {"access_token": token}), c.error
        finally:
            await c.close()
    session, error = run(as_(tester=True))
    assert session is None and "linked" in error.lower()  # a tester's unticked box is respected
    session, error = run(as_(tester=False))
    assert session is not None and session.profile.display_name == "Freya Newcomer", error


def test_a_player_is_not_shown_a_default_account_of_another_environment_and_a_testers_env_holds(
        sandbox, tmp_path, accounts):
    manifest = manifest_with(sandbox, tmp_path, ENVIRONMENTS)

    async def sign_in_on_staging(c):
        c.set_environment("staging")
        return await c.sign_in("playfab-custom", {"custom_id": "astrid"})
    assert drive(manifest, accounts, sign_in_on_staging, tester=True) is not None  # now the default account

    async def start(c):
        await c.start()
        return c.current_id, c.profile, c.environment
    current, profile, _ = drive(manifest, accounts, start, tester=False)
    assert current is None and profile is None  # a player on live: the sign-in choices, not a staging account
    current, profile, env = drive(manifest.for_environment("live"), accounts, start, tester=True)
    assert current is not None and env == "live"  # a tester sees it, and stays where --env put them


def test_leaving_tester_mode_never_keeps_an_account_of_another_environment_on_screen(sandbox, tmp_path, accounts):
    manifest = manifest_with(sandbox, tmp_path, ENVIRONMENTS)

    async def script(c):
        c.set_environment("staging")
        await c.sign_in("playfab-custom", {"custom_id": "astrid"})
        shown = c.profile is not None
        c.set_tester(False)  # back to what a player sees: live
        return shown, c.environment, c.profile, c.can_play
    shown, env, profile, can_play = drive(manifest, accounts, script, tester=True)
    assert shown and env == "live" and profile is None and not can_play
