"""Real device facts for sign-ins that ask for them: a per-installation random id, OS name, locale."""

from __future__ import annotations

import locale
import os
import platform
import uuid

from .models import DeviceFacts
from .paths import data_dir

OS_NAMES = {"Linux": "Linux", "Windows": "Windows", "Darwin": "macOS"}


def installation_id() -> str:
    """Random, generated once per installation, kept in the data directory (it is not a secret)."""
    path = data_dir() / "device-id"
    try:
        value = path.read_text("utf-8").strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        pass
    value = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value, "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only data dir: the id lasts for this run
    return value


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0]
    try:
        lang = locale.getlocale()[0]
    except ValueError:
        lang = None
    return lang or "en_US"


def facts(*, latitude: float = 0.0, longitude: float = 0.0) -> DeviceFacts:
    return DeviceFacts(device_id=installation_id(), os_name=OS_NAMES.get(platform.system(), platform.system()),
                       language=system_language(), latitude=latitude, longitude=longitude)
