"""What the demo sandbox keeps across its restarts, as a real backend keeps it in its database: the credentials it
issued (by SHA-256 digest, never the token itself), the accounts sign-ins created and what sign-ins change on a
player. Demo data passwords never reach the file: a seed player's record is stored as its id and changed fields only.

The file is hostile on the way in: a missing, unreadable, oversized or malformed one is ignored with one log line and
the sandbox starts fresh. On the way out it is written whole to a temporary file, synced and renamed over the old
one, so a crash leaves either the previous state or the new one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os  # noqa: F401 - tests reach os.replace through this module
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import NotARegularFile, TooLarge, read_regular, replace_private

log = logging.getLogger(__name__)

VERSION = 1
MAX_BYTES = 4 * 1024 * 1024
MAX_TOKENS_PER_KIND = 2000  # the most recent by expiry; about 200 bytes each
MAX_KINDS = 32
MAX_CREATED_PLAYERS = 1000
MAX_TEXT = 256
MAX_TIME = 1e11  # seconds since 1970, year 5138: anything later is damage, not a date

KIND = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
DIGEST = re.compile(r"^[0-9a-f]{64}$")
PLAYFAB_ID = re.compile(r"^[0-9A-F]{16}$")

# token digest -> (subject, expiry as time.time() or inf, issued as time.time())
Entry = tuple[str, float, float]


class Damaged(ValueError):
    """The file is not a state file this sandbox wrote."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def demo_state_file() -> Path:
    """The state file of `launcher --demo`'s sandbox, in the launcher's data folder."""
    from .. import paths

    return paths.data_dir() / "demo-sandbox.json"


@dataclass(frozen=True)
class Players:
    """How one service's player list is kept: `id` names a player; `changes` are the fields sign-ins change on a
    player (with their JSON types); `created` are the identity fields of an account a sign-in created (None: the
    service creates none). A `custom_id` is a secret: a created account keeps only its digest."""

    id: str
    changes: dict[str, tuple[type, ...]]
    created: tuple[str, ...] | None = None


OPTIONAL_TEXT = (str, type(None))
PLAYERS = {
    "gacha": Players("id", {"last_active": OPTIONAL_TEXT, "total_sessions": (int,)}),
    "playfab": Players("playfab_id", {"last_login": OPTIONAL_TEXT},
                       ("facebook_id", "xbox_id", "custom_id_sha256", "display_name", "created")),
}


