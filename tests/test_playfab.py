"""PlayFab logins (Facebook, Xbox, email, custom id) over real HTTP against the sandbox."""

from __future__ import annotations

import json

import pytest

from launcher import __version__
from launcher.models import utcnow
from launcher.outcomes import (
    AccountGone,
    AccountNotFound,
    ClientConfigError,
    InvalidCredentials,
    Outcome,
    ProtocolError,
    RateLimited,
    ServerUnavailable,
    SessionExpired,
    TimeoutError_,
)
from launcher.steps.playfab import ERRORS, info_request

from .conftest import ASTRID_FB, CUSTOM, PF_EMAIL, XBOX, make_core, run, sign_in

FB = "/playfab/Client/LoginWithFacebook"
XB = "/playfab/Server/LoginWithXboxId"
EM = "/playfab/Client/LoginWithEmailAddress"
CU = "/playfab/Client/LoginWithCustomID"
ALL_FLAGS = ("GetUserAccountInfo", "GetUserInventory", "GetUserVirtualCurrency", "GetUserData",
             "GetUserReadOnlyData", "GetCharacterInventories", "GetCharacterList", "GetTitleData",
             "GetPlayerStatistics", "GetPlayerProfile")


def envelope(http: int, error: str, code: int, **extra) -> dict:
    return dict(status=http, body=json.dumps({"code": http, "status": "BadRequest", "error": error,
                                               "errorCode": code, "errorMessage": "server text", **extra}))


def test_facebook_login_request_and_profile(manifest, sandbox):
    session = run(sign_in(manifest, "playfab-facebook", ASTRID_FB))
    [req] = sandbox.state.received(FB)
    body = req.json()
    assert body["AccessToken"] == ASTRID_FB["access_token"] and body["TitleId"] == "DEMO1"
    assert body["CreateAccount"] is False
    assert all(isinstance(body["InfoRequestParameters"][f], bool) for f in ALL_FLAGS)
    assert req.headers["content-type"] == "application/json" and "x-authorization" not in req.headers
    p = session.profile
    assert (p.player_id, p.display_name, p.newly_created) == ("50DF92E291CCD4C3", "Astrid Stormborn", False)
    assert p.avatar_url.endswith("/avatars/Astrid%20Stormborn.svg")
    assert {i.name: i.count for i in p.items} == {"Dragon Chest": 2, "Golden Chest": 1, "Pirate Chest": 2,
                                                  "Mystery Chest": 3}
    assert p.last_login is not None and p.last_login <= utcnow()  # the previous login, as PlayFab reports it
    assert session.tokens["session_ticket"].startswith("50DF92E291CCD4C3-")
    assert "entity_token" in session.tokens and "entity_token" in session.expires


def test_xbox_sends_secret_key_header_only(manifest, sandbox):
    session = run(sign_in(manifest, "playfab-xbox", XBOX))
    [req] = sandbox.state.received(XB)
    assert req.headers["x-secretkey"] == XBOX["secret_key"]
    assert req.json() | {"InfoRequestParameters": None} == {"XboxId": "12344553", "Sandbox": "RETAIL",
                                                            "CreateAccount": False, "InfoRequestParameters": None}
    assert session.player_id == "50DF92E291CCD4C3"


def test_email_and_custom_id_bodies(manifest, sandbox):
    run(sign_in(manifest, "playfab-email", PF_EMAIL))
    run(sign_in(manifest, "playfab-custom", CUSTOM))
    em = sandbox.state.received(EM)[0].json()
    cu = sandbox.state.received(CU)[0].json()
    assert (em["Email"], em["Password"], em["TitleId"]) == (PF_EMAIL["email"], PF_EMAIL["password"], "DEMO1")
    assert (cu["CustomId"], cu["CreateAccount"], cu["TitleId"]) == ("astrid", False, "DEMO1")
    # The demo manifest lists the fields its title allows: the display name and the avatar.
    assert em["InfoRequestParameters"] == cu["InfoRequestParameters"] == info_request(("DisplayName", "AvatarUrl"))


