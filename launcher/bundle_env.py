"""What a PyInstaller bundle changes in its own environment, undone for a program it starts: a game (launcher/game.py)
or a newer downloaded launcher (launcher/selfupdate/startup.py). Standard library only: the bundle's entry uses it
before anything else is loaded."""

from __future__ import annotations

import os
from collections.abc import Mapping

# Set by PyInstaller's bootloader or its runtime hooks for the launcher itself, never meant for a game.
BUNDLE_ONLY = ("QML_IMPORT_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QTWEBENGINEPROCESS_PATH", "_MEIPASS2",
               "PYTHONHOME", "PYTHONPATH")
# The bootloader saves the library paths as NAME_ORIG; packaging/rthook_player_env.py saves the two Qt paths
# PySide6's runtime hook overwrites the same way.
SAVED_BY_PYINSTALLER = ("LD_LIBRARY_PATH", "LIBPATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH",
                        "QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def unbundle(env: dict[str, str], base: Mapping[str, str], bundle_dir: str) -> None:
    """`env` as a program started by the player has it: PyInstaller's changes for the bundle at `bundle_dir` undone
    (the saved library paths put back from `base`, the bootloader's own variables and the bundle's paths gone)."""
    for name in SAVED_BY_PYINSTALLER:
        env.pop(name, None)
        original = base.get(f"{name}_ORIG")
        env.pop(f"{name}_ORIG", None)
        if original:
            env[name] = original
    bundle = os.path.normcase(os.path.abspath(bundle_dir))
    for name in list(env):
        if name.startswith("_PYI_") or name in BUNDLE_ONLY:
            del env[name]
            continue
        if bundle not in os.path.normcase(env[name]):
            continue
        # PATH-like values lose the bundle's entries (PySide6's hook puts its folder on PATH on Windows); a
        # value naming a file in the bundle (SSL_CERT_FILE from the certifi hook) goes entirely.
        kept = [part for part in env[name].split(os.pathsep)
                if part and not os.path.normcase(os.path.abspath(part)).startswith(bundle)]
        if kept and os.pathsep in env[name]:
            env[name] = os.pathsep.join(kept)
        else:
            del env[name]
