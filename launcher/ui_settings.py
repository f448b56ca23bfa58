"""The window's own preferences (geometry, close-to-tray, last provider, language): a small JSON file, never
secrets.

A damaged file is set aside and defaults are used; the launcher never refuses to start over it."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any, ClassVar

from .files import read_regular, replace_private
from .languages import normalise
from .paths import config_dir

log = logging.getLogger("launcher.settings")
MAX_SETTINGS_BYTES = 64 * 1024  # a window geometry and three words; a FIFO or /dev/zero here must not hang the start


class UiSettings:
    # A plain class, not a dataclass: this is read before the window's first frame, and dataclasses costs ~2 ms.
    SAVED: ClassVar[dict[str, type]] = {
        "geometry": str,          # base64 of QWidget.saveGeometry()
        "close_to_tray": bool,
        "last_provider": str,
        "scheme": str,            # "dark" or "light" as last seen: the first frame is painted before Qt is asked
        "tray_while_playing": bool,  # the window goes to the tray while the game runs, and comes back after
        "language": str,          # the player's choice ("de", "pt_BR"); "" : the system's language
    }

    def __init__(self, *, geometry: str = "", close_to_tray: bool = False, last_provider: str = "",
                 scheme: str = "", warning: str = "", tray_while_playing: bool = False, language: str = "") -> None:
        self.geometry, self.close_to_tray, self.last_provider = geometry, close_to_tray, last_provider
        self.tray_while_playing = tray_while_playing
        self.scheme = scheme
        self.language = normalise(language) if language else ""  # anything else in the file: the system's
        self.warning = warning    # not saved: what went wrong reading the file

    @staticmethod
    def path() -> Path:
        return config_dir() / "window.json"

    @classmethod
    def load(cls) -> UiSettings:
        path = cls.path()
        try:
            doc = json.loads(read_regular(path, MAX_SETTINGS_BYTES, tighten=True).decode("utf-8"))
            if not isinstance(doc, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                os.replace(path, aside)
            except OSError:
                aside = path
            log.warning("window settings unreadable (%s)", exc.__class__.__name__)
            return cls(warning=f"The window settings were damaged and were reset (kept at {aside.name}).")
        kept: dict[str, Any] = {k: v for k, v in doc.items() if k in cls.SAVED and type(v) is cls.SAVED[k]}
        return cls(**kept)

    def save(self) -> None:
        path = self.path()
        data = {k: getattr(self, k) for k in self.SAVED}
        try:
            replace_private(path, json.dumps(data, indent=2).encode("utf-8"))
        except OSError as exc:
            log.warning("window settings not saved: %s", exc.strerror)
