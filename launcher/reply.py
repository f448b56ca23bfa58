"""An HTTP answer as providers see it, and the guards every server value passes before use: clamped numbers
(`clamp_seconds`, `retry_after_seconds`, `expires_after`), bounded JSON depth, an overall deadline (`deadline`).
No httpx here, so that the providers and the window can be imported without loading the HTTP stack (it is
loaded on the first request)."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from .outcomes import ProtocolError, TimeoutError_

MAX_JSON_DEPTH = 64  # no real answer nests deeper than ~10; Python's parser recurses ~1000 deep and then raises
MAX_WAIT_S = 24 * 3600.0  # the longest Retry-After / retryAfterSeconds taken at face value: one day
MAX_LIFETIME_S = 366 * 24 * 3600.0  # the longest token lifetime (expires_in) believed: a year
MAX_NUMBER_CHARS = 40  # a number written with more characters than this is not a duration

# The overall deadline of one sign-in (every request and wait of its plan). LAUNCHER_SIGNIN_DEADLINE overrides it.
SIGN_IN_DEADLINE_S = 45.0


def clamp_seconds(value: Any, *, high: float = MAX_WAIT_S, low: float = 0.0) -> float | None:
    """A number of seconds a server sent (int, float or text), clamped to [low, high]; None if it is not a
    finite-or-infinite number at all (NaN, bool, text that is not a number, None).

    Never raises: `1e400` (inf), `1e18`, a 30-digit integer, "inf" and 400 digits all come back as `high`."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        # int-to-float comparison is exact and never overflows; float() of a 30-digit int would be fine, but not
        # of a 400-digit one
        number = float(high) if value > high else float(low) if value < low else float(value)
    elif isinstance(value, float):
        number = value
    elif isinstance(value, (str, bytes)):
        text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
        text = text.strip()
        if not text or (len(text) > MAX_NUMBER_CHARS and not text.lstrip("+-").isdigit()):
            return None
        try:
            decimal = Decimal(text)  # exact for any length: no OverflowError, no 4300-digit limit
        except (InvalidOperation, ValueError):
            return None
        if decimal.is_nan():
            return None
        number = high if decimal > Decimal(repr(high)) else low if decimal < Decimal(repr(low)) else float(decimal)
    else:
        return None
    if math.isnan(number):
        return None
    return min(max(number, low), high)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After (delta-seconds or an HTTP date) as seconds from now, clamped to [0, MAX_WAIT_S]."""
    if not value:
        return None
    seconds = clamp_seconds(value)
    if seconds is not None:
        return seconds
    from email.utils import parsedate_to_datetime  # ~15 ms to import, needed only for an HTTP date

    try:
        when = parsedate_to_datetime(value)
        return clamp_seconds((when - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def expires_after(value: Any, *, now: datetime | None = None, high: float = MAX_LIFETIME_S) -> datetime | None:
    """When a token with lifetime `value` seconds (expires_in) ends; None when `value` is no positive number.
    Clamped, so `datetime + timedelta` never overflows."""
    seconds = clamp_seconds(value, high=high)
    if seconds is None or seconds <= 0:
        return None
    return (now or datetime.now(UTC)) + timedelta(seconds=seconds)


def sign_in_deadline_s() -> float:
    """The configured overall deadline of one sign-in: LAUNCHER_SIGNIN_DEADLINE seconds (1..600) or 45."""
    configured = clamp_seconds(os.environ.get("LAUNCHER_SIGNIN_DEADLINE"), low=1.0, high=600.0)
    return configured if configured is not None else SIGN_IN_DEADLINE_S


@contextlib.asynccontextmanager
async def deadline(seconds: float | None = None, *, service: str = "The game service") -> AsyncIterator[None]:
    """Everything inside (a whole sign-in plan: several requests, retries, waits) ends within `seconds`
    (default: `sign_in_deadline_s()`); past it, the offline-class TimeoutError_ (exit 4), never a hang."""
    import asyncio  # not at import time: the account file's reader (the window's first screen) needs none

    limit = sign_in_deadline_s() if seconds is None else seconds
    try:
        async with asyncio.timeout(limit):
            yield
    except TimeoutError as exc:
        raise TimeoutError_(f"{service} did not finish answering within {limit:g} seconds. "
                            "Try again in a moment.", code="deadline") from exc


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth_exceeds(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects more than `limit` deep (strings are not counted)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    depth = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        if depth > limit:
            return True
    return False


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads_bounded(body: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """json.loads with the depth bounded and NaN/Infinity refused; ValueError for anything it will not take."""
    raw = body.encode() if isinstance(body, str) else body
    if json_depth_exceeds(raw, max_depth):
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except RecursionError as exc:  # cannot happen after the depth check; kept as the last line of defence
        raise ValueError("JSON nested too deeply") from exc


@dataclass
class Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self, *, service: str = "The game service") -> Any:
        if not self.body.strip():
            raise ProtocolError(f"{service} sent an empty answer (HTTP {self.status}). Try again later.")
        try:
            return loads_bounded(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ProtocolError(f"{service} sent an answer that is not valid JSON (HTTP {self.status}). "
                                "Try again later.") from exc
