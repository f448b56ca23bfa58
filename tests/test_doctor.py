"""`launcher doctor` (the contract's "Doctor"): each check passes on a working set-up and fails, in plain words with
what to do, on one made to fail it; it signs nobody in and sends no secret; the exit code is the gravest failure's."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail as fail_backend

from launcher import clock, doctor
from launcher.diagnostics import Status, exit_code
from launcher.http import Http
from tests.support.delivery import Repo

from .conftest import APPCHARGE, GACHA, run

ROOT = Path(__file__).resolve().parent.parent


def checks_of(manifest) -> dict[tuple[str, str | None], object]:
    async def go():
        async with Http(timeout=3.0, retry_max_wait=0.5) as http:
            return await doctor.run(manifest, http)
    found = run(go())
    return {(c.name, c.service): c for c in found}, found


def test_a_working_set_up_passes_every_check(manifest, memory_keyring, sandbox):
    by_name, found = checks_of(manifest)
    assert [c.name for c in found if c.status is not Status.OK] == ["profile fields"]  # a warning: see below
    assert exit_code(found) == 0
    for key in [("manifest", None), ("keychain", None), ("proxy", None), ("certificates", None), ("clock", None),
                ("title", "playfab"), ("profile fields", "playfab"), ("Login for Devices", "facebook"),
                ("sign-in route", "gacha"), ("signin route", "earth"), ("authenticate endpoint", "appcharge"),
                ("repository", "delivery")]:
        assert key in by_name, key
    assert memory_keyring.entries == {}  # the keychain probe cleaned up after itself


def test_it_signs_nobody_in_and_sends_no_secret(manifest, memory_keyring, sandbox):
    sandbox.state.requests.clear()
    players_before = json.dumps(sandbox.state.data["playfab"].get("players", []), sort_keys=True)
    checks_of(manifest)
    sent = b" ".join(r.body + json.dumps(r.headers).encode() for r in sandbox.state.requests)
    for secret in (GACHA["password"], APPCHARGE["publisher_token"], APPCHARGE["signing_key"], "SecurePassword"):
        assert secret.encode() not in sent
    assert not any("x-publisher-token" in r.headers or "signature" in r.headers
                   for r in sandbox.state.received("/appcharge/authenticate"))
    login = sandbox.state.received("/Client/LoginWithCustomID")
    assert login and all(r.json()["CreateAccount"] is False for r in login)
    assert json.dumps(sandbox.state.data["playfab"].get("players", []), sort_keys=True) == players_before


def test_an_unknown_title_fails_with_where_to_fix_it(manifest, memory_keyring, sandbox):
    sandbox.state.settings["playfab_title_exists"] = False
    by_name, found = checks_of(manifest)
    title = by_name[("title", "playfab")]
    assert title.status is Status.FAIL and "does not know the title 'DEMO1'" in title.detail
    assert "1131" in title.detail and "[playfab] title_id" in title.fix and exit_code(found) == 4


def test_a_title_id_of_another_server_fails(manifest, memory_keyring, sandbox):
    settings = dataclasses.replace(manifest.settings, options={**manifest.settings.options,
                                                               "playfab": {**manifest.settings.options["playfab"],
                                                                           "title_id": "NOPE1"}})
    by_name, found = checks_of(dataclasses.replace(manifest, settings=settings))
    title = by_name[("title", "playfab")]
    assert title.status is Status.FAIL and "NOPE1" in title.detail and "1004" in title.detail
    assert "[services] playfab" in title.fix and exit_code(found) == 4


def test_profile_fields_beyond_the_display_name_are_not_claimed_as_checked(manifest, memory_keyring, sandbox):
    by_name, found = checks_of(manifest)  # the demo asks for DisplayName and AvatarUrl
    fields = by_name[("profile fields", "playfab")]
    assert fields.status is Status.WARN and "could not be confirmed" in fields.detail
    assert "Client Profile Options" in fields.fix and exit_code(found) == 0


@pytest.mark.parametrize("path,name,service", [
    ("/gacha/api/v1/players/sign_in", "sign-in route", "gacha"),
    ("/earth/api/v1.1/player/profile/signin", "signin route", "earth"),
    ("/appcharge/authenticate", "authenticate endpoint", "appcharge"),
])
def test_a_missing_route_fails_naming_the_manifest_key(manifest, memory_keyring, sandbox, path, name, service):
    sandbox.state.inject(path, status=404, body="", times=5)
    by_name, found = checks_of(manifest)
    check = by_name[(name, service)]
    assert check.status is Status.FAIL and "HTTP 404" in check.detail and f"[services] {service}" in check.fix
    assert exit_code(found) == 4


def test_facebook_login_for_devices_turned_off_fails(manifest, memory_keyring, sandbox):
    sandbox.state.settings["facebook_device_login_enabled"] = False
    by_name, _ = checks_of(manifest)
    check = by_name[("Login for Devices", "facebook")]
    assert check.status is Status.FAIL and "Login from Devices" in check.fix
    assert "(#3) Application does not have the capability" in check.detail  # Facebook's words, as they came


def test_a_keychain_that_cannot_be_used_is_exit_6(manifest, sandbox):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail_backend.Keyring())
    try:
        by_name, found = checks_of(manifest)
    finally:
        keyring.set_keyring(previous)
    assert by_name[("keychain", None)].status is Status.FAIL and exit_code(found) == 6


def test_an_expired_repository_and_a_server_that_cannot_be_reached(manifest, memory_keyring, sandbox, tmp_path,
                                                                   static_host):
    from tests.test_delivery_install import _resign_timestamp

    repo = Repo(tmp_path / "studio", served=static_host.folder)
    repo.publish("1.0", {"a.bin": b"x"})
    from datetime import UTC, datetime, timedelta

    _resign_timestamp(repo, expires=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    root = tmp_path / "root.json"
    root.write_bytes(repo.root)
    delivery = {"repository": static_host.url, "root": str(root), "channel": "live"}
    settings = dataclasses.replace(manifest.settings, options={**manifest.settings.options, "delivery": delivery})
    by_name, _ = checks_of(dataclasses.replace(manifest, settings=settings, path=tmp_path / "game.toml"))
    check = by_name[("repository", "delivery")]
    assert check.status is Status.FAIL and "expired" in check.detail and "publish refresh" in check.fix
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    down = manifest.with_services({"appcharge": f"http://127.0.0.1:{closed}/authenticate"})
    by_name, _ = checks_of(down)
    assert by_name[("authenticate endpoint", "appcharge")].status is Status.FAIL


def test_proxy_certificates_and_clock(manifest, memory_keyring, sandbox, monkeypatch, tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:pw-123@127.0.0.1:{closed}")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("nonsense")
    monkeypatch.setenv("SSL_CERT_FILE", str(garbage))
    import time

    monkeypatch.setattr(clock, "_local_now", lambda: time.time() + 3 * 3600)  # this computer's clock: 3 h ahead
    by_name, _ = checks_of(manifest)
    proxy = by_name[("proxy", None)]
    assert proxy.status is Status.FAIL and f"127.0.0.1:{closed}" in proxy.detail and "pw-123" not in proxy.detail
    assert by_name[("certificates", None)].status is Status.FAIL and str(garbage) in by_name[("certificates",
                                                                                                None)].detail
    assert by_name[("clock", None)].status is Status.FAIL and "3.0 hours ahead" in by_name[("clock", None)].detail


def test_a_clock_a_few_minutes_off_is_a_warning(manifest, memory_keyring, sandbox, monkeypatch):
    import time

    monkeypatch.setattr(clock, "_local_now", lambda: time.time() - 120)
    by_name, found = checks_of(manifest)
    assert by_name[("clock", None)].status is Status.WARN and exit_code(found) == 0


def test_the_command_line_contract(tmp_path, launcher_home, sandbox):
    manifest = tmp_path / "game.toml"
    from tests.support.manifests import demo_manifest_text

    manifest.write_text(demo_manifest_text().replace('icon = "icons/demo-game.svg"\n', "")
                        .replace("http://127.0.0.1:8765", sandbox.url))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAUNCHER_")}
    env.update(LAUNCHER_HOME=str(launcher_home), PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.support.file_keyring.JsonFileKeyring",
               TEST_KEYRING_FILE=str(tmp_path / "keyring.json"))
    done = subprocess.run([sys.executable, "-m", "launcher", "doctor", "--json", "--manifest", str(manifest)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    doc = json.loads(done.stdout)
    assert all(set(c) == {"name", "service", "status", "detail", "fix"} for c in doc["checks"])
    assert {c["status"] for c in doc["checks"]} == {"ok", "warn"}
    broken = tmp_path / "broken.toml"
    broken.write_text("[game]\nname = 1\n")
    bad = subprocess.run([sys.executable, "-m", "launcher", "doctor", "--json", "--manifest", str(broken)],
                         capture_output=True, text=True, timeout=60, env=env, check=False)
    assert bad.returncode == 5 and json.loads(bad.stdout)["checks"][0]["status"] == "fail"
    text = subprocess.run([sys.executable, "-m", "launcher", "doctor", "--manifest", str(manifest)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert text.returncode == 0 and "ok    title (playfab)" in text.stdout
