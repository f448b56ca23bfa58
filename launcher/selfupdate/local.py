"""This installation of the launcher, the updates folder beside it, versions, and the marks kept there.

Only the standard library and `launcher.paths`/`launcher.files`: the bundle's entry script reads these before
anything else runs."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .started import UPDATES_FOLDER

if TYPE_CHECKING:
    from ..identity import Identity

SLOTS = ("a", "b")  # two install folders: the version in use and the previous one (or the next one)
STATE = "state.json"
MAX_STATE_BYTES = 64 * 1024
MAX_BAD = 32
MAX_GOOD = 8
MAX_INFO_BYTES = 16 * 1024
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,99}$")


@dataclass(frozen=True)
class Installation:
    """A launcher bundle: its folder (what a studio publishes), the program in it, and its version. `manifest`: the
    bundle's own game manifest (its [self_update] is the only one the bundle updates from)."""

    root: Path
    executable: Path
    version: str
    manifest: Path | None = None

    @property
    def name(self) -> str:
        """The bundle's name on disk (its executable's): the updates folder is per bundle, so two studios'
        bundles never run each other's updates."""
        stem = self.executable.name.removesuffix(".exe")
        return stem if NAME.match(stem) else "launcher"

    @property
    def executable_path(self) -> str:
        """The program's path inside the bundle, as a build's file list names it."""
        return self.executable.relative_to(self.root).as_posix()

    def updates(self) -> Path:
        """<data dir>/launcher-updates/<name>. The data dir is the app id's in use: startup.start takes the
        bundle's own before it looks (launcher.cli takes it again from the manifest of the run), and
        check_and_download works only with the bundle's own manifest, so both meet in one folder."""
        from ..paths import data_dir

        return data_dir() / UPDATES_FOLDER / self.name

    def running_slot(self) -> tuple[Path, str] | None:
        """(slot, version) when this is a downloaded version running from its slot's builds/<version>/."""
        builds = self.root.parent
        slot = builds.parent
        if builds.name != "builds" or slot.name not in SLOTS:
            return None
        try:
            same = os.path.samefile(slot.parent, self.updates())
        except OSError:
            return None
        return (slot, self.root.name) if same else None

    @property
    def running_version(self) -> str:
        found = self.running_slot()
        return found[1] if found else self.version


def current() -> Installation | None:
    """This process's installation when it is a PyInstaller bundle; None otherwise (pip, pipx, a checkout)."""
    meipass = getattr(sys, "_MEIPASS", None)
    if not (getattr(sys, "frozen", False) and meipass):
        return None
    executable = Path(sys.executable).resolve()
    root = executable.parent
    if sys.platform == "darwin" and root.name == "MacOS" and root.parent.name == "Contents" \
            and root.parent.parent.suffix == ".app":
        root = root.parent.parent  # the .app is the bundle that is published
    manifest, version = bundle_info(Path(meipass))
    return Installation(root, executable, version, manifest)


def bundle_info(internal: Path) -> tuple[Path | None, str]:
    """The bundle's own manifest and version: bundle.json's "version", else the manifest's [game] version, else the
    launcher's own version."""
    from .. import __version__
    from ..files import read_regular

    info: Any = {}
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError, RecursionError):
        info = json.loads(read_regular(internal / "bundle.json", MAX_INFO_BYTES).decode("utf-8"))
    if not isinstance(info, dict):
        info = {}
    name = info.get("manifest")
    manifest = internal / name if isinstance(name, str) and name and ".." not in Path(name).parts else None
    version = info.get("version")
    if not isinstance(version, str) or not version:
        found = bundle_identity(manifest) if manifest is not None else None
        version = found.version if found is not None else ""
    return manifest, version or __version__


def bundle_identity(manifest: Path) -> Identity | None:
    """The app id (and version) of the bundle's own manifest, read as launcher.cli reads it; None when it cannot
    be read (then the bundle does not look for updates: the folder they would be in is not known)."""
    from ..manifest_head import read_identity
    from ..outcomes import LauncherError

    try:
        return read_identity(manifest, bundled=True)
    except (LauncherError, OSError, ValueError):
        return None


