"""Earth-style chained sign-in: a PlayFab login, then `player/profile/signin` for a game token and basePath,
then the player's game profile (an extra: the sign-in stands without it)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ..diagnostics import Check
from ..models import Field, FieldKind, Profile, Session, Settings
from ..outcomes import UsageError
from ..steps import facebook_device, playfab, profile_signin
from ..steps.flow import Attempt, Context, Plan
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .base import Provider
from .playfab_common import PlayFabProvider
from .playfab_custom import PlayFabCustom
from .playfab_email import PlayFabEmail
from .playfab_facebook import CONTINUE_WITH_FACEBOOK, PlayFabFacebook
from .playfab_xbox import PlayFabXbox

VIA: dict[str, type[PlayFabProvider]] = {p.id: p for p in (PlayFabFacebook, PlayFabXbox, PlayFabEmail,
                                                            PlayFabCustom)}
DEFAULT_VIA = PlayFabCustom.id


def _fields() -> tuple[Field, ...]:
    label = QT_TRANSLATE_NOOP("SignInMethods", "Sign-in method", "a field's label")
    out: dict[str, Field] = {"via": Field("via", label, FieldKind.CHOICE,
                                          choices=tuple(VIA), default=DEFAULT_VIA,
                                          choice_labels=tuple(cls.display_name for cls in VIA.values()))}
    for cls in VIA.values():
        for f in cls.fields:
            if f.name in out:
                continue
            owners = tuple(v for v, c in VIA.items() if any(g.name == f.name and g.required for g in c.fields))
            out[f.name] = dataclasses.replace(f, required=False, required_when=("via", owners) if owners else None)
    return tuple(out.values())


@register
class Earth(Provider):
    id = "earth"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Play online",
                                     "a sign-in method: the game's servers, after Facebook or a player account")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Sign in with Facebook or your player account; the game "
                                                     "then connects you to its servers.")
    services = (profile_signin.SERVICE, playfab.SERVICE, facebook_device.GRAPH)
    fields = _fields()
    external = dataclasses.replace(CONTINUE_WITH_FACEBOOK, presets={"via": PlayFabFacebook.id},
                                   shown_when=("via", (PlayFabFacebook.id,)))
    game_token = "game_token"
    handover_data = ("session_id", "via")


    async def diagnose(self, ctx: Context) -> list[Check]:
        """The game server's route, and the PlayFab title it chains on (and Facebook's device login when a
        player can continue with Facebook)."""
        checks = [await profile_signin.diagnose(ctx), *await playfab.diagnose(ctx)]
        if ctx.settings.option("playfab", "facebook_app_id"):
            checks.append(await facebook_device.diagnose(ctx))
        return checks

    def form_fields(self, tester: bool) -> tuple[Field, ...]:
        """A player picks only among the player-facing PlayFab methods (no Xbox server login, no custom id)."""
        fields = super().form_fields(tester)
        if tester:
            return fields
        allowed = tuple(v for v, cls in VIA.items() if not cls.testing_only)
        out = []
        for f in fields:
            if f.name == "via":
                labels = tuple(VIA[v].display_name for v in allowed)
                out.append(dataclasses.replace(f, choices=allowed, choice_labels=labels, default=allowed[0]))
            elif not (f.required_when and f.required_when[0] == "via" and not set(f.required_when[1]) & set(allowed)):
                out.append(f)  # (a field only a testing method needs is left out)
        return tuple(out)

    def via(self, via_id: str) -> PlayFabProvider:
        if via_id not in VIA:
            raise UsageError(f"via must be one of: {', '.join(VIA)}.")
        return VIA[via_id]()

    def _inner(self, values: Mapping[str, Any]) -> PlayFabProvider:
        return self.via(str(values.get("via") or DEFAULT_VIA))

    def suggested_label(self, values: Mapping[str, Any]) -> str | None:
        return self._inner(values).suggested_label(values)

    def credentials_for(self, values: Mapping[str, str]) -> dict[str, str]:
        inner = self._inner(values)
        names = {f.name for f in inner.fields}
        return {**inner.validate({k: v for k, v in values.items() if k in names}), "via": inner.id}

    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        return Plan((self._inner(values).login.step, *profile_signin.CHAIN))

    def refresh_plan(self, session: Session) -> Plan:
        return Plan((self._inner(session.data).login.renew, *profile_signin.CHAIN))

    def finish(self, attempt: Attempt) -> Session:
        session = super().finish(attempt)
        session.data["via"] = attempt.credentials.get("via") or session.data.get("via") or DEFAULT_VIA
        return session

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        details = await profile_signin.game_details(ctx, session)
        profile = await self._inner(session.data).load_profile(ctx, session)
        profile.provider = self.id
        profile.details.update(details)
        return profile

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return session.expired("session_ticket", margin_s=margin_s) or "game_token" not in session.tokens

    def game_api(self, session: Session, settings: Settings) -> str:
        return super().game_api(session, settings) + str(session.data.get("base_path", ""))
