"""Where the launcher keeps its files (platformdirs), overridable with LAUNCHER_HOME for tests and portable use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_NAME

# On Linux the XDG base directories, as platformdirs resolves them (tests/test_paths.py keeps the two equal):
# the window reads its settings before its first frame, and importing platformdirs there costs ~4 ms.
_XDG = {"config": ("XDG_CONFIG_HOME", ".config"), "data": ("XDG_DATA_HOME", ".local/share"),
        "cache": ("XDG_CACHE_HOME", ".cache"), "log": ("XDG_STATE_HOME", ".local/state")}


def _xdg(kind: str) -> Path:
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), default)
    path = Path(base) / APP_NAME
    return path / "log" if kind == "log" else path


ON_LINUX: bool = sys.platform.startswith("linux")


def _base(kind: str) -> Path:
    home = os.environ.get("LAUNCHER_HOME")
    if home:
        return Path(home) / kind
    if ON_LINUX:
        return _xdg(kind)
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
