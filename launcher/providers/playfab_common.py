"""What the four PlayFab login providers share: refresh by re-validating the ticket or re-running the login."""

from __future__ import annotations

from typing import ClassVar

from ..models import Profile, Session
from ..outcomes import SessionExpired
from ..steps import playfab
from .base import Attempt, Context, Provider, Step, run_steps


class PlayFabProvider(Provider):
    service = "playfab"
    login: ClassVar[Step]
    # Non-secret credential fields kept in the session data so that a refresh can log in again by itself.
    replayable: ClassVar[tuple[str, ...]] = ()
    # Secret credential fields kept (keychain only) for the same reason.
    replayable_secrets: ClassVar[tuple[str, ...]] = ()

    @property
    def sign_in_steps(self) -> tuple[Step, ...]:  # type: ignore[override]
        return (self.login,)

    def _finish(self, attempt: Attempt) -> Session:
        session = super()._finish(attempt)
        for name in self.replayable:
            if attempt.credentials.get(name):
                session.data[name] = attempt.credentials[name]
        for name in self.replayable_secrets:
            if attempt.credentials.get(name):
                session.tokens[name] = attempt.credentials[name]
        return session

    def can_relogin(self, session: Session) -> bool:
        return bool(self.replayable) and all(session.data.get(n) for n in self.replayable) and \
            all(session.tokens.get(n) for n in self.replayable_secrets)

    async def relogin(self, ctx: Context, session: Session) -> Session:
        credentials = {n: str(session.data[n]) for n in self.replayable}
        credentials |= {n: session.tokens[n] for n in self.replayable_secrets}
        attempt = Attempt(credentials=credentials, provider=self.id)
        await run_steps(ctx, (self.login,), attempt)
        return self._finish(attempt)

    async def refresh(self, ctx: Context, session: Session) -> Session:
        if not session.expired("session_ticket", margin_s=600):
            fresh = session.copy()
            fresh.profile = await playfab.combined_info(ctx, session)
            return fresh
        if self.can_relogin(session):
            return await self.relogin(ctx, session)
        raise SessionExpired("Your PlayFab session has expired. Please sign in again.")

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        if session.expired("session_ticket"):
            raise SessionExpired("Your PlayFab session has expired. Please sign in again.")
        return await playfab.combined_info(ctx, session)

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("session_ticket", margin_s=margin_s)
