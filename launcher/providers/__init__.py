"""The provider registry. A new provider is one module in this package plus one line in MODULES."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

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


# --- sign-in methods a player cannot tell apart ----------------------------------------------------------------------
# Two enabled methods whose forms ask for the same fields (two "email and password" tiles) need labels in the
# player's words, or a player picks one at random.
def asked_fields(provider_id: str) -> tuple[str, ...]:
    """What a player's form of that method asks for, by field name (empty for a method without a form)."""
    cls = all_providers().get(provider_id)
    if cls is None:
        return ()
    return tuple(sorted(f.name for f in cls().form_fields(False) if f.player_value is None))


def look_alike_warnings(enabled: Sequence[str], texts: Mapping[str, Mapping[str, Any]],
                        *, testing: Sequence[str] = ()) -> list[str]:
    """One warning for each pair of player-facing methods of `enabled` that ask for the same fields and that the
    manifest (`texts`: its `[providers.<id>]` tables) has not labelled apart (neither has a label of the studio's,
    or both read the same). Testing tools (`testing`) are left
    out: testers see their ids."""
    shown = [pid for pid in enabled if pid not in testing and asked_fields(pid)]
    out: list[str] = []
    for n, first in enumerate(shown):
        for second in shown[n + 1:]:
            if asked_fields(first) != asked_fields(second):
                continue
            from ..languages import localized

            own = [localized(texts.get(pid, {}).get("label"), "en") or "" for pid in (first, second)]
            shown = [label or all_providers()[pid].display_name for label, pid in zip(own, (first, second),
                                                                                        strict=True)]
            if any(own) and shown[0].casefold() != shown[1].casefold():
                continue  # the studio named at least one in its own words, and the two read differently
            fields = " and ".join(asked_fields(first))
            out.append(f"[providers] enables {first} and {second}, which both ask a player for {fields}: give each "
                       f"a label and description a player can tell apart ([providers.{first}] and "
                       f"[providers.{second}] label = \"...\").")
    return out


def manifest_warnings(manifest: Any) -> list[str]:
    """`look_alike_warnings` of a loaded Manifest (its `enabled`, `texts` and `is_testing`)."""
    providers = all_providers()
    testing = [pid for pid in manifest.enabled if pid in providers and manifest.is_testing(providers[pid])]
    return look_alike_warnings(list(manifest.enabled), manifest.texts, testing=testing)
