"""PlayFab Client LoginWithEmailAddress (same envelope and result as LoginWithFacebook)."""

from __future__ import annotations

from typing import Any

from ..models import Field, FieldKind
from ..steps import playfab
from ..steps.flow import Context
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .playfab_common import PlayFabProvider


def build(ctx: Context, c: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    return {"Email": c["email"], "Password": c["password"], "TitleId": playfab.title_id(ctx)}, {}


@register
class PlayFabEmail(PlayFabProvider):
    id = "playfab-email"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Player account", "a sign-in method")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Sign in with the email and password of your player account.")
    fields = (Field("email", QT_TRANSLATE_NOOP("SignInMethods", "Email", "a field's label"), FieldKind.EMAIL),
              Field("password", QT_TRANSLATE_NOOP("SignInMethods", "Password", "a field's label"), FieldKind.PASSWORD))
    login = playfab.Login("/Client/LoginWithEmailAddress", build)
    label_field = "email"
