"""The player's side of The Update Framework: which build a channel offers, with every signature, expiry, version
and hash checked by python-tuf's reference client (`tuf.ngclient.Updater`) against the root shipped beside the
manifest, following root rotations.

The updater is synchronous; it runs in a worker thread while its downloads go through the app's one HTTP client
on the event loop (`LoopFetcher`), each bounded in size and time. Trusted metadata is kept per root (so a
rollback or a freeze is caught across runs) in the install folder's `.launcher/trust/<root id>/`."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import workers as threads
from ..outcomes import LauncherError, ServiceError, TimeoutError_
from . import layout
from .buildlist import MAX_LIST_BYTES, BuildList, ChannelPointer, channel_target, parse_build, parse_pointer
from .errors import DeliveryError, DeliveryNetworkError, RepositoryRefused

if TYPE_CHECKING:
    from ..http import Http

log = logging.getLogger("launcher.delivery")

MAX_ROOT_BYTES = 512 * 1024
METADATA_DEADLINE_S = 60.0  # one metadata file, from the first byte asked to the last received


@dataclass(frozen=True)
class Offer:
    """What a channel offers now, verified: its pointer and the build's file list (with the list's bytes and
    their sha256, kept with the install as the record of what was verified)."""

    pointer: ChannelPointer
    build: BuildList
    build_bytes: bytes
    build_sha256: str
    expires: datetime | None = None  # when the signed timestamp runs out (the studio must re-sign before)


def root_id(root_bytes: bytes) -> str:
    return hashlib.sha256(root_bytes).hexdigest()[:16]


def read_root(path: Path) -> bytes:
    from ..files import NotARegularFile, TooLarge, read_regular

    try:
        return read_regular(path, MAX_ROOT_BYTES)
    except FileNotFoundError:
        raise DeliveryError(f"The repository's trusted root metadata {path} is missing; reinstall the launcher "
                            "or fix [delivery] root in the manifest.") from None
    except (NotARegularFile, TooLarge, OSError) as exc:
        raise DeliveryError(f"The repository's trusted root metadata {path} cannot be read ({exc}).") from None


class LoopFetcher:
    """tuf's fetcher interface, served by the app's HTTP client on the event loop `loop` (the updater runs in
    another thread). Each download is bounded by the length tuf allows for it."""

    def __init__(self, http: Http, loop: asyncio.AbstractEventLoop, until: float | None = None) -> None:
        self.http, self.loop = http, loop
        self.until = until  # time.monotonic() by which every download must have ended (None: each its own)

    def _get(self, url: str, max_length: int) -> bytes:
        from tuf.api import exceptions

        overall = METADATA_DEADLINE_S
        if self.until is not None:
            overall = min(overall, self.until - time.monotonic())
            if overall <= 0:
                raise TimeoutError_("The game's download server took too long to answer.")
        future = asyncio.run_coroutine_threadsafe(
            self.http.fetch(url, max_bytes=max_length, overall_s=overall,
                            service="The game's download server"), self.loop)
        ends = time.monotonic() + overall + 5
        while True:  # in slices: a loop that stopped (the window closed) never runs the fetch, so never wait on it
            try:
                fetched = future.result(timeout=min(0.25, max(0.0, ends - time.monotonic())))
                break
            except TimeoutError:
                if time.monotonic() >= ends or self.loop.is_closed() or not self.loop.is_running():
                    future.cancel()
                    raise TimeoutError_("The game's download server took too long to answer.") from None
        if fetched.failure is not None:
            raise fetched.failure
        if fetched.status != 200:
            raise exceptions.DownloadHTTPError(f"HTTP {fetched.status}", fetched.status)
        return fetched.body

    def download_bytes(self, url: str, max_length: int) -> bytes:
        return self._get(url, max_length)

    @contextlib.contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO[bytes]]:
        data = self._get(url, max_length)
        with tempfile.TemporaryFile() as fh:
            fh.write(data)
            fh.seek(0)
            yield fh

    def fetch(self, url: str) -> Iterator[bytes]:  # the interface's streaming entry; tuf only calls the two above
        yield self._get(url, MAX_LIST_BYTES)


def _fetcher(http: Http, loop: asyncio.AbstractEventLoop, until: float | None = None) -> Any:
    from tuf.ngclient import FetcherInterface

    class Fetcher(LoopFetcher, FetcherInterface):
        def _fetch(self, url: str) -> Iterator[bytes]:
            return LoopFetcher.fetch(self, url)

    return Fetcher(http, loop, until)


def _updater(repository: str, root_bytes: bytes, state_dir: Path, http: Http,
             loop: asyncio.AbstractEventLoop, until: float | None = None) -> Any:
    from tuf.ngclient import Updater, UpdaterConfig

    folder = state_dir / root_id(root_bytes)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "targets").mkdir(exist_ok=True)
    config = UpdaterConfig(max_root_rotations=32, targets_max_length=8 * 1024 * 1024,
                           snapshot_max_length=2 * 1024 * 1024)
    return Updater(str(folder), layout.join_url(repository, layout.METADATA),
                   str(folder / "targets"), layout.join_url(repository, layout.TARGETS),
                   fetcher=_fetcher(http, loop, until), config=config, bootstrap=root_bytes)


def shown_url(url: str) -> str:
    """A repository's address as it may be shown: never a user name or password it carries."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _translate(exc: BaseException, repository: str) -> LauncherError:
    """tuf's and the HTTP client's failures in a person's words: the network (exit 4) or a refusal (exit 8)."""
    from tuf.api import exceptions as tuf_errors

    repository = shown_url(repository)
    if isinstance(exc, LauncherError):
        return exc
    if isinstance(exc, ServiceError):
        return DeliveryNetworkError(f"The game's download server at {repository} can't be used right now: "
                                    f"{exc.message} Nothing was changed.")
    if isinstance(exc, tuf_errors.DownloadHTTPError):
        return DeliveryNetworkError(f"The game's download server at {repository} answered HTTP {exc.status_code} "
                                    "for the repository's signed metadata. Check [delivery] repository in the "
                                    "manifest, or try again later. Nothing was changed.")
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return RepositoryRefused("The game's repository sent metadata larger than allowed; it was refused and "
                                 "nothing was changed.")
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        return RepositoryRefused(f"The game's repository metadata has expired ({exc}); the studio must sign it "
                                 "again. Nothing was changed; an installed build stays playable.")
    if isinstance(exc, tuf_errors.BadVersionNumberError | tuf_errors.EqualVersionNumberError):
        return RepositoryRefused("The game's repository offered older metadata than this computer has already "
                                 f"seen (a rollback: {exc}); it was refused and nothing was changed.")
    if isinstance(exc, tuf_errors.UnsignedMetadataError):
        return RepositoryRefused("The game's repository metadata is not signed by the studio's trusted keys "
                                 f"({exc}); it was refused and nothing was changed.")
    if isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        return RepositoryRefused(f"A file from the game's repository does not match its signed hash ({exc}); "
                                 "it was refused and nothing was changed.")
    if isinstance(exc, tuf_errors.RepositoryError):
        return RepositoryRefused(f"The game's repository metadata was refused ({exc}). Nothing was changed.")
    if isinstance(exc, tuf_errors.DownloadError):
        cause = exc.__cause__
        if isinstance(cause, ServiceError):
            return _translate(cause, repository)
        return DeliveryNetworkError(f"The game's download server at {repository} can't be reached right now. "
                                    "Nothing was changed.")
    if isinstance(exc, OSError):
        return DeliveryError(f"The launcher's record of the repository cannot be written ({exc.strerror or exc}).")
    return DeliveryError(f"The game's repository could not be checked ({exc.__class__.__name__}).")


