"""JSON:API email/password backend (`players/sign_in`, `include=chests`, access and refresh tokens)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import ClassVar

from ..diagnostics import Check
from ..models import Field, FieldKind, Profile, Session
from ..outcomes import RateLimited, SessionExpired
from ..steps import jsonapi
from ..steps.flow import Attempt, Context, Plan, Step
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .base import Provider


class AttemptLimiter:
    """Client-side limit on rapid repeated sign-ins, so a stuck Enter key cannot lock the account."""

    def __init__(self, max_attempts: int = 5, window_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_attempts, self.window_s, self.clock = max_attempts, window_s, clock
        self._times: dict[str, list[float]] = {}

    def check(self, key: str) -> None:
        now = self.clock()
        recent = [t for t in self._times.get(key, []) if now - t < self.window_s]
        if len(recent) >= self.max_attempts:
            wait = self.window_s - (now - recent[0])
            raise RateLimited(f"Too many sign-in attempts in a short time. Wait {max(1, round(wait))} seconds "
                              "and try again.", code="client-limit", retry_after=wait)
        recent.append(now)
        self._times[key] = recent

    def reset(self) -> None:
        self._times.clear()


limiter = AttemptLimiter()


async def _limited_sign_in(ctx: Context, attempt: Attempt) -> None:
    limiter.check(attempt.credentials["email"].lower())
    await jsonapi.sign_in(ctx, attempt)


@register
class GachaProvider(Provider):
    id = "gacha"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Email and password", "a sign-in method")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Sign in with your game account's email and password.")
    services = (jsonapi.SERVICE,)
    fields: ClassVar[tuple[Field, ...]] = (
        Field("email", QT_TRANSLATE_NOOP("SignInMethods", "Email", "a field's label"), FieldKind.EMAIL),
        Field("password", QT_TRANSLATE_NOOP("SignInMethods", "Password", "a field's label"), FieldKind.PASSWORD),
    )
    label_field = "email"
    game_token = "access_token"


    async def diagnose(self, ctx: Context) -> list[Check]:
        return [await jsonapi.diagnose(ctx)]

    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        return Plan((Step(QT_TRANSLATE_NOOP("SignInSteps", "Signing in…"), _limited_sign_in),))

    def refresh_plan(self, session: Session) -> Plan:
        return Plan((Step(QT_TRANSLATE_NOOP("SignInSteps", "Refreshing your session…"), jsonapi.refresh),))

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        """`players/me`; an access token refused before its time (a backend may revoke them early) is renewed
        once with the refresh token, in place, and only a refused refresh ends the session."""
        if session.expired("access_token"):
            raise SessionExpired()
        try:
            return await jsonapi.me(ctx, session)
        except SessionExpired:
            if not session.tokens.get("refresh_token"):
                raise
        attempt = Attempt(provider=self.id, session=session)
        await jsonapi.refresh(ctx, attempt)  # answers the player with its chests, like sign-in
        if attempt.profile is None:
            return await jsonapi.me(ctx, session)
        return attempt.profile

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("access_token", margin_s=margin_s)