# --- writing -------------------------------------------------------------------------------------------------------
def snapshot(tokens: dict[str, dict[str, Entry]], data: dict[str, Any], seed_ids: dict[str, set[str]]) -> bytes:
    """The file's bytes for this state. Call with the state's lock held, on the thread that serves requests."""
    kinds: dict[str, dict[str, list[Any]]] = {}
    for kind, entries in sorted(tokens.items())[:MAX_KINDS]:
        newest = sorted(entries.items(), key=lambda item: item[1][1], reverse=True)[:MAX_TOKENS_PER_KIND]
        kinds[kind] = {d: [subject, None if math.isinf(expiry) else expiry, issued]
                       for d, (subject, expiry, issued) in newest if 0 < len(subject) <= MAX_TEXT}
    players: dict[str, list[dict[str, Any]]] = {}
    for service, spec in PLAYERS.items():
        out: list[dict[str, Any]] = []
        created = 0
        for player in data.get(service, {}).get("players", []):
            record = {spec.id: player[spec.id]} | {k: player[k] for k in spec.changes if k in player}
            if player[spec.id] not in seed_ids.get(service, set()):
                if spec.created is None or created >= MAX_CREATED_PLAYERS:
                    continue
                record["new"] = True
                record |= {k: player[k] for k in spec.created if player.get(k)}
                if isinstance(player.get("custom_id"), str):
                    record["custom_id_sha256"] = digest(player["custom_id"])
            try:
                _player(service, spec, record)
            except Damaged:
                continue  # e.g. an over-long id typed at a sign-in: that account is not kept, the others are
            created += bool(record.get("new"))
            out.append(record)
        players[service] = out
    doc = {"version": VERSION, "saved_at": time.time(), "tokens": kinds, "players": players}
    return json.dumps(doc, separators=(",", ":"), allow_nan=False).encode()


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that a crash at any point leaves the old file or the new one."""
    if len(payload) > MAX_BYTES:
        raise OSError(f"the state would take {len(payload)} bytes, more than {MAX_BYTES}")
    replace_private(path, payload)  # 0600 in a 0700 folder, like the launcher's other files


# --- reading -------------------------------------------------------------------------------------------------------
def read(path: Path) -> dict[str, Any] | None:
    """The validated document in `path`; None when there is none or it cannot be used (logged, never raised)."""
    try:
        raw = _read_bytes(path)
        if raw is None:
            return None
        return validate(_parse(raw))
    except Damaged as exc:
        log.warning("the demo sandbox ignores its saved state %s and starts fresh: %s", path, exc)
    except OSError as exc:
        log.warning("the demo sandbox cannot read its saved state %s and starts fresh: %s", path,
                    exc.strerror or type(exc).__name__)
    return None


def _read_bytes(path: Path) -> bytes | None:
    try:
        return read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        return None
    except NotARegularFile:
        raise Damaged("it is not a regular file") from None
    except TooLarge:
        raise Damaged(f"it is larger than {MAX_BYTES} bytes") from None


def _no_constant(name: str) -> Any:
    raise Damaged(f"it holds the non-JSON number {name}")


def _parse(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, Damaged):
            raise
        raise Damaged("it is not valid JSON") from None


def _text(value: Any, what: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise Damaged(f"{what} is not a short text")
    return value


def _time(value: Any, what: str, *, optional: bool = False) -> float:
    if value is None and optional:
        return math.inf
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_TIME:
        raise Damaged(f"{what} is not a time")
    return float(value)


def validate(doc: Any) -> dict[str, Any]:
    """`doc` reduced to what `apply` uses, every value checked; Damaged at the first thing out of place."""
    if not isinstance(doc, dict) or doc.get("version") != VERSION:
        raise Damaged("it is not a version 1 sandbox state")
    tokens, players = doc.get("tokens"), doc.get("players")
    if not isinstance(tokens, dict) or not isinstance(players, dict) or len(tokens) > MAX_KINDS:
        raise Damaged("it lacks the tokens or the players")
    out_tokens: dict[str, dict[str, Entry]] = {}
    for kind, entries in tokens.items():
        if not KIND.match(kind) or not isinstance(entries, dict) or len(entries) > MAX_TOKENS_PER_KIND:
            raise Damaged("a token kind is malformed")
        out: dict[str, Entry] = {}
        for key, entry in entries.items():
            if not DIGEST.match(key) or not isinstance(entry, list) or len(entry) != 3:
                raise Damaged(f"a {kind} entry is malformed")
            subject = _text(entry[0], f"a {kind} subject")
            assert subject is not None
            out[key] = (subject, _time(entry[1], f"a {kind} expiry", optional=True), _time(entry[2], "an issue time"))
        out_tokens[kind] = out
    out_players: dict[str, list[dict[str, Any]]] = {}
    for service, records in players.items():
        spec = PLAYERS.get(service)
        if spec is None or not isinstance(records, list) or len(records) > 10 * MAX_CREATED_PLAYERS:
            raise Damaged(f"the players of {service!r} are malformed")
        out_players[service] = [_player(service, spec, record) for record in records]
    return {"tokens": out_tokens, "players": out_players}


def _player(service: str, spec: Players, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise Damaged(f"a {service} player is malformed")
    allowed = {spec.id, "new", *spec.changes, *(spec.created or ())}
    if set(record) - allowed:
        raise Damaged(f"a {service} player has unknown fields")
    player: dict[str, Any] = {spec.id: _text(record.get(spec.id), f"a {service} player id")}
    for key, types in spec.changes.items():
        if key in record:
            value = record[key]
            if not isinstance(value, types) or isinstance(value, bool) \
                    or (isinstance(value, str) and len(value) > MAX_TEXT) \
                    or (isinstance(value, int) and not 0 <= value < 2**31):
                raise Damaged(f"a {service} player's {key} is malformed")
            player[key] = value
    if record.get("new") is True:
        if spec.created is None or (service == "playfab" and not PLAYFAB_ID.match(player[spec.id])):
            raise Damaged(f"a created {service} player is malformed")
        for key in spec.created:
            if key in record:
                player[key] = _text(record[key], f"a {service} player's {key}")
        if not any(k in player for k in ("facebook_id", "xbox_id", "custom_id_sha256")):
            raise Damaged(f"a created {service} player has no sign-in")
        player["new"] = True
    elif "new" in record:
        raise Damaged(f"a {service} player is malformed")
    return player


def apply(doc: dict[str, Any], tokens: dict[str, dict[str, Entry]], data: dict[str, Any]) -> None:
    """Merge a validated document into a fresh state: tokens as they were, seed players' changes, created players
    appended (at most MAX_CREATED_PLAYERS per service, as a new account starts on this service)."""
    for kind, entries in doc["tokens"].items():
        tokens.setdefault(kind, {}).update(entries)
    for service, records in doc["players"].items():
        spec = PLAYERS[service]
        players: list[dict[str, Any]] = data.get(service, {}).get("players", [])
        by_id = {p[spec.id]: p for p in players}
        created = 0
        for record in records:
            known = by_id.get(record[spec.id])
            if known is not None:
                known.update({k: record[k] for k in spec.changes if k in record})
            elif record.get("new") and created < MAX_CREATED_PLAYERS:
                created += 1
                player = {k: v for k, v in record.items() if k != "new"}
                player.setdefault("display_name", None)
                player.setdefault("last_login", None)
                player.update(avatar=None, inventory=[])
                players.append(player)
                by_id[player[spec.id]] = player
