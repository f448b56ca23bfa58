"""The launcher's own log set up for one test (a real rotating log file under LAUNCHER_HOME), then taken down,
so that tests can read what the launcher writes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from launcher import logs


@contextmanager
def launcher_log(*, debug: bool) -> Iterator[Path]:
    root = logging.getLogger()
    saved = (root.level, list(root.handlers), getattr(root, "_launcher_configured", False))
    root._launcher_configured = False  # type: ignore[attr-defined]
    logs.configure(debug=debug)
    try:
        yield logs.log_file()
    finally:
        for handler in root.handlers:
            if handler not in saved[1]:
                handler.close()
        root.handlers[:] = saved[1]
        root.setLevel(saved[0])
        root._launcher_configured = saved[2]  # type: ignore[attr-defined]
