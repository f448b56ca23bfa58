"""Where the launcher's own files are: the demo manifest, demo data, icons and the demo game.

The repository keeps them in its top-level `resources/` folder; the build installs that folder as the package
`launcher._resources` (see setup.py), so a wheel, an editable install and a PyInstaller bundle all find them
through the import system, wherever the launcher is installed and whatever the working directory is.

A studio bundle (tools/package --manifest) carries the studio's game folder too, and names its manifest in
`bundle.json` next to the bundled code: that manifest, not the demo's, is then the default."""

from __future__ import annotations

import sys
from functools import cache
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path

PACKAGE = "launcher._resources"
BUNDLE_INFO = "bundle.json"  # written by tools/package into a studio bundle


@cache
def folder() -> Path:
    """The resources folder on disk.

    For a package on the file system (every way the launcher is installed) this is the package's own folder,
    which is exactly what `importlib.resources.files()` answers, read from the module's spec without that
    module's imports (about 5 ms, on the first frame's path). Anything else (a zip import) goes through
    `importlib.resources`, extracted once for the life of the process."""
    import importlib

    spec = importlib.import_module(PACKAGE).__spec__  # by name: mypy cannot follow setup.py's package mapping
    if spec is not None and spec.origin and isinstance(spec.loader, SourceFileLoader | SourcelessFileLoader):
        return Path(spec.origin).parent
    import atexit
    import contextlib
    import importlib.resources

    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(importlib.resources.as_file(importlib.resources.files(PACKAGE))))


def path(name: str) -> Path:
    """A file among the resources, e.g. `path("icons/demo-game.svg")`."""
    return folder() / name


def demo_manifest() -> Path:
    return path("demo-manifest.toml")


def demo_data() -> Path:
    return path("demo-data.json")


def bundle_dir() -> Path | None:
    """The folder a PyInstaller bundle unpacked its code into; None when not running from a bundle."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if getattr(sys, "frozen", False) and meipass else None


def bundled_manifest() -> Path | None:
    """A studio bundle's own game manifest, or None (not a bundle, or the demo bundle)."""
    base = bundle_dir()
    if base is None:
        return None
    import json

    try:
        info = json.loads((base / BUNDLE_INFO).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    name = info.get("manifest") if isinstance(info, dict) else None
    return base / name if isinstance(name, str) and name else None


def default_manifest() -> Path:
    """The manifest used when neither --manifest nor LAUNCHER_MANIFEST names one."""
    return bundled_manifest() or demo_manifest()
