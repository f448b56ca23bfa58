"""The error hierarchy and the outcome each error means.

Every sign-in or refresh ends in one outcome that decides what is kept:
offline (keep everything, retry later: the network, the server, rate limits, and problems of the launcher's or
the title's own setup), rejected (the credentials or session were refused: drop that account's tokens),
gone (banned or deleted).
"""

from __future__ import annotations

import os
import re
from enum import StrEnum

from .translatable import QT_TRANSLATE_NOOP, Context

Outcomes = Context("Outcomes")


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
    default_message = QT_TRANSLATE_NOOP("Outcomes", "Something went wrong.")

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
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The system keychain is not available, so sessions cannot be "
                                                    "remembered.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(keychain_words(message or self.default_message))


KEYCHAIN_ITEM_MISSING = QT_TRANSLATE_NOOP("Outcomes", "Signed out: sign in again (the saved session is no longer in "
                                                      "this computer's keychain).")
# "(ItemNotFoundException)", "(secretstorage.exceptions.LockedException)": a class name a backend's error put in.
_CLASS_NAME = re.compile(r"\s*\(([A-Za-z_][\w.]*(?:Exception|Error|Fault))\)")
_MISSING = re.compile(r"NotFound|NoSuch|Missing", re.IGNORECASE)


def keychain_words(message: str) -> str:
    """A keychain message as a person reads it: never an exception class (the log keeps it). A backend that says
    the item is gone ("ItemNotFoundException") means the saved session is: signed out."""
    found = _CLASS_NAME.search(message)
    if found is None:
        return message
    if _MISSING.search(found.group(1)):
        return KEYCHAIN_ITEM_MISSING
    return QT_TRANSLATE_NOOP("Outcomes", "{message}; the details are in the log.",
                             "a keychain's own message, in English").fill(
        message=_CLASS_NAME.sub("", message).rstrip(" ."))


class GameLaunchError(LauncherError):
    exit_code = ExitCode.GAME


class SignInError(LauncherError):
    """A sign-in or refresh that did not succeed."""

    outcome = Outcome.REJECTED
    exit_code = ExitCode.REFUSED
    default_message = QT_TRANSLATE_NOOP("Outcomes", "Sign-in failed.")

    def __init__(self, message: str | None = None, *, code: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.code = code  # the provider's own error name/number, for logs and tests
        self.detail = detail  # what the server said, for a tester's eyes (never a secret)


# --- rejected: the provider refuses these credentials or this session ---------------------------

class InvalidCredentials(SignInError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The email or password is incorrect.")


class AccountNotFound(SignInError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "No account was found for these details.")

    def __init__(self, message: str | None = None, *, code: str | None = None, can_create: bool = False) -> None:
        super().__init__(message, code=code)
        self.can_create = can_create


class SessionExpired(SignInError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "Your session has expired. Please sign in again.")




# --- soft: the launcher's or the title's setup is at fault, not the account: keep everything ---------

class InvalidSignature(SignInError):
    """The server refused the request's signature: the publisher's keys on this computer, not the player's."""

    outcome = Outcome.OFFLINE
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The request signature was refused. Check the publisher token and "
                                                    "signing key.")


class InvalidRequest(SignInError):
    """The server refused the request itself (malformed, unknown error): nothing says the credentials are bad."""

    outcome = Outcome.OFFLINE
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The server refused the request as invalid.")


class ClientConfigError(SignInError):
    """The client's or the title's configuration (426 "update", a 404 route, PlayFab 1303 profile constraints)."""

    outcome = Outcome.OFFLINE
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The launcher is not set up correctly for this game. Please "
                                                    "contact the game's support.")


# --- gone: the account exists no more or may not be used ----------------------------------------

class AccountGone(SignInError):
    outcome = Outcome.GONE
    default_message = QT_TRANSLATE_NOOP("Outcomes", "This account has been banned or deleted.")


# --- offline: nothing is wrong with the account; try again later --------------------------------

class ServiceError(SignInError):
    outcome = Outcome.OFFLINE
    exit_code = ExitCode.NETWORK
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The game service could not be reached. Your accounts are kept; "
                                                    "try again later.")


