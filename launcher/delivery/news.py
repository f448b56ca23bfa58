"""What's new: the studio's news and server status, and the patch notes of the installed build. No Qt here.

The feed is one signed target of the game's repository (`news.json`), published with `launcher publish news` and
fetched through the same TUF client as the builds, so a mirror can neither alter it nor replay an old one. Its
content is checked again here as the hostile text it may be (sizes, control characters, links, dates): a feed that
fails is ignored with a log line and the last good one, cached in the install folder's private area, is kept for
offline starts.

Feed format (format 1; the publisher's FILE is the same in JSON or TOML, where dates may be TOML dates):

    {"format": 1,
     "status": {"state": "ok" | "degraded" | "down" | "maintenance", "message": "...", "until": "<ISO 8601>"},
     "items": [{"id": "winter-event", "title": "...", "body": "...", "date": "2026-11-20",
                "link": "https://..."}]}

`status` is optional (the studio says nothing), as are an item's `id` (derived from its date and title), `link`
and the status's `until`. A date is `YYYY-MM-DD` (a day) or `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` with `Z` or `+HH:MM`."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import files
from .buildlist import MAX_LIST_BYTES, parse_notes, text_problem
from .errors import DeliveryError, RepositoryRefused, disk_error

if TYPE_CHECKING:
    from ..http import Http
    from .installer import Target

log = logging.getLogger("launcher.delivery")

NEWS_TARGET = "news.json"  # the feed's name in the repository's signed targets
CACHE = "news.json"  # the last verified feed's bytes, in the install folder's private area
FORMAT = 1
MAX_FEED_BYTES = 256 * 1024
MAX_SOURCE_BYTES = 1024 * 1024  # the publisher's file (TOML may be longer than the JSON it becomes)
MAX_ITEMS = 50
MAX_TITLE = 200
MAX_BODY = 4000
MAX_MESSAGE = 500
MAX_LINK = 2048
STATES = ("ok", "degraded", "down", "maintenance")
FETCH_DEADLINE_S = 30.0
# Both used with fullmatch: `$` would allow a final newline, and [0-9], unlike \d, only ASCII digits.
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
                     r"(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?")
ITEM_KEYS = {"id", "title", "body", "date", "link"}
STATUS_KEYS = {"state", "message", "until"}
FEED_KEYS = {"format", "status", "items"}


class FeedRefused(ValueError):
    """The feed's content is not acceptable; the message says why, in a few words."""


@dataclass(frozen=True)
class NewsItem:
    id: str
    title: str  # one line
    body: str  # lines (plain text; simple Markdown-like lines are the studio's convention)
    date: datetime  # aware, UTC
    all_day: bool  # the studio gave a day, not a time: show the date only
    link: str | None = None  # http(s), ASCII, no user name or password

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "title": self.title, "body": self.body,
                                "date": self.date.date().isoformat() if self.all_day else _iso(self.date)}
        if self.link:
            data["link"] = self.link
        return data


@dataclass(frozen=True)
class ServerStatus:
    state: str  # one of STATES
    message: str = ""  # one line
    until: datetime | None = None  # aware, UTC: when the studio expects the state to end

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"state": self.state, "message": self.message}
        if self.until is not None:
            data["until"] = _iso(self.until)
        return data


@dataclass(frozen=True)
class Feed:
    items: tuple[NewsItem, ...]  # in the studio's order
    status: ServerStatus | None  # None: the studio says nothing about its servers
    fetched_at: datetime  # aware, UTC: when this feed was received from the repository

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {"format": FORMAT}
        if self.status is not None:
            data["status"] = self.status.to_json()
        data["items"] = [item.to_json() for item in self.items]
        return json.dumps(data, separators=(",", ":"), ensure_ascii=True).encode()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


# --- checking a feed (both sides) ------------------------------------------------------------------------------

def parse_date(value: Any, what: str) -> tuple[datetime, bool]:
    """(the moment, aware UTC; whether only a day was given)."""
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        raise FeedRefused(f"{what} is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with Z or +HH:MM)")
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value).replace(tzinfo=UTC), True
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC), False
    except (ValueError, OverflowError):
        raise FeedRefused(f"{what} is not a real date ({value})") from None


def link_problem(url: Any) -> str | None:
    from urllib.parse import urlsplit

    if not isinstance(url, str) or not url:
        return "it is not text"
    if len(url) > MAX_LINK:
        return f"it is longer than {MAX_LINK} characters"
    if not url.isascii() or any(ord(c) <= 32 or ord(c) == 127 for c in url) or "\\" in url:
        return "it has spaces, control or non-ASCII characters (write an international name in its xn-- form)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not one
    except ValueError:
        return "it is not a web address"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// links are allowed"
    if not parts.hostname or "@" in parts.netloc:
        return "it needs a host name, and no user name or password"
    return None


