"""The game's build for one environment, as the window sees it: installed or not, current or not, being downloaded
(paused, resumed, cancelled), damaged, or failed; with the sizes a player decides on. No Qt.

A `BuildKeeper` runs the delivery `Installer` in a task of its own, so that the window never waits on it: it reports
every change as a new `BuildState` (progress at most every quarter second, as the installer ticks), pauses by
cancelling the task (what was assembled stays in the staging folder and the next run resumes from it), and cancels
by also removing that folder. The installed build stays playable throughout: the switch to a new one is atomic."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import workers
from .build_state import BuildState, Phase, Purpose
from .manifest import Manifest
from .outcomes import LauncherError
from .translatable import QT_TRANSLATE_NOOP, Context

if TYPE_CHECKING:  # the delivery code loads when a build is first looked at, not with the window's controller
    from .delivery import installer as delivery

Builds = Context("Builds")

log = logging.getLogger(__name__)

CHECK_DEADLINE_S = 20.0  # asking the channel what it offers; past it the installed build plays as it is


Listener = Callable[[BuildState], None]


class BuildKeeper:
    """One environment's build: checks, installs, updates and repairs it in the background."""

    def __init__(self, manifest: Manifest, http: Any, on_change: Listener, *,
                 game_running: Callable[[], bool] = lambda: False) -> None:
        self.manifest = manifest
        self.spec = manifest.delivery
        self.http = http
        self.on_change = on_change
        self.game_running = game_running
        self.state = BuildState(Phase.CHECKING)
        self._task: asyncio.Task[Any] | None = None
        self._offer: Any = None
        self._closed = False
        self.checks = 0  # completed checks of the channel (whatever they found)

    @functools.cached_property
    def target(self) -> delivery.Target | None:
        """Where the build goes and what it trusts; worked out (and the delivery code loaded) when first needed,
        not when the window first shows the button."""
        from .delivery.setup import target_for

        return target_for(self.manifest) if self.spec is not None else None

    # --- reading ---------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _set(self, state: BuildState) -> None:
        self.state = state
        if not self._closed:
            self.on_change(state)

    def _installer(self, on_progress: Callable[[delivery.Progress], None] | None = None) -> delivery.Installer:
        from .delivery import installer as delivery

        assert self.target is not None
        return delivery.Installer(self.target, self.http, on_progress=on_progress)

    def read_installed(self) -> BuildState:
        """What is on disk, without the network: quick (a record, a file list, one stat per file)."""
        from .delivery import installer as delivery
        from .delivery.errors import DeliveryError, NotInstalled

        assert self.target is not None
        try:
            found = delivery.installed(self.target.install_dir, self.manifest.name)
        except NotInstalled as exc:
            from .delivery import record

            current = None
            with contextlib.suppress(DeliveryError, OSError):
                current = record.read(self.target.install_dir)
            if current is not None:  # a record, but the build lost files
                return replace(self.state, phase=Phase.DAMAGED, installed=current.version, message=exc.message,
                               known=True)
            return replace(self.state, phase=Phase.MISSING, installed=None, message="", known=True)
        notes = getattr(found.build, "notes", "") or ""
        phase = self.state.phase if self.state.phase in (Phase.UPDATE,) else Phase.READY
        return replace(self.state, phase=phase, installed=found.record.version, installed_notes=str(notes),
                       message="", known=True)

    async def check(self) -> BuildState:
        """Read the installed build, then ask the channel what it offers (bounded); never while a download runs."""
        if self.target is None or self.busy:
            return self.state
        try:
            return await self._check()
        finally:
            self.checks += 1

    async def _check(self) -> BuildState:
        from .delivery.errors import DeliveryNetworkError

        state = await workers.run(self.read_installed)
        self._set(state)
        try:
            async with asyncio.timeout(CHECK_DEADLINE_S):
                offer = await self._installer().offer()
        except (TimeoutError, DeliveryNetworkError) as exc:
            message = getattr(exc, "message", "") or QT_TRANSLATE_NOOP(
                "Builds", "The game's download server did not answer in time.")
            log.info("the channel could not be asked: %s", message)
            self._set(replace(self.state, reachable=False, message=message if state.installed is None else ""))
            return self.state
        except LauncherError as exc:
            log.warning("the channel's offer was refused: %s", exc.message)
            self._set(replace(self.state, phase=Phase.FAILED if state.installed is None else self.state.phase,
                              reachable=True, message=exc.message))
            return self.state
        self._offer = offer
        download, free = await workers.run(self._estimate, offer)
        current = self.state
        offered = offer.pointer.version
        if current.phase is Phase.DAMAGED:
            phase = Phase.DAMAGED
        elif current.installed is None:
            phase = Phase.MISSING
        else:
            phase = Phase.READY if offered == current.installed else Phase.UPDATE
        self._set(replace(current, phase=phase, offered=offered, required=bool(offer.pointer.required),
                          download=download, size=offer.build.size, free=free, reachable=True,
                          notes=str(getattr(offer.build, "notes", "") or ""),
                          message=current.message if phase is Phase.DAMAGED else ""))
        return self.state

    def _estimate(self, offer: Any) -> tuple[int, int | None]:
        """Bytes to download for `offer` (chunks the installed build or an interrupted run already hold are not
        counted) and the free space where it goes."""
        from .delivery import installer as delivery
        from .delivery import writer
        from .delivery.errors import DeliveryError

        assert self.target is not None
        folder = self.target.install_dir
        have: set[str] = set()
        with contextlib.suppress(DeliveryError, OSError):
            found = delivery.installed(folder, self.manifest.name)
            have = {p.chunk.hash for e in found.build.regular for p in e.placements()}
        seen: set[str] = set()
        download = 0
        for entry in offer.build.regular:
            for placement in entry.placements():
                chunk = placement.chunk
                if chunk.hash in seen or chunk.hash in have:
                    continue
                seen.add(chunk.hash)
                download += chunk.csize
        staging = folder / writer.STAGING / offer.pointer.version
        with contextlib.suppress(OSError):
            if staging.is_dir() and not staging.is_symlink():
                present = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink())
                download = max(0, download - present)
        probe: Path = folder
        while not probe.exists() and probe.parent != probe:
            probe = probe.parent
        try:
            free: int | None = shutil.disk_usage(probe).free
        except OSError:
            free = None
        return download, free

    # --- acting ----------------------------------------------------------------------------------------------
    def start(self, purpose: Purpose | None = None) -> asyncio.Task[Any] | None:
        """Install, update or repair in the background; the running task when one is already on its way."""
        if self.target is None:
            return None
        if self.busy:
            return self._task
        if purpose is None:
            purpose = (Purpose.REPAIR if self.state.phase is Phase.DAMAGED else
                       Purpose.INSTALL if self.state.installed is None else Purpose.UPDATE)
        total = self.state.size or 0
        self._set(replace(self.state, phase=Phase.DOWNLOADING, purpose=purpose, message="", total=total,
                          done=self.state.done if self.state.phase is Phase.PAUSED else 0, rate=0.0))
        self._task = asyncio.ensure_future(self._run(purpose))
        return self._task

    async def _run(self, purpose: Purpose) -> None:
        from .delivery.errors import DeliveryError

        started = time.monotonic()

        def progress(p: delivery.Progress) -> None:
            if self.state.phase is Phase.DOWNLOADING:
                self._set(replace(self.state, done=p.done, total=p.total, downloaded=p.downloaded, rate=p.rate))

        work = self._installer(progress)
        try:
            if purpose is Purpose.REPAIR:
                result = await work.verify(repair=True)
                if not result.ok:
                    raise DeliveryError(Builds.tr("%n files could not be repaired ({path}: {reason}).",
                                                  "the first file and why", len(result.problems)).fill(
                        path=result.problems[0].path, reason=result.problems[0].reason))
            else:
                await work.install()
        except asyncio.CancelledError:
            raise
        except LauncherError as exc:
            log.info("%s failed: %s", purpose.value, exc.message)
            self._set(replace(self.state, phase=Phase.FAILED, message=exc.message, rate=0.0))
            return
        except Exception as exc:  # a bug must not leave the button stuck on "Pause"
            log.exception("%s failed", purpose.value)
            self._set(replace(self.state, phase=Phase.FAILED, message=QT_TRANSLATE_NOOP(
                "Builds", "The game's files could not be installed ({error}).", "error: a program error's name").fill(
                error=exc.__class__.__name__), rate=0.0))
            return
        log.info("%s done in %.1f s", purpose.value, time.monotonic() - started)
        before = self.state.installed
        state = await workers.run(self.read_installed)
        updated = state.installed is not None and state.installed != before
        self._set(replace(state, phase=Phase.READY if state.phase is not Phase.DAMAGED else Phase.DAMAGED,
                          offered=state.installed if state.offered is None else state.offered,
                          just_updated=updated or state.just_updated, done=0, total=0, rate=0.0, download=0,
                          purpose=None))
        if self.state.offered != self.state.installed and self.state.phase is Phase.READY:
            self._set(replace(self.state, phase=Phase.UPDATE))

    async def _stop_task(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def pause(self) -> None:
        """Stop downloading; what arrived is kept and `resume` continues from it."""
        if not self.busy:
            return
        await self._stop_task()
        self._set(replace(self.state, phase=Phase.PAUSED, rate=0.0))

    def resume(self) -> asyncio.Task[Any] | None:
        return self.start(self.state.purpose)

    async def cancel(self) -> None:
        """Stop and forget the download: its partial files are removed; the installed build is untouched."""
        from .delivery import writer

        await self._stop_task()
        if self.target is not None:
            await workers.run(writer.remove_tree, self.target.install_dir / writer.STAGING)
        state = await workers.run(self.read_installed)
        phase = state.phase
        if phase is Phase.READY and state.update_pending:
            phase = Phase.UPDATE
        self._set(replace(state, phase=phase, purpose=None, done=0, total=0, rate=0.0, message=""))
        if self._offer is not None:
            download, free = await workers.run(self._estimate, self._offer)
            self._set(replace(self.state, download=download, free=free))

    async def ensure_ready(self) -> None:
        """For Play: wait for a download on its way, or install what is missing or required; raises what failed."""
        from .delivery.errors import DeliveryError

        if self.target is None:
            return
        if not self.busy and (self.state.installed is None or (self.state.required and self.state.update_pending)
                              or self.state.phase in (Phase.PAUSED, Phase.FAILED, Phase.DAMAGED)):
            self.start()
        task = self._task
        if task is not None:
            await asyncio.shield(task)
        if self.state.phase is Phase.FAILED:
            raise DeliveryError(self.state.message)

    def background_update(self) -> bool:
        """Start downloading an offered update by itself, when the studio allows it and no game competes for the
        network (unless it allows that too). True when it started."""
        spec = self.spec
        if spec is None or not spec.background_updates or self.busy:
            return False
        if self.state.phase is not Phase.UPDATE or not self.state.fits:
            return False
        if self.game_running() and not spec.update_while_playing:
            return False
        self.start(Purpose.UPDATE)
        return True

    def seen_notes(self) -> None:
        if self.state.just_updated:
            self._set(replace(self.state, just_updated=False))

    async def close(self) -> None:
        self._closed = True
        await self._stop_task()
