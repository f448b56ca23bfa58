"""Shared fixtures: one real sandbox server on loopback, an isolated launcher home, an in-memory keyring."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import keyring
import keyring.backend
import pytest

from launcher import manifest as manifest_mod
from launcher.accounts import Accounts, open_accounts
from launcher.app_core import Core
from launcher.http import Http
from launcher.sandbox import Sandbox
from tests.support.nginx import nginx_factory  # noqa: F401  (a fixture for the delivery tests)
from tests.support.static_host import static_host  # noqa: F401  (a fixture for the delivery tests)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T = TypeVar("T")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """In-memory keychain for unit tests. Its priority raises so keyring never picks it by itself."""

    @keyring.backend.properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]  # noqa: N805
        raise RuntimeError("installed explicitly by the tests only")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.fail_with: Exception | None = None

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fresh_module_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Module-level state that outlives a test (the gacha sign-in limiter, the redactor's secrets) starts fresh
    in every test, so the suite's result does not depend on test order or timing."""
    from launcher import clock, identity, redact
    from launcher.accounts import secrets
    from launcher.providers import gacha

    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setattr(secrets.Unresponsive, "reason", None)
    redact.secrets.clear()
    clock.reset()
    identity.reset()


@pytest.fixture(autouse=True)
def launcher_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "launcher-home"
    monkeypatch.setenv("LAUNCHER_HOME", str(home))
    for name in list(os.environ):
        if name.startswith("LAUNCHER_FIELD_"):
            monkeypatch.delenv(name)
    return home


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[Sandbox]:
    with Sandbox() as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server: Sandbox) -> Iterator[Sandbox]:
    sandbox_server.state.clear()
    saved = dict(sandbox_server.state.settings)
    yield sandbox_server
    sandbox_server.state.clear()
    sandbox_server.state.settings.clear()  # a switch a test turned on is gone, not only the ones it changed
    sandbox_server.state.settings.update(saved)


@pytest.fixture
def manifest(sandbox: Sandbox) -> manifest_mod.Manifest:
    return manifest_mod.load(manifest_mod.DEMO_MANIFEST).with_services(sandbox.service_urls())


@pytest.fixture
def accounts(memory_keyring: MemoryKeyring, launcher_home: Path) -> Accounts:
    return open_accounts()


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(coro)  # type: ignore[arg-type]


def make_core(manifest: manifest_mod.Manifest, accounts: Accounts | None = None, **http: Any) -> Core:
    http.setdefault("timeout", 3.0)
    http.setdefault("retry_max_wait", 2.0)
    return Core(manifest, accounts=accounts, http=Http(**http))


async def sign_in(manifest: manifest_mod.Manifest, provider: str, values: dict[str, Any], **http: Any) -> Any:
    async with make_core(manifest, **http) as core:
        return await core.sign_in(provider, values)


GACHA = {"email": "player@example.com", "password": "SecurePassword123!"}
ASTRID_FB = {"access_token": "EAADemoAstridFacebookToken"}
XBOX = {"xbox_id": "12344553", "secret_key": "DEMO-TITLE-SECRET-KEY-0123456789"}
PF_EMAIL = {"email": "astrid@example.com", "password": "Valhalla!2024"}
CUSTOM = {"custom_id": "astrid"}
EARTH = {"via": "playfab-custom", "custom_id": "astrid"}
APPCHARGE = {"auth_method": "userPassword", "user_name": "mary", "password": "Lamb!2024",
             "publisher_token": "demo-publisher-token-7f3a", "signing_key": "demo-signing-key-c41d"}

# Every provider with working demo credentials and the path of its first request.
PROVIDERS = {
    "gacha": (GACHA, "/gacha/api/v1/players/sign_in"),
    "playfab-facebook": (ASTRID_FB, "/playfab/Client/LoginWithFacebook"),
    "playfab-xbox": (XBOX, "/playfab/Server/LoginWithXboxId"),
    "playfab-email": (PF_EMAIL, "/playfab/Client/LoginWithEmailAddress"),
    "playfab-custom": (CUSTOM, "/playfab/Client/LoginWithCustomID"),
    "earth": (EARTH, "/playfab/Client/LoginWithCustomID"),
    "appcharge": (APPCHARGE, "/appcharge/authenticate"),
}

ALL_SECRETS = [GACHA["password"], ASTRID_FB["access_token"], XBOX["secret_key"], PF_EMAIL["password"],
               APPCHARGE["password"], APPCHARGE["publisher_token"], APPCHARGE["signing_key"]]


@pytest.fixture
def captured_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog
