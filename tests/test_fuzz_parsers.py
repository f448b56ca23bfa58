"""Arbitrary JSON and non-JSON bodies for every provider's response parsing: the only exceptions that escape
are the launcher's own sign-in errors (with a message), never KeyError/TypeError/AttributeError."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from launcher.http import Reply
from launcher.outcomes import LauncherError
from launcher.steps import appcharge, jsonapi, playfab, profile_signin
from launcher.steps.flow import Attempt

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25)

# Shapes close to the real answers, so the fuzzer reaches deep into each parser.
near_misses = st.one_of(
    st.fixed_dictionaries({"code": json_values, "status": json_values,
                           "data": st.dictionaries(st.sampled_from(
                               ["SessionTicket", "PlayFabId", "NewlyCreated", "InfoResultPayload", "EntityToken",
                                "LastLoginTime", "SettingsForUser"]), json_values, max_size=7)}),
    st.fixed_dictionaries({"data": st.dictionaries(st.sampled_from(["type", "id", "attributes", "relationships"]),
                                                   json_values), "included": json_values, "meta": json_values}),
    st.fixed_dictionaries({"errors": json_values}),
    st.fixed_dictionaries({"result": json_values, "error": json_values}),
    st.fixed_dictionaries({"status": st.sampled_from(["valid", "invalid"]) | json_values,
                           "publisherPlayerId": json_values, "playerName": json_values,
                           "sessionMetadata": json_values, "publisherErrorMessage": json_values}),
)
bodies = st.one_of(json_values.map(lambda v: json.dumps(v).encode()), near_misses.map(lambda v: json.dumps(v).encode()),
                   st.binary(max_size=200))
statuses = st.sampled_from([200, 200, 200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 503])
types = st.sampled_from(["application/json", "application/vnd.api+json", "text/html", ""])


def parse_all(reply: Reply) -> None:
    attempt = Attempt(credentials={"auth_method": "userPassword"}, provider="gacha")
    parsers = [
        lambda: jsonapi._session_from(jsonapi.check_reply(reply, unauthorized=LauncherError), attempt),
        lambda: jsonapi.parse_player(jsonapi.check_reply(reply, unauthorized=LauncherError)),
        lambda: playfab.parse_login(playfab.check_envelope(reply, offer_create=True), "playfab-custom"),
        lambda: playfab.parse_payload(playfab.check_envelope(reply).get("InfoResultPayload"), "p", "playfab-custom"),
        lambda: profile_signin.check(reply, unauthorized="x"),
        lambda: appcharge.check(reply),
    ]
    for parse in parsers:
        try:
            parse()
        except LauncherError as exc:
            assert exc.message and isinstance(exc.message, str)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies, status=statuses, content_type=types)
def test_parsers_only_raise_launcher_errors(body, status, content_type):
    parse_all(Reply(status, {"content-type": content_type} if content_type else {}, body, "http://127.0.0.1/x"))
