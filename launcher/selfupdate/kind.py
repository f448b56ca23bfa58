"""Whether this installation updates itself, and if not, how a person updates it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .local import Installation, current

DISTRIBUTION = "game-launcher"
MANAGED_FILE = "self-update.json"  # at a bundle's root: {"managed_by": "apt"} (the .deb puts it there)
MANAGER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,39}$")


@dataclass(frozen=True)
class Kind:
    name: str  # bundle, managed, pipx, pip, editable
    self_updating: bool
    how: str  # one line for a person: how this launcher is updated

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.name, "self_updating": self.self_updating, "how": self.how}


def kind(this: Installation | None = None, *, prefix: str | None = None, source: bool | None = None) -> Kind:
    """`this`: a bundle (default: this process's, when it is one). `prefix`: the Python environment of a pip or
    pipx install (default sys.prefix); `source`: whether it is an editable install (default: as installed)."""
    this = this or current()
    if this is not None:
        manager = managed_by(this.root)
        if manager:
            hint = " (for example `sudo apt update && sudo apt upgrade`)" if manager == "apt" else ""
            return Kind("managed", False, f"This launcher was installed with {manager}; it does not update itself. "
                                          f"Update it with your package manager{hint}.")
        return Kind("bundle", True, "This launcher updates itself: a new version is downloaded in the background "
                                    "and starts the next time you open the launcher.")
    if editable() if source is None else source:
        return Kind("editable", False, "This launcher runs from a source checkout (pip install -e); update it with "
                                       "`git pull` (and `pip install -e .` when its dependencies change).")
    where = prefix if prefix is not None else sys.prefix
    parts = Path(where).parts
    pipx_home = os.environ.get("PIPX_HOME", "")
    if any(parts[n:n + 2] == ("pipx", "venvs") for n in range(len(parts) - 1)) or (
            os.path.isabs(pipx_home) and Path(pipx_home) in Path(where).parents):
        return Kind("pipx", False, f"This launcher was installed with pipx; update it with `pipx upgrade "
                                   f"{DISTRIBUTION}`.")
    python = Path(where) / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return Kind("pip", False, f"This launcher was installed with pip; update it with `{python} -m pip install "
                              f"--upgrade {DISTRIBUTION}`.")


def managed_by(root: Path) -> str | None:
    """The package manager named in the bundle's self-update.json, or None. A file that cannot be read or holds
    anything else counts as "not managed" only when it is absent: a damaged one still says "managed" (a package
    manager's files are never replaced behind its back)."""
    from ..files import read_regular

    path = root / MANAGED_FILE
    try:
        raw = json.loads(read_regular(path, 4096).decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return "the system's package manager"
    value = raw.get("managed_by") if isinstance(raw, dict) else None
    return value if isinstance(value, str) and MANAGER.match(value) else "the system's package manager"


def editable() -> bool:
    """True when the launcher is installed in development mode (pip install -e): PEP 610's direct_url.json says
    so."""
    from importlib import metadata

    with contextlib.suppress(Exception):
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
        info = json.loads(text) if text else {}
        return bool(isinstance(info, dict) and isinstance(info.get("dir_info"), dict)
                    and info["dir_info"].get("editable"))
    return False
