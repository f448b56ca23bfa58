"""The demo sandbox remembers, like a real backend, the sessions it issued and the accounts sign-ins created across
its restarts, in one JSON file that holds no secret in clear and that nothing on disk can break."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from launcher import manifest as manifest_mod
from launcher.sandbox import Sandbox, demo_state_file, persist

from .conftest import ALL_SECRETS, CUSTOM, GACHA, PROVIDERS, make_core, run

MEDIA = "application/vnd.api+json"
JSONAPI = {"Content-Type": MEDIA, "Accept": MEDIA}


@contextmanager
def running(state_file: Path | None) -> Iterator[Sandbox]:
    with Sandbox(state_file=state_file) as server:
        yield server


def gacha_sign_in(server: Sandbox) -> dict[str, Any]:
    body = {"data": {"type": "player", "attributes": GACHA}}
    answer = httpx.post(f"{server.url}/gacha/api/v1/players/sign_in", json=body, headers=JSONAPI)
    assert answer.status_code == 200
    meta: dict[str, Any] = answer.json()["meta"]
    return meta


def me(server: Sandbox, access_token: str) -> httpx.Response:
    return httpx.get(f"{server.url}/gacha/api/v1/players/me",
                     headers={"Accept": MEDIA, "Authorization": f"Bearer {access_token}"})


def refresh(server: Sandbox, refresh_token: str) -> httpx.Response:
    body = {"data": {"type": "player", "attributes": {"refresh_token": refresh_token}, "relationships": {}}}
    return httpx.post(f"{server.url}/gacha/api/v1/players/refresh_token", json=body, headers=JSONAPI)


def custom_login(server: Sandbox, custom_id: str, create: bool) -> httpx.Response:
    return httpx.post(f"{server.url}/playfab/Client/LoginWithCustomID",
                      json={"TitleId": "DEMO1", "CustomId": custom_id, "CreateAccount": create})


def test_a_session_issued_before_a_restart_is_accepted_after_it(tmp_path: Path) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    with running(state_file) as first:
        meta = gacha_sign_in(first)
    with running(state_file) as second:
        assert me(second, meta["access_token"]).status_code == 200
        again = refresh(second, meta["refresh_token"])
        assert again.status_code == 200
        # When the refreshed token was issued is remembered too (it was not "now").
        assert again.json()["meta"]["previous_token_issued"] == meta["signed_in_at"]
        assert me(second, "gat_not-a-token").status_code == 401  # and unknown tokens are still refused
    with running(None) as forgetful:  # the old behaviour, kept without a file
        assert me(forgetful, meta["access_token"]).status_code == 401


def test_an_account_created_by_a_sign_in_and_its_ticket_survive_a_restart(tmp_path: Path) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    custom_id = "brand-new-device-7f3a9c"
    with running(state_file) as first:
        created = custom_login(first, custom_id, create=True).json()["data"]
        assert created["NewlyCreated"] is True
    with running(state_file) as second:
        info = httpx.post(f"{second.url}/playfab/Client/GetPlayerCombinedInfo", json={},
                          headers={"X-Authorization": created["SessionTicket"]})
        assert info.status_code == 200 and info.json()["data"]["PlayFabId"] == created["PlayFabId"]
        again = custom_login(second, custom_id, create=False).json()["data"]
        assert again["PlayFabId"] == created["PlayFabId"] and again["NewlyCreated"] is False
        assert again["LastLoginTime"] != persist_min_date()  # its last login was remembered
    assert custom_id.encode() not in state_file.read_bytes()


def persist_min_date() -> str:
    from launcher.sandbox.playfab import MIN_DATE
    return MIN_DATE


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_remembered_account_resumes_after_the_demo_restarts(provider: str, tmp_path: Path, accounts: Any) -> None:
    """The reviewer's case through the real path: sign in with remember, restart the demo, the launcher resumes."""
    state_file = tmp_path / "demo-sandbox.json"
    values, _ = PROVIDERS[provider]

    def demo_manifest(server: Sandbox) -> manifest_mod.Manifest:
        return manifest_mod.load(manifest_mod.DEMO_MANIFEST).with_services(server.service_urls())

    async def sign_in_and_remember(manifest: manifest_mod.Manifest) -> str:
        async with make_core(manifest, accounts) as core:
            return core.remember(await core.sign_in(provider, values)).id

    async def resume(manifest: manifest_mod.Manifest, account_id: str) -> Any:
        async with make_core(manifest, accounts) as core:
            return await core.resume(account_id)

    with running(state_file) as first:
        account_id = run(sign_in_and_remember(demo_manifest(first)))
    with running(state_file) as second:
        session = run(resume(demo_manifest(second), account_id))
        assert session.player_id and session.profile is not None
        assert not [r for r in second.state.requests if "sign_in" in r.path.lower() or "login" in r.path.lower()
                    or r.path.endswith("/signin") or r.path.endswith("/authenticate")]
    on_disk = state_file.read_bytes()
    secret_fields = ("password", "access_token", "secret_key", "custom_id", "publisher_token", "signing_key")
    secrets = [*ALL_SECRETS, *(v for k, v in values.items() if k in secret_fields)]
    kept = accounts.session(accounts.get(account_id))
    secrets += [v for v in kept.tokens.values() if isinstance(v, str) and len(v) >= 8]
    assert not [s for s in secrets if s.encode() in on_disk]


