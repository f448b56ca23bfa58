"""Keep secrets and hostile text out of logs, terminals and dialogs.

- `secrets`: a registry of this run's secret values (passwords, tokens, keys), scrubbed from every log record
  by `RedactingFilter` (messages, arguments, exception tracebacks, stack info).
- `safe_text(text)`: text from outside (a server's error detail, a display name, an exception message) made
  safe to show: control characters and terminal escape sequences removed, one line, bounded, and every
  registered secret masked. The CLI prints messages only through it; the window shows them through it."""

from __future__ import annotations

import logging
import re
import threading
import weakref

MASK = "***"
_MIN_LEN = 4  # shorter values ("true", "1") would scrub ordinary words
MAX_SHOWN = 2000  # characters of one message shown to a person

# CSI/OSC/other escape sequences first (so their parameters go too), then any lone control character:
# C0 (but tab/newline are handled separately), DEL, C1, and the Unicode format characters that reorder or hide
# text (bidi overrides and isolates, zero-width joiners, BOM).
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
                     r"|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")
_LINE_BREAKS = re.compile(r"[\r\n\t]+")


class SecretRegistry:
    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, value: str | None) -> None:
        if value and len(value) >= _MIN_LEN:
            with self._lock:
                self._values.add(value)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)

    def __contains__(self, value: object) -> bool:
        with self._lock:
            return value in self._values

    def scrub(self, text: str) -> str:
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)  # a secret inside another: the longer first
        for value in values:
            if value in text:
                text = text.replace(value, MASK)
        return text


secrets = SecretRegistry()


def strip_controls(text: str, *, one_line: bool = True) -> str:
    """Escape sequences and control characters removed; line breaks and tabs become one space (one_line) or
    are kept as plain newlines."""
    text = _ESCAPE.sub("", text)
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def safe_text(text: object, *, one_line: bool = True, limit: int = MAX_SHOWN) -> str:
    """What may be shown to a person: secrets masked, control characters stripped, at most `limit` characters."""
    shown = secrets.scrub(str(text))
    shown = strip_controls(shown, one_line=one_line)
    shown = secrets.scrub(shown)  # a secret split by a control character is whole again now
    if len(shown) > limit:
        shown = shown[:limit - 1] + "…"
    return shown.strip() if one_line else shown


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = strip_controls(secrets.scrub(message), one_line=False).replace("\n", " \\n ")
        cleaned = secrets.scrub(cleaned)
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = secrets.scrub(strip_controls(record.exc_text, one_line=False))
        if record.stack_info:
            record.stack_info = secrets.scrub(record.stack_info)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


_installed: weakref.WeakSet[logging.Handler] = weakref.WeakSet()


def install(handler: logging.Handler) -> None:
    """Attach the redacting filter to a handler (filters on handlers see records of every logger)."""
    if handler not in _installed:
        handler.addFilter(RedactingFilter())
        _installed.add(handler)