def _text(value: Any, what: str, *, max_chars: int, multiline: bool, required: bool = False) -> str:
    problem = text_problem(value, max_chars=max_chars, multiline=multiline)
    if problem:
        raise FeedRefused(f"{what}: {problem}")
    assert isinstance(value, str)
    if required and not value.strip():
        raise FeedRefused(f"{what} is empty")
    return value


def _unknown(raw: dict[str, Any], known: set[str], what: str, strict: bool) -> None:
    extra = sorted(repr(str(k)[:40]) for k in raw if k not in known)
    if strict and extra:
        raise FeedRefused(f"{what} has unknown keys: {', '.join(extra[:5])}")


def _item(raw: Any, n: int, strict: bool) -> NewsItem:
    what = f"item {n}"
    if not isinstance(raw, dict):
        raise FeedRefused(f"{what} is not a table of title, body, date")
    _unknown(raw, ITEM_KEYS, what, strict)
    title = _text(raw.get("title"), f"{what}'s title", max_chars=MAX_TITLE, multiline=False, required=True)
    body = _text(raw.get("body", ""), f"{what}'s body", max_chars=MAX_BODY, multiline=True)
    moment, all_day = parse_date(raw.get("date"), f"{what}'s date")
    link = raw.get("link")
    if link is not None:
        problem = link_problem(link)
        if problem:
            raise FeedRefused(f"{what}'s link is refused: {problem}")
    item_id = raw.get("id")
    if item_id is None:
        item_id = hashlib.sha256(f"{raw.get('date')}\n{title}".encode()).hexdigest()[:16]
    elif not isinstance(item_id, str) or not ID_RE.fullmatch(item_id):
        raise FeedRefused(f"{what}'s id is not letters, digits, . _ - (at most 64)")
    return NewsItem(item_id, title, body, moment, all_day, link)


def _status(raw: Any, strict: bool) -> ServerStatus:
    if not isinstance(raw, dict):
        raise FeedRefused("status is not a table of state, message")
    _unknown(raw, STATUS_KEYS, "status", strict)
    state = raw.get("state")
    if state not in STATES:
        raise FeedRefused(f"status's state must be one of {', '.join(STATES)}")
    message = _text(raw.get("message", ""), "status's message", max_chars=MAX_MESSAGE, multiline=False)
    until = parse_date(raw["until"], "status's until")[0] if raw.get("until") is not None else None
    return ServerStatus(str(state), message, until)


def check_feed(raw: Any, fetched_at: datetime, *, strict: bool = False) -> Feed:
    """The feed in `raw` (decoded JSON or TOML), every value checked; FeedRefused saying why. `strict` (the
    publisher's side): unknown keys are refused too (a typo), where a client ignores them (a newer feed)."""
    if not isinstance(raw, dict):
        raise FeedRefused("the feed is not a table of status and items")
    _unknown(raw, FEED_KEYS, "the feed", strict)
    if raw.get("format", FORMAT) != FORMAT:
        raise FeedRefused(f"the feed is not in format {FORMAT}")
    raw_items = raw.get("items", [])
    if not isinstance(raw_items, list):
        raise FeedRefused("items is not a list")
    if len(raw_items) > MAX_ITEMS:
        raise FeedRefused(f"the feed has {len(raw_items)} items; at most {MAX_ITEMS} are accepted")
    items = tuple(_item(one, n, strict) for n, one in enumerate(raw_items, start=1))
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise FeedRefused(f"two items have the id {item.id!r}")
        seen.add(item.id)
    status = _status(raw["status"], strict) if raw.get("status") is not None else None
    return Feed(items, status, fetched_at)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_feed(data: bytes, fetched_at: datetime) -> Feed:
    """The feed's signed bytes (or the cached copy of them), checked as hostile input."""
    if len(data) > MAX_FEED_BYTES:
        raise FeedRefused(f"the feed is larger than {MAX_FEED_BYTES // 1024} KiB")
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise FeedRefused("the feed is not valid JSON in UTF-8") from None
    return check_feed(raw, fetched_at)


# --- the publisher's file ----------------------------------------------------------------------------------------

