"""Sign-in review (issue 24), the parts without a window: a refused access token renewed once, extras that fail
told, messages a person can act on, valid JSON:API with honest chest counts, Appcharge's reasons for testers,
Facebook codes that renew themselves. Everything over real loopback HTTP against the sandbox."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from launcher import manifest as manifest_mod
from launcher.controller import Controller
from launcher.outcomes import AccountGone, KeychainError, SessionExpired, TimeoutError_
from launcher.providers import look_alike_warnings, manifest_warnings
from launcher.providers.base import DeviceCode
from launcher.steps import facebook_device
from launcher.steps.jsonapi import chest_items, parse_player
from tests.support.jsonschema_lite import validate

from .conftest import APPCHARGE, GACHA, make_core, run

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "jsonapi" / "schema-1.0.json").read_text())
ME = "/gacha/api/v1/players/me"
REFRESH = "/gacha/api/v1/players/refresh_token"
STATUS = "/facebook/v2.6/device/login_status"
EXPIRED = json.dumps({"error": {"message": "The session has expired", "code": 463, "error_subcode": 1349152,
                                "type": "OAuthException"}})


def env_manifest(sandbox: Any, tmp_path: Path, extra: str = "") -> manifest_mod.Manifest:
    """The demo manifest with live and dev environments; dev's account service is a closed port."""
    text = manifest_mod.DEMO_MANIFEST.read_text().replace('icon = "icons/demo-game.svg"', "")
    text += ('\n[environments]\ndefault = "live"\n[environments.live]\n'
             '[environments.dev.services]\ngacha = "http://127.0.0.1:9/gacha"\n' + extra)
    path = tmp_path / "manifest.toml"
    path.write_text(text)
    return manifest_mod.load(path).with_services(sandbox.service_urls())


# --- 4: a 401 on players/me before the access token's time: the refresh token is tried once --------------------
def test_an_access_token_revoked_early_is_renewed_once_with_the_refresh_token(manifest, accounts, sandbox):
    async def go() -> tuple[Any, Any]:
        async with make_core(manifest, accounts) as core:
            account = core.remember(await core.sign_in("gacha", GACHA))
            sandbox.state.clear()
            sandbox.state.tokens["gacha_access"].clear()  # the backend revoked every access token early
            session = await core.resume(account.id)
            return session, core.accounts.session(core.accounts.find(account.id))
    session, saved = run(go())
    assert [i.name for i in session.profile.items] == ["Dragon Chest", "Frost Chest", "Starter Chest"]
    assert len(sandbox.state.received(ME)) == 1 and len(sandbox.state.received(REFRESH)) == 1
    assert saved.tokens["access_token"] == session.tokens["access_token"]  # the renewed token is kept
    subject, expired = sandbox.state.check("gacha_access", saved.tokens["access_token"])
    assert subject and not expired


def test_a_refused_refresh_then_ends_the_session(manifest, accounts, sandbox):
    async def go() -> None:
        async with make_core(manifest, accounts) as core:
            session = await core.sign_in("gacha", GACHA)
            sandbox.state.tokens["gacha_access"].clear()
            sandbox.state.tokens["gacha_refresh"].clear()
            with pytest.raises(SessionExpired):
                await core.load_profile(session)
    run(go())
    assert len(sandbox.state.received(REFRESH)) == 1  # once, not in a loop


# --- 9: a game profile that failed is told, and the sign-in stands ----------------------------------------------
def test_earth_without_its_game_profile_says_the_level_is_not_shown(manifest, accounts, sandbox):
    astrid = "50DF92E291CCD4C3"  # her PlayFabId: the game profile is /player/profile/{PlayFabId}
    sandbox.state.inject(f"/api/v1.1/player/profile/{astrid}", status=500, body="", times=5)

    async def go() -> tuple[Any, Controller]:
        controller = Controller(make_core(manifest, accounts), open_browser=lambda url: None, tester=True)
        try:
            return await controller.sign_in("earth", {"via": "playfab-custom", "custom_id": "astrid"}), controller
        finally:
            await controller.close()
    session, controller = run(go())
    assert session is not None and controller.error == ""
    assert "The game's servers didn't answer; your level isn't shown." in controller.notices


def test_opening_a_saved_earth_account_without_its_game_profile_says_so_too(manifest, accounts, sandbox):
    astrid = "50DF92E291CCD4C3"

    async def go() -> Controller:
        controller = Controller(make_core(manifest, accounts), open_browser=lambda url: None, tester=True)
        try:
            session = await controller.sign_in("earth", {"via": "playfab-custom", "custom_id": "astrid"})
            assert session is not None
            controller.notices.clear()
            sandbox.state.inject(f"/api/v1.1/player/profile/{astrid}", status=500, body="", times=5)
            controller.session = controller.profile = None
            shown = await controller.switch(controller.current_id or "", quietly=True)
            assert shown is not None
            return controller
        finally:
            await controller.close()
    controller = run(go())
    assert "The game's servers didn't answer; your level isn't shown." in controller.notices