def _load_target(updater: Any, path: str, limit: int) -> bytes:
    info = updater.get_targetinfo(path)
    if info is None:
        raise KeyError(path)
    if info.length > limit:
        raise RepositoryRefused(f"The repository's {path} is larger than this launcher accepts.")
    cached = updater.find_cached_target(info)
    if cached is None:
        cached = updater.download_target(info)
    from ..files import read_regular

    return read_regular(Path(cached), limit)


def _timestamp_expiry(folder: Path) -> datetime | None:
    from tuf.api.metadata import Metadata

    try:
        expires: datetime = Metadata.from_file(str(folder / "timestamp.json")).signed.expires
    except Exception:
        return None
    return expires


async def offer(http: Http, repository: str, root_bytes: bytes, state_dir: Path, channel: str) -> Offer:
    """The channel's current build, verified; exit 8 (refused metadata or content) or 4 (the network)."""
    loop = asyncio.get_running_loop()

    def work() -> Offer:
        from tuf.api import exceptions as tuf_errors

        updater = _updater(repository, root_bytes, state_dir, http, loop)
        updater.refresh()
        try:
            pointer_bytes = _load_target(updater, channel_target(channel), 16 * 1024)
        except KeyError:
            raise DeliveryError(f"The game's repository has no channel {channel!r}.") from None
        pointer = parse_pointer(pointer_bytes)
        if pointer.channel != channel:
            raise RepositoryRefused(f"The repository's file for channel {channel!r} names channel "
                                    f"{pointer.channel!r}; it was refused.")
        try:
            build_bytes = _load_target(updater, pointer.build_target, MAX_LIST_BYTES)
        except KeyError:
            raise RepositoryRefused(f"The repository's channel {channel!r} names build {pointer.version}, which "
                                    "it does not list.") from None
        except tuf_errors.RepositoryError:
            raise
        build = parse_build(build_bytes, version=pointer.version)
        return Offer(pointer, build, build_bytes, hashlib.sha256(build_bytes).hexdigest(),
                     _timestamp_expiry(state_dir / root_id(root_bytes)))

    try:
        return await threads.run(work)
    except Exception as exc:
        error = _translate(exc, repository)
        if error is not exc:
            log.info("repository check failed: %r", exc)
            raise error from exc
        raise


async def fetch_target(http: Http, repository: str, root_bytes: bytes, state_dir: Path, path: str, limit: int, *,
                       deadline_s: float) -> bytes | None:
    """A signed target other than a build (the studio's news feed), verified as the builds are, the repository's
    metadata refreshed first; None when the repository lists no such target. Everything, every request of the
    refresh included, ends within `deadline_s`; exit 8 (refused) or 4 (the network, the deadline)."""
    loop = asyncio.get_running_loop()
    until = time.monotonic() + deadline_s

    def work() -> bytes | None:
        updater = _updater(repository, root_bytes, state_dir, http, loop, until)
        updater.refresh()
        try:
            return _load_target(updater, path, limit)
        except KeyError:
            return None

    try:
        async with asyncio.timeout(deadline_s + 10):  # the thread's own requests end by `until`; this is a backstop
            return await threads.run(work)
    except TimeoutError:
        raise DeliveryNetworkError(f"The game's download server at {shown_url(repository)} took too long to "
                                   "answer.") from None
    except Exception as exc:
        error = _translate(exc, repository)
        if isinstance(error, ServiceError):  # the HTTP client's own failure: the network, as for the builds
            error = DeliveryNetworkError(error.message)
        if error is not exc:
            log.info("repository check failed: %r", exc)
            raise error from exc
        raise
