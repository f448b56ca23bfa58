"""The delivery commands put together: install or update, verify and repair, status, uninstall, and the check Play
makes before starting the game. Each holds the install folder's lock while it changes anything."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import shutil
import stat
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import file_lock, files
from .. import workers as threads
from ..build_state import SPACE_MARGIN
from ..outcomes import LauncherError
from . import planner, record, trust, writer
from .buildlist import BuildList, FileEntry
from .errors import Busy, DeliveryError, NotInstalled, disk_error
from .fetcher import STALL_S, ChunkFetcher

if TYPE_CHECKING:
    from ..http import Http

log = logging.getLogger("launcher.delivery")

OWN_NAMES = (writer.BUILDS, writer.STAGING, writer.PRIVATE)
IN_FLIGHT = 6  # chunks fetched or read at once: at most 6 x (4 MiB stored + 4 MiB decoded) in memory
PROGRESS_EVERY_S = 0.25
RATE_WINDOW_S = 3.0
HASH_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Target:
    """One install: where it goes and what it trusts."""

    install_dir: Path
    repository: str
    root_bytes: bytes
    channel: str
    game: str = ""

    @property
    def trust_dir(self) -> Path:
        return self.install_dir / writer.PRIVATE / "trust"


@dataclass(frozen=True)
class Progress:
    done: int  # bytes of the build in place
    total: int
    downloaded: int
    rate: float  # bytes per second downloaded, over the last few seconds

    def to_json(self) -> dict[str, Any]:
        return {"event": "progress", "done": self.done, "total": self.total, "rate": round(self.rate)}


@dataclass(frozen=True)
class InstallResult:
    version: str
    downloaded: int
    installed: int
    dir: Path  # the install folder (what --dir names)
    build_dir: Path  # the build's own folder inside it
    changed: bool
    previous: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"event": "done", "version": self.version, "downloaded": self.downloaded,
                "installed": self.installed, "dir": str(self.dir), "build_dir": str(self.build_dir)}


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str


@dataclass(frozen=True)
class VerifyResult:
    version: str
    checked: int
    problems: tuple[Problem, ...]
    repaired: tuple[str, ...] = ()
    downloaded: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Installed:
    """A complete install, ready to play: its record, file list and folder."""

    record: record.Record
    build: BuildList
    folder: Path


@dataclass
class _Meter:
    total: int
    report: Callable[[Progress], None] | None
    done: int = 0
    downloaded: int = 0
    _last: float = 0.0
    _samples: list[tuple[float, int]] = field(default_factory=list)

    def network(self, count: int) -> None:
        self.downloaded += count

    def placed(self, count: int) -> None:
        self.done += count
        self.tick()

    def rate(self, now: float) -> float:
        self._samples.append((now, self.downloaded))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_S:
            self._samples.pop(0)
        first_t, first_n = self._samples[0]
        return (self.downloaded - first_n) / (now - first_t) if now > first_t else 0.0

    def tick(self, *, final: bool = False) -> None:
        now = time.monotonic()
        if self.report is None or (not final and now - self._last < PROGRESS_EVERY_S):
            return
        self._last = now
        self.report(Progress(self.done, self.total, self.downloaded, self.rate(now)))


def install_lock_path(install_dir: Path) -> Path:
    """The install lock lives in the launcher's own data folder, not in the install folder: uninstall removes the
    whole of the launcher's part of that folder while it still holds the lock."""
    from ..paths import data_dir

    key = hashlib.sha256(str(install_dir.absolute()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return data_dir() / "locks" / f"install-{key}.lock"


class InstallLock:
    """The install folder's lock: one launcher at a time installs, repairs or removes a game folder."""

    def __init__(self, install_dir: Path) -> None:
        self.install_dir = install_dir
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> InstallLock:
        try:
            folder = record.private_dir(self.install_dir)
            fh = open(folder / "lock", "a+b")
        except OSError as exc:
            raise disk_error(exc, self.install_dir) from exc
        if not file_lock.lock(fh, wait=False):
            fh.close()
            raise Busy(f"Another launcher is installing, repairing or removing the game in {self.install_dir}; "
                       "wait for it to finish, then try again. Nothing was changed.")
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            file_lock.unlock(self._fh)
            self._fh.close()
            self._fh = None


def in_use_lock(install_dir: Path, version: str) -> Path:
    """Held while a game runs from builds/<version>: an update then keeps that build until the game has ended."""
    return install_dir / writer.PRIVATE / f"in-use-{version}.lock"


def quick_check(install_dir: Path, build: BuildList, folder: Path) -> str | None:
    """What makes the install unplayable without reading its contents (a missing file, a wrong size, a lost
    executable bit), or None. Contents are `verify`'s job."""
    for entry in build.files:
        path = folder / entry.path
        try:
            info = path.lstat()
        except OSError:
            return f"{entry.path} is missing"
        if entry.link is not None:
            if not stat.S_ISLNK(info.st_mode):
                return f"{entry.path} is not the link the build has"
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_size != entry.size:
            return f"{entry.path} has changed"
        if os.name == "posix" and entry.executable and not info.st_mode & 0o100:
            return f"{entry.path} is no longer executable"
    return None


def installed(install_dir: Path, game: str = "The game") -> Installed:
    """The complete install to play; NotInstalled (exit 8) saying what to do otherwise."""
    found = record.read(install_dir)
    if found is None:
        raise NotInstalled(f"{game} is not installed in {install_dir}. Install it first (`launcher install`).")
    try:
        build = record.read_build(install_dir, found)
    except DeliveryError as exc:
        raise NotInstalled(exc.message) from None
    folder = found.folder(install_dir)
    problem = quick_check(install_dir, build, folder)
    if problem:
        raise NotInstalled(f"{game} {found.version} in {install_dir} is damaged ({problem}). Repair it with "
                           "`launcher verify --repair`, or reinstall with `launcher install`.")
    return Installed(found, build, folder)


def _hash_file(path: Path) -> str | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            return None
        digest = hashlib.sha256()
        buffer = bytearray(HASH_BLOCK)
        view = memoryview(buffer)
        while True:
            count = fh.readinto(buffer)
            if not count:
                break
            digest.update(view[:count])
        return digest.hexdigest()


def _check_entry(folder: Path, entry: FileEntry) -> Problem | None:
    path = folder / entry.path
    try:
        info = path.lstat()
    except OSError:
        return Problem(entry.path, "missing")
    if entry.link is not None:
        try:
            same = stat.S_ISLNK(info.st_mode) and os.readlink(path) == entry.link
        except OSError:
            same = False
        return None if same else Problem(entry.path, "not the link the build has")
    if not stat.S_ISREG(info.st_mode):
        return Problem(entry.path, "not a regular file")
    if info.st_size != entry.size:
        return Problem(entry.path, f"{info.st_size} bytes instead of {entry.size}")
    if _hash_file(path) != entry.sha256:
        return Problem(entry.path, "contents differ from the signed build")
    if os.name == "posix" and bool(info.st_mode & 0o100) != entry.executable:
        return Problem(entry.path, "executable bit differs")
    return None


class Installer:
    def __init__(self, target: Target, http: Http | None, *, on_progress: Callable[[Progress], None] | None = None,
                 in_flight: int = IN_FLIGHT, stall_s: float = STALL_S) -> None:
        self.target, self.http, self.on_progress, self.in_flight = target, http, on_progress, in_flight
        self.stall_s = stall_s

    @property
    def dir(self) -> Path:
        return self.target.install_dir

    # --- what the repository offers ----------------------------------------------------------------------------
    async def offer(self) -> trust.Offer:
        if self.http is None:
            raise DeliveryError("No network client.")
        try:
            record.private_dir(self.dir)
        except OSError as exc:
            raise disk_error(exc, self.dir) from exc
        return await trust.offer(self.http, self.target.repository, self.target.root_bytes, self.target.trust_dir,
                                 self.target.channel)

    # --- install / update ----------------------------------------------------------------------------------------
    async def install(self) -> InstallResult:
        self._check_folder()
        with InstallLock(self.dir):
            offer = await self.offer()
            return await self._install(offer)

    def _check_folder(self) -> None:
        """The install folder is the launcher's: new, empty, or holding its `.launcher` record; and none of its own
        folders is a link (the launcher never writes, and never deletes, through a link)."""
        if self.dir.is_symlink():
            raise DeliveryError(f"{self.dir} is a link; choose the folder it points to, or another one, with --dir.")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            foreign = [p.name for p in self.dir.iterdir()]
        except OSError as exc:
            raise disk_error(exc, self.dir) from exc
        if foreign and not (self.dir / writer.PRIVATE).is_dir():
            raise DeliveryError(f"{self.dir} already holds other files ({', '.join(sorted(foreign)[:3])}…); the "
                                "launcher installs only into a new or empty folder, or one it installed into. "
                                "Choose another folder with --dir.")
        for name in OWN_NAMES:
            if (self.dir / name).is_symlink():
                raise DeliveryError(f"{self.dir / name} is a link; the launcher never writes or deletes through a "
                                    "link. Remove it and try again.")
        if not os.access(self.dir, os.W_OK):
            raise DeliveryError(f"The launcher cannot write to {self.dir}. Choose another folder with --dir, or fix "
                                "its permissions.")

    async def _install(self, offer: trust.Offer) -> InstallResult:
        current = record.read(self.dir)
        version = offer.pointer.version
        old: tuple[BuildList, Path] | None = None
        if current is not None:
            try:
                old = (record.read_build(self.dir, current), current.folder(self.dir))
            except DeliveryError:
                old = None
            if (old is not None and current.version == version and current.build_sha256 == offer.build_sha256
                    and quick_check(self.dir, old[0], old[1]) is None):
                if current.channel != self.target.channel:
                    record.write(self.dir, _record(offer, self.target, current.repository), offer.build_bytes)
                return InstallResult(version, 0, offer.build.size, self.dir, old[1], changed=False, previous=version)
        staging = self.dir / writer.STAGING / version
        leftover = self.dir / writer.BUILDS / version
        same_folder = current is not None and current.version.casefold() == version.casefold()
        if not same_folder and leftover.is_dir() and not leftover.is_symlink() and not staging.exists():
            # a run killed between the switch and the record: what it assembled is reused from staging
            staging.parent.mkdir(exist_ok=True)
            os.replace(leftover, staging)
        if staging.is_symlink():  # never ours: a link planted where the staging folder goes
            staging.unlink()
        resumed = staging.is_dir()
        sources = [old] if old is not None else []  # its chunks (a damaged same version's good ones) are reused
        plan = planner.plan(offer.build.regular, staging if resumed else None, sources)
        self._check_space(plan, staging if resumed else None)
        meter = _Meter(plan.size, self.on_progress)
        try:
            staging.mkdir(parents=True, exist_ok=True)
            await threads.run(writer.make_folders, staging, offer.build.files)
            await self._assemble(plan, staging, resumed, meter)
            await threads.run(self._finish, staging, offer.build.files)
            meter.tick(final=True)
            final = await threads.run(writer.switch, self.dir, staging, version)
            record.write(self.dir, _record(offer, self.target, self.target.repository), offer.build_bytes)
        except OSError as exc:
            raise disk_error(exc, self.dir) from exc
        previous = current.version if current is not None else None
        await threads.run(self._tidy, version)
        log.info("installed %s into %s (downloaded %d bytes)", version, self.dir, meter.downloaded)
        return InstallResult(version, meter.downloaded, offer.build.size, self.dir, final, changed=True,
                             previous=previous)

    def _check_space(self, plan: planner.Plan, staging: Path | None) -> None:
        present = 0
        if staging is not None:
            for entry in plan.files:
                with contextlib.suppress(OSError):
                    present += min((staging / entry.path).stat().st_size, entry.size)
        need = max(0, plan.size - present) + SPACE_MARGIN
        try:
            free = shutil.disk_usage(self.dir).free
        except OSError:
            return
        if free < need:
            from .publish import human

            raise DeliveryError(f"Not enough free space in {self.dir}: the game needs {human(need)}, and "
                                f"{human(free)} are free. Free some space, or choose another folder with --dir.")

    async def _assemble(self, plan: planner.Plan, root: Path, resumed: bool, meter: _Meter) -> None:
        fetcher = ChunkFetcher(self.http, self.target.repository, on_network_bytes=meter.network,
                               stall_s=self.stall_s)
        gate = asyncio.Semaphore(self.in_flight)

        async def one(job: planner.ChunkJob) -> None:
            try:
                got = await fetcher.get(job, len(job.targets) if resumed else 0)
                todo = [t for n, t in enumerate(job.targets) if n not in got.in_place]
                if todo:
                    await threads.run(_write_all, root, todo, got.data)
                meter.placed(job.chunk.size * len(job.targets))
            finally:
                gate.release()

        try:
            async with asyncio.TaskGroup() as group:
                for job in plan.jobs:
                    await gate.acquire()
                    group.create_task(one(job))
        except BaseExceptionGroup as group_error:
            raise _first(group_error) from None

    def _finish(self, root: Path, entries: tuple[FileEntry, ...]) -> None:
        regular = [e for e in entries if e.link is None]
        for entry in regular:  # empty files have no chunk: they are made here
            if entry.size == 0:
                writer.finish_file(root, entry, durable=False)
        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="finish") as pool:
            list(pool.map(lambda e: writer.finish_file(root, e), regular))
        for entry in entries:
            if entry.link is not None:
                writer.finish_file(root, entry)

    def _tidy(self, keep: str) -> None:
        """Builds and staging folders that are not the installed build, their file lists and cached copies. A build
        a game is still running from (its in-use lock is held) stays until the next time; so does anything a game
        keeps open on Windows."""
        for parent in (self.dir / writer.BUILDS, self.dir / writer.STAGING):
            if parent.is_symlink():
                continue
            with contextlib.suppress(OSError):
                for child in parent.iterdir():
                    if parent.name == writer.BUILDS and child.name == keep:
                        continue
                    if parent.name == writer.BUILDS:
                        in_use = file_lock.HeldLock(in_use_lock(self.dir, child.name))
                        if not in_use.acquire():
                            log.info("build %s is still in use: kept until the next update", child.name)
                            continue
                        writer.remove_tree(child)
                        in_use.release()
                        with contextlib.suppress(OSError):
                            in_use.path.unlink()
                    else:
                        writer.remove_tree(child)
        with contextlib.suppress(OSError):
            for item in (self.dir / writer.PRIVATE).glob("build-*.json"):
                if item.name != f"build-{keep}.json":
                    item.unlink()
        with contextlib.suppress(OSError):  # the TUF client's cached copies of older file lists
            for cached in self.target.trust_dir.glob("*/targets/builds%2F*"):
                if cached.name != f"builds%2F{keep}.json":
                    cached.unlink()

    # --- verify / repair -------------------------------------------------------------------------------------
    async def verify(self, *, repair: bool = False) -> VerifyResult:
        if record.read(self.dir) is None:  # checked before the lock, which would create the launcher's folder
            raise NotInstalled(f"Nothing is installed in {self.dir}; install it first (`launcher install`).")
        with InstallLock(self.dir):
            current = record.read(self.dir)
            if current is None:
                raise NotInstalled(f"Nothing is installed in {self.dir}; install it first (`launcher install`).")
            build = record.read_build(self.dir, current)
            folder = current.folder(self.dir)
            problems = await threads.run(_check_all, folder, build)
            if not problems or not repair:
                return VerifyResult(current.version, len(build.files), tuple(problems))
            return await self._repair(current, build, folder, problems)

    async def _repair(self, current: record.Record, build: BuildList, folder: Path,
                      problems: list[Problem]) -> VerifyResult:
        bad = {p.path for p in problems}
        entries = tuple(e for e in build.files if e.path in bad)
        staging = self.dir / writer.STAGING / f"repair-{current.version}"
        writer.remove_tree(staging)
        plan = planner.plan([e for e in entries if e.link is None], None, [(build, folder)])
        meter = _Meter(plan.size, self.on_progress)
        try:
            staging.mkdir(parents=True, exist_ok=True)
            await threads.run(writer.make_folders, staging, entries)
            await self._assemble(plan, staging, False, meter)
            await threads.run(self._finish, staging, entries)
            await threads.run(writer.make_folders, folder, entries)
            for entry in entries:
                target = folder / entry.path
                if target.is_dir() and not target.is_symlink():
                    writer.remove_tree(target)
                os.replace(staging / entry.path, target)
            files.fsync_dir(folder)
        except OSError as exc:
            raise disk_error(exc, folder) from exc
        finally:
            writer.remove_tree(staging)
        left = await threads.run(_check_all, folder, build)
        return VerifyResult(current.version, len(build.files), tuple(left), tuple(sorted(bad)), meter.downloaded)

    # --- uninstall -------------------------------------------------------------------------------------------
    def uninstall(self) -> str | None:
        """Remove the installed build and the launcher's record; only the launcher's own folders inside the
        install folder are touched (a folder chosen with --dir may hold other things). The removed version, or
        None when nothing was installed."""
        if not self.dir.exists():
            return None
        with InstallLock(self.dir):
            current = record.read(self.dir)
            record.forget(self.dir)
            for name in (writer.BUILDS, writer.STAGING):
                if not writer.remove_tree(self.dir / name):
                    raise DeliveryError(f"Some files in {self.dir / name} could not be removed (is the game still "
                                        "running?). The launcher's record was removed; try again after closing it.")
            writer.remove_tree(self.dir / writer.PRIVATE)
        with contextlib.suppress(OSError):
            self.dir.rmdir()  # only when nothing else is in it
        return current.version if current is not None else None


def _check_all(folder: Path, build: BuildList) -> list[Problem]:
    workers = max(2, min(4, os.cpu_count() or 2))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verify") as pool:
        # biggest first: the threads finish together
        entries = sorted(build.files, key=lambda e: -e.size)
        found = [p for p in pool.map(lambda e: _check_entry(folder, e), entries) if p is not None]
    return sorted(found, key=lambda p: p.path)


def _write_all(root: Path, placements: list[Any], data: bytes) -> None:
    for placement in placements:
        writer.write_chunk(root, placement, data)


def _first(group: BaseExceptionGroup[Any]) -> BaseException:
    """The error to report from a task group: a launcher error first, then a disk error, then whatever came."""
    flat: list[BaseException] = []

    def walk(exc: BaseException) -> None:
        if isinstance(exc, BaseExceptionGroup):
            for inner in exc.exceptions:
                walk(inner)
        else:
            flat.append(exc)

    walk(group)
    for kind in (LauncherError, OSError):
        for exc in flat:
            if isinstance(exc, kind):
                return exc
    return flat[0]


def _record(offer: trust.Offer, target: Target, repository: str) -> record.Record:
    return record.Record(version=offer.pointer.version, channel=target.channel, repository=repository,
                         build_sha256=offer.build_sha256,
                         installed=datetime.now(UTC).replace(microsecond=0).isoformat(),
                         size=offer.build.size, files=len(offer.build.files), game=target.game)