# --- 13: a banned account's message, once -----------------------------------------------------------------------
def test_the_banned_message_is_said_once(manifest, sandbox):
    async def go() -> None:
        async with make_core(manifest) as core:
            await core.sign_in("gacha", {"email": "banned@example.com", "password": "Cheater123!"})
    with pytest.raises(AccountGone) as err:
        run(go())
    assert err.value.message == "This account has been suspended."


# --- 14 and 21: the network down, in a player's and a tester's words ---------------------------------------------
def _sign_in_unreachable(manifest: manifest_mod.Manifest, accounts: Any, *, tester: bool, first: bool = False
                         ) -> Controller:
    async def go() -> Controller:
        controller = Controller(make_core(manifest, accounts, attempts=1), open_browser=lambda u: None,
                                tester=tester)
        try:
            if first:
                assert await controller.sign_in("playfab-custom", {"custom_id": "astrid"}) is not None
            if controller.tester:
                controller.set_environment("dev")
            else:
                controller.core.manifest = controller.core.manifest.with_services(
                    {"gacha": "http://127.0.0.1:9/gacha"})
            await controller.sign_in("gacha", GACHA)
            return controller
        finally:
            await controller.close()
    return run(go())


def test_network_down_says_check_your_connection_first_and_accounts_kept_only_with_accounts(
        sandbox, accounts, tmp_path):
    manifest = env_manifest(sandbox, tmp_path)
    alone = _sign_in_unreachable(manifest, accounts, tester=False)
    assert alone.error.startswith("Check your internet connection.")
    assert "accounts are kept" not in alone.error and "127.0.0.1" not in alone.error  # a player: no host
    kept = _sign_in_unreachable(manifest, accounts, tester=False, first=True)
    assert kept.error.startswith("Check your internet connection.") and "Your accounts are kept." in kept.error


def test_a_testers_network_error_names_the_environment_and_the_host(sandbox, accounts, tmp_path):
    controller = _sign_in_unreachable(env_manifest(sandbox, tmp_path), accounts, tester=True)
    assert "dev — 127.0.0.1:9: connection refused" in controller.error


# --- 17: two methods asking for the same fields -------------------------------------------------------------------
def test_two_methods_asking_the_same_fields_are_warned_about_unless_labelled_apart(sandbox, tmp_path):
    import re

    plain = re.sub(r'(?m)^label = \{ en = "Studio account".*\n', "", manifest_mod.DEMO_MANIFEST.read_text())
    path = tmp_path / "manifest.toml"
    path.write_text(plain.replace('icon = "icons/demo-game.svg"', ""))
    [warning] = manifest_warnings(manifest_mod.load(path))
    assert "gacha and playfab-email" in warning and "email and password" in warning and "label" in warning
    assert manifest_warnings(manifest_mod.load(manifest_mod.DEMO_MANIFEST)) == []  # "Studio account" tells apart
    same = {"gacha": {"label": "Account"}, "playfab-email": {"label": "account"}}
    assert look_alike_warnings(["gacha", "playfab-email"], same)
    assert look_alike_warnings(["gacha", "playfab-email"], {}, testing=["playfab-email"]) == []


# --- 26: a keychain error in words ----------------------------------------------------------------------------------
def test_a_missing_keychain_item_reads_signed_out_never_an_exception_class(manifest, accounts, memory_keyring,
                                                                           sandbox):
    class ItemNotFoundException(Exception):  # secretstorage's name, as a keychain reports it
        pass

    async def go() -> None:
        async with make_core(manifest, accounts) as core:
            account = core.remember(await core.sign_in("playfab-custom", {"custom_id": "astrid"}))
            memory_keyring.fail_with = ItemNotFoundException("No such item")
            with pytest.raises(SessionExpired) as err:  # the item is gone: signed out, as the keychain says
                await core.resume(account.id)
            assert "ItemNotFoundException" not in err.value.message
            assert "signed out" in err.value.message and "sign in again" in err.value.message
    run(go())


def test_other_keychain_errors_never_show_a_class_name_either():
    error = KeychainError("The system keychain reported an error (DBusException).")
    assert error.message == "The system keychain reported an error; the details are in the log."


