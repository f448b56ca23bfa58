"""Where the launcher keeps its files (platformdirs), overridable with LAUNCHER_HOME for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_NAME


def _base(kind: str) -> Path:
    home = os.environ.get("LAUNCHER_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_path")(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _base("data")


def config_dir() -> Path:
    return _base("config")


def cache_dir() -> Path:
    return _base("cache")


def log_dir() -> Path:
    return _base("log")