# --- versions ----------------------------------------------------------------------------------------------------
_VERSION = re.compile(r"^(\d{1,9}(?:\.\d{1,9}){0,15})(.*)$")


def version_key(version: str) -> tuple[tuple[int, ...], int, str]:
    """Dotted release numbers compared as numbers (1.10 after 1.9, 1.2 == 1.2.0); a suffix (1.2.0rc1, 1.2.0-beta)
    comes before the release itself, a local part (+build) does not; a version without numbers before all."""
    found = _VERSION.match(version)
    if not found:
        return ((), 0, version)
    numbers = [int(n) for n in found.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    suffix = found.group(2)
    return (tuple(numbers), 1 if not suffix or suffix.startswith("+") else 0, suffix)


def newer(version: str, than: str) -> bool:
    return version_key(version) > version_key(than)


def platform_tag() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64, ...: a bundle runs only on the system it was built for."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64", "i386": "x86", "i686": "x86"}.get(
        machine, machine)
    return re.sub(r"[^a-z0-9_]+", "-", f"{system}-{machine}").strip("-")


def channel_for(base: str) -> str:
    """The repository channel of this platform's bundles: the manifest's [self_update] channel plus the platform,
    e.g. `launcher-linux-x86_64`."""
    return f"{base}-{platform_tag()}"


# --- marks ---------------------------------------------------------------------------------------------------------
@dataclass
class Marks:
    """Which downloaded versions started (good) and which did not (bad, never tried again), and a notice for the
    window about a version that did not start."""

    good: list[str] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)
    notice: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"format": 1, "good": self.good[-MAX_GOOD:], "bad": dict(list(self.bad.items())[-MAX_BAD:]),
                "notice": self.notice}


def _text(value: Any, limit: int) -> str | None:
    if isinstance(value, str) and len(value) <= limit and value.isprintable():
        return value
    return None


def read_marks(updates: Path) -> Marks:
    """The marks; empty ones when the file is missing or damaged (a damaged file only makes versions unproven)."""
    from ..files import read_regular

    try:
        raw = json.loads(read_regular(updates / STATE, MAX_STATE_BYTES, follow=False).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return Marks()
    if not isinstance(raw, dict) or raw.get("format") != 1:
        return Marks()
    good = [v for v in raw.get("good", []) if _text(v, 64)] if isinstance(raw.get("good"), list) else []
    bad_raw = raw.get("bad")
    if not isinstance(bad_raw, dict):
        bad_raw = {}
    bad = {k: r for k, v in list(bad_raw.items())[:MAX_BAD] if _text(k, 64) and (r := _text(v, 300)) is not None}
    return Marks(good[:MAX_GOOD], bad, _text(raw.get("notice"), 500) or "")


def write_marks(updates: Path, marks: Marks) -> None:
    from ..files import private_dir, replace_private

    with contextlib.suppress(OSError):  # marks are a help, never a reason to fail a start
        private_dir(updates)
        replace_private(updates / STATE, json.dumps(marks.to_json(), indent=1).encode())


def mark(updates: Path, version: str, *, good: bool, reason: str = "", notice: str | None = None) -> None:
    marks = read_marks(updates)
    if good:
        if version not in marks.good:
            marks.good.append(version)
        marks.bad.pop(version, None)
    else:
        marks.bad[version] = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {reason}"[:300]
        marks.good = [v for v in marks.good if v != version]
    if notice is not None:
        marks.notice = notice
    write_marks(updates, marks)


def take_notice(this: Installation | None = None) -> str | None:
    """The line about an update that did not start ("The update to 1.2.0 did not start; ..."), once: the window
    shows it (a windowed bundle has no terminal for the line printed at start)."""
    this = this or current()
    if this is None:
        return None
    updates = this.updates()
    marks = read_marks(updates)
    if not marks.notice:
        return None
    notice, marks.notice = marks.notice, ""
    write_marks(updates, marks)
    return notice
