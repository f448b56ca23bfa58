"""The provider registry. A new provider is one module in this package plus one line in MODULES."""

from __future__ import annotations

import importlib

from .base import Provider

MODULES = (
    "playfab_facebook",
    "playfab_xbox",
    "playfab_email",
    "playfab_custom",
    "gacha",
    "earth",
    "appcharge",
)

_registry: dict[str, type[Provider]] = {}


def register(cls: type[Provider]) -> type[Provider]:
    _registry[cls.id] = cls
    return cls


def all_providers() -> dict[str, type[Provider]]:
    if len(_registry) < len(MODULES):
        for name in MODULES:
            importlib.import_module(f"{__name__}.{name}")
    return dict(_registry)


def get(provider_id: str) -> Provider:
    from ..outcomes import UsageError

    providers = all_providers()
    if provider_id not in providers:
        raise UsageError(f"Unknown provider {provider_id!r}; known providers: {', '.join(providers)}.")
    return providers[provider_id]()
