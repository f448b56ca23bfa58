"""A real static web server, nginx from Debian (installed by .ci/run), started by the tests on a free loopback port
from a temporary configuration, serving a folder as any studio's web server or CDN would (Range, ETag, 404)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

CONFIG = """
{user}
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{ application/json json; application/zstd zst; }}
    default_type application/octet-stream;
    sendfile on;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        {extra}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Nginx:
    def __init__(self, root: Path, tmp: Path, *, extra: str = "") -> None:
        if NGINX is None:
            pytest.fail("nginx is not installed: run .ci/run (it installs Debian's nginx)")
        self.root, self.tmp = root, tmp
        tmp.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            self.port = free_port()
            conf = tmp / "nginx.conf"
            # As root, nginx's workers would run as "nobody" and could not read the tests' private folders.
            user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
            conf.write_text(CONFIG.format(tmp=tmp, port=self.port, root=root, extra=extra, user=user))
            self.process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp)], stdout=subprocess.DEVNULL,
                                            stderr=subprocess.PIPE)
            if self._wait():
                return
            self.process.kill()
            self.process.wait()
        raise RuntimeError("nginx did not start")

    def _wait(self) -> bool:
        end = time.monotonic() + 10
        while time.monotonic() < end:
            if self.process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                time.sleep(0.05)
        return False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def nginx_factory(tmp_path: Path) -> Iterator[object]:
    started: list[Nginx] = []

    def start(root: Path, extra: str = "") -> Nginx:
        server = Nginx(root, tmp_path / f"nginx-{len(started)}", extra=extra)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
