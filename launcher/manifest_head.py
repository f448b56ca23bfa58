"""Where the bundled resources are, and the game's name, icon and banner read from a manifest without validating it.

This is all the first frame needs, so it is kept apart from `launcher.manifest`, whose full validation loads
every provider; that load follows right after the first paint and reports every problem in the manifest."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import NamedTuple

from . import resources

RESOURCES = resources.folder()
DEMO_MANIFEST = resources.demo_manifest()

_TABLE = re.compile(r"^\s*\[([^\]]+)\]\s*(?:#.*)?$")
_STRING_KEY = re.compile(r'^\s*(name|icon|banner|default)\s*=\s*(?:("(?:[^"\\]|\\.)*")|\'([^\']*)\')\s*(?:#.*)?$')


class GameHead(NamedTuple):
    name: str
    icon: Path | None
    banner: Path | None = None  # the first screen's profile shows it above Play, where it will stay
    environment: str = ""  # [environments] default: the first screen shows only an account of it


def game_head(path: str | Path) -> GameHead:
    """Name, icon and banner paths from the manifest's [game] table; ("Launcher", None, None) when it cannot
    be read.

    A line scan for the few string keys rather than a TOML parse: importing tomllib is ~3 ms, a tenth
    of what the first frame may add to a bare window. Anything unusual just yields the defaults here, and the
    validated manifest sets the real title a moment later."""
    path = Path(path)
    found: dict[str, str] = {}
    table = ""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return GameHead("Launcher", None)
    for line in lines:
        if m := _TABLE.match(line):
            table = m.group(1).strip()
        elif table in ("game", "environments") and (m := _STRING_KEY.match(line)):
            key = m.group(1) if table == "game" else f"environments.{m.group(1)}"
            with contextlib.suppress(ValueError):  # a basic string's escapes are JSON's, near enough
                found[key] = json.loads(m.group(2)) if m.group(2) else m.group(3)
    name, icon, banner = found.get("name"), found.get("icon"), found.get("banner")
    return GameHead(name or "Launcher", path.parent / icon if icon else None,
                    path.parent / banner if banner else None, found.get("environments.default", ""))
