"""PlayFab Server LoginWithXboxId (playfab-server-login-with-xbox-id.md). A testing tool: it needs the title
secret key, which a tester types in and which is kept only in the keychain, never in a file."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import playfab
from ..steps.flow import Context
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return ({"XboxId": c["xbox_id"], "Sandbox": c.get("sandbox") or "RETAIL",
             "CreateAccount": c.get("create_account") == "true"},
            {"X-SecretKey": c["secret_key"]})


@register
class PlayFabXbox(PlayFabProvider):
    id = "playfab-xbox"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Xbox ID", "a testers' sign-in method")
    testing_only = True
    description = QT_TRANSLATE_NOOP("SignInMethods", "Sign in as any Xbox player with the title's secret key.")
    fields = (
        Field("xbox_id", QT_TRANSLATE_NOOP("SignInMethods", "Xbox ID", "a field's label")),
        Field("sandbox", QT_TRANSLATE_NOOP("SignInMethods", "Xbox sandbox"), default="RETAIL"),
        Field("secret_key", QT_TRANSLATE_NOOP("SignInMethods", "Title secret key"), FieldKind.SECRET, provisioned=True,
              help=QT_TRANSLATE_NOOP("SignInMethods", "From PlayFab Game Manager. Kept only in the system keychain, "
                                                      "for this environment.")),
        Field("create_account", QT_TRANSLATE_NOOP("SignInMethods", "Create an account if none is linked"),
              FieldKind.CHECKBOX, required=False, default="false"),
    )
    login = playfab.Login("/Server/LoginWithXboxId", build, replay=("xbox_id", "sandbox"),
                          replay_secrets=("secret_key",))
    label_field = "xbox_id"
