"""The last profile each saved account showed (no secrets: names, ids, chests), so that the window can show it
right after start while the session refreshes in the background."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from .models import Item, Profile, parse_time
from .paths import cache_dir

log = logging.getLogger("launcher.snapshots")
MAX_ITEMS = 5000  # a first screen's worth and more; the refresh brings the rest
MAX_BYTES = 4 * 1024 * 1024


def _path(account_id: str) -> Path:
    return cache_dir() / "profiles" / (hashlib.sha256(account_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
                                       + ".json")


def save(account_id: str, profile: Profile) -> None:
    doc = {**profile.to_json(), "items": [i.to_json() for i in profile.items[:MAX_ITEMS]],
           "details": profile.details, "extras": profile.extras}
    path = _path(account_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("profile snapshot not written: %s", exc.strerror)


def _strs(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def load(account_id: str) -> Profile | None:
    """The snapshot, or None when there is none or it is not one (a damaged cache is ignored, never trusted)."""
    path = _path(account_id)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        doc = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or not all(isinstance(doc.get(k), str) for k in ("provider", "player_id",
                                                                                    "display_name")):
        return None
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
