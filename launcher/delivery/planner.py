"""What to do for each chunk of a build: where it goes, and where on disk it may already be.

Pure: no disk, no network. The fetcher tries the local sources in order (each checked by hash before use) and
asks the network only when none holds the chunk's bytes. Sources, in order: the chunk's own place in the staging
folder (an interrupted run resumes where it stopped), then every place the installed build holds the same chunk
(an update fetches only what changed, wherever it moved)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .buildlist import BuildList, Chunk, FileEntry, Placement


@dataclass(frozen=True)
class Source:
    path: Path
    offset: int


@dataclass
class ChunkJob:
    chunk: Chunk
    targets: list[Placement] = field(default_factory=list)  # every place of the new files that holds it
    sources: list[Source] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    files: tuple[FileEntry, ...]  # what is assembled (a whole build, or the files a repair rewrites)
    jobs: tuple[ChunkJob, ...]  # one per distinct chunk, in the order of the files
    size: int  # bytes of the files assembled

    @property
    def most_to_download(self) -> int:
        """Stored bytes of every distinct chunk: what a first install downloads."""
        return sum(job.chunk.csize for job in self.jobs)


def plan(files: Iterable[FileEntry], staging: Path | None, installed: list[tuple[BuildList, Path]]) -> Plan:
    """`staging`: the folder the files are assembled in, when an earlier run left it (None: a fresh start, nothing
    there to reuse); `installed`: builds on disk and their folders, whose chunks may be reused."""
    wanted = tuple(files)
    jobs: dict[str, ChunkJob] = {}
    for entry in wanted:
        for placement in entry.placements():
            job = jobs.get(placement.chunk.hash)
            if job is None:
                job = jobs[placement.chunk.hash] = ChunkJob(placement.chunk)
            job.targets.append(placement)
            if staging is not None:
                job.sources.append(Source(staging / placement.path, placement.offset))
    for build, folder in installed:
        for entry in build.regular:
            for placement in entry.placements():
                job = jobs.get(placement.chunk.hash)
                if job is not None and placement.chunk.size == job.chunk.size:
                    job.sources.append(Source(folder / placement.path, placement.offset))
    return Plan(wanted, tuple(jobs.values()), sum(f.size for f in wanted))
