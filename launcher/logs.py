"""Logging: a rotating file under the platform's log directory, private to the user, every secret scrubbed."""

from __future__ import annotations

import logging
import sys
from io import TextIOWrapper
from pathlib import Path

from . import files, redact
from .outcomes import OwnFilesError
from .paths import log_dir, own_root


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

        class PrivateRotatingFileHandler(RotatingFileHandler):
            """Each file created 0600 and never opened through a link (the rotated ones are renamed, not opened)."""

            def _open(self) -> TextIOWrapper:
                return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
                            opener=files.open_own)

        files.private_dir(log_file().parent, own_root("log"))
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(fmt)
        redact.install(handler)
        root.addHandler(handler)
    except (OSError, OwnFilesError):
        pass  # no writable log dir (or no home folder at all): keep going without a file
    if debug:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(fmt)
        redact.install(stderr)
        root.addHandler(stderr)
    root._launcher_configured = True  # type: ignore[attr-defined]
