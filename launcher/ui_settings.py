"""The window's own preferences (geometry, close-to-tray, last provider): a small JSON file, never secrets.

A damaged file is set aside and defaults are used; the launcher never refuses to start over it."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .paths import config_dir

log = logging.getLogger("launcher.settings")


@dataclass
class UiSettings:
    geometry: str = ""            # base64 of QWidget.saveGeometry()
    close_to_tray: bool = False
    last_provider: str = ""
    scheme: str = ""              # "dark" or "light" as last seen: the first frame is painted before Qt is asked
    warning: str = ""             # not saved: what went wrong reading the file

    @staticmethod
    def path() -> Path:
        return config_dir() / "window.json"

    @classmethod
    def load(cls) -> UiSettings:
        path = cls.path()
        try:
            doc = json.loads(path.read_text("utf-8"))
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
        known = {f.name: f.type for f in fields(cls) if f.name != "warning"}
        values = {k: v for k, v in doc.items() if k in known and isinstance(v, (bool, str))
                  and type(v).__name__ == known[k]}
        return cls(**values)

    def save(self) -> None:
        path = self.path()
        data = {k: v for k, v in asdict(self).items() if k != "warning"}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, indent=2), "utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("window settings not saved: %s", exc.strerror)
