"""The error hierarchy and the outcome each error means.

Every sign-in or refresh ends in one outcome that decides what is kept:
offline (keep everything, retry later: the network, the server, rate limits, and problems of the launcher's or
the title's own setup), rejected (the credentials or session were refused: drop that account's tokens),
gone (banned or deleted).
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    OFFLINE = "offline"
    REJECTED = "rejected"
    GONE = "gone"


MAX_WAIT_S = 24 * 3600.0  # a wait longer than a day is not one a player is told about


class ExitCode:
    OK = 0
    USAGE = 2
    REFUSED = 3
    NETWORK = 4
    MANIFEST = 5
    KEYCHAIN = 6
    GAME = 7
    DELIVERY = 8  # the game's files could not be installed, updated or verified
    OWN_FILES = 9


class LauncherError(Exception):
    """Base of every error the launcher shows a person. `message` is safe to show: it never holds a secret."""

    exit_code = ExitCode.REFUSED
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class UsageError(LauncherError):
    exit_code = ExitCode.USAGE


class OwnFilesError(UsageError):
    """The launcher's own files (saved accounts, settings, logs) could not be written; nothing was changed.
    A UsageError, as a failed write of the account file was before it had its own exit code: the code that
    catches UsageError around a write (a refresh that cannot record its outcome) still does."""

    exit_code = ExitCode.OWN_FILES


class ManifestError(LauncherError):
    exit_code = ExitCode.MANIFEST


class KeychainError(LauncherError):
    exit_code = ExitCode.KEYCHAIN
    default_message = "The system keychain is not available, so sessions cannot be remembered."


class GameLaunchError(LauncherError):
    exit_code = ExitCode.GAME


class SignInError(LauncherError):
    """A sign-in or refresh that did not succeed."""

    outcome = Outcome.REJECTED
    exit_code = ExitCode.REFUSED
    default_message = "Sign-in failed."

    def __init__(self, message: str | None = None, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code  # the provider's own error name/number, for logs and tests


# --- rejected: the provider refuses these credentials or this session ---------------------------

class InvalidCredentials(SignInError):
    default_message = "The email or password is incorrect."


class AccountNotFound(SignInError):
    default_message = "No account was found for these details."

    def __init__(self, message: str | None = None, *, code: str | None = None, can_create: bool = False) -> None:
        super().__init__(message, code=code)
        self.can_create = can_create


class SessionExpired(SignInError):
    default_message = "Your session has expired. Please sign in again."




# --- soft: the launcher's or the title's setup is at fault, not the account: keep everything ---------

class InvalidSignature(SignInError):
    """The server refused the request's signature: the publisher's keys on this computer, not the player's."""

    outcome = Outcome.OFFLINE
    default_message = "The request signature was refused. Check the publisher token and signing key."


class InvalidRequest(SignInError):
    """The server refused the request itself (malformed, unknown error): nothing says the credentials are bad."""

    outcome = Outcome.OFFLINE
    default_message = "The server refused the request as invalid."


class ClientConfigError(SignInError):
    """The client's or the title's configuration (426 "update", a 404 route, PlayFab 1303 profile constraints)."""

    outcome = Outcome.OFFLINE
    default_message = "The launcher is not set up correctly for this game. Please contact the game's support."


# --- gone: the account exists no more or may not be used ----------------------------------------

class AccountGone(SignInError):
    outcome = Outcome.GONE
    default_message = "This account has been banned or deleted."


# --- offline: nothing is wrong with the account; try again later --------------------------------

class ServiceError(SignInError):
    outcome = Outcome.OFFLINE
    exit_code = ExitCode.NETWORK
    default_message = "The game service could not be reached. Your accounts are kept; try again later."


class NetworkError(ServiceError):
    default_message = "The game's servers can't be reached right now. Your accounts are kept; try again in a moment."


class TimeoutError_(ServiceError):  # noqa: N801 - the trailing _ keeps it apart from the built-in
    default_message = "The game service took too long to answer. Try again in a moment."


class ServerUnavailable(ServiceError):
    default_message = "The game service is having problems right now (server error). Try again later."


class RateLimited(ServiceError):
    def __init__(self, message: str | None = None, *, code: str | None = None,
                 retry_after: float | None = None) -> None:
        if retry_after is not None and not retry_after >= 0:  # NaN or negative: no wait worth saying
            retry_after = None
        self.retry_after = min(retry_after, MAX_WAIT_S) if retry_after is not None else None
        retry_after = self.retry_after
        if message is None:
            wait = f" in {max(1, round(retry_after))} seconds" if retry_after else " in a moment"
            message = f"Too many sign-in attempts. Please wait and try again{wait}."
        super().__init__(message, code=code)


class ProtocolError(ServiceError):
    default_message = "The game service sent an answer the launcher does not understand. Try again later."
