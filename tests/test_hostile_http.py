"""Hostile servers over real loopback sockets: bombs, trickles, deep JSON, absurd numbers. Each ends in the
offline-class error (exit 4 on the command line) with one line and no traceback, within a bounded time and
memory."""

from __future__ import annotations

import asyncio
import resource
import time
from typing import Any

import pytest

from launcher import cli
from launcher.http import Http, check_url, is_loopback
from launcher.outcomes import ExitCode, NetworkError, ProtocolError, RateLimited, ServiceError, TimeoutError_

from .conftest import GACHA
from .support.hostile_server import JSONAPI, HostileServer, gacha_sign_in, hostile_fixture, hostile_server_fixture  # noqa: F401

HARD_STOP_S = 20.0  # a hang becomes a failure instead of a stuck suite


def fetch(url: str, **http: Any) -> Any:
    async def go() -> Any:
        async with Http(**http) as client:
            return await asyncio.wait_for(client.request("GET", url), HARD_STOP_S)
    return asyncio.run(go())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("mode", ["gzip_bomb", "deflate_bomb"])
def test_a_1mb_body_inflating_to_1gb_stops_at_the_decoded_cap(hostile: HostileServer, mode: str) -> None:
    hostile.serve(mode, decoded_mb=1024)
    before = peak_rss_mb()
    with pytest.raises(ProtocolError, match="too large") as caught:
        fetch(hostile.url + "/bomb")
    assert caught.value.code == "too-large"
    assert peak_rss_mb() - before < 200, "the bomb was inflated in memory"


def test_a_small_gzip_answer_is_decoded(hostile: HostileServer) -> None:
    hostile.serve("gzip_small", body=b'{"ok": true}' * 1000)
    reply = fetch(hostile.url + "/small")
    assert reply.body == b'{"ok": true}' * 1000


def test_the_cap_counts_decoded_bytes_exactly(hostile: HostileServer) -> None:
    hostile.serve("gzip_small", body=b"a" * 5000)
    assert len(fetch(hostile.url + "/x", max_body=5000).body) == 5000
    with pytest.raises(ProtocolError, match="too large"):
        fetch(hostile.url + "/x", max_body=4999)


def test_an_endless_chunked_body_stops_at_the_cap(hostile: HostileServer) -> None:
    hostile.serve("endless_chunked")
    with pytest.raises(ProtocolError, match="too large"):
        fetch(hostile.url + "/endless")


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, gzip", "compress"])
def test_encodings_the_launcher_did_not_ask_for_are_refused(hostile: HostileServer, encoding: str) -> None:
    hostile.serve("encoding", encoding=encoding)
    with pytest.raises(ProtocolError, match="encoding"):
        fetch(hostile.url + "/enc")


@pytest.mark.parametrize("mode", ["trickle_body", "trickle_headers"])
def test_one_byte_at_a_time_ends_at_the_overall_deadline(hostile: HostileServer, mode: str) -> None:
    hostile.serve(mode, every=0.1)
    started = time.monotonic()
    with pytest.raises(TimeoutError_, match="too long"):
        fetch(hostile.url + "/slow", timeout=1.0, request_deadline=1.5)
    assert time.monotonic() - started < HARD_STOP_S / 2


def test_the_request_deadline_is_configurable_and_defaults_under_a_minute() -> None:
    from launcher import http

    assert 0 < http.REQUEST_DEADLINE_S < 60
    assert Http(request_deadline=3.0).request_deadline == 3.0


def test_json_nested_100000_deep_is_a_protocol_error_not_a_recursion_error(hostile: HostileServer) -> None:
    hostile.serve("deep_json", depth=100_000)
    reply = fetch(hostile.url + "/deep")
    with pytest.raises(ProtocolError, match="not valid JSON"):
        reply.json()


def test_json_nested_to_the_limit_still_parses(hostile: HostileServer) -> None:
    from launcher.reply import MAX_JSON_DEPTH

    hostile.serve("deep_json", depth=MAX_JSON_DEPTH)
    assert fetch(hostile.url + "/deep").json() is not None
    hostile.serve("deep_json", depth=MAX_JSON_DEPTH + 1)
    with pytest.raises(ProtocolError):
        fetch(hostile.url + "/deep").json()


