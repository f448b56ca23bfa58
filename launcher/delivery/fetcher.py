"""Getting one chunk's bytes, verified: from disk when any planned source holds them, else from the repository.

Nothing leaves here unverified: bytes read from disk and bytes downloaded both must hash to the chunk's signed
name. A download that stops part-way (a stall, a reset) continues with a Range request for the rest (If-Range: the
same ETag, so the two halves are of one file); wrong, truncated or oversize bytes are fetched once more, then
refused (exit 8); a 404 or a server that keeps failing is a server failure (exit 4)."""

from __future__ import annotations

import asyncio
import logging
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import workers as threads
from ..outcomes import LauncherError, ProtocolError, ServiceError
from . import chunking, layout
from .buildlist import compressed_bound
from .errors import DeliveryNetworkError, RepositoryRefused
from .planner import ChunkJob, Source

if TYPE_CHECKING:
    from ..http import Http

log = logging.getLogger("launcher.delivery")

ATTEMPTS = 4  # requests for one chunk (resumed or retried) before giving up
CHUNK_DEADLINE_S = 300.0  # one request for one chunk (at most 4 MiB): 14 KB/s is slower than any player's line
STALL_S = 20.0  # no byte for this long: the request is given up and resumed


@dataclass
class Got:
    data: bytes
    in_place: set[int] = field(default_factory=set)  # indexes of the job's targets that already hold the bytes
    downloaded: int = 0  # bytes that came over the network for it
    reused: bool = False


def read_at(source: Source, size: int) -> bytes | None:
    """`size` bytes at `source`, or None when the file is missing, shorter, or not a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source.path, flags)
    except OSError:
        return None
    try:
        import stat

        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:  # a hard link is someone else's file too
            return None
        data = os.pread(fd, size, source.offset)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == size else None


def _matches(data: bytes | None, job: ChunkJob) -> bool:
    if data is None:
        return False
    try:
        chunking.check(data, job.chunk)
    except chunking.ChunkMismatch:
        return False
    return True


class ChunkFetcher:
    def __init__(self, http: Http | None, repository: str, *, on_network_bytes: Callable[[int], None] | None = None,
                 attempts: int = ATTEMPTS, stall_s: float = STALL_S, deadline_s: float = CHUNK_DEADLINE_S) -> None:
        self.http, self.repository = http, repository
        self.on_network_bytes = on_network_bytes or (lambda n: None)
        self.attempts, self.stall_s, self.deadline_s = attempts, stall_s, deadline_s

    async def get(self, job: ChunkJob, staging_sources: int = 0) -> Got:
        """The chunk's bytes. The first `staging_sources` sources are the job's own targets in the staging folder
        (same order): those found holding the chunk need no write."""
        got = await threads.run(self._local, job, staging_sources)
        if got is not None:
            return got
        data, downloaded = await self._download(job)
        return Got(data, set(), downloaded)

    def _local(self, job: ChunkJob, staging_sources: int) -> Got | None:
        found: bytes | None = None
        in_place: set[int] = set()
        for index, source in enumerate(job.sources):
            if index >= staging_sources and found is not None:
                break
            data = read_at(source, job.chunk.size)
            if _matches(data, job):
                found = found or data
                if index < staging_sources:
                    in_place.add(index)
        if found is None:
            return None
        return Got(found, in_place, 0, reused=True)

    async def _download(self, job: ChunkJob) -> tuple[bytes, int]:
        if self.http is None:
            raise DeliveryNetworkError("A chunk is missing on disk and the launcher is offline.")
        chunk = job.chunk
        url = layout.join_url(self.repository, layout.chunk_path(chunk.hash))
        limit = min(chunk.csize, compressed_bound(chunk.size))
        body = b""
        etag: str | None = None
        downloaded = 0
        problem: LauncherError | None = None
        bad_bytes = 0
        for attempt in range(1, self.attempts + 1):
            headers = {"Accept-Encoding": "identity"}
            if body:
                headers["Range"] = f"bytes={len(body)}-"
                if etag:
                    headers["If-Range"] = etag
            try:
                fetched = await self.http.fetch(url, max_bytes=limit - len(body) if body else limit, headers=headers,
                                                overall_s=self.deadline_s, stall_s=self.stall_s,
                                                service="The game's download server")
            except ProtocolError as exc:
                if exc.code == "too-large":
                    raise RepositoryRefused(f"The download server sent more bytes than the signed size of chunk "
                                            f"{chunk.hash[:12]}; it was refused. Nothing installed was changed.") \
                        from exc
                problem, body = exc, b""
                await self._pause(attempt)
                continue
            except ServiceError as exc:
                problem = exc
                await self._pause(attempt)
                continue
            downloaded += len(fetched.body)
            self.on_network_bytes(len(fetched.body))
            if fetched.status in (404, 410):
                raise DeliveryNetworkError(f"The game's download server has no chunk {chunk.hash[:12]} (HTTP "
                                           f"{fetched.status}) though the signed build lists it: the repository is "
                                           "incomplete or still being uploaded. Try again later; nothing installed "
                                           "was changed.")
            if fetched.status == 206 and body and _range_start(fetched.headers.get("content-range")) == len(body):
                body += fetched.body
            elif fetched.status == 200:
                body = fetched.body
            elif fetched.status in (206, 416):  # a range we did not ask for, or one the server would not serve
                body = b""
                problem = ProtocolError("The download server answered a resumed download with the wrong range.")
                continue
            else:
                problem = ServiceError(f"The game's download server answered HTTP {fetched.status}.")
                body = b""
                await self._pause(attempt)
                continue
            etag = fetched.headers.get("etag")
            if fetched.failure is not None:  # part of it came: ask for the rest
                problem = fetched.failure
                if len(body) >= limit:
                    body = b""
                continue
            try:  # on a worker: hashing and decompressing a MiB on the loop's thread stalls the window ~10 ms
                return await threads.run(chunking.decompress, body, chunk), downloaded
            except chunking.ChunkMismatch as exc:
                bad_bytes += 1
                log.info("chunk %s refused: %s", chunk.hash[:12], exc)
                if bad_bytes >= 2:
                    raise RepositoryRefused(f"The download server sent chunk {chunk.hash[:12]} with bytes that do "
                                            f"not match its signed hash ({exc}); it was refused. Nothing installed "
                                            "was changed.") from None
                body = b""
        detail = f" ({problem.message})" if problem is not None else ""
        raise DeliveryNetworkError(f"The game's download server kept failing for chunk {chunk.hash[:12]}{detail}. "
                                   "What was downloaded is kept; run the same command again to continue.")

    async def _pause(self, attempt: int) -> None:
        if attempt < self.attempts:
            await asyncio.sleep(min(8.0, 0.25 * 2 ** (attempt - 1)) * (0.5 + random.random() / 2))


def _range_start(value: str | None) -> int | None:
    """The first byte of `Content-Range: bytes START-END/TOTAL`."""
    if not value or not value.startswith("bytes "):
        return None
    start = value[6:].split("-", 1)[0].strip()
    return int(start) if start.isdigit() and len(start) < 19 else None
