"""Where the launcher keeps its files (platformdirs), overridable with LAUNCHER_HOME for tests and portable use.

Every folder is named after this process's app id (launcher/identity.py), so two games' launchers never share
one. Under LAUNCHER_HOME the demo's id (`game-launcher`, every launcher's before ids existed) keeps
LAUNCHER_HOME/<kind> as it always had, and any other app id gets LAUNCHER_HOME/<app id>/<kind>."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .identity import app_id, is_default

# On Linux the XDG base directories, as platformdirs resolves them (tests/test_paths.py keeps the two equal):
# the window reads its settings before its first frame, and importing platformdirs there costs ~4 ms.
_XDG = {"config": ("XDG_CONFIG_HOME", ".config"), "data": ("XDG_DATA_HOME", ".local/share"),
        "cache": ("XDG_CACHE_HOME", ".cache"), "log": ("XDG_STATE_HOME", ".local/state")}


def home() -> str:
    """The user's home folder. An empty or relative HOME counts as unset (as platformdirs has it): the passwd entry
    is used, never the file-system root (what `expanduser("~")` gives for an empty HOME) or the current folder."""
    value = os.environ.get("HOME", "")
    if os.path.isabs(value):
        return value
    if os.name == "posix":
        import pwd

        try:
            value = pwd.getpwuid(os.getuid()).pw_dir
        except KeyError:
            value = ""
    else:
        value = os.path.expanduser("~")
    if not os.path.isabs(value):
        from .outcomes import OwnFilesError

        raise OwnFilesError("The launcher cannot find your home folder (HOME is not an absolute path and the "
                            "system knows none); set HOME or LAUNCHER_HOME to a folder.")
    return value


def _xdg(kind: str) -> Path:
    return _xdg_root(kind) / "log" if kind == "log" else _xdg_root(kind)


def _xdg_root(kind: str) -> Path:
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        base = os.path.join(home(), default)
    return Path(base) / app_id()


_MAC = {"config": "Application Support", "data": "Application Support", "cache": "Caches", "log": "Logs"}
ON_LINUX: bool = sys.platform.startswith("linux")


def _base(kind: str) -> Path:
    launcher_home = os.environ.get("LAUNCHER_HOME")
    if launcher_home:
        return Path(launcher_home) / kind if is_default() else Path(launcher_home) / app_id() / kind
    if ON_LINUX:
        return _xdg(kind)
    if sys.platform == "darwin" and not os.path.isabs(os.environ.get("HOME", "")):
        # an older platformdirs expands an empty HOME to the file-system root
        return Path(home(), "Library", _MAC[kind], app_id())
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_path")(app_id(), appauthor=False))


def own_root(kind: str) -> Path:
    """The topmost folder of `kind` that is the launcher's alone (its folder in ~/.local/state for the logs, not
    LAUNCHER_HOME itself): what `files.private_dir` tightens when it finds it looser than 0700."""
    if ON_LINUX and not os.environ.get("LAUNCHER_HOME"):
        return _xdg_root(kind)
    return _base(kind)


def data_dir() -> Path:
    return _base("data")


def config_dir() -> Path:
    return _base("config")


def cache_dir() -> Path:
    return _base("cache")


def log_dir() -> Path:
    return _base("log")
