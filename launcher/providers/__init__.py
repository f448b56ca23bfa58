"""The provider registry. A new provider is one module in this package plus one line in MODULES."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..models import ServiceSpec
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
_loaded = False


def register(cls: type[Provider]) -> type[Provider]:
    _registry[cls.id] = cls
    return cls


@contextmanager
def registered(cls: type[Provider]) -> Iterator[type[Provider]]:
    """`cls` registered for the duration of a `with` block (tests, plug-ins tried out)."""
    all_providers()
    register(cls)
    try:
        yield cls
    finally:
        _registry.pop(cls.id, None)


def all_providers() -> dict[str, type[Provider]]:
    global _loaded  # noqa: PLW0603 - the registry fills itself once, on first use
    if not _loaded:
        for name in MODULES:
            importlib.import_module(f"{__name__}.{name}")
        _loaded = True
    return dict(_registry)


def get(provider_id: str) -> Provider:
    from ..outcomes import UsageError

    providers = all_providers()
    if provider_id not in providers:
        raise UsageError(f"Unknown provider {provider_id!r}; known providers: {', '.join(providers)}.")
    return providers[provider_id]()


def service_specs() -> dict[str, ServiceSpec]:
    """Every service some provider declares, by name."""
    out: dict[str, ServiceSpec] = {}
    for cls in all_providers().values():
        for spec in cls.services:
            known = out.get(spec.name)
            if known is not None and known != spec:
                raise RuntimeError(f"providers declare the {spec.name!r} service differently")
            out[spec.name] = spec
    return out
