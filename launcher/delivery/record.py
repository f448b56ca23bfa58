"""The launcher's record of an install (`.launcher/install.json`) and the verified file list it names.

Both are read back as hostile input (a regular file, bounded, every value checked): the record decides which
folder is played, so a damaged one means "not installed", never a path taken from it. The folder is derived from
the version, and the file list must hash to the sha256 the record holds."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .. import files
from ..files import read_regular
from .buildlist import BuildList, check_channel, check_version, parse_build
from .errors import RepositoryRefused
from .writer import BUILDS, PRIVATE

RECORD = "install.json"
FORMAT = 1
MAX_RECORD_BYTES = 16 * 1024


@dataclass(frozen=True)
class Record:
    version: str
    channel: str
    repository: str
    build_sha256: str
    installed: str  # ISO 8601, UTC
    size: int
    files: int
    game: str = ""
    format: int = FORMAT

    def folder(self, install_dir: Path) -> Path:
        return install_dir / BUILDS / self.version

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def private_dir(install_dir: Path) -> Path:
    path = install_dir / PRIVATE
    files.private_dir(path)
    return path


def list_path(install_dir: Path, version: str) -> Path:
    return install_dir / PRIVATE / f"build-{version}.json"


def read(install_dir: Path) -> Record | None:
    """The record, or None when there is none or it is damaged (then the game counts as not installed)."""
    try:
        raw = json.loads(read_regular(install_dir / PRIVATE / RECORD, MAX_RECORD_BYTES).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return None
    try:
        record = Record(**{k: raw[k] for k in Record.__dataclass_fields__ if k in raw})
        check_version(record.version)
        check_channel(record.channel)
    except (TypeError, ValueError):
        return None
    if not (isinstance(record.build_sha256, str) and len(record.build_sha256) == 64
            and isinstance(record.size, int) and isinstance(record.files, int)
            and isinstance(record.repository, str) and isinstance(record.installed, str)):
        return None
    return record


def read_build(install_dir: Path, record: Record) -> BuildList:
    """The installed build's file list, as verified when it was installed; RepositoryRefused if it was altered."""
    from .buildlist import MAX_LIST_BYTES

    try:
        data = read_regular(list_path(install_dir, record.version), MAX_LIST_BYTES)
    except OSError as exc:
        raise RepositoryRefused(f"The launcher's copy of the installed build's file list is missing ({exc}); "
                                "run `launcher install` to reinstall.") from None
    if hashlib.sha256(data).hexdigest() != record.build_sha256:
        raise RepositoryRefused("The launcher's copy of the installed build's file list was changed since it was "
                                "verified; run `launcher install` to reinstall.")
    return parse_build(data, version=record.version)


def write(install_dir: Path, record: Record, build_bytes: bytes) -> None:
    """The file list first, then the record that names it: the switch to the new build is this last rename."""
    folder = private_dir(install_dir)
    files.replace_private(list_path(install_dir, record.version), build_bytes)
    files.replace_private(folder / RECORD, json.dumps(record.to_json(), indent=1).encode())


def forget(install_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(install_dir / PRIVATE / RECORD)