def _plain(value: Any, where: str) -> Any:
    """TOML's dates as the ISO 8601 text the feed holds."""
    if isinstance(value, dict):
        return {k: _plain(v, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, where) for v in value]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise FeedRefused(f"{where}: a date and time needs a time zone (Z or +HH:MM): {value.isoformat()}")
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def feed_from_file(path: Path) -> bytes:
    """The signed feed's bytes from the studio's FILE (JSON, or TOML when it ends in .toml or is not JSON);
    FeedRefused saying why, with the file's name."""
    import tomllib

    name = path.name
    try:
        text = files.read_text(path, MAX_SOURCE_BYTES)
    except files.TextUnreadable as exc:
        raise FeedRefused(f"{name} {exc}") from None
    as_json = path.suffix.lower() == ".json" or (path.suffix.lower() != ".toml" and text.lstrip().startswith("{"))
    try:
        raw = json.loads(text, parse_constant=_no_constant) if as_json else tomllib.loads(text)
    except RecursionError:
        raise FeedRefused(f"{name} is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and TOMLDecodeError both are
        raise FeedRefused(f"{name} is not valid {'JSON' if as_json else 'TOML'} ({str(exc)[:120]})") from None
    try:
        feed = check_feed(_plain(raw, name), datetime.now(UTC), strict=True)
    except FeedRefused as exc:
        raise FeedRefused(f"{name}: {exc}") from None
    data = feed.to_bytes()
    if len(data) > MAX_FEED_BYTES:
        raise FeedRefused(f"{name}: the feed is {len(data) // 1024} KiB; at most {MAX_FEED_BYTES // 1024} KiB")
    parse_feed(data, feed.fetched_at)  # what a client will accept, checked before it is published
    return data


# --- the player's side -------------------------------------------------------------------------------------------

def _cache_path(install_dir: Path) -> Path:
    from .writer import PRIVATE

    return install_dir / PRIVATE / CACHE


async def fetch_news(http: Http, target: Target, *, deadline_s: float = FETCH_DEADLINE_S) -> Feed:
    """The studio's current feed from the repository, verified (signatures, expiry, rollback, hash) and checked,
    within `deadline_s`; cached for `cached_news`. A repository without a feed gives an empty one (and the cache
    is dropped). Failures raise LauncherError (DeliveryNetworkError: exit 4; RepositoryRefused: exit 8) and keep the
    cached feed as it was: show `cached_news(target.install_dir)` then."""
    from .. import workers as threads
    from . import record, trust
    try:
        folder = record.private_dir(target.install_dir)
    except OSError as exc:
        raise disk_error(exc, target.install_dir) from exc
    data = await trust.fetch_target(http, target.repository, target.root_bytes, target.trust_dir, NEWS_TARGET,
                                    MAX_FEED_BYTES, deadline_s=deadline_s)
    now = datetime.now(UTC).replace(microsecond=0)
    if data is None:
        await threads.run(_forget, folder / CACHE)
        return Feed((), None, now)
    try:
        feed = parse_feed(data, now)
    except FeedRefused as exc:
        log.warning("the news feed was refused, the cached one is kept: %s", exc)
        raise RepositoryRefused(f"The studio's news feed was refused ({exc}); the last one received is kept.") \
            from None
    try:
        await threads.run(files.replace_private, folder / CACHE, data)
    except OSError as exc:
        log.warning("the news feed could not be cached: %s", exc)
    return feed


def _forget(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("the cached news feed could not be removed: %s", exc)


def cached_news(install_dir: Path) -> Feed | None:
    """The last feed `fetch_news` verified for this install folder (for an offline start), checked again; None when
    there is none or it is damaged. Reads one small file: fine on the window's thread."""
    path = _cache_path(install_dir)
    try:
        data = files.read_regular(path, MAX_FEED_BYTES, follow=False)
        fetched_at = datetime.fromtimestamp(path.lstat().st_mtime, UTC).replace(microsecond=0)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the cached news feed cannot be read: %s", exc)
        return None
    try:
        return parse_feed(data, fetched_at)
    except FeedRefused as exc:
        log.warning("the cached news feed was refused: %s", exc)
        return None


def notes_of(install_dir: Path) -> str:
    """The patch notes of the build installed in `install_dir` (offline: they are kept with the install); "" when
    nothing is installed, the build has none, or the launcher's copy of its file list no longer matches what was
    verified. Reads and hashes the installed file list (up to tens of MB for a huge game): call it on a worker
    thread (`await launcher.workers.run(notes_of, folder)`) from the window."""
    from . import record
    found = record.read(install_dir)
    if found is None:
        return ""
    try:
        data = files.read_regular(record.list_path(install_dir, found.version), MAX_LIST_BYTES)
    except OSError as exc:
        log.warning("the installed build's file list cannot be read: %s", exc)
        return ""
    if hashlib.sha256(data).hexdigest() != found.build_sha256:
        log.warning("the installed build's file list was changed since it was verified; its notes are not shown")
        return ""
    try:
        return parse_notes(data)
    except DeliveryError as exc:
        log.warning("the installed build's notes were refused: %s", exc.message)
        return ""
