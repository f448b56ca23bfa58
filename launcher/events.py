"""What the controller tells the window: one small class per kind of change.

The window's widgets read the controller's state when an event arrives; an event says what changed and carries
what only it knows (a step's place in its plan, a device code)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .providers.base import DeviceCode


class Event:
    """Base of every controller event."""


@dataclass(frozen=True)
class AccountsChanged(Event):
    """The saved-account list or the selected account changed."""


@dataclass(frozen=True)
class ProfileChanged(Event):
    """The shown profile changed (the controller's `profile` None: show the picker or a login form).
    `in_place`: only its state changed (the last known profile could not be updated); the page is not brought
    forward."""

    in_place: bool = False


@dataclass(frozen=True)
class BusyChanged(Event):
    """An operation started, moved to its next step, or ended (`label` empty)."""

    label: str
    step: int = 0  # this step's place in its plan (1-based), 0 when the operation has no plan
    total: int = 0


@dataclass(frozen=True)
class ErrorChanged(Event):
    """A message for the form or the account's page (empty when cleared)."""

    message: str


@dataclass(frozen=True)
class Cancelled(Event):
    """The player cancelled what was running: not an error."""


@dataclass(frozen=True)
class Notice(Event):
    """A message for the status bar (keychain warnings, background refresh results)."""

    message: str


@dataclass(frozen=True)
class GameChanged(Event):
    """The game of `account_id` started or exited."""

    account_id: str
    running: bool
    message: str


@dataclass(frozen=True)
class LoginRequested(Event):
    """Show the login form of `provider_id` (None: the picker), pre-filled with `values`."""

    provider_id: str | None
    values: dict[str, str] = field(default_factory=dict)
    error: str = ""


@dataclass(frozen=True)
class AvatarArrived(Event):
    url: str


@dataclass(frozen=True)
class CodeShown(Event):
    """A device code the player enters elsewhere (None: the code screen is done)."""

    code: DeviceCode | None


@dataclass(frozen=True)
class ModeChanged(Event):
    """Player mode or tester mode was switched (the controller's `tester`)."""


@dataclass(frozen=True)
class EnvironmentChanged(Event):
    """The current environment changed (the controller's `environment`)."""


@dataclass(frozen=True)
class KeychainChanged(Event):
    """Whether sessions can be remembered changed (the controller's `remembers`, `keychain_help`)."""


@dataclass(frozen=True)
class BuildChanged(Event):
    """An environment's game build changed state (checked, downloading, paused, installed...)."""

    environment: str


@dataclass(frozen=True)
class BuildReady(Event):
    """A build finished installing or updating: worth a notification when the window is not in front."""

    environment: str
    version: str
    updated: bool


@dataclass(frozen=True)
class NotesRequested(Event):
    """The player asked what's new: the patch notes of `version`."""

    version: str
    notes: str


@dataclass(frozen=True)
class ReachChanged(Event):
    """Whether Play can reach the servers for the shown account changed (offline, expired, back)."""


@dataclass(frozen=True)
class NewsChanged(Event):
    """The studio's news and server status arrived (or the cached copy was read for an offline start)."""
