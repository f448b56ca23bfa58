"""PlayFab Client LoginWithFacebook (playfab-login-with-facebook.md)."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Check
from ..models import Field, FieldKind
from ..steps import facebook_device, facebook_oauth, playfab
from ..steps.flow import Context
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .base import DeviceCode, ExternalSignIn, Prompt
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return {"AccessToken": c["access_token"], "CreateAccount": c.get("create_account") == "true",
            "TitleId": playfab.title_id(ctx)}, {}


WAITING = QT_TRANSLATE_NOOP("SignInSteps", "Waiting for you to confirm on Facebook…")


async def _facebook_token(ctx: Context, prompt: Prompt) -> str:
    """Login for Devices (a code the player enters at facebook.com/device), or the browser dialog where the studio
    registered a loopback redirect with Facebook."""
    if ctx.settings.option(playfab.SERVICE, "facebook_redirect_uri"):
        return await facebook_oauth.obtain_token(ctx.settings, prompt.open_url)
    return await facebook_device.obtain_token(
        ctx, lambda code, address, lifetime: prompt.show_code(DeviceCode(code, address, lifetime, WAITING)))


CONTINUE_WITH_FACEBOOK = ExternalSignIn(
    label=QT_TRANSLATE_NOOP("SignInMethods", "Continue with Facebook", "a button"),
    hint=QT_TRANSLATE_NOOP("SignInMethods", "You confirm the sign-in on Facebook, in your browser or on your phone."),
    fills="access_token", obtain=_facebook_token, icon="playfab-facebook", brand_color="#1877f2",
    hides=("access_token",))


@register
class PlayFabFacebook(PlayFabProvider):
    id = "playfab-facebook"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Facebook", "a sign-in method")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Continue with your Facebook account.")
    fields = (
        Field("access_token", QT_TRANSLATE_NOOP("SignInMethods", "Facebook access token"), FieldKind.SECRET,
              help=QT_TRANSLATE_NOOP("SignInMethods", "Filled in by “Continue with Facebook”; testers may paste a "
                                                      "token.")),
        Field("create_account", QT_TRANSLATE_NOOP("SignInMethods", "Create an account if none is linked"),
              FieldKind.CHECKBOX, required=False, default="false", player_value="true"),
    )
    services = (playfab.SERVICE, facebook_device.GRAPH)
    login = playfab.Login("/Client/LoginWithFacebook", build)
    external = CONTINUE_WITH_FACEBOOK

    async def diagnose(self, ctx: Context) -> list[Check]:
        return [*await super().diagnose(ctx), await facebook_device.diagnose(ctx)]
