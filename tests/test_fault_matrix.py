"""Every provider x every transport/server fault: a specific message, an offline outcome, and the saved
accounts file and keychain unchanged byte for byte / entry by entry."""

from __future__ import annotations

import pytest

from launcher.outcomes import (
    NetworkError,
    Outcome,
    ProtocolError,
    RateLimited,
    ServerUnavailable,
    SignInError,
    TimeoutError_,
)
from launcher.providers import gacha

from .conftest import CUSTOM, PROVIDERS, make_core, run

FAULTS = {
    "500": (dict(status=500, body="boom", content_type="text/plain"), ServerUnavailable, "HTTP 500"),
    "502": (dict(status=502, body="<html>bad gateway</html>", content_type="text/html"), ServerUnavailable, "HTTP 502"),
    "503 retry-after": (dict(status=503, headers={"Retry-After": "30"}, body=""), ServerUnavailable, "30 seconds"),
    "429 retry-after": (dict(status=429, headers={"Retry-After": "30"}, body=""), RateLimited, "30 seconds"),
    "read timeout": (dict(action="hang"), TimeoutError_, "took too long"),
    "reset mid-body": (dict(status=200, action="reset", content_type="application/json"), ProtocolError,
                       "closed the connection"),
    "malformed json": (dict(status=200, body='{"data": ', content_type="application/json"), ProtocolError, ""),
    "wrong content type": (dict(status=200, body="<html>login</html>", content_type="text/html"), ProtocolError,
                           "unexpected kind of answer"),
    "empty body": (dict(status=200, body="", content_type="application/json"), ProtocolError, ""),
    "over size cap": (dict(status=200, action="oversize", content_type="application/json"), ProtocolError,
                      "too large"),
    "missing field": ({}, ProtocolError, "incomplete"),
}


MISSING = {  # a success answer without the field the launcher needs most
    "playfab": dict(status=200, body='{"code":200,"status":"OK","data":{"NewlyCreated":false}}',
                    content_type="application/json"),
    "earth": dict(status=200, body='{"code":200,"status":"OK","data":{"NewlyCreated":false}}',
                  content_type="application/json"),
    "gacha": dict(status=200, body='{"data":{"type":"player","id":"1","attributes":{}},"included":[],"meta":{}}',
                  content_type="application/vnd.api+json"),
    "appcharge": dict(status=200, body='{"status":"valid","playerName":"X"}', content_type="application/json"),
}


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_fault(manifest, accounts, memory_keyring, launcher_home, sandbox, provider, fault):
    # A saved account exists before the failing attempt; it must come through untouched.
    async def save():
        async with make_core(manifest, accounts) as core:
            core.remember(await core.sign_in("playfab-custom", CUSTOM))
    run(save())
    store = launcher_home / "data" / "accounts.json"
    before_file, before_keys = store.read_bytes(), dict(memory_keyring.entries)

    values, path = PROVIDERS[provider]
    spec, expected, message = FAULTS[fault]
    if fault == "missing field":
        spec = MISSING[provider.split("-")[0] if provider.startswith("playfab") else provider]
    sandbox.state.clear()
    sandbox.state.inject(path, times=10, **spec)

    async def attempt():
        async with make_core(manifest, accounts, timeout=0.5, retry_max_wait=0.1, attempts=2) as core:
            return await core.sign_in(provider, values)
    with pytest.raises(SignInError) as err:
        run(attempt())
    error = err.value
    assert isinstance(error, expected), f"{type(error).__name__}: {error.message}"
    assert error.outcome is Outcome.OFFLINE and message in error.message and error.message.endswith(".")
    assert "Traceback" not in error.message and "{" not in error.message
    assert store.read_bytes() == before_file and memory_keyring.entries == before_keys


def test_connect_timeout_is_a_network_or_timeout_error(manifest):
    unroutable = manifest.with_services({"gacha": "http://127.0.0.1:9/gacha"})
    with pytest.raises((NetworkError, TimeoutError_)):
        async def go():
            async with make_core(unroutable, connect_timeout=0.3) as core:
                await core.sign_in("gacha", PROVIDERS["gacha"][0])
        run(go())
