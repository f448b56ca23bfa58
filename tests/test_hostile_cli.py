"""Hostile command-line inputs and hostile server text, in real processes: each is a usage error (2) or the
documented code with one line on stderr, never a traceback or a hang; nothing a server sends can drive the
terminal, and no secret of the attempt is echoed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GACHA
from .support.hostile_server import JSONAPI, HostileServer, hostile_fixture, hostile_server_fixture  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
ESC = "\x1b"


@pytest.fixture
def launcher(launcher_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAUNCHER_FIELD_")}
    env.update(LAUNCHER_HOME=str(launcher_home), PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.support.file_keyring.JsonFileKeyring",
               TEST_KEYRING_FILE=str(tmp_path / "kr.json"))
    env_b = {k.encode(): v.encode() for k, v in env.items()}

    def run(*args: str | bytes, extra: dict[bytes, bytes] | None = None, stdin: bytes | None = None,
            timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
        argv = [sys.executable.encode(), b"-m", b"launcher", *(a.encode() if isinstance(a, str) else a for a in args)]
        return subprocess.run(argv, capture_output=True, input=stdin, timeout=timeout, env={**env_b, **(extra or {})},
                              check=False)
    return run


def one_line(err: bytes) -> bool:
    return err.count(b"\n") == 1 and err.startswith(b"launcher: ") and b"Traceback" not in err


def gacha_args(url: str) -> list[str]:
    return ["signin", "--provider", "gacha", "--base-url", url + "/gacha", "--field", f"email={GACHA['email']}"]


def test_a_non_utf8_byte_in_a_field_is_a_usage_error(launcher) -> None:  # type: ignore[no-untyped-def]
    done = launcher("signin", "--provider", "gacha", "--field", b"email=pl\xffyer@example.com",
                    extra={b"LAUNCHER_FIELD_PASSWORD": b"x"})
    assert done.returncode == 2 and one_line(done.stderr), done.stderr
    assert b"UTF-8" in done.stderr


def test_a_non_utf8_byte_in_a_launcher_field_variable_is_a_usage_error(launcher) -> None:  # type: ignore[no-untyped-def]
    done = launcher("signin", "--provider", "gacha", "--field", "email=player@example.com",
                    extra={b"LAUNCHER_FIELD_PASSWORD": b"Secure\xff\xfePassword"})
    assert done.returncode == 2 and one_line(done.stderr), done.stderr
    assert b"LAUNCHER_FIELD_PASSWORD" in done.stderr and b"Secure" not in done.stderr


def test_a_non_utf8_secret_on_stdin_is_a_usage_error(launcher) -> None:  # type: ignore[no-untyped-def]
    done = launcher("signin", "--provider", "gacha", "--field", "email=player@example.com", "--field", "password=-",
                    stdin=b"bad\xff\n")
    assert done.returncode == 2 and one_line(done.stderr), done.stderr


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/", "http://127.0.0.1:-1/", "http://127.0.0.1:port/",
                                 "ftp://127.0.0.1/", "http:///nohost", "http://127.0.0.1:0/"])
def test_a_bad_base_url_is_a_usage_error(launcher, url: str) -> None:  # type: ignore[no-untyped-def]
    done = launcher("signin", "--provider", "gacha", "--base-url", url, "--field", "email=player@example.com",
                    extra={b"LAUNCHER_FIELD_PASSWORD": b"x"})
    assert done.returncode == 2 and one_line(done.stderr), done.stderr


@pytest.mark.parametrize("port", ["-1", "70000", "65536", "http"])
def test_sandbox_port_out_of_range_is_a_usage_error(launcher, port: str) -> None:  # type: ignore[no-untyped-def]
    done = launcher("sandbox", "--port", port)
    assert done.returncode == 2 and b"Traceback" not in done.stderr and b"port" in done.stderr, done.stderr


def test_providers_into_a_closed_pipe_is_quiet(launcher_home: Path) -> None:
    env = {**os.environ, "LAUNCHER_HOME": str(launcher_home), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(f"'{sys.executable}' -m launcher providers | head -3", shell=True, capture_output=True,
                          env=env, timeout=30, check=False)
    assert done.stdout.count(b"\n") == 3
    assert done.stderr == b"", done.stderr


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom", "."])
def test_a_manifest_that_is_not_a_regular_file_is_refused_at_once(launcher, path: str) -> None:  # type: ignore[no-untyped-def]
    done = launcher("providers", "--manifest", path, timeout=20)
    assert done.returncode == 5 and one_line(done.stderr), done.stderr
    assert b"not a regular file" in done.stderr


def test_a_huge_manifest_is_refused(launcher, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.toml"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    done = launcher("providers", "--manifest", str(big), timeout=20)
    assert done.returncode == 5 and one_line(done.stderr) and b"too large" in done.stderr, done.stderr


# --- hostile server text -----------------------------------------------------------------------------------

EVIL = ("\x1b]0;pwned title\x07\x1b[2J\x1b[1;1Hlauncher: Saved as account admin\r\n"
        "fake line\x9b31m\u202eredro\u200b {password} \x07")


@pytest.mark.parametrize("status", [400, 403])
def test_server_error_text_cannot_drive_the_terminal_or_echo_the_password(
        launcher, hostile: HostileServer, status: int) -> None:  # type: ignore[no-untyped-def]
    detail = EVIL.format(password=GACHA["password"])
    body = json.dumps({"errors": [{"code": "account_banned", "detail": detail}]})
    hostile.serve("raw", status=status, body=body, headers={"Content-Type": JSONAPI})
    done = launcher(*gacha_args(hostile.url), extra={b"LAUNCHER_FIELD_PASSWORD": GACHA["password"].encode()})
    err = done.stderr.decode()
    assert done.returncode in (3, 4) and one_line(done.stderr), err
    assert ESC not in err and "\x9b" not in err and "\x07" not in err and "\u202e" not in err and "\r" not in err
    assert GACHA["password"] not in err and "***" in err
    assert "fake line" in err  # the text is still shown, made harmless


def test_a_display_name_with_escapes_is_printed_harmlessly(launcher, hostile: HostileServer) -> None:  # type: ignore[no-untyped-def]
    from .support.hostile_server import gacha_sign_in

    hostile.serve("raw", body=gacha_sign_in(name="\\u001b[2JEvil\\u0007\\nPlayer id  admin"),
                  headers={"Content-Type": JSONAPI})
    done = launcher(*gacha_args(hostile.url), extra={b"LAUNCHER_FIELD_PASSWORD": GACHA["password"].encode()})
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert ESC not in out and "\x07" not in out
    assert "Player id  admin" not in out.splitlines()[1:]  # no forged row
    json_out = launcher(*gacha_args(hostile.url), "--json",
                        extra={b"LAUNCHER_FIELD_PASSWORD": GACHA["password"].encode()})
    assert json_out.returncode == 0 and ESC.encode() not in json_out.stdout
    assert json.loads(json_out.stdout)["display_name"].startswith("\x1b[2JEvil")  # data kept intact


def test_the_window_refuses_a_manifest_that_is_not_a_regular_file_before_reading_it(launcher_home: Path) -> None:
    env = {**os.environ, "LAUNCHER_HOME": str(launcher_home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "LAUNCHER_QUIT_AFTER_START": "0.1"}
    done = subprocess.run([sys.executable, "-m", "ui", "--manifest", "/dev/zero"], capture_output=True, env=env,
                          timeout=30, check=False)
    assert done.returncode == 5 and one_line(done.stderr), done.stderr