@pytest.mark.parametrize("value", ["inf", "9" * 400, "1e400", "-5", "NaN"])
def test_absurd_retry_after_headers_never_raise(hostile: HostileServer, value: str) -> None:
    hostile.serve("retry_after", status=503, value=value)
    reply = fetch(hostile.url + "/busy", retry_max_wait=0.2, attempts=2)
    assert reply.status == 503


# --- through the command line: exit 4, one line, no traceback ----------------------------------------------

def run_cli(hostile: HostileServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
            *extra: str) -> tuple[int, str, str]:
    from launcher.providers import gacha

    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setenv("LAUNCHER_FIELD_PASSWORD", GACHA["password"])
    monkeypatch.setenv("LAUNCHER_SIGNIN_DEADLINE", "4")
    code = cli.main(["signin", "--provider", "gacha", "--base-url", hostile.url + "/gacha",
                     "--field", f"email={GACHA['email']}", *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("mode, params", [
    ("deep_json", {"depth": 100_000, "content_type": JSONAPI}),
    ("gzip_bomb", {"decoded_mb": 1024}),
    ("retry_after", {"value": "inf"}),
    ("retry_after", {"value": "9" * 400}),
    ("raw", {"status": 429, "body": '{"errors":[{"code":"rate_limited"}]}', "headers": {"Retry-After": "1e400"}}),
    ("trickle_body", {"every": 0.5}),
])
def test_cli_signin_against_a_hostile_server_exits_4_with_one_line(
        hostile: HostileServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        mode: str, params: dict[str, Any]) -> None:
    hostile.serve(mode, **params)
    code, out, err = run_cli(hostile, capsys, monkeypatch)
    assert code == ExitCode.NETWORK, err
    assert err.count("\n") == 1 and err.startswith("launcher: ") and "Traceback" not in err
    assert GACHA["password"] not in err + out


@pytest.mark.parametrize("expires_in", ["1e400", "1e18", "1" + "0" * 29, "-1e400", "NaN", "7200"])
def test_absurd_token_lifetimes_never_crash_the_sign_in(
        hostile: HostileServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        expires_in: str) -> None:
    hostile.serve("raw", body=gacha_sign_in(expires_in), headers={"Content-Type": JSONAPI})
    code, _, err = run_cli(hostile, capsys, monkeypatch, "--json")
    assert "Traceback" not in err
    # NaN is not JSON: the offline-class "not valid JSON" (4); every real number is clamped and signs in (0).
    assert code == (ExitCode.NETWORK if expires_in == "NaN" else ExitCode.OK), err


# --- loopback ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("host, ok", [
    ("localhost", True), ("127.0.0.1", True), ("127.5.5.5", True), ("::1", True), ("[::1]", True),
    ("localhost.", True), ("evil.localhost", False), ("a.b.localhost", False), ("localhost.evil.com", False),
    ("10.0.0.1", False), ("0.0.0.0", False),
])
def test_only_localhost_and_loopback_addresses_count_as_loopback(host: str, ok: bool) -> None:
    assert is_loopback(host) is ok


def test_plain_http_to_a_dot_localhost_name_is_refused() -> None:
    with pytest.raises(NetworkError, match="https://"):
        check_url("http://attacker.localhost:8765/x")


def test_every_hostile_case_is_an_offline_class_error() -> None:
    assert issubclass(TimeoutError_, ServiceError) and issubclass(ProtocolError, ServiceError)
    assert issubclass(RateLimited, ServiceError)


def test_the_whole_cli_sign_in_ends_at_the_sign_in_deadline(
        hostile: HostileServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    hostile.serve("trickle_body", every=0.2)  # each request alone would run to its own 20 s deadline
    started = time.monotonic()
    code, _, err = run_cli(hostile, capsys, monkeypatch)  # LAUNCHER_SIGNIN_DEADLINE=4
    assert code == ExitCode.NETWORK and "within 4 seconds" in err, err
    assert time.monotonic() - started < 10
