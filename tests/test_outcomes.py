"""The error hierarchy as people and scripts see it: each error's exit code (the CLI contract), the outcome that
decides what happens to saved tokens, and the messages that are shown."""

from __future__ import annotations

import pytest

from launcher import outcomes as o

CONTRACT = {"OK": 0, "USAGE": 2, "REFUSED": 3, "NETWORK": 4, "MANIFEST": 5, "KEYCHAIN": 6, "GAME": 7}


def test_exit_codes_are_the_contracts() -> None:
    assert {name: getattr(o.ExitCode, name) for name in CONTRACT} == CONTRACT


@pytest.mark.parametrize("error, code", [
    (o.UsageError, 2), (o.ManifestError, 5), (o.KeychainError, 6), (o.GameLaunchError, 7),
    (o.SignInError, 3), (o.InvalidCredentials, 3), (o.AccountNotFound, 3), (o.SessionExpired, 3),
    (o.AccountGone, 3), (o.ServiceError, 4), (o.NetworkError, 4), (o.TimeoutError_, 4), (o.ServerUnavailable, 4),
    (o.RateLimited, 4), (o.ProtocolError, 4), (o.LauncherError, 3),
])
def test_each_error_exits_with_its_documented_code(error: type[o.LauncherError], code: int) -> None:
    assert error().exit_code == code


@pytest.mark.parametrize("error, outcome", [
    (o.InvalidCredentials, "rejected"), (o.AccountNotFound, "rejected"), (o.SessionExpired, "rejected"),
    (o.SignInError, "rejected"), (o.AccountGone, "gone"), (o.ServiceError, "offline"), (o.NetworkError, "offline"),
    (o.TimeoutError_, "offline"), (o.ServerUnavailable, "offline"), (o.RateLimited, "offline"),
    (o.ProtocolError, "offline"),
])
def test_the_outcome_decides_what_is_kept(error: type[o.SignInError], outcome: str) -> None:
    assert error().outcome == outcome and error().outcome is o.Outcome(outcome)


def test_offline_errors_never_sign_anyone_out() -> None:
    for error in (o.NetworkError, o.TimeoutError_, o.ServerUnavailable, o.RateLimited, o.ProtocolError):
        assert issubclass(error, o.ServiceError) and error().outcome is o.Outcome.OFFLINE


def test_default_and_given_messages() -> None:
    assert o.LauncherError().message == "Something went wrong." == str(o.LauncherError())
    assert o.KeychainError().message.startswith("The system keychain is not available")
    assert o.SignInError().message == "Sign-in failed."
    assert o.InvalidCredentials().message == "The email or password is incorrect."
    assert o.AccountGone().message == "This account has been banned or deleted."
    assert o.NetworkError().message.startswith("Check your internet connection. The game's servers can't be reached")
    assert o.TimeoutError_().message.startswith("The game service took too long")
    assert o.ServerUnavailable().message.endswith("Try again later.")
    assert o.ProtocolError().message.startswith("The game service sent an answer")
    assert o.ServiceError().message.startswith("The game service could not be reached")
    assert o.SessionExpired().message.startswith("Your session has expired")
    assert o.AccountNotFound().message.startswith("No account was found")
    given = o.NetworkError("Our own words.", code="E1")
    assert given.message == "Our own words." == str(given) and given.code == "E1"
    assert o.SignInError().code is None


def test_account_not_found_says_whether_one_can_be_created() -> None:
    assert o.AccountNotFound(can_create=True, code="1001").can_create is True
    assert o.AccountNotFound().can_create is False
    assert o.AccountNotFound(code="1001").code == "1001"


@pytest.mark.parametrize("retry_after, text", [
    (None, "Please wait and try again in a moment."), (0, "Please wait and try again in a moment."),
    (0.3, "in 1 seconds."), (1.4, "in 1 seconds."), (2.6, "in 3 seconds."), (120, "in 120 seconds."),
])
def test_rate_limited_says_how_long_to_wait(retry_after: float | None, text: str) -> None:
    error = o.RateLimited(retry_after=retry_after, code="429")
    assert error.message.startswith("Too many sign-in attempts.") and error.message.endswith(text)
    assert error.retry_after == retry_after and error.code == "429"
    assert o.RateLimited("Slow down.", retry_after=5).message == "Slow down."


def test_account_not_found_keeps_the_providers_words() -> None:
    words = "No PlayFab account for this custom id."
    assert o.AccountNotFound(words).message == words
