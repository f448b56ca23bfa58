"""This computer's clock against the servers' (their `Date` headers). A clock minutes or hours off (common on
dual-boot PCs) must neither expire sessions early nor keep dead ones: an absolute expiry a server sends in its own
time is moved into this computer's time by the observed difference. Lifetimes sent as durations (`expires_in`)
need no correction: they count from when the answer arrived."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

NOTICEABLE_S = 60.0  # below this, the difference is network delay and rounding, not a wrong clock
HARMFUL_S = 300.0  # past this, signed requests (the publisher's 5-minute window) and strict servers refuse
MAX_SKEW_S = 366 * 24 * 3600.0
_samples: list[float] = []  # server minus local, seconds, the last few answers


def _local_now() -> float:
    return time.time()


def observe(date_header: str | None, *, received: float | None = None) -> None:
    """Note the difference shown by one answer's `Date` header (RFC 9110 IMF-fixdate; anything else is ignored)."""
    if not date_header or len(date_header) > 64:
        return
    import email.utils

    try:
        server = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return
    if server is None or server.tzinfo is None:
        return
    local = received if received is not None else _local_now()
    difference = server.timestamp() - local
    if abs(difference) > MAX_SKEW_S:
        return
    _samples.append(difference)
    del _samples[:-5]


def skew_s() -> float:
    """How far the servers' clocks are ahead of this computer's (negative: this computer is ahead); 0 when the
    difference is too small to matter or nothing was observed."""
    if not _samples:
        return 0.0
    value = statistics.median(_samples)
    return value if abs(value) >= NOTICEABLE_S else 0.0


def to_local(server_time: datetime | None) -> datetime | None:
    """A time a server gave in its own clock, in this computer's clock."""
    if server_time is None:
        return None
    return server_time - timedelta(seconds=skew_s())


def describe() -> str | None:
    """The difference in words when it matters, for notices and `launcher doctor`."""
    skew = skew_s()
    if not skew:
        return None
    minutes = abs(skew) / 60
    amount = f"{minutes / 60:.1f} hours" if minutes >= 90 else f"{minutes:.0f} minutes"
    way = "behind" if skew > 0 else "ahead of"
    return f"This computer's clock is about {amount} {way} the servers' time ({datetime.now(UTC):%H:%M} UTC here)."


def reset() -> None:
    _samples.clear()
