"""What flows between the parts: login fields, sessions, profiles, items."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from .outcomes import UsageError

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    PASSWORD = "password"
    SECRET = "secret"
    CHOICE = "choice"
    CHECKBOX = "checkbox"


@dataclass(frozen=True)
class Field:
    """One input of a provider's login form (and of `--field NAME=VALUE`)."""

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = True
    choices: tuple[str, ...] = ()
    default: str | None = None
    help: str = ""
    # Only required when another field has this value, e.g. ("auth_method", ("otp",)).
    required_when: tuple[str, tuple[str, ...]] | None = None
    # A regular expression the whole value must match, and what to tell the player when it does not.
    pattern: tuple[str, str] | None = None
    # What a form shows for each of `choices` (same order); the choice ids stay the values.
    choice_labels: tuple[str, ...] = ()
    # A credential that may be typed on the command line (not a `secret` field) but is kept only in the keychain:
    # never in the account file, a form's remembered values or a log line (a PlayFab custom id).
    credential: bool = False
    # A studio's or tester's secret (title secret key, publisher token, signing key): kept in the keychain per game
    # and environment (`launcher secrets set`), never asked of a player.
    provisioned: bool = False
    # Shown to testers only; a player's sign-in uses this value (Facebook's "create an account if none is linked":
    # a player signing in for the first time expects an account, not "no account is linked").
    player_value: str | None = None

    @property
    def secret(self) -> bool:
        return self.kind in (FieldKind.PASSWORD, FieldKind.SECRET)

    @property
    def confidential(self) -> bool:
        """Never written to a plain file or a log, whether or not argv may carry it."""
        return self.secret or self.credential

    def is_required(self, values: dict[str, str]) -> bool:
        if self.required_when is None:
            return self.required
        other, wanted = self.required_when
        return values.get(other, "") in wanted

    def problem(self, value: str, values: dict[str, str]) -> str | None:
        """What is wrong with `value` for this field (given the whole form), or None. Used as the player types."""
        if not value.strip():
            return f"{self.label} is required." if self.is_required(values) else None
        if self.kind is FieldKind.EMAIL and not EMAIL_RE.match(value.strip()):
            return f"{value.strip()!r} is not a valid email address."
        if self.kind is FieldKind.CHOICE and value not in self.choices:
            return f"{self.label} must be one of: {', '.join(self.choices)}."
        if self.pattern and not re.fullmatch(self.pattern[0], value.strip()):
            return self.pattern[1]
        return None

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind.value, "required": self.required,
                "secret": self.secret, "label": self.label,
                **({"provisioned": True} if self.provisioned else {}),
                **({"choices": list(self.choices)} if self.choices else {}),
                **({"default": self.default} if self.default is not None else {})}


@dataclass(frozen=True)
class Item:
    """A chest or inventory item as the profile page and `--json` show it."""

    id: str
    name: str
    description: str = ""
    count: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description, "count": self.count}


@dataclass
class Profile:
    provider: str
    player_id: str
    display_name: str
    avatar_url: str | None = None
    last_login: datetime | None = None
    newly_created: bool | None = None
    items: list[Item] = field(default_factory=list)
    # Non-secret facts a player reads, under player-facing labels ("Level", "Email").
    details: dict[str, str] = field(default_factory=dict)
    # Backend facts a tester may want (PlayFab id, session metadata): shown behind "Details" in tester mode.
    extras: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "player_id": self.player_id,
            "display_name": self.display_name,
            "avatar_url": self.avatar_url or None,
            "newly_created": self.newly_created,
            "last_login": self.last_login.isoformat() if self.last_login else None,
            "items": [i.to_json() for i in self.items],
        }


@dataclass
class Session:
    """A signed-in player. `tokens` are secrets (keychain only); `data` is what later calls need and is not secret."""

    provider: str
    player_id: str
    display_name: str
    tokens: dict[str, str] = field(default_factory=dict)
    expires: dict[str, datetime] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    profile: Profile | None = None

    def __repr__(self) -> str:  # never print token values
        return (f"Session(provider={self.provider!r}, player_id={self.player_id!r}, "
                f"tokens={sorted(self.tokens)}, expires={ {k: v.isoformat() for k, v in self.expires.items()} })")

    __str__ = __repr__

    def expired(self, token: str, *, now: datetime | None = None, margin_s: float = 0.0) -> bool:
        """True when `token` is missing or expires within `margin_s` seconds."""
        if token not in self.tokens:
            return True
        at = self.expires.get(token)
        if at is None:
            return False
        now = now or datetime.now(UTC)
        return (at - now).total_seconds() <= margin_s

    def copy(self) -> Session:
        return dataclasses.replace(self, tokens=dict(self.tokens), expires=dict(self.expires), data=dict(self.data))


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (with Z or offset, PlayFab's 7-digit fractions included) -> aware datetime; None if absent or
    invalid."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    if "." in text:  # trim fractions beyond microseconds, which fromisoformat rejects on 3.11
        head, _, rest = text.partition(".")
        digits = "".join(ch for ch in rest if ch.isdigit())
        tail = rest[len(digits):]
        text = f"{head}.{(digits + '000000')[:6]}{tail}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed.year <= 1:  # DateTime.MinValue: "never signed in before"
        return None
    return parsed


class AccountStatus(StrEnum):
    """Where a saved account stands; the value is what the account file stores."""

    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    OFFLINE = "offline"  # the last attempt could not reach the service (or hit a setup problem): all kept
    EXPIRED = "expired"  # the service refused the session or credentials: tokens dropped
    GONE = "gone"  # banned or deleted

    @classmethod
    def parse(cls, value: object) -> AccountStatus:
        try:
            return cls(str(value))
        except ValueError:
            return cls.SIGNED_OUT


@dataclass(frozen=True)
class DeviceFacts:
    device_id: str
    os_name: str
    language: str
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass(frozen=True)
class ServiceSpec:
    """A backend service a provider needs: the manifest's `[services] NAME = URL` and its option table `[NAME]`.

    `default_url` is a template over the options (PlayFab's `https://{title_id}.playfabapi.com`); a service with
    one needs no base URL in the manifest as long as the options it names are given."""

    name: str
    options: dict[str, type] = field(default_factory=dict)
    required_options: tuple[str, ...] = ()
    default_url: str | None = None

    def option_names(self) -> tuple[str, ...]:
        return tuple(self.options)


@dataclass
class Settings:
    """Non-secret settings of a game (from the manifest): service base URLs and per-service options."""

    services: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def base_url(self, service: str | ServiceSpec) -> str:
        spec = service if isinstance(service, ServiceSpec) else None
        name = spec.name if spec else str(service)
        url = self.services.get(name)
        if not url and spec is not None and spec.default_url:
            values = self.options.get(name, {})
            if all(values.get(k) for k in spec.required_options):
                url = spec.default_url.format(**{k: str(v) for k, v in values.items()})
        if not url:
            raise UsageError(f"The manifest gives no base URL for the {name!r} service.")
        return url.rstrip("/")

    def option(self, service: str | ServiceSpec, key: str, default: Any = None) -> Any:
        name = service.name if isinstance(service, ServiceSpec) else service
        return self.options.get(name, {}).get(key, default)
