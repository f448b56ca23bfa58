"""The sandbox driven exactly as the official PlayFab Python SDK drives PlayFab.

`do_post` reproduces PlayFab/PythonSdk `playfab/PlayFabHTTP.py` DoPost and `playfab/PlayFabSettings.py` GetURL
(commit 83aaa8e): the URL is `ProductionEnvironmentURL + /Api/Call` plus `?sdk=PythonSdk-0.0.220411`, the body is
`json.dumps(request)`, the headers are Content-Type, X-PlayFabSDK, X-ReportErrorAsSuccess and the auth header; an
answer other than HTTP 200 is an error without a PlayFab code, an HTTP 200 whose envelope `code` is not 200 is the
error (read like `PlayFabErrors.PlayFabError.fromJson`), else `data` is the result. Only the transport differs
(httpx instead of requests)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from launcher.sandbox import Sandbox

SDK_VERSION = "PythonSdk-0.0.220411"
INFO = {"GetUserAccountInfo": True, "GetUserInventory": True, "GetUserVirtualCurrency": True, "GetUserData": False,
        "GetUserReadOnlyData": False, "GetCharacterInventories": False, "GetCharacterList": False,
        "GetTitleData": False, "GetPlayerStatistics": False, "GetPlayerProfile": True}


@dataclass
class SdkError:
    http_code: int
    http_status: str
    error: str | None = None
    error_code: int | None = None
    error_message: str | None = None


def do_post(base: str, url_path: str, request: dict[str, Any], auth_key: str | None = None,
            auth_val: str | None = None) -> tuple[dict[str, Any] | None, SdkError | None]:
    url = base + url_path + "?sdk=" + SDK_VERSION  # GetURL: ProductionEnvironmentURL starting with http
    headers = {"Content-Type": "application/json", "X-PlayFabSDK": SDK_VERSION, "X-ReportErrorAsSuccess": "true"}
    if auth_key and auth_val:
        headers[auth_key] = auth_val
    reply = httpx.post(url, content=json.dumps(request), headers=headers, timeout=5.0)
    if reply.status_code != 200:
        return None, SdkError(reply.status_code, reply.reason_phrase)
    wrapper = json.loads(reply.content.decode("utf-8"))
    if wrapper["code"] != 200:
        return None, SdkError(wrapper["code"], wrapper["status"], wrapper["error"], wrapper["errorCode"],
                              wrapper["errorMessage"])
    data: dict[str, Any] = wrapper["data"]
    return data, None


def test_official_sdk_request_shape_signs_in_and_reads_playfab_error_codes(sandbox: Sandbox) -> None:
    base = f"{sandbox.url}/playfab"
    title = sandbox.state.data["playfab"]["title_id"]
    sandbox.state.settings["playfab_client_profile_options"] = ["DisplayName"]  # a title with default options

    # LoginWithCustomID sets TitleId itself (PlayFabClientAPI.LoginWithCustomID).
    _, error = do_post(base, "/Client/LoginWithCustomID", {
        "CustomId": "astrid", "TitleId": title,
        "InfoRequestParameters": {**INFO, "ProfileConstraints": {"ShowDisplayName": True, "ShowAvatarUrl": True}}})
    assert error is not None and (error.http_code, error.error, error.error_code) == (
        400, "RequestViewConstraintParamsNotAllowed", 1303)

    result, error = do_post(base, "/Client/LoginWithCustomID", {
        "CustomId": "astrid", "TitleId": title,
        "InfoRequestParameters": {**INFO, "ProfileConstraints": {"ShowDisplayName": True}}})
    assert error is None and result is not None
    assert result["PlayFabId"] == "50DF92E291CCD4C3" and result["SessionTicket"].startswith("50DF92E291CCD4C3-")
    profile = result["InfoResultPayload"]["PlayerProfile"]
    assert profile["DisplayName"] == "Astrid Stormborn" and "AvatarUrl" not in profile

    combined, error = do_post(base, "/Client/GetPlayerCombinedInfo", {"InfoRequestParameters": INFO},
                              "X-Authorization", result["SessionTicket"])
    assert error is None and combined is not None and combined["PlayFabId"] == "50DF92E291CCD4C3"

    _, error = do_post(base, "/Client/GetPlayerCombinedInfo", {"InfoRequestParameters": INFO},
                       "X-Authorization", "not-a-ticket")
    assert error is not None and error.error_code == 1074

    _, error = do_post(base, "/Client/LoginWithCustomID", {"CustomId": "nobody", "TitleId": title})
    assert error is not None and (error.error, error.error_code) == ("AccountNotFound", 1001)

    _, error = do_post(base, "/Client/LoginWithEmailAddress",
                       {"Email": "astrid@example.com", "Password": "wrong", "TitleId": title})
    assert error is not None and (error.http_code, error.error_code) == (401, 1142)

    secret = sandbox.state.data["playfab"]["secret_key"]
    xbox, error = do_post(base, "/Server/LoginWithXboxId", {"XboxId": "12344553", "Sandbox": "RETAIL"},
                          "X-SecretKey", secret)
    assert error is None and xbox is not None and xbox["PlayFabId"] == "50DF92E291CCD4C3"

    sent = sandbox.state.received("/Client/LoginWithCustomID")[0]
    assert sent.query == f"sdk={SDK_VERSION}" and sent.headers["x-playfabsdk"] == SDK_VERSION


def test_without_the_header_errors_keep_their_http_status(sandbox: Sandbox) -> None:
    """What the launcher sees (it does not send X-ReportErrorAsSuccess): PlayFab's 4xx with the envelope."""
    sandbox.state.settings["playfab_client_profile_options"] = ["DisplayName"]
    reply = httpx.post(f"{sandbox.url}/playfab/Client/LoginWithCustomID", json={
        "CustomId": "astrid", "TitleId": sandbox.state.data["playfab"]["title_id"],
        "InfoRequestParameters": {**INFO, "ProfileConstraints": {"ShowAvatarUrl": True}}})
    assert reply.status_code == 400 and reply.json()["errorCode"] == 1303


def test_the_demo_title_allows_avatars(sandbox: Sandbox) -> None:
    assert sandbox.state.settings["playfab_client_profile_options"] == ["DisplayName", "AvatarUrl"]
    result, error = do_post(f"{sandbox.url}/playfab", "/Client/LoginWithCustomID", {
        "CustomId": "astrid", "TitleId": sandbox.state.data["playfab"]["title_id"],
        "InfoRequestParameters": {**INFO, "ProfileConstraints": {"ShowDisplayName": True, "ShowAvatarUrl": True}}})
    assert error is None and result is not None
    assert result["InfoResultPayload"]["PlayerProfile"]["AvatarUrl"].endswith("/avatars/Astrid%20Stormborn.svg")