def test_by_default_only_the_display_name_is_asked_for(manifest, sandbox):
    """A title with default Client Profile Options shows clients the display name only; asking for more is 1303."""
    manifest.settings.options["playfab"].pop("profile_fields")
    sandbox.state.settings["playfab_client_profile_options"] = ["DisplayName"]
    session = run(sign_in(manifest, "playfab-custom", CUSTOM))
    [req] = sandbox.state.received(CU)
    assert req.json()["InfoRequestParameters"]["ProfileConstraints"] == {"ShowDisplayName": True}
    assert session.profile.display_name == "Astrid Stormborn"  # (the avatar still comes in AccountInfo.TitleInfo)


@pytest.mark.parametrize("provider, values, path", [("playfab-custom", CUSTOM, CU), ("playfab-facebook", ASTRID_FB, FB),
                                                    ("playfab-email", PF_EMAIL, EM), ("playfab-xbox", XBOX, XB)])
def test_a_title_refusing_the_listed_fields_still_signs_in_with_the_display_name(manifest, sandbox, provider,
                                                                                 values, path):
    sandbox.state.settings["playfab_client_profile_options"] = ["DisplayName"]  # the manifest asks for AvatarUrl too
    session = run(sign_in(manifest, provider, values))
    asked = [r.json()["InfoRequestParameters"]["ProfileConstraints"] for r in sandbox.state.received(path)]
    assert asked == [{"ShowDisplayName": True, "ShowAvatarUrl": True}, {"ShowDisplayName": True}]
    assert session.profile.display_name == "Astrid Stormborn"


def test_requests_name_the_launcher_as_the_sdk(manifest, sandbox):
    run(sign_in(manifest, "playfab-custom", CUSTOM))
    [req] = sandbox.state.received(CU)
    assert req.headers["x-playfabsdk"] == f"GameLauncher-{__version__}"
    assert "x-reporterrorassuccess" not in req.headers


def test_an_error_reported_as_success_is_still_an_error(manifest, sandbox):
    """Behind X-ReportErrorAsSuccess PlayFab answers errors with HTTP 200 and the error envelope."""
    sandbox.state.inject(CU, status=200, body=json.dumps({"code": 400, "status": "BadRequest", "error": "AccountBanned",
                                                          "errorCode": 1002, "errorMessage": "banned"}))
    with pytest.raises(AccountGone):
        run(sign_in(manifest, "playfab-custom", CUSTOM))


def test_unknown_custom_id_offers_creation_then_creates(manifest, sandbox):
    with pytest.raises(AccountNotFound) as err:
        run(sign_in(manifest, "playfab-custom", {"custom_id": "tester-create-1"}))
    assert err.value.can_create and err.value.code == "AccountNotFound"
    session = run(sign_in(manifest, "playfab-custom", {"custom_id": "tester-create-1", "create_account": True}))
    assert session.profile.newly_created is True and session.profile.last_login is None
    again = run(sign_in(manifest, "playfab-custom", {"custom_id": "tester-create-1"}))
    assert again.player_id == session.player_id and again.profile.newly_created is False


def test_new_facebook_user_is_created_on_request(manifest, sandbox):
    with pytest.raises(AccountNotFound):
        run(sign_in(manifest, "playfab-facebook", {"access_token": "EAADemoNewFacebookToken"}))
    s = run(sign_in(manifest, "playfab-facebook", {"access_token": "EAADemoNewFacebookToken",
                                                   "create_account": "true"}))
    assert s.profile.newly_created and s.display_name == "Freya Newcomer"


