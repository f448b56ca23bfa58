"""Keep secrets out of logs: a registry of secret values and a logging filter that scrubs them."""

from __future__ import annotations

import logging
import threading
import weakref

MASK = "***"
_MIN_LEN = 4  # shorter values ("true", "1") would scrub ordinary words


class SecretRegistry:
    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, value: str | None) -> None:
        if value and len(value) >= _MIN_LEN:
            with self._lock:
                self._values.add(value)

    def scrub(self, text: str) -> str:
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            if value in text:
                text = text.replace(value, MASK)
        return text


secrets = SecretRegistry()


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = secrets.scrub(message)
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = secrets.scrub(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = secrets.scrub(record.exc_text)
        if scrubbed != message or record.args:
            record.msg, record.args = scrubbed, None
        return True


_installed: "weakref.WeakSet[logging.Handler]" = weakref.WeakSet()


def install(handler: logging.Handler) -> None:
    """Attach the redacting filter to a handler (filters on handlers see records of every logger)."""
    if handler not in _installed:
        handler.addFilter(RedactingFilter())
        _installed.add(handler)
