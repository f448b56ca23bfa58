"""The issue-16 controller API (notes/ui-contract.md) as the window reads it, in one place.

Each function calls the controller's own method when it has it; the small fallbacks below only cover the time
until the core's commit lands, so the window can be built and tested against the promised names."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from launcher.accounts import Account
    from launcher.controller import Controller
    from launcher.models import Field
    from launcher.providers.base import Provider

PROVISIONED = ("secret_key", "publisher_token", "signing_key")


@dataclass
class GameState:
    running: bool = False
    message: str = ""
    started_at: float | None = None
    last_exit: str = ""


def tester(c: Controller) -> bool:
    return bool(getattr(c, "tester", getattr(c.core.manifest, "tester_default", False)))


def set_tester(c: Controller, on: bool) -> None:
    if hasattr(c, "set_tester"):
        c.set_tester(on)
    else:
        c.tester = on


def is_testing(c: Controller, p: Provider) -> bool:
    if hasattr(c, "is_testing"):
        return bool(c.is_testing(p))
    manifest = c.core.manifest
    if hasattr(manifest, "is_testing"):
        return bool(manifest.is_testing(p))
    return bool(p.testing_only)


def methods(c: Controller) -> list[Provider]:
    if hasattr(c, "methods"):
        return list(c.methods())
    from launcher import providers

    enabled = [providers.get(pid) for pid in c.core.manifest.enabled]
    players = [p for p in enabled if not is_testing(c, p)]
    return players + [p for p in enabled if is_testing(c, p)] if tester(c) else players


def label_of(c: Controller, p: Provider) -> str:
    if hasattr(c, "label_of"):
        return str(c.label_of(p))
    manifest = c.core.manifest
    return manifest.text_for(p)[0] if hasattr(manifest, "text_for") else p.display_name


def description_of(c: Controller, p: Provider) -> str:
    if hasattr(c, "description_of"):
        return str(c.description_of(p))
    manifest = c.core.manifest
    return manifest.text_for(p)[1] if hasattr(manifest, "text_for") else p.description


def provider_label(c: Controller, provider_id: str) -> str:
    if hasattr(c, "provider_label"):
        return str(c.provider_label(provider_id))
    from launcher import providers
    from launcher.outcomes import UsageError

    try:
        return label_of(c, providers.get(provider_id))
    except UsageError:
        return provider_id


def form_fields(c: Controller, p: Provider) -> tuple[Field, ...]:
    if hasattr(p, "form_fields"):
        return tuple(p.form_fields(tester(c)))
    return tuple(p.fields)


def is_provisioned(f: Field) -> bool:
    return bool(getattr(f, "provisioned", f.name in PROVISIONED))


def missing_setup(c: Controller, provider_id: str) -> list[str]:
    if hasattr(c, "missing_setup"):
        return list(c.missing_setup(provider_id))
    from launcher import providers

    p = providers.get(provider_id)
    return [f.name for f in p.fields if is_provisioned(f) and f.required and f.required_when is None]


def provisioned(c: Controller, provider_id: str) -> set[str]:
    return set(c.provisioned(provider_id)) if hasattr(c, "provisioned") else set()


def sign_in(c: Controller, provider_id: str, values: dict[str, str], *, remember: bool,
            provision: bool) -> Coroutine[Any, Any, Any]:
    if provision and hasattr(c, "missing_setup"):
        return c.sign_in(provider_id, values, remember=remember, provision=True)
    return c.sign_in(provider_id, values, remember=remember)


def environment(c: Controller) -> str:
    return str(getattr(c, "environment", getattr(c.core.manifest, "environment", "")))


def environments(c: Controller) -> tuple[str, ...]:
    return tuple(getattr(c, "environments", getattr(c.core.manifest, "environments", ())))


def set_environment(c: Controller, name: str) -> None:
    if hasattr(c, "set_environment"):
        c.set_environment(name)


def account_environment(c: Controller, account: Account) -> str:
    if hasattr(c, "account_environment"):
        return str(c.account_environment(account))
    return str(account.data.get("environment") or environment(c))


def games(c: Controller) -> dict[str, Any]:
    found = getattr(c, "games", None)
    if isinstance(found, dict):
        return found
    if c.current_id is None:
        return {}
    return {c.current_id: GameState(c.game_running, c.game_message)}


def game_of(c: Controller, account_id: str | None) -> Any:
    return games(c).get(account_id or "") or GameState()


def can_stop(c: Controller) -> bool:
    return hasattr(c, "stop")


def stop(c: Controller, account_id: str) -> None:
    if hasattr(c, "stop"):
        c.stop(account_id)


def remembers(c: Controller) -> bool:
    if hasattr(c, "remembers"):
        return bool(c.remembers)
    return bool(getattr(c.core.accounts, "remembers", True))


def keychain_help(c: Controller) -> str:
    text = getattr(c, "keychain_help", "")
    if text:
        return str(text)
    return ("This computer has no keychain the launcher can use, so nothing can be saved: you sign in again "
            "each time you start the launcher. On Linux, install and unlock a keyring such as GNOME Keyring or "
            "KWallet, then restart the launcher.")


def profile_stale(c: Controller) -> bool:
    return bool(getattr(c, "profile_stale", False))


def extras(profile: Any) -> dict[str, str]:
    return dict(getattr(profile, "extras", {}) or {})


def banner(c: Controller) -> Path | None:
    found = getattr(c.core.manifest, "banner", None)
    return found if isinstance(found, Path) else None


def support_url(c: Controller) -> str:
    return str(getattr(c.core.manifest, "support_url", "") or "")


def news(c: Controller) -> list[tuple[str, str]]:
    return [(str(a), str(b)) for a, b in (getattr(c.core.manifest, "news", None) or [])]
