"""Every number a server sends is clamped before use: reply.clamp_seconds, retry_after_seconds, expires_after,
and JSON depth bounded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from launcher.outcomes import RateLimited, TimeoutError_
from launcher.reply import (
    MAX_JSON_DEPTH,
    MAX_LIFETIME_S,
    MAX_WAIT_S,
    clamp_seconds,
    deadline,
    expires_after,
    json_depth_exceeds,
    loads_bounded,
    retry_after_seconds,
    sign_in_deadline_s,
)

from .conftest import run

CLAMP_CASES = [
    (5, 5.0), (2.5, 2.5), ("3", 3.0), (" 7 ", 7.0), ("1.5", 1.5), (-4, 0.0), ("-4", 0.0),
    (float("inf"), MAX_WAIT_S), (float("-inf"), 0.0), (1e400, MAX_WAIT_S), (10**30, MAX_WAIT_S),
    (-10**400, 0.0), (10**4000 * 10**1000, MAX_WAIT_S), ("inf", MAX_WAIT_S), ("Infinity", MAX_WAIT_S),
    ("1e400", MAX_WAIT_S),
    ("9" * 400, MAX_WAIT_S), ("-" + "9" * 400, 0.0), (1e18, MAX_WAIT_S),
    (None, None), (True, None), ("soon", None), ("", None), (float("nan"), None), ("NaN", None), ([], None),
    ("1" + "e" * 50, None), ("9" * 30 + ".5" + "0" * 20, None),
]


@pytest.mark.parametrize("value, expected", CLAMP_CASES, ids=[f"case{n}" for n in range(len(CLAMP_CASES))])
def test_clamp_seconds(value: object, expected: float | None) -> None:
    assert clamp_seconds(value) == expected


def test_clamp_seconds_bounds_are_the_callers() -> None:
    assert clamp_seconds(10**30, high=60.0) == 60.0 and clamp_seconds(0.5, low=1.0) == 1.0


@pytest.mark.parametrize("header", ["inf", "9" * 400, "1e400", "Infinity"])
def test_retry_after_is_clamped_and_the_rate_limit_message_can_be_built(header: str) -> None:
    wait = retry_after_seconds(header)
    assert wait == MAX_WAIT_S
    assert "86400 seconds" in RateLimited(retry_after=wait).message


def test_retry_after_dates_far_in_the_future_or_past() -> None:
    assert retry_after_seconds("Fri, 31 Dec 9999 23:59:59 GMT") == MAX_WAIT_S
    assert retry_after_seconds("Mon, 01 Jan 1900 00:00:00 GMT") == 0.0
    soon = (datetime.now(UTC) + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= (retry_after_seconds(soon) or 0) <= 31


def test_expires_after_never_overflows() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert expires_after(3600, now=now) == now + timedelta(hours=1)
    for absurd in (1e400, 1e18, 10**29, "9" * 400):
        assert expires_after(absurd, now=now) == now + timedelta(seconds=MAX_LIFETIME_S)
    for nothing in (0, -5, -1e400, None, "x", True):
        assert expires_after(nothing, now=now) is None


def test_json_depth() -> None:
    assert not json_depth_exceeds(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    assert json_depth_exceeds(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    brackets_in_strings = b'{"a": "' + b"[" * 10_000 + b'\\"[[["}'
    assert loads_bounded(brackets_in_strings) == {"a": "[" * 10_000 + '"[[['}
    many_flat = b"[" + b",".join([b"[]"] * 10_000) + b"]"
    assert len(loads_bounded(many_flat)) == 10_000
    with pytest.raises(ValueError):
        loads_bounded(b"[" * 100_000 + b"]" * 100_000)
    for constant in (b"NaN", b"Infinity", b"-Infinity", b'{"x": NaN}'):
        with pytest.raises(ValueError):
            loads_bounded(constant)
    with pytest.raises(ValueError):
        loads_bounded(b"1" * 5000)  # Python's int-digits limit, a ValueError rather than a crash


def test_sign_in_deadline_default_and_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAUNCHER_SIGNIN_DEADLINE", raising=False)
    assert 0 < sign_in_deadline_s() < 60
    monkeypatch.setenv("LAUNCHER_SIGNIN_DEADLINE", "12")
    assert sign_in_deadline_s() == 12
    for bad in ("inf", "1e400", "nonsense", "0", "-3"):
        monkeypatch.setenv("LAUNCHER_SIGNIN_DEADLINE", bad)
        assert 1 <= sign_in_deadline_s() <= 600


def test_deadline_ends_a_whole_plan_with_the_offline_timeout() -> None:
    import asyncio

    async def plan() -> None:
        async with deadline(0.2, service="The test service"):
            for _ in range(100):
                await asyncio.sleep(0.05)  # many small steps, none of them slow by itself

    with pytest.raises(TimeoutError_, match=r"The test service did not finish answering within 0\.2 seconds") as caught:
        run(plan())
    assert caught.value.code == "deadline"


def test_deadline_lets_a_quick_plan_through() -> None:
    import asyncio

    async def plan() -> int:
        async with deadline(5):
            await asyncio.sleep(0)
            return 7
    assert run(plan()) == 7
