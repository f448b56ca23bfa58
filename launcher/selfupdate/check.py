"""The background check: ask the bundle's channel which version it offers and download it beside the running one;
the bundle's entry (`startup`) starts it the next time the launcher starts.

The download is the delivery code's install into one of two folders of the updates folder (`a`, `b`): never the
one the running version comes from, so the running version stays whole, and the previous version stays for the
entry to go back to. Only content that is not already in that folder is downloaded (the version before the
previous one shares most of it); an interrupted download resumes."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..outcomes import ExitCode, LauncherError
from . import local
from .kind import kind

if TYPE_CHECKING:
    from ..delivery.installer import Progress
    from ..http import Http
    from ..manifest import Manifest

log = logging.getLogger("launcher.selfupdate")


class State(StrEnum):
    UNSUPPORTED = "unsupported"  # pip, pipx, a checkout, a package manager's bundle: `message` says how to update
    NOT_CONFIGURED = "not_configured"  # the manifest has no [self_update]
    UP_TO_DATE = "up_to_date"
    AVAILABLE = "available"  # newer version offered, not downloaded (check only)
    READY = "ready"  # downloaded: it starts the next time the launcher starts
    HELD_BACK = "held_back"  # the newest version did not start on this computer; waiting for a newer one
    FAILED = "failed"  # `message` and `exit_code` (4 the network, 8 the repository or the disk)


@dataclass(frozen=True)
class UpdateStatus:
    state: State
    message: str  # one line for a person
    running: str = ""  # the version running now
    offered: str | None = None  # the version the channel offers
    downloaded: int = 0  # bytes
    exit_code: int = ExitCode.OK

    def to_json(self) -> dict[str, Any]:
        return {"state": self.state.value, "message": self.message, "running": self.running,
                "offered": self.offered, "downloaded": self.downloaded}


async def check_and_download(http: Http, manifest: Manifest, *, download: bool = True,
                             this: local.Installation | None = None,
                             on_progress: Callable[[Progress], None] | None = None) -> UpdateStatus:
    """What the channel offers, downloaded when it is newer than the running version (`download`). Never raises
    a LauncherError: a failure is State.FAILED with its message and exit code. `this`: the installation (default:
    this process's bundle)."""
    this = this if this is not None else local.current()
    how = kind(this)
    if this is None or not how.self_updating:
        return UpdateStatus(State.UNSUPPORTED, how.how, running=_own_version())
    running = this.running_version
    spec = manifest.self_update
    if spec is None or (this.manifest is not None and not _same_file(manifest.path, this.manifest)):
        return UpdateStatus(State.NOT_CONFIGURED, "This launcher has no update channel (its manifest has no "
                                                  "[self_update]).", running=running)
    try:
        return await _check(http, manifest, this, running, download, on_progress)
    except LauncherError as exc:
        return UpdateStatus(State.FAILED, f"Launcher update: {exc.message}", running=running,
                            exit_code=exc.exit_code)


async def _check(http: Http, manifest: Manifest, this: local.Installation, running: str, download: bool,
                 on_progress: Callable[[Progress], None] | None) -> UpdateStatus:
    from ..delivery.buildlist import check_channel
    from ..delivery.installer import Installer, Target
    from ..delivery.trust import read_root
    from ..outcomes import ManifestError

    spec = manifest.self_update
    assert spec is not None
    channel = local.channel_for(spec.channel)
    try:
        check_channel(channel)
    except ValueError:
        raise ManifestError(f"{manifest.path}: [self_update] channel {spec.channel!r} is too long with the "
                            f"platform added ({channel!r}); use at most {31 - len(channel) + len(spec.channel)} "
                            "characters.") from None
    updates = this.updates()
    local.write_marks(updates, local.read_marks(updates))  # the folder made (private) before the lock is taken
    slot = _slot_for_download(this, updates)
    _clear_if_damaged(this, updates / slot)
    root = read_root(spec.root)
    installer = Installer(Target(updates / slot, spec.repository, root, channel, manifest.name), http,
                          on_progress=on_progress)
    offer = await installer.offer()
    offered = offer.pointer.version
    marks = local.read_marks(updates)
    if not local.newer(offered, running):
        _tidy(this, updates)
        return UpdateStatus(State.UP_TO_DATE, f"The launcher is up to date ({running}).", running, offered)
    if offered in marks.bad:
        return UpdateStatus(State.HELD_BACK, f"Launcher {offered} did not start on this computer; it waits for a "
                                             "newer version.", running, offered)
    ready = _ready(this, updates, offered)
    if ready:
        return UpdateStatus(State.READY, _ready_text(offered), running, offered)
    if not download:
        return UpdateStatus(State.AVAILABLE, f"Launcher {offered} is available (this is {running}).", running,
                            offered)
    from .. import workers

    await workers.run(_seed, this, updates, slot)
    result = await installer.install()
    if result.version != offered or not _ready(this, updates, offered):
        from ..delivery.errors import DeliveryError

        raise DeliveryError(f"The downloaded launcher {result.version} did not check out; it will be downloaded "
                            "again.")
    log.info("launcher %s downloaded into %s (%d bytes)", offered, updates / slot, result.downloaded)
    return UpdateStatus(State.READY, _ready_text(offered), running, offered, result.downloaded)


def _seed(this: local.Installation, updates: Path, slot: str) -> None:
    """An empty slot gets a copy of the other slot's version (and its record), so that the delivery code
    downloads only the chunks the new version changes; its clean-up removes the copy afterwards. (A copy, not hard
    links: the delivery code never reads chunks from a file linked elsewhere.) On any failure the slot is emptied
    and the whole version is downloaded."""
    from ..delivery import record, writer
    from .slots import Refused, inspect

    target = updates / slot
    if record.read(target) is not None or (target / writer.STAGING).exists():
        return
    for other in local.SLOTS:
        if other == slot:
            continue
        try:
            source = inspect(updates, other, this.executable_path, hashes=False)
            found = record.read(source.slot)
            assert found is not None
            build_bytes = record.list_path(source.slot, found.version).read_bytes()
            copy = target / writer.BUILDS / found.version
            for current, folders, names in os.walk(source.folder):
                here = copy / os.path.relpath(current, source.folder)
                here.mkdir(parents=True, exist_ok=True)
                for name in names:
                    if os.path.islink(os.path.join(current, name)):
                        os.symlink(os.readlink(os.path.join(current, name)), here / name)
                    else:
                        shutil.copy2(os.path.join(current, name), here / name, follow_symlinks=False)
                for name in folders:
                    if os.path.islink(os.path.join(current, name)):
                        os.symlink(os.readlink(os.path.join(current, name)), here / name)
            record.write(target, found, build_bytes)
        except (Refused, OSError, ValueError, AssertionError) as exc:
            log.info("the launcher update is downloaded whole (%s)", exc)
            writer.remove_tree(target)
        return


def _ready_text(version: str) -> str:
    return f"Launcher {version} is downloaded; it starts the next time you open the launcher."


def _own_version() -> str:
    from .. import __version__

    return __version__


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _ready(this: local.Installation, updates: Path, version: str) -> bool:
    """True when a slot holds `version`, checked as the entry will check it."""
    from .slots import Refused, inspect

    for name in local.SLOTS:
        with contextlib.suppress(Refused, OSError, ValueError):
            if inspect(updates, name, this.executable_path, hashes=False).version == version:
                return True
    return False


def _slot_for_download(this: local.Installation, updates: Path) -> str:
    """Never the slot the running version comes from; otherwise the one least worth keeping: empty or damaged,
    then a bad version, then one that never started, then the older."""
    from .slots import Refused, inspect

    running = this.running_slot()
    marks = local.read_marks(updates)
    ranked: list[tuple[tuple[int, Any], str]] = []
    for name in local.SLOTS:
        if running is not None and running[0].name == name:
            continue
        try:
            version = inspect(updates, name, this.executable_path, hashes=False).version
        except (Refused, OSError, ValueError):
            ranked.append(((0, ()), name))
            continue
        worth = 1 if version in marks.bad else 2 if version not in marks.good else 3
        ranked.append(((worth, local.version_key(version)), name))
    return min(ranked)[1]


def _tidy(this: local.Installation, updates: Path) -> None:
    """Slots whose version is not newer than this bundle (a newer bundle was installed since) go, unless a
    launcher runs from them."""
    if this.running_slot() is not None:
        return
    from ..delivery import record

    for name in local.SLOTS:
        slot = updates / name
        found = record.read(slot) if slot.is_dir() and not slot.is_symlink() else None
        if found is not None and not local.newer(found.version, this.version):
            _remove_slot(slot, found.version)


def _clear_if_damaged(this: local.Installation, slot: Path) -> None:
    """A complete version that no longer checks out as the entry checks it (a file added, a link planted) is
    removed, so that it is downloaded again: the delivery code's own check looks only at the files it lists. An
    interrupted download (no record yet) stays, to be resumed."""
    from ..delivery import record
    from .slots import Refused, inspect

    found = record.read(slot) if slot.is_dir() and not slot.is_symlink() else None
    if found is None:
        if slot.is_symlink():
            slot.unlink()
        return
    try:
        inspect(slot.parent, slot.name, this.executable_path, hashes=False)
    except (Refused, OSError, ValueError) as exc:
        log.info("the launcher update in %s is removed: %s", slot, exc)
        _remove_slot(slot, found.version)


def _remove_slot(slot: Path, version: str) -> None:
    from ..delivery import writer
    from ..delivery.errors import DeliveryError
    from ..delivery.installer import InstallLock, in_use_lock
    from ..file_lock import HeldLock

    in_use = HeldLock(in_use_lock(slot, version))
    if not in_use.acquire():
        return  # a launcher runs from it
    try:
        with InstallLock(slot):
            writer.remove_tree(slot)
    except DeliveryError:
        pass  # another launcher is downloading into it
    finally:
        in_use.release()