@pytest.mark.parametrize("provider,values,error,message", [
    ("playfab-facebook", {"access_token": "EAAUnknown"}, InvalidCredentials, "invalid or expired Facebook token"),
    ("playfab-facebook", {"access_token": "EAADemoFacebookApiErrorToken"}, ServerUnavailable,
     "Facebook returned an error"),
    ("playfab-xbox", {**XBOX, "secret_key": "wrong-key"}, InvalidCredentials, "title secret key was refused"),
    ("playfab-xbox", {**XBOX, "xbox_id": "1339"}, ServerUnavailable, "Xbox Live cannot be reached"),
    ("playfab-xbox", {**XBOX, "xbox_id": "1343"}, InvalidCredentials, "rejected the sign-in for this sandbox"),
    ("playfab-xbox", {**XBOX, "xbox_id": "1306"}, ServerUnavailable, "(XASS)"),
    ("playfab-xbox", {**XBOX, "xbox_id": "1126"}, ClientConfigError, "publisher id"),
    ("playfab-xbox", {**XBOX, "sandbox": "NOPE.1"}, InvalidCredentials, "sandbox"),
    ("playfab-email", {**PF_EMAIL, "password": "bad"}, InvalidCredentials, "email or password is incorrect"),
    ("playfab-custom", {"custom_id": "banned"}, AccountGone, "banned"),
    ("playfab-custom", {"custom_id": "deleted"}, AccountGone, "deleted"),
])
def test_sandbox_errors_reach_the_player_as_specific_messages(manifest, sandbox, provider, values, error, message):
    with pytest.raises(error) as err:
        run(sign_in(manifest, provider, values))
    assert message in err.value.message


def test_wrong_title_id_is_a_configuration_problem(manifest, sandbox):
    manifest.settings.options["playfab"]["title_id"] = "NOPE"
    with pytest.raises(ClientConfigError, match="title id"):
        run(sign_in(manifest, "playfab-custom", CUSTOM))


# Every code in the seeds' lists, plus the sign-in codes of providers.md, maps to its own message.
DOCUMENTED = {1001: "AccountNotFound", 1143: "FacebookAPIError", 1013: "InvalidFacebookToken",
              1004: "InvalidTitleId", 1294: "PlayerSecretAlreadyConfigured",
              1303: "RequestViewConstraintParamsNotAllowed", 1126: "InvalidPublisherId",
              1339: "XboxInaccessible", 1343: "XboxRejectedXSTSExchangeRequest", 1306: "XboxXASSExchangeFailure"}


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_known_error_code_has_its_own_message(manifest, sandbox, code):
    cls, message = ERRORS[code]
    # 1303 is retried once with the display name only: it has to come twice to reach the player
    sandbox.state.inject(FB, **envelope(400, DOCUMENTED.get(code, f"E{code}"), code), times=2 if code == 1303 else 1)
    with pytest.raises(cls) as err:
        run(sign_in(manifest, "playfab-facebook", ASTRID_FB))
    assert err.value.message == message or (cls is RateLimited and "wait" in err.value.message.lower())
    assert "server text" not in err.value.message


def test_messages_are_distinct_for_the_documented_codes():
    assert all(code in ERRORS for code in DOCUMENTED)
    assert len({ERRORS[c][1] for c in DOCUMENTED}) == len(DOCUMENTED)


def test_unknown_error_code_still_says_what_playfab_said(manifest, sandbox):
    sandbox.state.inject(FB, **envelope(400, "SomethingNew", 99999))
    with pytest.raises(Exception, match=r"SomethingNew: server text"):
        run(sign_in(manifest, "playfab-facebook", ASTRID_FB))


def test_throttled_call_uses_retry_after_seconds(manifest, sandbox):
    sandbox.state.inject(FB, headers={"Retry-After": "30"}, **envelope(429, "APIClientRequestRateLimitExceeded",
                                                                      1199, retryAfterSeconds=30))
    with pytest.raises(RateLimited, match="30 seconds") as err:
        run(sign_in(manifest, "playfab-facebook", ASTRID_FB))
    assert err.value.outcome is Outcome.OFFLINE


@pytest.mark.parametrize("path,provider,values", [(FB, "playfab-facebook", ASTRID_FB), (XB, "playfab-xbox", XBOX),
                                                  (EM, "playfab-email", PF_EMAIL), (CU, "playfab-custom", CUSTOM)])
