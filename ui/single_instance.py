"""One launcher window per user: a second start hands its arguments to the running one (Qt local socket)
and exits, instead of a second window fighting over the account store."""

from __future__ import annotations

import json
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from launcher.instance_lock import instance_name

log = logging.getLogger("launcher.ui")


class SingleInstance(QObject):
    message = Signal(dict)

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self.name = name or instance_name()
        self.server: QLocalServer | None = None

    def send(self, payload: dict[str, Any], timeout_ms: int = 1000) -> bool:
        """True when a running launcher took `payload`; this process should then exit."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(json.dumps(payload).encode() + b"\n")
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
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
                socket.readyRead.disconnect(self._on_ready)
                socket.abort()
            self.server.close()

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            try:
                payload = json.loads(line)
            except ValueError:
                continue
            if isinstance(payload, dict):
                self.message.emit(payload)


def connect_window(instance: SingleInstance, window: Any, show_login: Callable[[str], None]) -> None:
    def on_message(payload: dict) -> None:
        window.bring_to_front()
        if payload.get("provider"):
            show_login(str(payload["provider"]))
    instance.message.connect(on_message)
