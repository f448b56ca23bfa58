"""Earth-style chained sign-in: a PlayFab login, then `player/profile/signin` for a game token and basePath."""

from __future__ import annotations

from typing import Any, Mapping

from ..models import Field, FieldKind, Profile, Session
from ..outcomes import SessionExpired, UsageError
from ..steps import profile_signin
from . import register
from .base import Attempt, Context, Provider, run_steps
from .playfab_common import PlayFabProvider
from .playfab_custom import PlayFabCustom
from .playfab_email import PlayFabEmail
from .playfab_facebook import PlayFabFacebook
from .playfab_xbox import PlayFabXbox

VIA: dict[str, type[PlayFabProvider]] = {p.id: p for p in (PlayFabFacebook, PlayFabXbox, PlayFabEmail,
                                                            PlayFabCustom)}


def _fields() -> tuple[Field, ...]:
    out: dict[str, Field] = {"via": Field("via", "PlayFab sign-in method", FieldKind.CHOICE,
                                          choices=tuple(VIA), default="playfab-custom",
                                          choice_labels=tuple(cls.display_name for cls in VIA.values()))}
    for via_id, cls in VIA.items():
        for f in cls.fields:
            if f.name in out:
                continue
            owners = tuple(v for v, c in VIA.items() if any(g.name == f.name and g.required for g in c.fields))
            out[f.name] = Field(f.name, f.label, f.kind, required=False, choices=f.choices, default=f.default,
                                help=f.help, required_when=("via", owners) if owners else None)
    return tuple(out.values())


@register
class Earth(Provider):
    id = "earth"
    display_name = "Earth (PlayFab + game server)"
    service = "earth"
    description = "Signs in to PlayFab, then exchanges the PlayFab session for a game server token."
    fields = _fields()

    def via(self, via_id: str) -> PlayFabProvider:
        if via_id not in VIA:
            raise UsageError(f"via must be one of: {', '.join(VIA)}.")
        return VIA[via_id]()

    async def sign_in(self, ctx: Context, credentials: Mapping[str, Any]) -> Session:
        values = self.validate(credentials)
        inner = self.via(values["via"])
        names = {f.name for f in inner.fields}
        attempt = Attempt(credentials=inner.validate({k: v for k, v in values.items() if k in names}),
                          provider=self.id)
        await run_steps(ctx, (inner.login, profile_signin.profile_signin), attempt)
        session = inner._finish(attempt)
        session.provider = self.id
        session.data["via"] = inner.id
        if session.profile:
            session.profile.provider = self.id
        await self._game_details(ctx, session)
        return session

    async def refresh(self, ctx: Context, session: Session) -> Session:
        """Re-exchange a still-valid PlayFab ticket for a new game token; re-login first where the
        PlayFab method allows it (custom id, Xbox)."""
        inner = self.via(str(session.data.get("via", "playfab-custom")))
        fresh = session.copy()
        if fresh.expired("session_ticket", margin_s=600):
            if not inner.can_relogin(fresh):
                raise SessionExpired("Your PlayFab session has expired. Please sign in again.")
            relogged = await inner.relogin(ctx, fresh)
            relogged.data = {**fresh.data, **relogged.data}
            fresh = relogged
        await profile_signin.exchange(ctx, fresh)
        fresh.provider = self.id
        await self._game_details(ctx, fresh)
        return fresh

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        try:
            details = await self._game_details(ctx, session)
        except SessionExpired:
            if session.expired("session_ticket"):
                raise
            await profile_signin.exchange(ctx, session)  # the game token expired: re-exchange silently
            details = await self._game_details(ctx, session)
        profile = await self.via(str(session.data.get("via", "playfab-custom"))).load_profile(ctx, session)
        profile.provider = self.id
        profile.details.update(details)
        return profile

    async def _game_details(self, ctx: Context, session: Session) -> dict[str, str]:
        """The game server's own view of the player (level, experience), also added to the session's profile."""
        result = await profile_signin.game_profile(ctx, session)
        details = {label: str(result[key]) for key, label in (("level", "Level"), ("experience", "Experience"))
                   if isinstance(result.get(key), int)}
        if session.profile is not None:
            session.profile.details.update(details)
        return details

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("session_ticket", margin_s=margin_s) or "game_token" not in session.tokens
