"""Logging: a rotating file under the platform's log directory, every secret scrubbed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from . import redact
from .paths import log_dir


def log_file() -> Path:
    return log_dir() / "launcher.log"


def configure(*, debug: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_launcher_configured", False):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        # Not at module level: it pulls in socket and pickle, and the window reads log_file() before its
        # first frame.
        from logging.handlers import RotatingFileHandler

        log_file().parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(fmt)
        redact.install(handler)
        root.addHandler(handler)
    except OSError:
        pass  # no writable log dir: keep going without a file
    if debug:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(fmt)
        redact.install(stderr)
        root.addHandler(stderr)
    root._launcher_configured = True  # type: ignore[attr-defined]
