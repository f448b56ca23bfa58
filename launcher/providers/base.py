"""The Provider contract: declared fields, and sign-in/refresh as chains of small async steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Awaitable, Callable, ClassVar, Mapping

from ..models import Field, FieldKind, Profile, Session
from ..outcomes import InvalidRequest, SessionExpired, UsageError
from ..redact import secrets

if TYPE_CHECKING:
    from ..http import Http

BOOL_TRUE = ("true", "1", "yes", "on")
BOOL_FALSE = ("false", "0", "no", "off", "")


@dataclass(frozen=True)
class DeviceFacts:
    device_id: str
    os_name: str
    language: str
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass
class Settings:
    """Non-secret settings of a game (from the manifest): service base URLs and per-service options."""

    services: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def base_url(self, service: str) -> str:
        url = self.services.get(service)
        if not url:
            raise UsageError(f"The manifest gives no base URL for the {service!r} service.")
        return url.rstrip("/")

    def option(self, service: str, key: str, default: Any = None) -> Any:
        return self.options.get(service, {}).get(key, default)


ProgressFn = Callable[[str], None]


@dataclass
class Context:
    """What every step may use: the shared HTTP client, the game's settings, the device facts."""

    http: Http
    settings: Settings
    device: DeviceFacts
    progress: ProgressFn = lambda label: None


@dataclass
class Attempt:
    """The state one chain run builds up; each step reads what earlier steps left here."""

    credentials: dict[str, str]
    provider: str = ""
    session: Session | None = None
    profile: Profile | None = None
    scratch: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    label: str  # shown to the player while it runs ("Signing in to PlayFab…")
    run: Callable[[Context, Attempt], Awaitable[None]]


async def run_steps(ctx: Context, steps: tuple[Step, ...], attempt: Attempt) -> Attempt:
    for step in steps:
        ctx.progress(step.label)
        await step.run(ctx, attempt)
    return attempt


def parse_bool(name: str, value: str | bool | None) -> bool:
    if isinstance(value, bool):
        return value
    text = (value or "").strip().lower()
    if text in BOOL_TRUE:
        return True
    if text in BOOL_FALSE:
        return False
    raise UsageError(f"Field {name!r} takes true or false, not {value!r}.")


class Provider:
    """Base of every provider. Subclasses declare their fields and compose steps."""

    id: ClassVar[str]
    display_name: ClassVar[str]
    service: ClassVar[str]
    fields: ClassVar[tuple[Field, ...]]
    testing_only: ClassVar[bool] = False
    description: ClassVar[str] = ""
    # Steps of a fresh sign-in, and the tail that a refresh reruns.
    sign_in_steps: ClassVar[tuple[Step, ...]] = ()

    @property
    def label(self) -> str:
        return f"{self.display_name} (testing tool)" if self.testing_only else self.display_name

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

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
            if f.secret:
                secrets.add(value)
            elif f.kind is FieldKind.EMAIL:
                out[f.name] = value.strip()
        return out

    async def sign_in(self, ctx: Context, credentials: Mapping[str, Any]) -> Session:
        attempt = Attempt(credentials=self.validate(credentials), provider=self.id)
        await run_steps(ctx, self.sign_in_steps, attempt)
        return self._finish(attempt)

    async def refresh(self, ctx: Context, session: Session) -> Session:
        """Renew a session without the player's credentials; SessionExpired when that is impossible."""
        raise SessionExpired()

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        if session.profile is not None:
            return session.profile
        raise SessionExpired()

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        """True when a token this provider relies on expires within `margin_s`."""
        return any(session.expired(name, margin_s=margin_s) for name in session.expires)

    def handover(self, session: Session) -> dict[str, str]:
        """Values a game may receive (names usable in the manifest's env template)."""
        return {"provider": self.id, "player_id": session.player_id, "display_name": session.display_name,
                **{k: str(v) for k, v in session.data.items() if isinstance(v, (str, int, float))},
                **session.tokens}

    def _finish(self, attempt: Attempt) -> Session:
        if attempt.session is None:
            raise InvalidRequest("The sign-in finished without a session.")
        session = attempt.session
        if attempt.profile is not None:
            session.profile = attempt.profile
        for value in session.tokens.values():
            secrets.add(value)
        return session
