"""JSON:API email/password backend (`players/sign_in`, `include=chests`, access and refresh tokens)."""

from __future__ import annotations

import time
from typing import Any, ClassVar, Mapping

from ..models import Field, FieldKind, Profile, Session
from ..outcomes import RateLimited, SessionExpired
from ..steps import jsonapi
from . import register
from .base import Attempt, Context, Provider, Step, run_steps


class AttemptLimiter:
    """Client-side limit on rapid repeated sign-ins, so a stuck Enter key cannot lock the account."""

    def __init__(self, max_attempts: int = 5, window_s: float = 30.0, clock: Any = time.monotonic) -> None:
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


limiter = AttemptLimiter()


@register
class GachaProvider(Provider):
    id = "gacha"
    display_name = "Email and password"
    service = "gacha"
    description = "Sign in with the email and password of your game account."
    fields: ClassVar[tuple[Field, ...]] = (
        Field("email", "Email", FieldKind.EMAIL),
        Field("password", "Password", FieldKind.PASSWORD),
    )
    sign_in_steps = (Step("Signing in…", jsonapi.sign_in),)
    refresh_steps = (Step("Refreshing session…", jsonapi.refresh),)

    async def sign_in(self, ctx: Context, credentials: Mapping[str, Any]) -> Session:
        values = self.validate(credentials)
        limiter.check(values["email"].lower())
        attempt = Attempt(credentials=values, provider=self.id)
        await run_steps(ctx, self.sign_in_steps, attempt)
        return self._finish(attempt)

    async def refresh(self, ctx: Context, session: Session) -> Session:
        attempt = Attempt(credentials={}, provider=self.id, session=session.copy())
        await run_steps(ctx, self.refresh_steps, attempt)
        return self._finish(attempt)

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        if session.expired("access_token"):
            raise SessionExpired()
        return await jsonapi.me(ctx, session)

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("access_token", margin_s=margin_s)