# --- 27: JSON:API as the specification has it ---------------------------------------------------------------------
def _sandbox_documents(manifest: manifest_mod.Manifest, sandbox: Any) -> list[tuple[str, Any]]:
    base = manifest.settings.services["gacha"] + "/api/v1/players"
    media = "application/vnd.api+json"
    sign_in = {"data": {"type": "player", "attributes": GACHA, "relationships": {}}}
    out: list[tuple[str, Any]] = []

    def keep(name: str, reply: httpx.Response) -> httpx.Response:
        out.append((f"{name} (HTTP {reply.status_code})", reply.json()))
        return reply

    with httpx.Client(headers={"Content-Type": media, "Accept": media}) as web:
        for include in ("?include=chests", ""):
            signed = keep("sign_in", web.post(f"{base}/sign_in{include}", json=sign_in)).json()
            keep("refresh_token", web.post(f"{base}/refresh_token{include}", json={"data": {
                "type": "player", "attributes": {"refresh_token": signed["meta"]["refresh_token"]},
                "relationships": {}}}))
            keep("me", web.get(f"{base}/me{include}",
                               headers={"Authorization": f"Bearer {signed['meta']['access_token']}"}))
        newbie = {"data": {"type": "player", "attributes": {"email": "newbie@example.com",
                                                            "password": "FirstDay2024!"}}}
        keep("sign_in, no chests", web.post(f"{base}/sign_in?include=chests", json=newbie))
        keep("wrong password", web.post(f"{base}/sign_in", json={"data": {"type": "player", "attributes": {
            "email": "player@example.com", "password": "x"}}}))
        keep("banned", web.post(f"{base}/sign_in", json={"data": {"type": "player", "attributes": {
            "email": "banned@example.com", "password": "Cheater123!"}}}))
        keep("blank", web.post(f"{base}/sign_in", json={"data": {"type": "player", "attributes": {}}}))
        keep("wrong type", web.post(f"{base}/sign_in", json={"data": {"type": "user", "attributes": {}}}))
        keep("bad include", web.post(f"{base}/sign_in?include=gems", json=sign_in))
        keep("media type", web.post(f"{base}/sign_in", json=sign_in,
                                    headers={"Content-Type": f"{media}; charset=utf-8"}))
        keep("accept", web.post(f"{base}/sign_in", json=sign_in, headers={"Accept": f"{media}; q=0.5"}))
        keep("no token", web.get(f"{base}/me"))
        keep("bad refresh", web.post(f"{base}/refresh_token", json={"data": {
            "type": "player", "attributes": {"refresh_token": "grt_nothing"}}}))
    return out


def test_every_sandbox_json_api_document_is_valid_against_the_official_schema(manifest, sandbox):
    documents = _sandbox_documents(manifest, sandbox)
    assert len(documents) == 16
    for name, doc in documents:
        assert validate(doc, SCHEMA) == [], name
    signed = documents[0][1]
    linkage = signed["data"]["relationships"]["chests"]["data"]
    assert len({ref["id"] for ref in linkage}) == len(linkage)  # no repeated linkage
    assert {ref["id"]: ref["meta"]["count"] for ref in linkage} == {"chest_001": 1, "chest_002": 1, "chest_003": 2}


def test_the_schema_check_itself_refuses_what_the_schema_refuses():
    player = {"type": "player", "id": "p"}
    chest = {"type": "chest", "id": "c", "attributes": {"name": "Dragon Chest"}}
    assert validate({"data": player, "included": [chest, chest]}, SCHEMA)  # included: uniqueItems
    assert validate({"included": [chest]}, SCHEMA)  # included without data
    assert validate({"data": player, "errors": [{"status": "401"}]}, SCHEMA)
    assert validate({"data": {**player, "attributes": {"id": "x"}}}, SCHEMA)
    assert validate({"data": {**player, "relationships": {"chests": {"data": [{"type": "chest"}]}}}}, SCHEMA)
    # Since json-api/json-api fae1d42 ("Allow for parallel relationships", 2022) the 1.0 schema lets a to-many
    # linkage name a resource twice; nothing gives a repeat the meaning "one more": counts never come from it.
    twice = {"data": {**player, "relationships": {"chests": {"data": [{"type": "chest", "id": "c"}] * 2}}}}
    assert validate(twice, SCHEMA) == []
    assert [i.count for i in parse_player(twice).items] == [1]


def test_chest_counts_come_from_meta_or_an_attribute_never_from_repeated_ids(manifest, sandbox):
    included = {("chest", "a"): {"name": "Dragon Chest"}, ("chest", "b"): {"name": "Frost Chest", "count": 4},
                ("chest", "c"): {"name": "Gold Chest", "quantity": 2}}
    items = chest_items([{"type": "chest", "id": "a"}, {"type": "chest", "id": "a"},
                         {"type": "chest", "id": "b"}, {"type": "chest", "id": "c", "meta": {"count": 7}}], included)
    assert [(i.name, i.count) for i in items] == [("Dragon Chest", 1), ("Frost Chest", 4), ("Gold Chest", 7)]
    session = run(_signed(manifest))
    assert [(i.name, i.count) for i in session.profile.items] == [("Dragon Chest", 1), ("Frost Chest", 1),
                                                                  ("Starter Chest", 2)]


