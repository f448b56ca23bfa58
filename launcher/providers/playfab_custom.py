"""PlayFab Client LoginWithCustomID: testers create throwaway accounts quickly with any id."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import playfab
from ..steps.flow import Context
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return {"CustomId": c["custom_id"], "CreateAccount": c.get("create_account") == "true",
            "TitleId": playfab.title_id(ctx)}, {}


@register
class PlayFabCustom(PlayFabProvider):
    id = "playfab-custom"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Custom ID", "a testers' sign-in method: any account id")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Testers: sign in (or create a throwaway account) with any id.")
    testing_only = True
    fields = (
        Field("custom_id", QT_TRANSLATE_NOOP("SignInMethods", "Custom ID", "a field's label"), credential=True,
              help=QT_TRANSLATE_NOOP("SignInMethods", "The whole credential of this account: kept only in the system "
                                                     "keychain.")),
        Field("create_account", QT_TRANSLATE_NOOP("SignInMethods", "Create an account if none is linked"),
              FieldKind.CHECKBOX, required=False, default="false"),
    )
    login = playfab.Login("/Client/LoginWithCustomID", build, replay_secrets=("custom_id",))
    label_field = "custom_id"
