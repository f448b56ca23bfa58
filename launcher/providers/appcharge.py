"""Appcharge-style publisher "authenticate player" with a signed request (appcharge-authenticate-player.md)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from ..diagnostics import Check
from ..models import Field, FieldKind, Profile, Session
from ..steps import appcharge
from ..steps.flow import Context, Plan
from ..translatable import QT_TRANSLATE_NOOP
from . import register
from .base import Provider

METHODS = ("userPassword", "otp", "userToken", "facebook", "google", "apple")


@register
class Appcharge(Provider):
    id = "appcharge"
    display_name = QT_TRANSLATE_NOOP("SignInMethods", "Publisher account", "a sign-in method")
    description = QT_TRANSLATE_NOOP("SignInMethods", "Sign in with your account at the game's publisher.")
    testing_only = True  # it signs with the publisher's server keys: a tester's tool unless a studio provisions them
    services = (appcharge.SERVICE,)
    fields = (
        Field("auth_method", QT_TRANSLATE_NOOP("SignInMethods", "Sign-in method", "a field's label"),
              FieldKind.CHOICE, choices=METHODS, default="userPassword",
              choice_labels=(QT_TRANSLATE_NOOP("SignInMethods", "Username and password"),
                             QT_TRANSLATE_NOOP("SignInMethods", "One-time code"),
                             QT_TRANSLATE_NOOP("SignInMethods", "Player id"),
                             QT_TRANSLATE_NOOP("SignInMethods", "Facebook", "a sign-in method"),
                             QT_TRANSLATE_NOOP("SignInMethods", "Google", "a sign-in method"),
                             QT_TRANSLATE_NOOP("SignInMethods", "Apple", "a sign-in method"))),
        Field("user_name", QT_TRANSLATE_NOOP("SignInMethods", "Username"),
              required_when=("auth_method", ("userPassword",))),
        Field("password", QT_TRANSLATE_NOOP("SignInMethods", "Password", "a field's label"), FieldKind.PASSWORD,
              required_when=("auth_method", ("userPassword",))),
        Field("token", QT_TRANSLATE_NOOP("SignInMethods", "Player id or SSO token"), FieldKind.SECRET,
              required_when=("auth_method", ("userToken", "facebook", "google", "apple"))),
        Field("player_code", QT_TRANSLATE_NOOP("SignInMethods", "Player code"),
              required_when=("auth_method", ("otp",)),
              pattern=(r"\d{4}|\d{6}", QT_TRANSLATE_NOOP("SignInMethods", "The player code has 4 or 6 digits."))),
        Field("otp_token", QT_TRANSLATE_NOOP("SignInMethods", "One-time access token"), FieldKind.SECRET,
              required_when=("auth_method", ("otp",))),
        Field("publisher_token", QT_TRANSLATE_NOOP("SignInMethods", "Publisher token"), FieldKind.SECRET,
              provisioned=True,
              help=QT_TRANSLATE_NOOP("SignInMethods", "From the publisher dashboard. Kept only in the system "
                                                      "keychain, for this environment.")),
        Field("signing_key", QT_TRANSLATE_NOOP("SignInMethods", "Signing key"), FieldKind.SECRET, provisioned=True,
              help=QT_TRANSLATE_NOOP("SignInMethods", "The publisher's main key. Kept only in the system keychain, "
                                                      "for this environment.")),
    )
    label_field = "user_name"
    # The endpoint issues no token of its own: the session id it was given identifies the player to the game.
    game_token = "session_id"
    handover_tokens = ("session_id",)


    async def diagnose(self, ctx: Context) -> list[Check]:
        return [await appcharge.diagnose(ctx)]

    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        return Plan((appcharge.authenticate_step,))

    async def load_profile(self, ctx: Context, session: Session) -> Profile:
        if session.profile is not None:
            return session.profile
        try:
            metadata = json.loads(str(session.data.get("session_metadata") or "{}"))
        except ValueError:
            metadata = {}
        if not isinstance(metadata, dict):
            metadata = {}
        return Profile(provider=self.id, player_id=session.player_id, display_name=session.display_name,
                       avatar_url=str(session.data.get("profile_image") or "") or None,
                       extras=appcharge.session_extras(metadata))

    def needs_refresh(self, session: Session, *, margin_s: float = 300.0) -> bool:
        return False
