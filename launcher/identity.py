"""Which game this launcher process serves. Its app id names the launcher's own folders, keychain entries,
single-instance socket and desktop identity, so two studios' launchers run side by side and never share
accounts or secrets.

It is set once per run, before anything reads a path (launcher.cli, from the manifest the run uses: --manifest,
$LAUNCHER_MANIFEST, a studio bundle's own manifest, or the demo's), and read everywhere else. The rule, which
packaging must follow too: `[game] id` when given, else `app_slug([game] name)`. The demo manifest says
`id = "game-launcher"`, the one identity every launcher had before, so existing data stays where it is.

Light on purpose (no Qt, no TOML parser): the window reads it before its first frame."""

from __future__ import annotations

import re
from typing import NamedTuple

from .outcomes import ManifestError

DEFAULT_APP_ID = "game-launcher"
APP_ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9.-]{0,62}[a-z0-9])?$")
SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]{1,31}$")
RESERVED_SCHEMES = frozenset({"http", "https", "file", "ftp", "ftps", "mailto", "data", "javascript", "about",
                              "blob", "ws", "wss", "tel", "sms", "steam", "ssh", "smb", "vbscript", "chrome",
                              "view-source"})


def default_scheme(app_id: str) -> str:
    """The link scheme a game gets without `[game] url_scheme`: its app id when that is a usable scheme, else none."""
    return app_id if SCHEME_RE.match(app_id) and app_id not in RESERVED_SCHEMES else ""



def app_slug(name: str) -> str:
    """The app id a game's name gives: lower-case ASCII letters and digits, runs of anything else as one '-'.
    A name with no such letters ("星の戦術") gets `game-` and a digest of the name, never the demo's id: two
    such games must not share one identity."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")
    if slug:
        return slug
    import hashlib

    return f"game-{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


class Identity(NamedTuple):
    app_id: str = DEFAULT_APP_ID
    name: str = ""  # the game's name, "" when not known
    version: str = ""  # [game] version: the studio's own version of its launcher
    studio: bool = False  # a studio's launcher (its bundle, or a manifest with a version): it names itself


_state: dict[str, Identity] = {"current": Identity()}


def check(app_id: str, where: str = "") -> str:
    """`app_id` when it is one (it becomes a folder name, a keychain service and a socket name), else
    ManifestError (exit 5)."""
    if not APP_ID_RE.match(app_id):
        place = f"{where}: " if where else ""
        raise ManifestError(f"{place}game.id: an app id is 1-64 lower-case letters, digits, '.' and '-', starting "
                            "and ending with a letter or digit (it names the launcher's folders and keychain entries)")
    return app_id


def use(identity: Identity) -> None:
    """Make `identity` this process's (launcher.cli, once per run; tests)."""
    check(identity.app_id)
    _state["current"] = identity


def reset() -> None:
    _state["current"] = Identity()


def current() -> Identity:
    return _state["current"]


def app_id() -> str:
    return _state["current"].app_id


def is_default() -> bool:
    return app_id() == DEFAULT_APP_ID


def keychain_service(what: str) -> str:
    """A keychain service name of this game: `<app id>/<what>` (the demo's stay `game-launcher/gacha`...)."""
    return f"{app_id()}/{what}"


def confirm(manifest_app_id: str, where: object) -> None:
    """The fully parsed manifest must name the app id read before it (the quick read of its [game] table): a
    process never uses two identities. They differ only for a manifest that hides an `id` line from a line
    reader (inside a multi-line string, say)."""
    if manifest_app_id != app_id():
        raise ManifestError(f"{where}: game.id: the launcher read the app id {app_id()!r} before the manifest "
                            f"says {manifest_app_id!r}; write it as one plain line, id = \"...\", in [game]")


def version_text(launcher_version: str) -> str:
    """What --version says: the studio's game and version in a studio's launcher, else the launcher's own."""
    me = current()
    if me.studio and me.name:
        return f"{me.name} {me.version} (game launcher {launcher_version})".replace("  ", " ")
    return f"launcher {launcher_version}"
