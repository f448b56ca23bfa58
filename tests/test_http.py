"""Transport safety and faults over real sockets: TLS verification, loopback-only http, redirects, size cap."""

from __future__ import annotations

import datetime
import logging
import ssl
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from launcher.http import Http, check_url, is_loopback, retry_after_seconds
from launcher.outcomes import NetworkError, ProtocolError

from .conftest import GACHA, run, sign_in

SIGN_IN = "/gacha/api/v1/players/sign_in"


@pytest.mark.parametrize("url, ok", [
    ("https://title.playfabapi.com/Client/LoginWithFacebook", True),
    ("http://127.0.0.1:8765/x", True),
    ("http://localhost/x", True),
    ("http://[::1]:80/x", True),
    ("http://example.com/x", False),
    ("http://10.0.0.1/x", False),
    ("ftp://127.0.0.1/x", False),
])
def test_plain_http_only_to_loopback(url, ok):
    if ok:
        check_url(url)
    else:
        with pytest.raises(NetworkError, match="https://"):
            check_url(url)


def test_loopback_detection():
    assert is_loopback("127.5.5.5") and is_loopback("localhost") and not is_loopback("localhost.evil.com")


def test_retry_after_forms():
    assert retry_after_seconds("3") == 3 and retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    later = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30))
    assert 25 <= retry_after_seconds(later.strftime("%a, %d %b %Y %H:%M:%S GMT")) <= 31


@pytest.fixture(scope="module")
def self_signed_server(tmp_path_factory: pytest.TempPathFactory):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://localhost:{server.server_address[1]}", hits
    server.shutdown()


def test_self_signed_https_is_refused_before_anything_is_sent(self_signed_server):
    url, hits = self_signed_server

    async def go():
        async with Http(timeout=3) as http:
            await http.request("POST", url + "/login", json_body={"password": "hunter22"}, service="The test server")
    with pytest.raises(NetworkError, match="could not be verified: it was issued by an authority this computer does "
                                           "not trust") as err:
        run(go())
    assert err.value.code == "tls" and hits == []


def test_redirect_to_another_host_is_not_followed(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=307, headers={"Location": "https://evil.example/steal"}, body="")
    with pytest.raises(ProtocolError, match="redirect"):
        run(sign_in(manifest, "gacha", GACHA))
    assert len(sandbox.state.received(SIGN_IN)) == 1


def test_body_over_the_size_cap_is_refused(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=200, action="oversize", content_type="application/vnd.api+json")
    with pytest.raises(ProtocolError, match="too large"):
        run(sign_in(manifest, "gacha", GACHA))


def test_connection_reset_mid_body(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=200, action="reset", content_type="application/vnd.api+json", times=5)
    with pytest.raises(ProtocolError, match="closed the connection"):
        run(sign_in(manifest, "gacha", GACHA))


def test_connection_refused_is_a_network_error(manifest):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    closed = manifest.with_services({"gacha": f"http://127.0.0.1:{port}/gacha"})
    with pytest.raises(NetworkError, match="can't be reached right now"):
        run(sign_in(closed, "gacha", GACHA))


def test_request_log_carries_no_secret_query_or_header(manifest, sandbox, captured_logs):
    session = run(sign_in(manifest, "gacha", GACHA))
    text = "\n".join(r.getMessage() for r in captured_logs.records)
    assert "POST http://127.0.0.1" in text and "/players/sign_in -> 200" in text
    for secret in (GACHA["password"], session.tokens["access_token"], session.tokens["refresh_token"], "include="):
        assert secret not in text
    assert not [r for r in captured_logs.records if r.name.startswith(("httpx", "httpcore"))
                and r.levelno < logging.WARNING]
