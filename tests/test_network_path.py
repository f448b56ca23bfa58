"""The network path players have: a proxy they must go through (with a password), an organisation's own CA in the
trust store, certificates that do not verify for reasons worth naming, and SSL_CERT_FILE/SSL_CERT_DIR left behind
by other tooling. Against a real CONNECT proxy on loopback that re-signs TLS with a private CA made here; the
services' host names exist only inside the proxy, so a request that skips it cannot succeed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from launcher.outcomes import NetworkError
from tests.support import tcp
from tests.support.connect_proxy import ConnectProxy, PrivateCA
from tests.support.delivery import Repo, install, target
from tests.support.manifests import demo_manifest_text

from .conftest import GACHA, run, sign_in

ROOT = Path(__file__).resolve().parent.parent
USER, PASSWORD = "alice", "pr0xy-s3cret"


@pytest.fixture
def ca(tmp_path: Path) -> PrivateCA:
    return PrivateCA(tmp_path / "ca")


@pytest.fixture
def proxy(ca: PrivateCA, sandbox, static_host):
    server = ConnectProxy(ca, {"game.test": ("127.0.0.1", sandbox.port),
                               "cdn.test": ("127.0.0.1", int(static_host.url.rsplit(":", 1)[1]))},
                          auth=(USER, PASSWORD))
    yield server
    server.close()


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "all_proxy",
                 "no_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def through_proxy(manifest):
    return manifest.with_services({"gacha": "https://game.test/gacha"})


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_sign_in_goes_through_the_proxy_and_trusts_the_organisations_ca(manifest, proxy, ca, clean_env,
                                                                          captured_logs, variable):
    clean_env.setenv(variable, proxy.url_with(USER, PASSWORD))
    clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
    session = run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert session.profile.display_name and proxy.connects == ["game.test:443"]
    assert PASSWORD not in captured_logs.text and USER not in captured_logs.text


def test_no_proxy_sends_the_request_direct(manifest, proxy, ca, clean_env):
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, PASSWORD))
    clean_env.setenv("NO_PROXY", "example.org,.test")
    clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
    with pytest.raises(NetworkError, match="can't be reached") as err:
        run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert proxy.connects == [] and "proxy" not in err.value.message


def test_this_computers_own_services_never_go_through_the_proxy(manifest, proxy, clean_env):
    clean_env.setenv("HTTP_PROXY", proxy.url_with(USER, PASSWORD))
    clean_env.setenv("ALL_PROXY", proxy.url_with(USER, PASSWORD))
    assert run(sign_in(manifest, "gacha", GACHA)).profile is not None
    assert proxy.connects == []


def test_a_proxy_asking_for_a_password_is_named_without_the_password(manifest, proxy, ca, clean_env):
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, "wrong-password"))
    clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
    with pytest.raises(NetworkError, match=r"The proxy at 127\.0\.0\.1:\d+ asks for a user name and password") as err:
        run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert "wrong-password" not in err.value.message and USER not in err.value.message
    assert err.value.code == "proxy" and proxy.refused_auth == 1


def test_a_proxy_that_is_down_is_named(manifest, clean_env):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    clean_env.setenv("HTTPS_PROXY", f"http://{USER}:{PASSWORD}@127.0.0.1:{port}")
    with pytest.raises(NetworkError, match=rf"The proxy at 127\.0\.0\.1:{port} can't be reached") as err:
        run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert PASSWORD not in err.value.message


def test_a_proxy_refusing_the_destination_is_named(manifest, proxy, ca, clean_env):
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, PASSWORD))
    clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
    with pytest.raises(NetworkError, match=r"refused the connection to elsewhere\.test \(HTTP 502\)"):
        run(sign_in(manifest.with_services({"gacha": "https://elsewhere.test/gacha"}), "gacha", GACHA))


def test_an_untrusted_ca_is_named_with_its_issuer_never_as_unreachable(manifest, proxy, clean_env):
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, PASSWORD))
    with pytest.raises(NetworkError, match="issued by an authority this computer does not trust") as err:
        run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert "can't be reached" not in err.value.message and err.value.code == "tls"


def test_an_expired_certificate_points_at_the_clock(manifest, ca, sandbox, clean_env):
    expired = ConnectProxy(ca, {"game.test": ("127.0.0.1", sandbox.port)}, expired=True)
    try:
        clean_env.setenv("HTTPS_PROXY", expired.url)
        clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
        with pytest.raises(NetworkError, match=r"not valid at this computer's time.*date and time"):
            run(sign_in(through_proxy(manifest), "gacha", GACHA))
    finally:
        expired.close()


def test_the_issuer_of_a_direct_connection_is_named(manifest, ca, clean_env):
    context = ca.context_for("localhost")

    def handshake(conn: socket.socket) -> None:
        try:
            context.wrap_socket(conn, server_side=True).close()
        except OSError:
            conn.close()

    server = tcp.serve(handshake)
    try:
        url = f"https://localhost:{server.getsockname()[1]}/gacha"
        with pytest.raises(NetworkError, match="issued by 'Example Corp Inspection CA'"):
            run(sign_in(manifest.with_services({"gacha": url}), "gacha", GACHA))
    finally:
        server.close()


def test_plain_http_on_an_https_address_is_told_apart(manifest, sandbox, clean_env):
    url = sandbox.url.replace("http://", "https://") + "/gacha"
    with pytest.raises(NetworkError, match="answered without encryption on an https:// address"):
        run(sign_in(manifest.with_services({"gacha": url}), "gacha", GACHA))


def test_a_stale_ssl_cert_file_is_ignored_with_a_warning(manifest, clean_env, tmp_path, captured_logs):
    clean_env.setenv("SSL_CERT_FILE", str(tmp_path / "gone.pem"))
    clean_env.setenv("SSL_CERT_DIR", str(tmp_path / "no-such-folder"))
    assert run(sign_in(manifest, "gacha", GACHA)).profile is not None  # loopback http: untouched
    assert "SSL_CERT_FILE names" in captured_logs.text and "is ignored" in captured_logs.text


def test_a_garbage_ssl_cert_file_fails_https_with_its_name(manifest, proxy, clean_env, tmp_path):
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    clean_env.setenv("SSL_CERT_FILE", str(garbage))
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, PASSWORD))
    assert run(sign_in(manifest, "gacha", GACHA)).profile is not None  # loopback http still works
    with pytest.raises(NetworkError, match=f"SSL_CERT_FILE names {garbage}, which holds no usable certificate"):
        run(sign_in(through_proxy(manifest), "gacha", GACHA))
    assert proxy.connects == []  # refused before anything was sent


def test_delivery_downloads_use_the_same_proxy_and_trust_store(tmp_path, proxy, ca, static_host, clean_env):
    repo = Repo(tmp_path / "studio", served=static_host.folder)
    repo.publish("1.0", {"a.bin": b"through the proxy"})
    clean_env.setenv("HTTPS_PROXY", proxy.url_with(USER, PASSWORD))
    clean_env.setenv("SSL_CERT_FILE", str(ca.pem))
    result = install(target(tmp_path / "game", "https://cdn.test", repo.root))
    assert (result.build_dir / "a.bin").read_bytes() == b"through the proxy"
    assert set(proxy.connects) == {"cdn.test:443"}


def test_the_command_line_says_it_in_one_line_with_exit_4(tmp_path, proxy, sandbox, launcher_home):
    manifest = tmp_path / "game.toml"
    manifest.write_text(demo_manifest_text().replace('icon = "icons/demo-game.svg"\n', "")
                        .replace("http://127.0.0.1:8765/gacha", "https://game.test/gacha"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAUNCHER_", "SSL_CERT"))
           and k.lower() not in ("https_proxy", "http_proxy", "all_proxy", "no_proxy")}
    env.update(LAUNCHER_HOME=str(launcher_home), PYTHONPATH=str(ROOT), LAUNCHER_FIELD_PASSWORD=GACHA["password"],
               HTTPS_PROXY=proxy.url_with(USER, "wrong"))
    done = subprocess.run([sys.executable, "-m", "launcher", "signin", "--provider", "gacha", "--manifest",
                           str(manifest), "--field", f"email={GACHA['email']}", "--json"], capture_output=True,
                          text=True, timeout=60, env=env, check=False)
    assert done.returncode == 4, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "asks for a user name and password" in lines[0] and "wrong" not in lines[0]
    assert json.dumps(done.stdout) and "Traceback" not in done.stderr
