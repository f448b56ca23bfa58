"""PlayFab Client LoginWithFacebook (playfab-login-with-facebook.md)."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import facebook_oauth, playfab
from ..steps.flow import Context
from . import register
from .base import ExternalSignIn, Prompt
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return {"AccessToken": c["access_token"], "CreateAccount": c.get("create_account") == "true",
            "TitleId": playfab.title_id(ctx)}, {}


async def _browser_token(ctx: Context, prompt: Prompt) -> str:
    return await facebook_oauth.obtain_token(ctx.settings, prompt.open_url)


CONTINUE_WITH_FACEBOOK = ExternalSignIn(
    label="Continue with Facebook", hint="Opens Facebook in your browser.", fills="access_token",
    obtain=_browser_token, icon="playfab-facebook", brand_color="#1877f2",
    hides=("access_token",))


@register
class PlayFabFacebook(PlayFabProvider):
    id = "playfab-facebook"
    display_name = "Facebook"
    description = "Continue with your Facebook account."
    fields = (
        Field("access_token", "Facebook access token", FieldKind.SECRET,
              help="Filled in by “Continue with Facebook”; testers may paste a token."),
        Field("create_account", "Create an account if none is linked", FieldKind.CHECKBOX, required=False,
              default="false"),
    )
    login = playfab.Login("/Client/LoginWithFacebook", build)
    external = CONTINUE_WITH_FACEBOOK