class NetworkError(ServiceError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "Check your internet connection. The game's servers can't be "
                                                     "reached right now; try again in a moment.")

    def __init__(self, message: str | None = None, *, code: str | None = None, detail: str | None = None,
                 service: str | None = None) -> None:
        legacy = _LEGACY_UNREACHABLE.match(message or "")
        if legacy is not None and service is None:  # launcher/http.py's wording of a connection that failed
            service = legacy.group(1)
        self.service = service  # set when the service could not be reached at all (not a proxy or a certificate)
        if service is not None:
            message = unreachable_words(service)
            code = code or "unreachable"
        super().__init__(message, code=code, detail=detail)

    @classmethod
    def unreachable(cls, service: str, *, detail: str | None = None) -> NetworkError:
        return cls(service=service, detail=detail)


class TimeoutError_(ServiceError):  # noqa: N801 - the trailing _ keeps it apart from the built-in
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The game service took too long to answer. Try again in a moment.")


class ServerUnavailable(ServiceError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The game service is having problems right now (server error). "
                                                    "Try again later.")


class RateLimited(ServiceError):
    def __init__(self, message: str | None = None, *, code: str | None = None,
                 retry_after: float | None = None) -> None:
        if retry_after is not None and not retry_after >= 0:  # NaN or negative: no wait worth saying
            retry_after = None
        self.retry_after = min(retry_after, MAX_WAIT_S) if retry_after is not None else None
        retry_after = self.retry_after
        if message is None:
            message = (Outcomes.tr("Too many sign-in attempts. Please wait and try again in %n seconds.", "",
                                   max(1, round(retry_after))) if retry_after
                       else QT_TRANSLATE_NOOP("Outcomes", "Too many sign-in attempts. Please wait and try again in a "
                                                          "moment."))
        super().__init__(message, code=code)


_LEGACY_UNREACHABLE = re.compile(r"(.+) can't be reached right now\. Your accounts are kept; try again in a moment\.",
                                 re.DOTALL)
ACCOUNTS_KEPT = "Your accounts are kept."  # the English of for_viewer's "{message} Your accounts are kept."


def unreachable_words(service: str) -> str:
    """The likeliest cause first: most unreachable servers are a computer that is offline."""
    return QT_TRANSLATE_NOOP("Outcomes", "Check your internet connection. {service} can't be reached right now; try "
                                         "again in a moment.", "service: a server's name").fill(service=service)


def worth_retrying(exc: BaseException) -> bool:
    """A failure the same attempt may get past in a moment (the network, a server error, a slow answer)."""
    return isinstance(exc, ServiceError)


def connection_detail(exc: BaseException) -> str | None:
    """"127.0.0.1:9: connection refused": the address a failed connection went to and why, read from the
    exception chain (httpx's error carries the request; the OS error the reason). None when it says neither."""
    address, reason = None, None
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 20:
        seen.add(id(current))
        if address is None:
            try:
                url = current.request.url  # type: ignore[attr-defined]
                address = f"{url.host}:{url.port}" if url.port else str(url.host)
            except (AttributeError, RuntimeError):
                pass
        if isinstance(current, OSError) and current.errno:
            reason = os.strerror(current.errno).lower()
        current = current.__cause__ or current.__context__
    if address is None:
        return None
    return f"{address}: {reason}" if reason else address


def for_viewer(exc: LauncherError, *, tester: bool = False, environment: str = "",
               has_accounts: bool = False) -> str:
    """What a person reads of `exc`: a player the message (and, for a network failure, that saved accounts are
    kept when there are any); a tester also the environment, the address and what the server said."""
    text: str = exc.message
    if isinstance(exc, NetworkError) and exc.service is not None and has_accounts:
        text = QT_TRANSLATE_NOOP("Outcomes", "{message} Your accounts are kept.").fill(message=text)
    if not tester:
        return text
    where = ""
    if isinstance(exc, NetworkError):
        where = " — ".join(p for p in (environment, connection_detail(exc)) if p)
    detail = getattr(exc, "detail", None)
    if where and detail:
        return QT_TRANSLATE_NOOP("Outcomes", "{message} ({where}; the server said: {detail})",
                                 "for testers: the environment and address, then the server's own words").fill(
            message=text, where=where, detail=detail)
    if detail:
        return QT_TRANSLATE_NOOP("Outcomes", "{message} (the server said: {detail})",
                                 "for testers: the server's own words").fill(message=text, detail=detail)
    if where:
        return QT_TRANSLATE_NOOP("Outcomes", "{message} ({where})", "for testers: the environment and address").fill(
            message=text, where=where)
    return text


class ProtocolError(ServiceError):
    default_message = QT_TRANSLATE_NOOP("Outcomes", "The game service sent an answer the launcher does not "
                                                    "understand. Try again later.")
