"""Real device facts for sign-ins that ask for them: a per-installation random id, OS name, locale."""

from __future__ import annotations

import contextlib
import locale
import os
import platform
import uuid

from .files import read_regular, replace_private
from .models import DeviceFacts
from .paths import data_dir

OS_NAMES = {"Linux": "Linux", "Windows": "Windows", "Darwin": "macOS"}


def installation_id() -> str:
    """Random, generated once per installation, kept in the data directory (it is not a secret)."""
    path = data_dir() / "device-id"
    try:
        value = read_regular(path, 64, follow=False, tighten=True).decode("ascii").strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):  # missing, a link, not a regular file, not an id: a new one replaces it
        pass
    value = str(uuid.uuid4())
    with contextlib.suppress(OSError):  # a read-only data dir: the id lasts for this run
        replace_private(path, value.encode("ascii"))
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
