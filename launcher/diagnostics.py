"""What `launcher doctor` reports: one check, its verdict in plain words, and how to fix it. Providers and the
delivery code declare their own checks (`Provider.diagnose`); `launcher.doctor` runs them all."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .outcomes import ExitCode


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


class Area(StrEnum):
    """What a failure is about: it decides the exit code (5 manifest, 6 keychain, 4 a service or the network)."""

    MANIFEST = "manifest"
    KEYCHAIN = "keychain"
    NETWORK = "network"


EXIT_OF = {Area.MANIFEST: ExitCode.MANIFEST, Area.KEYCHAIN: ExitCode.KEYCHAIN, Area.NETWORK: ExitCode.NETWORK}
GRAVITY = (Area.MANIFEST, Area.KEYCHAIN, Area.NETWORK)


@dataclass(frozen=True)
class Check:
    name: str
    service: str | None
    status: Status
    detail: str
    fix: str = ""
    area: Area = Area.NETWORK
    player: str = ""  # the same in a player's words (the window's "Check my connection"); "" = `detail`.
    # A QT_TRANSLATE_NOOP text (launcher.translatable) the window translates; `detail` and `fix` stay English.

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "service": self.service, "status": self.status.value, "detail": self.detail,
                "fix": self.fix}


def ok(name: str, service: str | None, detail: str, *, player: str = "") -> Check:
    return Check(name, service, Status.OK, detail, player=player)


def warn(name: str, service: str | None, detail: str, fix: str = "", *, area: Area = Area.NETWORK,
         player: str = "") -> Check:
    return Check(name, service, Status.WARN, detail, fix, area, player)


def fail(name: str, service: str | None, detail: str, fix: str = "", *, area: Area = Area.NETWORK,
         player: str = "") -> Check:
    return Check(name, service, Status.FAIL, detail, fix, area, player)


def exit_code(checks: list[Check]) -> int:
    """0 when nothing failed, otherwise the code of the gravest failure."""
    failed = {c.area for c in checks if c.status is Status.FAIL}
    for area in GRAVITY:
        if area in failed:
            return EXIT_OF[area]
    return ExitCode.OK
