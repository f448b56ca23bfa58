"""From a manifest (and the command line's --dir/--channel) to one install target: repository, trusted root,
channel and folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..outcomes import ManifestError, UsageError
from .buildlist import check_channel
from .installer import Target
from .trust import read_root

if TYPE_CHECKING:
    from ..manifest import Manifest


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-")
    return text or "game"


def default_install_dir(manifest: Manifest, channel: str) -> Path:
    """<data dir>/games/<game>/<channel>: each channel's build beside the others (a tester's staging build never
    replaces the live one)."""
    from ..paths import data_dir

    spec = manifest.delivery
    if spec is not None and spec.install_dir is not None:
        return spec.install_dir if channel == spec.channel else spec.install_dir.with_name(
            f"{spec.install_dir.name}-{channel}")
    return data_dir() / "games" / slug(manifest.name) / channel


def install_dir(manifest: Manifest, folder: str | None = None, channel: str | None = None) -> Path:
    if folder:
        return Path(folder).expanduser().absolute()
    spec = manifest.delivery
    return default_install_dir(manifest, channel or (spec.channel if spec else "live"))


def target_for(manifest: Manifest, *, folder: str | None = None, channel: str | None = None,
               need_root: bool = True) -> Target:
    spec = manifest.delivery
    if spec is None:
        raise ManifestError(f"{manifest.path}: the manifest has no [delivery] table, so the launcher does not "
                            "install this game (add [delivery] repository and root).")
    if channel is not None:
        try:
            check_channel(channel)
        except ValueError as exc:
            raise UsageError(f"--channel: {exc}.") from None
    chosen = channel or spec.channel
    root = read_root(spec.root) if need_root else b""
    return Target(install_dir(manifest, folder, chosen), spec.repository, root, chosen, manifest.name)
