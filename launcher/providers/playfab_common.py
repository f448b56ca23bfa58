"""What the four PlayFab login providers share: a one-step sign-in, and a refresh that keeps a valid ticket (or
signs in again with what the session kept) and reloads the player's details."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..diagnostics import Check
from ..models import Profile, ServiceSpec, Session
from ..outcomes import SessionExpired
from ..steps import playfab
from ..steps.flow import Context, Plan
from .base import Provider


class PlayFabProvider(Provider):
    services: ClassVar[tuple[ServiceSpec, ...]] = (playfab.SERVICE,)
    login: ClassVar[playfab.Login]
    game_token = "session_ticket"
    handover_tokens = ("entity_token",)


    async def diagnose(self, ctx: Context) -> list[Check]:
        return await playfab.diagnose(ctx)

    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        return Plan((self.login.step,))

    def refresh_plan(self, session: Session) -> Plan:
        return Plan((self.login.renew, playfab.combined_info_step))

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        if session.expired("session_ticket"):
            raise SessionExpired(playfab.EXPIRED)
        return await playfab.combined_info(ctx, session)

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("session_ticket", margin_s=margin_s)
