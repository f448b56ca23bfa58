"""Links that open the launcher (`launcher open URL`, docs/cli-contract.md):

    <scheme>://play?account=ID      the window on that saved account's profile, Play ready (never pressed)
    <scheme>://account?id=ID        the window on that saved account's profile
    <scheme>://signin?provider=ID   the window on that sign-in method's form

The scheme is the manifest's `url_scheme`. Any web page can hand the system such a URL, so the parser is strict
and answers with a typed action or refuses with one line (exit 2): nothing else in the URL is read, guessed or
repaired. A link never plays, signs in, removes or changes anything by itself; the player clicks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Any, NamedTuple

from .outcomes import UsageError

MAX_URL = 2048  # characters (the URL must be ASCII: a browser percent-encodes everything else)
MAX_VALUE = 512  # characters of a decoded account or provider id
ACTIONS = {"play": "account", "account": "id", "signin": "provider"}  # action -> its one query key
PROVIDER_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,63}):(.*)", re.S)
# A query value: RFC 3986's unreserved and sub-delimiters, ':' and '@', and %XX; not '&', '=', '/', '?' or '#'.
_VALUE = re.compile(r"(?:[A-Za-z0-9._~!$'()*+,;:@-]|%[0-9A-Fa-f]{2})+")
_REFUSED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls, bidi and other format marks...


class LinkRefused(UsageError):
    """A URL that is not one of the launcher's links, or names what this launcher does not have (exit 2)."""

    def __init__(self, why: str) -> None:
        super().__init__(f"This link was refused: {why}.")


class ShowAccount(NamedTuple):
    account_id: str
    play: bool = False  # a play link: the profile comes up with Play ready for the player's click

    def to_message(self) -> dict[str, str]:
        return {"action": "play" if self.play else "account", "value": self.account_id}


class ShowSignIn(NamedTuple):
    provider: str

    def to_message(self) -> dict[str, str]:
        return {"action": "signin", "value": self.provider}


Action = ShowAccount | ShowSignIn


def parse(url: str, scheme: str) -> Action:
    """The action a link asks for, from its text alone; LinkRefused for anything else. `check` then says whether
    this launcher has what it names."""
    if not scheme:
        raise LinkRefused("this game has no link scheme (the manifest's [game] url_scheme)")
    if len(url) > MAX_URL:
        raise LinkRefused(f"it is longer than {MAX_URL} characters")
    if any(not "!" <= c <= "~" for c in url):
        raise LinkRefused("it holds spaces, control characters or characters that are not percent-encoded")
    m = _SCHEME.fullmatch(url)
    if m is None or m.group(1).lower() != scheme:
        raise LinkRefused(f"it is not a {scheme}:// link")
    rest = m.group(2)
    if not rest.startswith("//"):
        raise LinkRefused(f"it is not of the form {scheme}://ACTION?KEY=VALUE")
    if "#" in rest:
        raise LinkRefused("it has a fragment (#)")
    target, asks, query = rest[2:].partition("?")
    if target.endswith("/"):  # scheme://play/?account=... is how some systems hand it over
        target = target[:-1]
    if "@" in target:
        raise LinkRefused("it names a user (@) before the action")
    if ":" in target:
        raise LinkRefused("it has a port (:) after the action")
    if "/" in target or "\\" in target or "%" in target:
        raise LinkRefused("it has a path after the action")
    if target not in ACTIONS:
        raise LinkRefused(f"unknown action; a link opens one of: {', '.join(ACTIONS)}")
    key = ACTIONS[target]
    if not asks or not query:
        raise LinkRefused(f"{target} needs {key}=VALUE")
    values: dict[str, str] = {}
    for part in query.split("&"):
        name, equals, raw = part.partition("=")
        if name != key:
            raise LinkRefused(f"{target} takes one key, {key}, and nothing else")
        if name in values:
            raise LinkRefused(f"{key} is given more than once")
        if not equals or not raw:
            raise LinkRefused(f"{key} has no value")
        values[name] = raw
    value = _decode(values[key])
    if target == "signin":
        if not PROVIDER_ID.match(value):
            raise LinkRefused("that is not a sign-in method's id")
        return ShowSignIn(value)
    return ShowAccount(value, play=target == "play")


def _decode(raw: str) -> str:
    """One level of percent-encoding, strictly: %XX only, UTF-8, and nothing that is still encoded, a control
    or format character (raw or encoded) or longer than MAX_VALUE."""
    if not _VALUE.fullmatch(raw):
        raise LinkRefused("its value holds a character that must be percent-encoded, or a bad %-escape")
    from urllib.parse import unquote_to_bytes

    try:
        value = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise LinkRefused("its value is not UTF-8 text") from None
    if "%" in value:
        raise LinkRefused("its value is percent-encoded twice")
    if len(value) > MAX_VALUE:
        raise LinkRefused(f"its value is longer than {MAX_VALUE} characters")
    if any(unicodedata.category(c) in _REFUSED_CATEGORIES for c in value):
        raise LinkRefused("its value holds control or formatting characters")
    return value


def check(action: Action, *, providers: Collection[str], accounts: Collection[str]) -> Action:
    """`action` when this launcher has what it names: a sign-in method this game's manifest enables, or an
    account saved for this game (its own account file: another game's accounts are never there)."""
    if isinstance(action, ShowSignIn):
        if action.provider not in providers:
            raise LinkRefused("this game does not offer that sign-in method")
    elif action.account_id not in accounts:
        raise LinkRefused("that account is not saved in this game's launcher")
    return action


def from_message(raw: Any) -> Action | None:
    """An action handed over by another launcher process (ui/single_instance.py): the same shape `to_message`
    gives, checked again (the socket is outside input); None for anything else."""
    if not isinstance(raw, dict) or set(raw) != {"action", "value"}:
        return None
    kind, value = raw["action"], raw["value"]
    if kind not in ACTIONS or not isinstance(value, str) or not 0 < len(value) <= MAX_VALUE:
        return None
    if "%" in value or any(unicodedata.category(c) in _REFUSED_CATEGORIES for c in value):
        return None
    if kind == "signin":
        return ShowSignIn(value) if PROVIDER_ID.match(value) else None
    return ShowAccount(value, play=kind == "play")
