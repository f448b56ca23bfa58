"""PlayFab Client LoginWithFacebook (playfab-login-with-facebook.md)."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import playfab
from . import register
from .base import Context
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return {"AccessToken": c["access_token"], "CreateAccount": c.get("create_account") == "true",
            "TitleId": playfab.title_id(ctx)}, {}


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
    login = playfab.login_step("/Client/LoginWithFacebook", build)