def test_the_file_holds_no_password_token_or_custom_id_in_clear(tmp_path: Path) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    with running(state_file) as server:
        meta = gacha_sign_in(server)
        ticket = custom_login(server, CUSTOM["custom_id"], create=False).json()["data"]["SessionTicket"]
        email = httpx.post(f"{server.url}/playfab/Client/LoginWithEmailAddress",
                           json={"TitleId": "DEMO1", "Email": "astrid@example.com", "Password": "Valhalla!2024"})
        assert email.status_code == 200
    doc = json.loads(state_file.read_text("utf-8"))
    assert doc["version"] == 1 and doc["tokens"]["gacha_refresh"]
    raw = state_file.read_bytes()
    demo_passwords = [p["password"] for service in ("gacha", "playfab")
                      for p in server.state.data[service]["players"] if p.get("password")]
    for secret in [*demo_passwords, *ALL_SECRETS, meta["access_token"], meta["refresh_token"], ticket,
                   email.json()["data"]["SessionTicket"]]:
        assert secret.encode() not in raw
    if sys.platform != "win32":
        assert state_file.stat().st_mode & 0o077 == 0  # readable by its owner only


DAMAGE: dict[str, bytes] = {
    "garbage": b"\x00\xff not json at all",
    "truncated": b'{"version": 1, "tokens": {"gacha_access": {"',
    "deep": b"[" * 200_000,
    "nan": b'{"version": 1, "tokens": {"gacha_access": {"' + b"a" * 64 + b'": ["p", NaN, 1]}}, "players": {}}',
    "wrong types": b'{"version": 1, "tokens": {"gacha_access": {"' + b"a" * 64 + b'": [1, "x", 1]}}, "players": {}}',
    "unknown service": b'{"version": 1, "tokens": {}, "players": {"evil": []}}',
    "extra field": b'{"version": 1, "tokens": {}, "players": {"gacha": [{"id": "x", "password": "p"}]}}',
    "future version": b'{"version": 99, "tokens": {}, "players": {}}',
    "oversized": b'{"version": 1, "pad": "' + b"x" * (persist.MAX_BYTES + 10) + b'"}',
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_file_starts_fresh_with_a_log_line(damage: str, tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    state_file.write_bytes(DAMAGE[damage])
    caplog.set_level(logging.WARNING)
    with running(state_file) as server:
        meta = gacha_sign_in(server)
        assert me(server, meta["access_token"]).status_code == 200
    lines = [r.getMessage() for r in caplog.records if "starts fresh" in r.getMessage()]
    assert len(lines) == 1 and str(state_file) in lines[0] and "\n" not in lines[0]
    with running(state_file) as again:  # the damaged file was replaced by a good one
        assert me(again, meta["access_token"]).status_code == 200


def test_a_directory_or_fifo_in_place_of_the_file_does_not_stop_the_demo(tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    folder = tmp_path / "as-dir.json"
    folder.mkdir()
    with running(folder) as server:
        meta = gacha_sign_in(server)  # it cannot be saved either: said once, the sandbox answers on
        assert me(server, meta["access_token"]).status_code == 200
        gacha_sign_in(server)
    saving = [r for r in caplog.records if "cannot save" in r.getMessage()]
    assert len(saving) == 1
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.json"
        os.mkfifo(fifo)
        with running(fifo) as server:  # opening it must not block waiting for a writer
            assert gacha_sign_in(server)["access_token"]
        assert any("not a regular file" in r.getMessage() for r in caplog.records)


def test_a_crash_while_saving_leaves_the_previous_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    with running(state_file) as first:
        meta = gacha_sign_in(first)
    before = state_file.read_bytes()

    def crash(src: Any, dst: Any) -> None:
        raise KeyboardInterrupt  # the process dies between writing the new file and putting it in place

    with running(state_file) as second:
        monkeypatch.setattr(persist.os, "replace", crash)
        with pytest.raises(KeyboardInterrupt):
            persist.write_atomic(state_file, b"{}")
        monkeypatch.undo()
        assert state_file.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == [state_file.name]  # no temporary file left behind
        assert me(second, meta["access_token"]).status_code == 200


def test_the_file_stays_bounded(tmp_path: Path) -> None:
    state_file = tmp_path / "demo-sandbox.json"
    with running(state_file) as server:
        for n in range(persist.MAX_TOKENS_PER_KIND + 50):
            server.state.issue("gacha_access", "550e8400-e29b-41d4-a716-446655440000", 3600 + n)
        newest = server.state.issue("gacha_access", "550e8400-e29b-41d4-a716-446655440000", 10 ** 6)
        custom_login(server, "x" * 5000, create=True)  # an id too long to keep is not kept, the rest is
    doc = json.loads(state_file.read_text("utf-8"))
    assert len(doc["tokens"]["gacha_access"]) == persist.MAX_TOKENS_PER_KIND
    assert state_file.stat().st_size < persist.MAX_BYTES
    with running(state_file) as again:
        assert me(again, newest).status_code == 200


def test_without_a_file_nothing_is_written(launcher_home: Path) -> None:
    with running(None) as server:
        gacha_sign_in(server)
    assert not [p for p in launcher_home.rglob("*") if p.is_file()]
    assert demo_state_file() == launcher_home / "data" / "demo-sandbox.json"
