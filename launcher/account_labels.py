"""How saved accounts are named to a person: one rule for the sidebar, the profile, and the dialogs.

An account file keeps whatever label the sign-in suggested: the typed e-mail, a masked custom id ("qa…"), or
"Astrid Stormborn (astrid@example.com)". Shown as they are, one player appears under three names and two test
accounts under the same masked one. `account_name` puts a name a person gave first, then the player's display name,
then what was typed, and for a nameless account its player id shortened (an id is not a secret). Accounts of the
same player (one backend id reached by e-mail, Facebook and a chained method) are found by `same_players`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Protocol

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# launcher.providers.base.mask: "abc…yz" or "ab…"; never a name a person chose.
_MASKED = re.compile(r"^\S{1,3}…(\S{2})?$")
_WITH_TYPED = re.compile(r"^(?P<name>.+) \((?P<typed>[^()]+)\)$")
JUST_NOW = timedelta(minutes=10)


class AccountLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def player_id(self) -> str: ...
    @property
    def environment(self) -> str: ...


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_masked(text: str) -> bool:
    return bool(_MASKED.match(text.strip()))


def _continues(text: str, at: int) -> bool:
    """Whether text[at] belongs to the character before it (an accent, a joiner, a variation or skin-tone mark)."""
    code = ord(text[at])
    return bool(unicodedata.combining(text[at])) or code == 0x200D or text[at - 1] == "\u200d" \
        or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xDC00 <= code <= 0xDFFF


def cut(text: str, limit: int) -> str:
    """At most `limit` characters with "…", never splitting a character from its accents or joined parts."""
    if len(text) <= limit:
        return text
    end = max(limit - 1, 1)
    while end > 1 and _continues(text, end):
        end -= 1
    return text[:end] + "…"


def short_id(player_id: str) -> str:
    """A player id short enough for a list ("23B65B…14EB"), still telling accounts apart; short ids whole."""
    pid = player_id.strip()
    if len(pid) <= 12 or not pid.isascii():
        return cut(pid, 12)
    return f"{pid[:6]}…{pid[-4:]}"


def _nameless(display_name: str, player_id: str) -> bool:
    """PlayFab answers a player without a display name with the player id itself."""
    name = display_name.strip()
    return not name or name == player_id.strip()


def _suggested(label: str, display_name: str, player_id: str) -> bool:
    """Whether `label` is one the sign-in made up rather than one a person gave."""
    text, name = label.strip(), display_name.strip()
    if not text or text in (name, player_id.strip()) or is_masked(text) or is_email(text):
        return True
    match = _WITH_TYPED.match(text)
    return bool(match and match["name"] == name and (is_masked(match["typed"]) or is_email(match["typed"])))


def account_name(label: str, display_name: str, player_id: str) -> str:
    """The account's name: a label a person gave; else the player's display name (not an e-mail when a real
    name is known); else what was typed to sign in (an e-mail), never a masked credential; else the shortened id."""
    if not _suggested(label, display_name, player_id):
        return label.strip()
    if not _nameless(display_name, player_id):
        return display_name.strip()
    typed = label.strip()
    if typed and not is_masked(typed) and typed != player_id.strip():
        return typed
    return short_id(player_id)


def is_nameless(label: str, display_name: str, player_id: str) -> bool:
    """Nobody named it and the backend has no name for it: a name is worth offering."""
    return _suggested(label, display_name, player_id) and _nameless(display_name, player_id) and \
        account_name(label, display_name, player_id) == short_id(player_id)


def previous_sign_in(last_login: datetime | None, now: datetime | None = None) -> datetime | None:
    """The backend's last sign-in time, worth showing as "Previous sign-in" only when it is not the sign-in that
    just happened (some backends report the current one): None within JUST_NOW of now, or in the future."""
    if last_login is None:
        return None
    moment = last_login if last_login.tzinfo is not None else last_login.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return None if moment > now - JUST_NOW else last_login


def same_players(accounts: Iterable[AccountLike],
                 services: Callable[[str], Iterable[str]]) -> Mapping[str, list[str]]:
    """Account id -> the ids of the other accounts that are the same player: the same player id, in the same
    environment, from providers that share a backend service (PlayFab e-mail, PlayFab Facebook, and a chained
    method that signs in through PlayFab). Ids from unrelated backends are never compared."""
    known: dict[str, frozenset[str]] = {}
    by_player: dict[tuple[str, str], list[AccountLike]] = {}
    for account in accounts:
        if account.player_id:
            by_player.setdefault((account.player_id, account.environment), []).append(account)
    found: dict[str, list[str]] = {}
    for group in by_player.values():
        for account in group:
            mine = known.setdefault(account.provider, frozenset(services(account.provider)))
            others = [o.id for o in group if o.id != account.id
                      and mine & known.setdefault(o.provider, frozenset(services(o.provider)))]
            if others:
                found[account.id] = others
    return found
