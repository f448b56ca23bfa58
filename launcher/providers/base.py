"""The Provider contract: declared fields, services and hand-over values, and a plan of steps per action."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from ..diagnostics import Check
from ..models import Field, FieldKind, Profile, ServiceSpec, Session, Settings
from ..outcomes import InvalidRequest, UsageError
from ..redact import secrets
from ..steps.flow import Attempt, Context, Plan, run_plan

BOOL_TRUE = ("true", "1", "yes", "on")
BOOL_FALSE = ("false", "0", "no", "off", "")

NO_PLAN = Plan(())


@dataclass(frozen=True)
class DeviceCode:
    """A code the player enters on another device or in a browser (Login for Devices)."""

    user_code: str
    verification_uri: str
    expires_in_s: float
    waiting: str = ""  # what the player reads while the launcher waits for the confirmation


class Prompt(Protocol):
    """What an external sign-in may ask of whoever drives it (the window or the command line)."""

    def open_url(self, url: str) -> object: ...

    def show_code(self, code: DeviceCode) -> object: ...


@dataclass(frozen=True)
class ExternalSignIn:
    """A sign-in that obtains a credential outside the form (a browser, a code on another device) and fills it in.

    `hides` are the fields the button stands for: a player sees the button, a tester may still type them."""

    label: str  # the button: "Continue with Facebook"
    hint: str  # one line under it
    fills: str  # the field the obtained credential goes into
    obtain: Callable[[Context, Prompt], Awaitable[str]]
    icon: str = ""  # a provider id whose icon the button shows ("" for none)
    brand_color: str = ""  # the button's background, where the brand asks for one (#rrggbb)
    hides: tuple[str, ...] = ()
    presets: Mapping[str, str] = field(default_factory=dict)  # values it sets (a chained provider's method)
    shown_when: tuple[str, tuple[str, ...]] | None = None  # only while this field has one of these values

    def applies(self, values: Mapping[str, str]) -> bool:
        if self.shown_when is None:
            return True
        name, wanted = self.shown_when
        return values.get(name, "") in wanted


def mask(text: str) -> str:
    """A credential shown as a label: a few of its characters, never enough to sign in with."""
    return f"{text[:3]}…{text[-2:]}" if len(text) >= 8 else f"{text[:2]}…"


def parse_bool(name: str, value: str | bool | None) -> bool:
    if isinstance(value, bool):
        return value
    text = (value or "").strip().lower()
    if text in BOOL_TRUE:
        return True
    if text in BOOL_FALSE:
        return False
    raise UsageError(f"Field {name!r} takes true or false, not {value!r}.")


class Provider(ABC):
    """Base of every provider. Subclasses declare what they need and build a plan per action."""

    id: ClassVar[str]
    display_name: ClassVar[str]
    description: ClassVar[str] = ""
    fields: ClassVar[tuple[Field, ...]]
    # The services it talks to; the first is its own (what `--base-url URL` without `SERVICE=` overrides).
    services: ClassVar[tuple[ServiceSpec, ...]]
    testing_only: ClassVar[bool] = False
    external: ClassVar[ExternalSignIn | None] = None
    # Hand-over to the game: the token offered as {token}, and further session values offered by name.
    game_token: ClassVar[str] = ""
    handover_tokens: ClassVar[tuple[str, ...]] = ()
    handover_data: ClassVar[tuple[str, ...]] = ()
    # The field whose value names a new account by default (what a tester typed: an email, an id).
    label_field: ClassVar[str] = ""

    @property
    def service(self) -> str:
        return self.services[0].name

    @property
    def label(self) -> str:
        return f"{self.display_name} (testing tool)" if self.testing_only else self.display_name

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def form_fields(self, tester: bool) -> tuple[Field, ...]:
        """The fields a form shows: a player never sees a provisioned secret or the credential an external
        sign-in stands for (a tester may type both)."""
        if tester:
            return self.fields
        hidden = set(self.external.hides) if self.external else set()
        return tuple(f for f in self.fields
                     if not f.provisioned and f.name not in hidden and f.player_value is None)

    def missing_provisioned(self, given: Mapping[str, Any]) -> list[Field]:
        """The provisioned secrets a sign-in with `given` requires and was not given: only the keychain has them."""
        values = {f.name: f.default or "" for f in self.fields} | {k: str(v) for k, v in given.items()}
        return [f for f in self.fields if f.provisioned and not given.get(f.name) and f.is_required(values)]

    def player_values(self) -> dict[str, str]:
        """What a player's sign-in uses for the fields only testers see."""
        return {f.name: f.player_value for f in self.fields if f.player_value is not None}

    # --- plans ------------------------------------------------------------------------------------
    @abstractmethod
    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        """The steps of a fresh sign-in with these (validated) form values; every provider declares its own."""

    def refresh_plan(self, session: Session) -> Plan:
        """The steps that renew `session` without the player; SessionExpired when that is impossible.
        Where a provider can refresh at all, this is its sign-in plan's tail behind a renewing first step."""
        return NO_PLAN

    def credentials_for(self, values: Mapping[str, str]) -> dict[str, str]:
        """What the plan's steps read from a validated form (a chained provider narrows it to its method)."""
        return dict(values)

    def steps_total(self, values: Mapping[str, str]) -> int:
        """How many steps a sign-in with these values takes (the window shows "Step i of n")."""
        try:
            return len(self.sign_in_plan(values))
        except UsageError:
            return 0

    async def sign_in(self, ctx: Context, credentials: Mapping[str, Any]) -> Session:
        values = self.validate(credentials)
        attempt = Attempt(provider=self.id, credentials=self.credentials_for(values))
        await run_plan(ctx, self.sign_in_plan(values), attempt)
        return self.finish(attempt)

    async def refresh(self, ctx: Context, session: Session) -> Session:
        """Renew a session without the player's credentials; SessionExpired when that is impossible."""
        plan = self.refresh_plan(session)
        if not plan.steps:
            return session
        attempt = Attempt(provider=self.id, session=session.copy())
        await run_plan(ctx, plan, attempt)
        return self.finish(attempt)

    def finish(self, attempt: Attempt) -> Session:
        if attempt.session is None:
            raise InvalidRequest("The sign-in finished without a session.")
        session = attempt.session
        session.provider = self.id
        self._scrub(session)
        if attempt.profile is not None:
            attempt.profile.provider = self.id
            session.profile = attempt.profile
        for value in session.tokens.values():
            secrets.add(value)
        return session

    def _scrub(self, session: Session) -> None:
        """Confidential values never stay in the session's plain data (older launchers kept a custom id there)."""
        confidential = {f.name for f in self.fields if f.confidential}
        for name in confidential:
            session.data.pop(name, None)
        form = session.data.get("form")
        if isinstance(form, str) and confidential:
            try:
                values = json.loads(form)
            except ValueError:
                values = {}
            if isinstance(values, dict):
                session.data["form"] = json.dumps({k: v for k, v in values.items() if k not in confidential})

    # --- launcher doctor ----------------------------------------------------------------------------
    async def diagnose(self, ctx: Context) -> list[Check]:
        """Whether this provider's services answer as the real ones do with this game's settings, asked without
        signing anyone in and without sending a secret (`launcher doctor`). Checks of a shared service are named
        alike, so that they run once."""
        return []

    # --- the signed-in player ---------------------------------------------------------------------
    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        """The player's profile; a provider whose service has no profile of its own shows the session's names."""
        if session.profile is not None:
            return session.profile
        return Profile(provider=self.id, player_id=session.player_id, display_name=session.display_name)

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        """True when a token this provider relies on expires within `margin_s`."""
        return any(session.expired(name, margin_s=margin_s) for name in session.expires)

    def game_api(self, session: Session, settings: Settings) -> str:
        """The address the game talks to for this session."""
        return settings.services.get(self.service, "").rstrip("/")

    def handover(self, session: Session, settings: Settings) -> dict[str, str]:
        """Values a game may receive (names usable in the manifest's env template); nothing else leaves."""
        values = {"provider": self.id, "player_id": session.player_id, "display_name": session.display_name,
                  "token": session.tokens.get(self.game_token, ""), "session_id": "",
                  "api": self.game_api(session, settings)}
        for name in self.handover_data:
            value = session.data.get(name)
            values[name] = "" if value is None else str(value)
        for name in self.handover_tokens:
            values[name] = session.tokens.get(name, "")
        return values

    @classmethod
    def handover_names(cls) -> tuple[str, ...]:
        return ("provider", "player_id", "display_name", "token", "session_id", "api",
                *cls.handover_data, *cls.handover_tokens)

    def suggested_label(self, values: Mapping[str, Any]) -> str | None:
        """A new account's default name: what was typed into `label_field`; masked when it is a credential (even a
        short one: the account file is plain text)."""
        if not self.label_field or not str(values.get(self.label_field) or "").strip():
            return None
        text = str(values[self.label_field]).strip()
        confidential = any(f.name == self.label_field and f.confidential for f in self.fields)
        return mask(text) if confidential else text

    # --- form values ------------------------------------------------------------------------------
    def validate(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Check the form values a person gave; returns them normalised. Raises UsageError with a clear message."""
        known = {f.name for f in self.fields}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UsageError(f"{self.id} has no field {unknown[0]!r}; its fields are: {', '.join(sorted(known))}.")
        out: dict[str, str] = {}
        for f in self.fields:
            raw = values.get(f.name)
            value = "" if raw is None else (("true" if raw else "false") if isinstance(raw, bool) else str(raw))
            if not value and f.default is not None:
                value = f.default
            out[f.name] = value
        for f in self.fields:
            value = out[f.name]
            problem = f.problem(value, out)
            if problem:
                raise UsageError(problem)
            if f.kind is FieldKind.CHECKBOX:
                out[f.name] = "true" if parse_bool(f.name, value) else "false"
            if f.confidential:
                secrets.add(value)
            elif f.kind is FieldKind.EMAIL:
                out[f.name] = value.strip()
        return out