def test_faults_per_login(manifest, sandbox, path, provider, values):
    sandbox.state.inject(path, status=500, body="")
    with pytest.raises(ServerUnavailable):
        run(sign_in(manifest, provider, values))
    sandbox.state.inject(path, status=200, body='{"code":200,"status":"OK","data":{"Sess')
    with pytest.raises(ProtocolError, match="not valid JSON"):
        run(sign_in(manifest, provider, values))
    sandbox.state.inject(path, status=200, body='{"code":200,"status":"OK","data":{"PlayFabId":"X"}}')
    with pytest.raises(ProtocolError, match="SessionTicket"):
        run(sign_in(manifest, provider, values))
    sandbox.state.inject(path, action="hang")
    with pytest.raises(TimeoutError_):
        run(sign_in(manifest, provider, values, timeout=0.5))


def test_refresh_with_valid_ticket_reloads_profile_and_expired_ticket_asks_to_sign_in(manifest, sandbox):
    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("playfab-facebook", ASTRID_FB)
            provider = core.provider("playfab-facebook")
            fresh = await provider.refresh(core.context(), session)
            assert fresh.profile.display_name == "Astrid Stormborn"
            [req] = sandbox.state.received("/playfab/Client/GetPlayerCombinedInfo")
            assert req.headers["x-authorization"] == session.tokens["session_ticket"]
            sandbox.state.expire_all("playfab_ticket")
            with pytest.raises(SessionExpired):
                await provider.load_profile(core.context(), session)
    run(go())


def test_custom_id_refresh_logs_in_again_by_itself(manifest, sandbox):
    from datetime import timedelta

    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("playfab-custom", CUSTOM)
            session.expires["session_ticket"] -= timedelta(days=2)
            fresh = await core.provider("playfab-custom").refresh(core.context(), session)
            assert fresh.tokens["session_ticket"] != session.tokens["session_ticket"]
            assert not fresh.expired("session_ticket")
    run(go())


def test_a_custom_id_is_kept_in_the_keychain_only_and_names_the_account_masked(manifest, accounts, memory_keyring,
                                                                                launcher_home, sandbox):
    """LoginWithCustomID's CustomId is the whole credential: never in the account file, yet refresh signs in again."""
    from datetime import timedelta

    from launcher.controller import Controller

    custom = "tester-7741x"

    async def go():
        c = Controller(make_core(manifest, accounts))
        try:
            session = await c.sign_in("playfab-custom", {"custom_id": custom, "create_account": "true"})
            account = c.accounts[0]
            saved = accounts.session(account)
            saved.expires["session_ticket"] = utcnow() - timedelta(minutes=1)
            fresh = await c.core.provider("playfab-custom").refresh(c.core.context(), saved)
            return session, account, fresh
        finally:
            await c.close()
    session, account, fresh = run(go())
    store = (launcher_home / "data" / "accounts.json").read_text()
    assert custom not in store and custom not in json.dumps(account.data)
    assert account.label == "tes…1x"
    assert custom in memory_keyring.entries[("game-launcher/playfab-custom", f"{account.id}/custom_id")]
    assert accounts.session(account).tokens["custom_id"] == custom
    assert not fresh.expired("session_ticket") and fresh.player_id == session.player_id
    assert sandbox.state.received(CU)[-1].json()["CustomId"] == custom  # the refresh signed in with it


def test_an_older_account_with_its_custom_id_in_the_file_moves_it_to_the_keychain(manifest, sandbox):
    from datetime import timedelta

    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("playfab-custom", CUSTOM)
            session.tokens.pop("custom_id")
            session.data["custom_id"] = CUSTOM["custom_id"]  # as the previous release saved it
            session.data["form"] = json.dumps({"custom_id": CUSTOM["custom_id"]})
            session.expires["session_ticket"] -= timedelta(days=2)
            return await core.provider("playfab-custom").refresh(core.context(), session)
    fresh = run(go())
    assert fresh.tokens["custom_id"] == CUSTOM["custom_id"] and "custom_id" not in fresh.data
    assert CUSTOM["custom_id"] not in fresh.data["form"]