async def _signed(manifest: manifest_mod.Manifest) -> Any:
    async with make_core(manifest) as core:
        return await core.sign_in("gacha", GACHA)


def test_one_resource_per_chest_held_is_grouped_by_name():
    doc = {"data": {"type": "player", "id": "p", "relationships": {"chests": {"data": [
        {"type": "chest", "id": "i1"}, {"type": "chest", "id": "i2"}, {"type": "chest", "id": "i3"}]}}},
        "included": [{"type": "chest", "id": "i1", "attributes": {"name": "Starter Chest", "description": "x"}},
                     {"type": "chest", "id": "i2", "attributes": {"name": "Dragon Chest"}},
                     {"type": "chest", "id": "i3", "attributes": {"name": "Starter Chest", "description": "x"}}]}
    assert validate(doc, SCHEMA) == []
    profile = parse_player(doc)
    assert [(i.name, i.count) for i in profile.items] == [("Starter Chest", 2), ("Dragon Chest", 1)]


# --- 28: Appcharge's {"error": ...} for a tester -----------------------------------------------------------------
def _appcharge_refused(manifest: manifest_mod.Manifest, accounts: Any, *, tester: bool) -> str:
    async def go() -> str:
        controller = Controller(make_core(manifest, accounts), open_browser=lambda u: None, tester=tester)
        try:
            await controller.sign_in("appcharge", APPCHARGE)
            return controller.error
        finally:
            await controller.close()
    return run(go())


def test_appcharge_error_object_reason_is_shown_to_testers_only(manifest, accounts, sandbox):
    reason = "userName must be an email address"
    for tester in (True, False):
        sandbox.state.inject("/appcharge/authenticate", status=400, body=json.dumps({"error": reason}))
        shown = _appcharge_refused(manifest, accounts, tester=tester)
        assert shown.startswith("The sign-in was refused.")
        assert (reason in shown) is tester


# --- 29: a Facebook code that expires is replaced by a new one -----------------------------------------------------
def _device_sign_in(manifest: manifest_mod.Manifest, accounts: Any, sandbox: Any,
                    approve_nth: int) -> tuple[Any, Any]:
    async def go() -> tuple[Any, Any]:
        codes: list[DeviceCode] = []
        approving: list[asyncio.Future[None]] = []
        controller = Controller(make_core(manifest, accounts), open_browser=lambda url: None)
        original = controller.show_code

        def show(code: DeviceCode) -> object:
            codes.append(code)
            if len(codes) == approve_nth:
                approving.append(asyncio.ensure_future(_approve(code)))
            return original(code)

        controller.show_code = show  # type: ignore[method-assign]
        try:
            session = await asyncio.wait_for(controller.external_sign_in("playfab-facebook", {}), 20)
            return session, (controller, codes)
        finally:
            await controller.close()
    return run(go())


async def _approve(code: DeviceCode) -> None:
    async with httpx.AsyncClient() as web:
        await web.post(code.verification_uri, data={"user_code": code.user_code, "user": "EAADemoBjornFacebookToken"})


def test_an_expired_facebook_code_is_replaced_by_a_new_one_by_itself(manifest, accounts, sandbox):
    sandbox.state.settings["facebook_device_interval"] = 1
    sandbox.state.inject(STATUS, status=400, body=EXPIRED, times=1)
    session, (controller, codes) = _device_sign_in(manifest, accounts, sandbox, approve_nth=2)
    assert session is not None and session.display_name == "Bjorn Ironside" and controller.error == ""
    assert len(codes) == 2 and codes[0].user_code != codes[1].user_code
    assert codes[1].waiting == "Waiting for you to confirm on Facebook…"


def test_renewals_are_bounded_in_number_and_by_the_overall_deadline(manifest, sandbox):
    shown: list[str] = []

    async def go(**limits: Any) -> None:
        async with make_core(manifest) as core:
            await facebook_device.obtain_token(core.context(), lambda code, *_: shown.append(code),
                                               sleep=lambda s: asyncio.sleep(0), **limits)
    sandbox.state.inject(STATUS, status=400, body=EXPIRED, times=50)
    with pytest.raises(TimeoutError_, match="expired"):
        run(go(renewals=2))
    assert len(shown) == 3  # the first code and two new ones, then it stops
    shown.clear()
    with pytest.raises(TimeoutError_, match="expired"):
        run(go(renewals=10, overall_s=0.0))
    assert len(shown) == 1  # no time left for a renewal
    sandbox.state.clear()
