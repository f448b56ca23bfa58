"""Where the bundled resources are; the game's name, icon and banner, and its app id, read from a manifest without
validating it.

This is all the first frame needs, so it is kept apart from `launcher.manifest`, whose full validation loads
every provider; that load follows right after the first paint and reports every problem in the manifest."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import NamedTuple

from . import resources
from .identity import DEFAULT_APP_ID, Identity, app_slug, check
from .outcomes import ManifestError

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


# --- the app id, read before anything else (launcher/identity.py) ----------------------------------------------

MAX_BYTES = 1_000_000  # as launcher.manifest: a manifest is a few kilobytes
_GAME_STRING = re.compile(r'^\s*(id|name|version)\s*=\s*(?:("(?:[^"\\]|\\.)*")|\'([^\']*)\')\s*(?:#.*)?$')
_GAME_KEY_OTHERWISE = re.compile(r'^\s*["\']?(id|name|version)["\']?\s*[.=]')  # quoted, dotted, multi-line...
_GAME_ELSEWHERE = re.compile(r'^\s*["\']?game["\']?\s*[.=]')  # game.id = ..., game = {id = ...}
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def read_text_bounded(path: Path, limit: int = MAX_BYTES) -> str:
    """The manifest's text, read without ever waiting: a regular file of at most `limit` bytes (not a FIFO, a
    device or /dev/zero), UTF-8. Anything else is a ManifestError (exit 5) with one line."""
    import os
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ManifestError(f"{path}: the manifest file does not exist.") from None
    except IsADirectoryError:
        raise ManifestError(f"{path}: is a folder, not a manifest file.") from None
    except (OSError, ValueError) as exc:
        raise ManifestError(f"{path}: the manifest cannot be read "
                            f"({getattr(exc, 'strerror', None) or exc.__class__.__name__}).") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
            raise ManifestError(f"{path}: not a regular file ({what}); a manifest is a TOML file.")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ManifestError(f"{path}: the manifest cannot be read ({exc.strerror or exc.__class__.__name__}).") \
            from None
    finally:
        os.close(fd)
    if size > limit:
        raise ManifestError(f"{path}: too large (larger than {limit // 1000} kB); this is not a launcher manifest.")
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start}).") from None


def read_identity(path: str | Path, *, bundled: bool = False) -> Identity:
    """The app id (and the name and version a studio's launcher shows) of the manifest at `path`.

    A line scan finds a plain `id = "..."` line in [game], as `game_head` finds the name: no TOML parser on the
    window's way to its first frame. When there is no such line, or the scan is not sure (a quoted or dotted key,
    a multi-line string, a `game.id` elsewhere), the file is parsed as TOML, exactly as launcher.manifest will.
    `bundled`: the launcher runs from a bundle (a studio's launcher unless the manifest is the demo's).
    A bad or unreadable id is a ManifestError (exit 5); the full manifest load later confirms the same id."""
    path = Path(path)
    text = read_text_bounded(path)
    found, sure = _scan_game(text)
    if not (sure and "id" in found):
        found = _parse_game(text, path)
    app_id = found["id"] if "id" in found else app_slug(found.get("name") or path.stem)
    check(app_id, str(path))
    name = _UNSHOWABLE.sub("", found.get("name", ""))[:200]
    version = _UNSHOWABLE.sub("", found.get("version", ""))[:200]
    studio = bool(version) or (bundled and app_id != DEFAULT_APP_ID)
    return Identity(app_id, name, version, studio)


def _scan_game(text: str) -> tuple[dict[str, str], bool]:
    """[game]'s plain string lines id, name and version, and whether nothing else in the file could define them."""
    found: dict[str, str] = {}
    table, games, sure = "", 0, True
    for line in text.splitlines():
        if m := _TABLE.match(line):
            table = m.group(1).strip()
            games += table == "game"
        elif table == "game" and (m := _GAME_STRING.match(line)):
            key = m.group(1)
            if key in found:
                sure = False
            try:
                found[key] = json.loads(m.group(2)) if m.group(2) else m.group(3)
            except ValueError:
                sure = False
        elif (table == "game" and _GAME_KEY_OTHERWISE.match(line)) or _GAME_ELSEWHERE.match(line):
            sure = False
    return found, sure and games == 1


def _parse_game(text: str, path: Path) -> dict[str, str]:
    import tomllib

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML: {exc}.") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit integer, arrays nested thousands deep
        raise ManifestError(f"{path}: not a usable manifest ({str(exc).splitlines()[0][:120]}).") from None
    game = raw.get("game", {})
    if not isinstance(game, dict):
        raise ManifestError(f"{path}: game: must be a table")
    for key in ("id", "name", "version"):
        if key in game and not isinstance(game[key], str):
            raise ManifestError(f"{path}: game.{key}: must be a string")
    return {key: game[key] for key in ("id", "name", "version") if key in game}
