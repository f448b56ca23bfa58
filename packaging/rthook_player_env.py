"""PyInstaller runtime hook, run before PyInstaller's own (custom hooks come first).

PySide6's runtime hook overwrites QT_PLUGIN_PATH and QML2_IMPORT_PATH with the bundle's folders, and unlike
the bootloader with LD_LIBRARY_PATH it keeps no copy of the player's values. Keep them under the bootloader's
convention, NAME_ORIG, so that launcher/game.py can hand the player's own values to a game."""

import os

for _name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
    if _name in os.environ and f"{_name}_ORIG" not in os.environ:
        os.environ[f"{_name}_ORIG"] = os.environ[_name]
