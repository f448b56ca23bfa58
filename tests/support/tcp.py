"""A TCP listener on loopback whose connections are each served on a thread of their own (test servers)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable


def serve(handler: Callable[[socket.socket], None]) -> socket.socket:
    """Listen on a free loopback port; `handler(client)` runs for each connection. Close the listener to stop."""
    listener = socket.create_server(("127.0.0.1", 0))

    def accept() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handler, args=(client,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return listener
