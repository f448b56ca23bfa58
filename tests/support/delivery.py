"""Builds, repositories and installs for the delivery tests."""

from __future__ import annotations

import asyncio
import os
import random
from pathlib import Path
from typing import Any

from launcher.delivery import publish
from launcher.delivery.installer import Installer, InstallResult, Target, VerifyResult
from launcher.http import Http


def write_build(folder: Path, files: dict[str, bytes | tuple[bytes, int] | str]) -> Path:
    """files: path -> bytes, (bytes, mode), or a str: a symbolic link's target."""
    folder.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            os.symlink(content, path)
            continue
        data, mode = content if isinstance(content, tuple) else (content, 0o644)
        path.write_bytes(data)
        os.chmod(path, mode)
    return folder


def noise(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


class Repo:
    """A repository and its keys under `base`, served from `served` (a static host's folder) when given."""

    def __init__(self, base: Path, served: Path | None = None) -> None:
        self.path = served if served is not None else base / "repository"
        self.keys = base / "keys"
        self.root_file = publish.init(self.path, self.keys)
        self.root = self.root_file.read_bytes()
        self.builds = base / "builds"

    def publish(self, version: str, files: dict[str, Any], channel: str = "live", **kw: Any) -> publish.PublishResult:
        folder = write_build(self.builds / version, files) if not (self.builds / version).exists() \
            else self.builds / version
        return publish.publish(folder, self.path, self.keys, version, channel, **kw)


def target(install_dir: Path, url: str, root: bytes, channel: str = "live") -> Target:
    return Target(install_dir, url, root, channel, "Test Game")


async def _install(t: Target, kw: dict[str, Any]) -> InstallResult:
    async with Http(timeout=5.0, retry_max_wait=1.0) as http:
        return await Installer(t, http, **kw).install()


def install(t: Target, **kw: Any) -> InstallResult:
    return asyncio.run(_install(t, kw))


async def _verify(t: Target, repair: bool) -> VerifyResult:
    async with Http(timeout=5.0, retry_max_wait=1.0) as http:
        return await Installer(t, http).verify(repair=repair)


def verify(t: Target, repair: bool = False) -> VerifyResult:
    return asyncio.run(_verify(t, repair))
