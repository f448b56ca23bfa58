"""PlayFab Server LoginWithXboxId (playfab-server-login-with-xbox-id.md). A testing tool: it needs the title
secret key, which a tester types in and which is kept only in the keychain, never in a file."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import playfab
from ..steps.flow import Context
from . import register
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return ({"XboxId": c["xbox_id"], "Sandbox": c.get("sandbox") or "RETAIL",
             "CreateAccount": c.get("create_account") == "true"},
            {"X-SecretKey": c["secret_key"]})


@register
class PlayFabXbox(PlayFabProvider):
    id = "playfab-xbox"
    display_name = "Xbox ID"
    testing_only = True
    description = "Sign in as any Xbox player with the title's secret key."
    fields = (
        Field("xbox_id", "Xbox ID"),
        Field("sandbox", "Xbox sandbox", default="RETAIL"),
        Field("secret_key", "Title secret key", FieldKind.SECRET, provisioned=True,
              help="From PlayFab Game Manager. Kept only in the system keychain, for this environment."),
        Field("create_account", "Create an account if none is linked", FieldKind.CHECKBOX, required=False,
              default="false"),
    )
    login = playfab.Login("/Server/LoginWithXboxId", build, replay=("xbox_id", "sandbox"),
                          replay_secrets=("secret_key",))
    label_field = "xbox_id"
