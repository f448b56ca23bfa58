"""Delivery from a real static web server: nginx serving a published repository unchanged. What nginx does with
Range, If-Range and ETag is what the fetcher relies on to resume a chunk; a stall mid-chunk is made by a small TCP
relay in front of nginx that stops forwarding part-way."""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import pytest

from launcher.delivery import installer
from launcher.delivery.errors import DeliveryNetworkError
from launcher.http import Http
from tests.support import tcp
from tests.support.delivery import Repo, install, noise, target, verify

MiB = 1024 * 1024


@pytest.fixture
def served(tmp_path: Path, nginx_factory):
    repo = Repo(tmp_path / "studio", served=tmp_path / "www" / "game")
    server = nginx_factory(tmp_path / "www")
    return repo, server, f"{server.url}/game"


def test_install_update_and_repair_from_nginx(served, tmp_path):
    repo, _server, url = served
    big = noise(6 * MiB, seed=1)
    repo.publish("1.0", {"bin/game": (b"#!/bin/sh\n", 0o755), "data/big.pak": big})
    t = target(tmp_path / "game", url, repo.root)
    first = install(t)
    assert first.version == "1.0" and (first.build_dir / "data" / "big.pak").read_bytes() == big
    repo.publish("1.1", {"bin/game": (b"#!/bin/sh\n", 0o755), "data/big.pak": big[:3 * MiB] + b"!" + big[3 * MiB:]})
    second = install(t)
    assert second.version == "1.1" and second.downloaded < 3 * 4 * MiB
    (second.build_dir / "data" / "big.pak").write_bytes(b"broken")
    assert not verify(t).ok and verify(t, repair=True).ok


def test_a_chunk_missing_on_the_server_is_a_server_failure(served, tmp_path):
    repo, _server, url = served
    repo.publish("1.0", {"a.bin": noise(MiB)})
    for chunk in (repo.path / "chunks").rglob("*.zst"):
        chunk.unlink()
    with pytest.raises(DeliveryNetworkError, match="HTTP 404"):
        install(target(tmp_path / "game", url, repo.root))


def test_nginx_answers_range_and_if_range_as_the_fetcher_expects(served, tmp_path):
    repo, _server, url = served
    repo.publish("1.0", {"a.bin": noise(2 * MiB)})
    chunk = next((repo.path / "chunks").rglob("*.zst"))
    chunk_url = f"{url}/chunks/{chunk.parent.name}/{chunk.name}"
    data = chunk.read_bytes()

    async def probe():
        async with Http() as http:
            whole = await http.fetch(chunk_url, max_bytes=len(data))
            etag = whole.headers["etag"]
            part = await http.fetch(chunk_url, max_bytes=len(data),
                                    headers={"Range": "bytes=1000-", "If-Range": etag, "Accept-Encoding": "identity"})
            stale = await http.fetch(chunk_url, max_bytes=len(data),
                                     headers={"Range": "bytes=1000-", "If-Range": '"other"'})
            return whole, part, stale

    whole, part, stale = asyncio.run(probe())
    assert whole.status == 200 and whole.body == data
    assert part.status == 206 and part.body == data[1000:]
    assert part.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    assert stale.status == 200 and stale.body == data  # another version of the file: the whole of it


class StallingRelay:
    """Forwards TCP to `port`, but on the first connection whose answer is a chunk it stops after `cut` bytes of
    the answer and goes silent (the connection stays open: a stall, not a reset)."""

    def __init__(self, port: int, cut: int) -> None:
        self.port, self.cut = port, cut
        self.stalled = threading.Event()
        self.release = threading.Event()
        self.listener = tcp.serve(self._serve)
        self.url_port = self.listener.getsockname()[1]

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.port))
        request_is_chunk = threading.Event()

        def up() -> None:
            try:
                while data := client.recv(65536):
                    if b".zst " in data:
                        request_is_chunk.set()
                    upstream.sendall(data)
            except OSError:
                pass

        threading.Thread(target=up, daemon=True).start()
        sent = 0
        try:
            while data := upstream.recv(65536):
                if request_is_chunk.is_set() and not self.stalled.is_set() and sent + len(data) > self.cut:
                    client.sendall(data[: self.cut - sent])
                    self.stalled.set()
                    self.release.wait(30)
                    return
                sent += len(data)
                client.sendall(data)
        except OSError:
            pass
        finally:
            client.close()
            upstream.close()

    def close(self) -> None:
        self.release.set()
        self.listener.close()


def test_a_stall_mid_chunk_is_resumed_with_a_range_request(served, tmp_path):
    repo, server, _url = served
    big = noise(3 * MiB, seed=4)
    repo.publish("1.0", {"a.bin": big})
    relay = StallingRelay(server.port, cut=300_000)
    try:
        t = target(tmp_path / "game", f"http://127.0.0.1:{relay.url_port}/game", repo.root)
        result = install(t, stall_s=1.0, in_flight=1)
    finally:
        relay.close()
    assert relay.stalled.is_set()
    assert (result.build_dir / "a.bin").read_bytes() == big
    assert result.downloaded < len(big) + 200_000  # the part that arrived before the stall was not fetched again
    assert installer.installed(t.install_dir).record.version == "1.0"
