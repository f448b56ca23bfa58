"""The last profile each saved account showed (no secrets: names, ids, chests), so that the window can show it
right after start while the session refreshes in the background.

`first_screen` is what the window paints right after its first frame, before asyncio, the manifest or the
providers are loaded; the controller applies the same rule (`last_known`) once it runs."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import read_regular, replace_private
from .models import Item, Profile, parse_time, utcnow
from .paths import cache_dir

if TYPE_CHECKING:
    from .accounts.store import Account

log = logging.getLogger("launcher.snapshots")
MAX_ITEMS = 5000  # a first screen's worth and more; the refresh brings the rest
MAX_BYTES = 4 * 1024 * 1024
FRESH_FOR_S = 60  # a session ending sooner is not offered from its last known state: Play would fail at once


def _path(account_id: str) -> Path:
    return cache_dir() / "profiles" / (hashlib.sha256(account_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
                                       + ".json")


def save(account_id: str, profile: Profile, *, method: str = "") -> None:
    """`method`: how the player signed in, in the player's words (the profile's badge on the next start)."""
    doc = {**profile.to_json(), "items": [i.to_json() for i in profile.items[:MAX_ITEMS]],
           "details": profile.details, "extras": profile.extras, "method": method}
    path = _path(account_id)
    try:
        replace_private(path, json.dumps(doc, ensure_ascii=False).encode("utf-8"), top=cache_dir())
    except OSError as exc:
        log.info("profile snapshot not written: %s", exc.strerror)


def _strs(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _read(account_id: str) -> dict[str, Any] | None:
    try:
        doc = json.loads(read_regular(_path(account_id), MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # missing, not a regular file, too large, not JSON: not trusted
        return None
    if not isinstance(doc, dict) or not all(isinstance(doc.get(k), str) for k in ("provider", "player_id",
                                                                                    "display_name")):
        return None
    return doc


def load(account_id: str) -> Profile | None:
    """The snapshot, or None when there is none or it is not one (a damaged cache is ignored, never trusted)."""
    doc = _read(account_id)
    return None if doc is None else _profile(doc)


def _of(account: Account) -> dict[str, Any] | None:
    """The account's snapshot document, only when it is this account's player (not one copied over it)."""
    doc = _read(account.id)
    if doc is None or (doc["provider"], doc["player_id"]) != (account.provider, account.player_id):
        return None
    return doc


def _profile(doc: dict[str, Any]) -> Profile:
    items = []
    raw_items = doc.get("items")
    for raw in raw_items if isinstance(raw_items, list) else []:
        if isinstance(raw, dict) and isinstance(raw.get("id"), str) and isinstance(raw.get("name"), str):
            count = raw.get("count")
            items.append(Item(raw["id"], raw["name"], str(raw.get("description") or ""),
                              count if isinstance(count, int) and not isinstance(count, bool) else None))
    avatar = doc.get("avatar_url")
    newly = doc.get("newly_created")
    return Profile(provider=doc["provider"], player_id=doc["player_id"], display_name=doc["display_name"],
                   avatar_url=avatar if isinstance(avatar, str) and avatar else None,
                   last_login=parse_time(doc.get("last_login")),
                   newly_created=newly if isinstance(newly, bool) else None,
                   items=items[:MAX_ITEMS], details=_strs(doc.get("details")), extras=_strs(doc.get("extras")))


def forget(account_id: str) -> None:
    with contextlib.suppress(OSError):
        _path(account_id).unlink()


def offered(account: Account | None, fresh_for_s: float = FRESH_FOR_S) -> bool:
    """Whether a saved account may be shown from its last known state with Play enabled: it has a saved session
    that is not known to end within `fresh_for_s` (before a refresh could run)."""
    if account is None or not account.token_names:
        return False
    ends = [parse_time(v) for v in account.expires.values()]
    return not any(when is not None and (when - utcnow()).total_seconds() < fresh_for_s for when in ends)


def _known(account: Account | None, fresh_for_s: float = FRESH_FOR_S) -> dict[str, Any] | None:
    return _of(account) if account is not None and offered(account, fresh_for_s) else None


def last_known(account: Account | None, *, fresh_for_s: float = FRESH_FOR_S) -> Profile | None:
    """The profile to show for `account` before its session is read (None: open it the usual way)."""
    doc = _known(account, fresh_for_s)
    return None if doc is None else _profile(doc)


@dataclass(frozen=True)
class FirstScreen:
    account: Account
    profile: Profile
    method: str  # the badge, as it read when the snapshot was taken


def first_screen(accounts_file: Path | None = None, *, environment: str = "") -> FirstScreen | None:
    """The default account's last known profile, read before anything else is loaded: the account file as it
    is (never repaired or rewritten here; the account store does that a moment later) and the snapshot. Only an
    account of `environment` (or of none): the window must not show a player an account it will then hide."""
    from .accounts.store import AccountStore
    from .accounts.store import accounts_file as default_file

    data = AccountStore(accounts_file or default_file()).peek()
    account = next((a for a in data.accounts if a.id == data.default), None) if data is not None else None
    if account is None or not account.belongs_to(environment):
        return None
    doc = _known(account)
    if doc is None:
        return None
    method = doc.get("method")
    return FirstScreen(account, _profile(doc), method if isinstance(method, str) else "")
