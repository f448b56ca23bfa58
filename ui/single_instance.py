"""One launcher window per user: a second start hands its arguments to the running one (Qt local socket)
and exits, instead of a second window fighting over the account store.

The socket is reachable by other processes, so what arrives on it is hostile until checked: only the same
user may connect (socket permissions, and the peer's uid where the platform tells it), one bounded line per
connection, a JSON object of known keys and types. Anything else is logged and dropped, never shown.

The socket's name carries the app id (launcher/instance_lock.py): each game's launcher has its own, so a
second game's launcher opens its own window instead of raising the first game's. A message is either
{"provider": ID or null} (a start with --provider) or {"link": {"action": ..., "value": ...}} (`launcher open`),
and a link is checked again here and in the window (launcher/links.py)."""

from __future__ import annotations

import json
import logging
import os
import re
import socket as pysocket
import struct
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from launcher import links
from launcher.instance_lock import instance_name

log = logging.getLogger("launcher.ui")

MAX_LINE = 4096  # {"provider": "..."}: tens of bytes; a link's value is at most 512 characters, 6 bytes each escaped
MAX_PENDING = 8
PROVIDER_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
KEYS = {"provider"}
LINK_KEYS = {"link"}


def parse_message(line: bytes) -> dict[str, Any] | None:
    """A hand-over message, or None when `line` is not exactly one (logged by the caller)."""
    if len(line) > MAX_LINE:
        return None
    try:
        payload = json.loads(line.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if isinstance(payload, dict) and set(payload) == LINK_KEYS:
        action = links.from_message(payload["link"])
        return None if action is None else {"provider": None, "link": action}
    if not isinstance(payload, dict) or not set(payload) <= KEYS:
        return None
    provider = payload.get("provider")
    if provider is not None and not (isinstance(provider, str) and PROVIDER_ID.match(provider)):
        return None
    return {"provider": provider}


def peer_is_same_user(socket: QLocalSocket) -> bool:
    """Linux tells a Unix socket's peer uid (SO_PEERCRED); elsewhere the socket's own permissions
    (QLocalServer.UserAccessOption: owner-only file mode, or a per-user ACL on Windows) are the check."""
    if not sys.platform.startswith("linux"):
        return True
    fd = int(socket.socketDescriptor())
    if fd < 0:
        return False
    try:
        dup = pysocket.fromfd(fd, pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    except OSError:
        return False
    try:
        creds = dup.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    finally:
        dup.close()
    _pid, uid, _gid = struct.unpack("3i", creds)
    return bool(uid == os.getuid())


class SingleInstance(QObject):
    message = Signal(dict)

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self.name = name or instance_name()
        self.server: QLocalServer | None = None
        self.dropped = 0  # bad messages and connections refused (tests, logs)

    def send(self, payload: dict[str, Any], timeout_ms: int = 1000) -> bool:
        """True when a running launcher took `payload`; this process should then exit."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        line = json.dumps(payload).encode() + b"\n"  # ASCII: non-ASCII is escaped
        if len(line) > MAX_LINE:
            return False
        socket.write(line)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.setMaxPendingConnections(MAX_PENDING)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a stale socket left by a crashed launcher
            if not self.server.listen(self.name):
                log.warning("single-instance socket unavailable: %s", self.server.errorString())
                return False
        self.server.newConnection.connect(self._accept)
        return True

    def close(self) -> None:
        if self.server is not None:
            for socket in self.server.findChildren(QLocalSocket):
                socket.blockSignals(True)
                socket.abort()
            self.server.close()

    def _drop(self, socket: QLocalSocket, why: str) -> None:
        self.dropped += 1
        log.warning("hand-over message dropped: %s", why)
        socket.setProperty("handled", True)
        socket.abort()
        socket.deleteLater()

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setReadBufferSize(MAX_LINE + 1)  # Qt stops reading from the peer beyond this
            socket.readyRead.connect(self._on_ready)
            socket.disconnected.connect(socket.deleteLater)
            if not peer_is_same_user(socket):
                self._drop(socket, "a connection from another user")
                continue
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and not socket.property("handled"):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        """One line per connection; then the connection is closed."""
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE:
                self._drop(socket, f"a line longer than {MAX_LINE} bytes")
            return
        line = bytes(socket.readLine(MAX_LINE + 1).data())
        payload = parse_message(line.rstrip(b"\r\n"))
        if payload is None:
            self._drop(socket, f"not a hand-over message ({len(line)} bytes)")
            return
        socket.setProperty("handled", True)
        socket.disconnectFromServer()
        self.message.emit(payload)


def connect_window(instance: SingleInstance, window: Any, show_login: Callable[[str], None]) -> None:
    """A hand-over brings the window forward; it opens a provider's form unless a sign-in is running (then the
    busy form stays and the status bar says why)."""
    def on_message(payload: dict[str, Any]) -> None:
        try:
            if payload.get("link") is not None:
                open_link(window, payload["link"])
                return
            window.bring_to_front()
            provider = payload.get("provider")
            if not provider:
                return
            busy = getattr(getattr(window, "controller", None), "busy", None)
            if busy:
                log.info("hand-over to %s refused: a sign-in is running", provider)
                from .i18n import Context

                SingleInstance = Context("SingleInstance")  # noqa: N806 - lupdate reads the context from the name
                window.statusBar().showMessage(SingleInstance.tr(
                    "Another launcher start asked for a sign-in form; finish or cancel the sign-in in progress "
                    "first."), 8000)
                return
            show_login(str(provider))  # an id this game does not offer: a status-bar note and the picker
        except Exception:  # a hand-over must never raise into Qt (that would be an error dialog)
            log.exception("hand-over message failed")
    instance.message.connect(on_message)


def open_link(window: Any, action: links.Action) -> None:
    """A link's action in the window (MainWindow.open_link): never raises into Qt (that would be an error dialog)."""
    try:
        window.open_link(action)
    except Exception:
        log.exception("opening a link failed")
