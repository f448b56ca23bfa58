"""The studio's side: create a repository, publish a build, re-sign the timestamp, rotate a key.

Publishing is incremental (a chunk the repository holds is neither compressed nor written again) and atomic for
readers: chunks first, then the build's file list and channel file, then targets, snapshot and, last, the
timestamp, each under a new name or replaced in one rename. A client that reads the repository mid-publish sees the
previous state whole, never metadata that names missing content."""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..outcomes import UsageError
from . import chunking, keys, layout
from .buildlist import (
    MAX_FILES,
    MAX_NOTES_BYTES,
    BuildList,
    ChannelPointer,
    Chunk,
    FileEntry,
    build_target,
    channel_target,
    check_channel,
    check_version,
    link_problem,
    notes_problem,
    parse_build,
    path_problem,
)
from .errors import DeliveryError

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata

ROOT_DAYS = 365
TARGETS_DAYS = 365
SNAPSHOT_DAYS = 365
TIMESTAMP_DAYS = 7
SPEC_VERSION = "1.0.31"
IN_FLIGHT = 16  # chunks being hashed/compressed/written at once (each at most 4 MiB, memory-mapped)


@dataclass(frozen=True)
class PublishResult:
    version: str
    channel: str
    files: int
    bytes: int
    chunks: int
    new_chunks: int
    new_bytes: int  # stored (compressed) bytes added to the repository
    seconds: float

    def summary(self) -> str:
        return (f"Published {self.version} to {self.channel}: {self.files} files, {human(self.bytes)}; "
                f"{self.new_chunks} of {self.chunks} chunks new ({human(self.new_bytes)} stored) "
                f"in {self.seconds:.1f} s.")

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "channel": self.channel, "files": self.files, "bytes": self.bytes,
                "chunks": self.chunks, "new_chunks": self.new_chunks, "new_bytes": self.new_bytes,
                "seconds": round(self.seconds, 3)}


def human(size: float) -> str:
    from ..translatable import size as shown  # one English wording of sizes, the window's and the CLI's

    return shown(size)


def _expiry(days: int) -> datetime:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0)


def _write_new(path: Path, data: bytes, *, once: bool = False) -> None:
    """Write `path` so a reader sees nothing or all of it (a temporary file of its own, then one rename); the
    temporary file never outlives a failure. `once`: a versioned file, which must never change once published."""
    if once and path.exists():
        raise DeliveryError(f"{path.name} already exists in the repository: published versions never change. "
                            "Another publish may have run at the same time; run this one again.")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # served to everyone: the repository is public
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Repository:
    """A repository folder on the publisher's disk and its signed metadata."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.metadata = root / layout.METADATA
        self.targets_dir = root / layout.TARGETS

    # --- metadata on disk -------------------------------------------------------------------------------------
    def _read(self, name: str) -> Metadata[Any]:
        from tuf.api.metadata import Metadata

        try:
            return Metadata.from_file(str(self.metadata / name))
        except FileNotFoundError:
            raise UsageError(f"{self.root} is not a repository ({layout.METADATA}/{name} is missing); create one "
                             "with `launcher publish init`.") from None
        except Exception as exc:
            raise DeliveryError(f"The repository's {name} cannot be read ({exc}).") from exc

    def current(self) -> tuple[Metadata[Any], Metadata[Any], Metadata[Any], Metadata[Any]]:
        """(root, targets, snapshot, timestamp) as published now."""
        timestamp = self._read("timestamp.json")
        snapshot = self._read(f"{timestamp.signed.snapshot_meta.version}.snapshot.json")
        targets = self._read(f"{snapshot.signed.meta['targets.json'].version}.targets.json")
        root = self._read("root.json")
        return root, targets, snapshot, timestamp

    def _sign_write(self, md: Metadata[Any], signers: list[CryptoSigner], name: str) -> bytes:
        from tuf.api.serialization.json import JSONSerializer

        for n, signer in enumerate(signers):
            md.sign(signer, append=n > 0)
        data = md.to_bytes(JSONSerializer(compact=False))
        _write_new(self.metadata / name, data, once=name[0].isdigit())
        return data

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One publish, refresh or rotate at a time on this repository: each reads the state and writes the next
        version under this lock (two at once would both write version N+1)."""
        from .. import file_lock

        try:
            fh = file_lock.open_lock_file(self.root / ".publish.lock")
        except OSError as exc:
            raise DeliveryError(f"The repository {self.root} cannot be written ({exc.strerror or exc}).") from None
        try:
            if not file_lock.lock(fh, wait=False):
                raise UsageError(f"Another publish, refresh or rotate is running on {self.root}; run this one "
                                 "when it has finished.")
            yield
        finally:
            fh.close()

    def check_signers(self, root: Metadata[Any], signers: dict[str, CryptoSigner]) -> None:
        """Every key about to sign is one the repository's root trusts for its role: metadata signed by another key
        would make every player refuse the repository."""
        for role, signer in signers.items():
            if signer.public_key.keyid not in root.signed.roles[role].keyids:
                raise UsageError(f"The {role} key in the keys folder is not one this repository trusts (wrong "
                                 "--keys folder?). Nothing was published.")

    def write_root(self, root: Metadata[Any], signers: list[CryptoSigner]) -> Path:
        data = self._sign_write(root, signers, f"{root.signed.version}.root.json")
        _write_new(self.metadata / "root.json", data)
        return self.metadata / f"{root.signed.version}.root.json"

    def commit(self, targets: Metadata[Any], snapshot: Metadata[Any], timestamp: Metadata[Any], *,
               targets_key: CryptoSigner | None, snapshot_key: CryptoSigner | None,
               timestamp_key: CryptoSigner, timestamp_days: int = TIMESTAMP_DAYS, bump: int = 1,
               also: dict[str, CryptoSigner] | None = None) -> None:
        """Sign and write a new state: targets (when given a key), snapshot (likewise), timestamp last. `also`: a
        second signature per role (a rotation's old key)."""
        from tuf.api.metadata import MetaFile

        extra = also or {}
        if targets_key is not None:
            targets.signed.version += bump
            targets.signed.expires = _expiry(TARGETS_DAYS)
            self._sign_write(targets, [targets_key, *_also(extra, "targets")], f"{targets.signed.version}.targets.json")
            snapshot.signed.meta["targets.json"] = MetaFile(version=targets.signed.version)
        if snapshot_key is not None:
            snapshot.signed.version += bump
            snapshot.signed.expires = _expiry(SNAPSHOT_DAYS)
            self._sign_write(snapshot, [snapshot_key, *_also(extra, "snapshot")],
                             f"{snapshot.signed.version}.snapshot.json")
        timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
        timestamp.signed.version += bump
        timestamp.signed.expires = _expiry(timestamp_days)
        self._sign_write(timestamp, [timestamp_key, *_also(extra, "timestamp")], "timestamp.json")

    # --- content ----------------------------------------------------------------------------------------------
    def chunk_file(self, chunk_hash: str) -> Path:
        return self.root / layout.chunk_path(chunk_hash)

    def target_file(self, target: str, sha256: str) -> Path:
        folder, _, name = target.rpartition("/")
        return self.targets_dir / folder / f"{sha256}.{name}"


def _also(extra: dict[str, CryptoSigner], role: str) -> list[CryptoSigner]:
    return [extra[role]] if role in extra else []


def init(repo: Path, key_dir: Path, *, seed: bytes | None = None, timestamp_days: int = TIMESTAMP_DAYS,
         root_expires: datetime | None = None) -> Path:
    """An empty repository at `repo` and fresh keys in `key_dir`; returns the root metadata file to ship.
    `seed` and `root_expires`: derive the keys from the seed and fix the root's expiry, so that the same root comes
    out every time (the demo repository's only: its keys are public, and its root ships with the launcher)."""
    from tuf.api.metadata import Metadata, MetaFile, Root, Snapshot, Targets, Timestamp

    repo, key_dir = repo.absolute(), key_dir.absolute()
    if _inside(key_dir, repo) or _inside(repo, key_dir):
        raise UsageError("--keys must be outside --repo: everything in the repository is published.")
    if (repo / layout.METADATA).exists():
        raise UsageError(f"{repo} already holds a repository; publish to it, or choose an empty folder.")
    taken = [r for r in keys.ROLES if keys.key_path(key_dir, r).exists()]
    if taken:
        raise UsageError(f"{key_dir} already holds keys ({', '.join(taken)}); choose an empty folder.")
    signers = {role: keys.generate(key_dir, role, seed=hashlib.sha256(seed + role.encode()).digest()
                                   if seed else None) for role in keys.ROLES}
    root = Root(version=1, spec_version=SPEC_VERSION, expires=root_expires or _expiry(ROOT_DAYS),
                consistent_snapshot=True)
    for role, signer in signers.items():
        root.add_key(keys.public(signer), role)
    repository = Repository(repo)
    for folder in (repository.metadata, repository.targets_dir, repo / layout.CHUNKS):
        folder.mkdir(parents=True, exist_ok=True)
    shipped = repository.write_root(Metadata(root), [signers["root"]])
    targets = Metadata(Targets(version=1, spec_version=SPEC_VERSION, expires=_expiry(TARGETS_DAYS)))
    snapshot = Metadata(Snapshot(version=1, spec_version=SPEC_VERSION, expires=_expiry(SNAPSHOT_DAYS)))
    timestamp = Metadata(Timestamp(version=1, spec_version=SPEC_VERSION, expires=_expiry(TIMESTAMP_DAYS),
                                   snapshot_meta=MetaFile(version=1)))
    repository.commit(targets, snapshot, timestamp, targets_key=signers["targets"],
                      snapshot_key=signers["snapshot"], timestamp_key=signers["timestamp"],
                      timestamp_days=timestamp_days, bump=0)
    return shipped


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


# --- a build folder ---------------------------------------------------------------------------------------------

def scan(build_dir: Path) -> Iterator[tuple[str, Path, os.stat_result]]:
    """(relative path, path, lstat) of every file and link in `build_dir`, sorted, checked as a client checks
    them (a build a client would refuse is refused here, before anything is published)."""
    found: list[tuple[str, Path, os.stat_result]] = []

    def walk(folder: Path, prefix: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            raise UsageError(f"Cannot read {folder}: {exc.strerror or exc}.") from None
        for entry in entries:
            rel = f"{prefix}{entry.name}"
            problem = path_problem(rel)
            if problem:
                raise UsageError(f"{rel!r} in the build cannot be published: {problem}.")
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                walk(Path(entry.path), rel + "/")
            elif stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode):
                found.append((rel, Path(entry.path), info))
                if len(found) > MAX_FILES:
                    raise UsageError(f"The build has more than {MAX_FILES} files.")
            else:
                raise UsageError(f"{rel!r} in the build is not a file, a folder or a link.")

    if not build_dir.is_dir():
        raise UsageError(f"{build_dir} is not a folder.")
    walk(build_dir, "")
    yield from found


class _Chunker:
    """Hashes, compresses and stores the chunks of the files given to it, on a few threads (hashlib and zstd
    release the GIL), at most IN_FLIGHT at a time."""

    def __init__(self, repository: Repository, workers: int) -> None:
        self.repository = repository
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="publish")
        self.known: set[str] = set()
        self.new_chunks = self.new_bytes = 0

    def _store(self, view: memoryview, offset: int, length: int) -> Chunk:
        with view[offset:offset + length] as data:
            return self._store_bytes(data)

    def _store_bytes(self, data: memoryview) -> Chunk:
        digest = chunking.digest(data)
        target = self.repository.chunk_file(digest)
        try:
            stored = target.stat().st_size
        except FileNotFoundError:
            packed = chunking.compress(data)
            _write_new(target, packed)
            self.new_chunks += 1
            self.new_bytes += len(packed)
            stored = len(packed)
        return Chunk(digest, len(data), stored)

    def file(self, rel: str, path: Path, info: os.stat_result) -> FileEntry:
        size = info.st_size
        whole = hashlib.sha256()
        chunks: list[Chunk] = []
        if size:
            with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                view = memoryview(mapped)
                pending: list[Future[Chunk]] = []
                try:
                    for offset, length in chunking.cut(view):
                        pending.append(self.pool.submit(self._store, view, offset, length))
                        if len(pending) >= IN_FLIGHT:
                            chunks.extend(f.result() for f in pending[: IN_FLIGHT // 2])
                            del pending[: IN_FLIGHT // 2]
                    whole.update(view)
                    chunks.extend(f.result() for f in pending)
                finally:
                    for job in pending:  # a failure part-way: no job may still use the map when it closes
                        job.cancel()
                    wait(pending)
                    view.release()
        return FileEntry(rel, size, 0o755 if info.st_mode & 0o111 else 0o644, whole.hexdigest(), tuple(chunks))

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def read_notes(path: Path) -> str:
    """The patch notes in the studio's file `path` (UTF-8 text; a BOM and Windows line ends are accepted); a usage
    error (exit 2) naming the file and the line when a player could not be shown them as they are."""
    from ..files import TextUnreadable, read_text

    try:
        text = read_text(path, MAX_NOTES_BYTES)
    except TextUnreadable as exc:
        raise UsageError(f"--notes {path}: the file {exc}.") from None
    problem = notes_problem(text)
    if problem:
        raise UsageError(f"--notes {path.name}: {problem}.")
    return text


def publish(build_dir: Path, repo: Path, key_dir: Path, version: str, channel: str = "live", *,
            required: bool = False, game: str = "", notes: str = "", timestamp_days: int = TIMESTAMP_DAYS,
            progress: Callable[[str], None] | None = None) -> PublishResult:
    """`notes`: the build's patch notes, signed inside its file list (see `read_notes`)."""
    started = time.monotonic()
    try:
        check_version(version)
        check_channel(channel)
    except ValueError as exc:
        raise UsageError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    problem = notes_problem(notes)
    if problem:
        raise UsageError(f"The patch notes cannot be published: {problem}.")
    if _inside(key_dir, repo):
        raise UsageError("--keys must be outside --repo: everything in the repository is published.")
    if _inside(key_dir, build_dir) or _inside(build_dir, key_dir):
        raise UsageError("--keys is inside the build folder: the private keys would be published to every player. "
                         "Keep them elsewhere.")
    if _inside(repo, build_dir):
        raise UsageError("--repo is inside the build folder: the repository would be published inside the build.")
    repository = Repository(repo)
    signers = {role: keys.load(key_dir, role) for role in ("targets", "snapshot", "timestamp")}
    repository.check_signers(repository.current()[0], signers)
    entries: list[FileEntry] = []
    chunker = _Chunker(repository, workers=max(2, min(8, os.cpu_count() or 2)))
    try:
        for rel, path, info in scan(build_dir):
            if stat.S_ISLNK(info.st_mode):
                target = os.readlink(path)
                problem = link_problem(rel, target)
                if problem:
                    raise UsageError(f"The link {rel!r} in the build cannot be published: {problem}.")
                entries.append(FileEntry(rel, link=target))
                continue
            entries.append(chunker.file(rel, path, info))
            if progress:
                progress(rel)
    finally:
        chunker.close()
    build = BuildList(version, tuple(entries), game, notes)
    parse_build(build.to_bytes(), version=version)  # what a client will accept, checked before publishing it
    build_bytes = build.to_bytes()
    with repository.locked():  # the state is read, and the next one written, by this publish alone
        _commit_build(repository, signers, build, build_bytes, version, channel, required, timestamp_days)
    unique = {c.hash for f in entries for c in f.chunks}
    return PublishResult(version, channel, len(entries), build.size, len(unique), chunker.new_chunks,
                         chunker.new_bytes, time.monotonic() - started)


def _commit_build(repository: Repository, signers: dict[str, CryptoSigner], build: BuildList, build_bytes: bytes,
                  version: str, channel: str, required: bool, timestamp_days: int) -> None:
    from tuf.api.metadata import TargetFile

    root, targets, snapshot, timestamp = repository.current()
    repository.check_signers(root, signers)
    name = build_target(version)
    existing = targets.signed.targets.get(name)
    new_info = TargetFile.from_data(name, build_bytes)
    if existing is not None and existing.hashes != new_info.hashes:
        raise UsageError(f"Version {version} is already published with other content; publish under a new version.")
    pointer = ChannelPointer(channel, version, required, datetime.now(UTC).replace(microsecond=0).isoformat())
    pointer_bytes = pointer.to_bytes()
    pointer_info = TargetFile.from_data(channel_target(channel), pointer_bytes)
    _write_new(repository.target_file(name, new_info.hashes["sha256"]), build_bytes)
    _write_new(repository.target_file(pointer_info.path, pointer_info.hashes["sha256"]), pointer_bytes)
    targets.signed.targets[name] = new_info
    targets.signed.targets[pointer_info.path] = pointer_info
    repository.commit(targets, snapshot, timestamp, targets_key=signers["targets"], snapshot_key=signers["snapshot"],
                      timestamp_key=signers["timestamp"], timestamp_days=timestamp_days)


@dataclass(frozen=True)
class NewsResult:
    items: int
    status: str | None  # the server status's state, None when the feed says nothing about it
    bytes: int
    sha256: str

    def summary(self) -> str:
        said = f"status {self.status}" if self.status else "no server status"
        return f"Published the news feed: {self.items} items, {said} ({human(self.bytes)})."

    def to_json(self) -> dict[str, Any]:
        return {"news": "news.json", "items": self.items, "status": self.status, "bytes": self.bytes,
                "sha256": self.sha256}


def publish_news(source: Path, repo: Path, key_dir: Path, *, timestamp_days: int = TIMESTAMP_DAYS) -> NewsResult:
    """The studio's news feed from `source` (JSON or TOML, see launcher.delivery.news), checked as a client will
    check it, stored as the signed target `news.json` (targets, snapshot and timestamp signed again). A feed that
    is refused is a usage error (exit 2) naming the file and what is wrong; nothing is published then."""
    from tuf.api.metadata import TargetFile

    from .news import NEWS_TARGET, FeedRefused, feed_from_file, parse_feed

    try:
        data = feed_from_file(source)
    except FeedRefused as exc:
        raise UsageError(f"The news feed cannot be published: {exc}.") from None
    feed = parse_feed(data, datetime.now(UTC))
    if _inside(key_dir, repo):
        raise UsageError("--keys must be outside --repo: everything in the repository is published.")
    repository = Repository(repo)
    signers = {role: keys.load(key_dir, role) for role in ("targets", "snapshot", "timestamp")}
    with repository.locked():
        root, targets, snapshot, timestamp = repository.current()
        repository.check_signers(root, signers)
        info = TargetFile.from_data(NEWS_TARGET, data)
        _write_new(repository.target_file(NEWS_TARGET, info.hashes["sha256"]), data)
        targets.signed.targets[NEWS_TARGET] = info
        repository.commit(targets, snapshot, timestamp, targets_key=signers["targets"],
                          snapshot_key=signers["snapshot"], timestamp_key=signers["timestamp"],
                          timestamp_days=timestamp_days)
    return NewsResult(len(feed.items), feed.status.state if feed.status else None, len(data), info.hashes["sha256"])


def refresh(repo: Path, key_dir: Path, *, timestamp_days: int = TIMESTAMP_DAYS) -> datetime:
    """Re-sign the timestamp (the only key needed); returns its new expiry."""
    repository = Repository(repo)
    signer = keys.load(key_dir, "timestamp")
    with repository.locked():
        root, targets, snapshot, timestamp = repository.current()
        repository.check_signers(root, {"timestamp": signer})
        repository.commit(targets, snapshot, timestamp, targets_key=None, snapshot_key=None, timestamp_key=signer,
                          timestamp_days=timestamp_days)
    expires: datetime = timestamp.signed.expires
    return expires


def rotate(repo: Path, key_dir: Path, role: str) -> Path:
    """Replace `role`'s key: a new root version trusts the new key (signed by the current root key, and by the new
    one when the root key itself is replaced), then the role's metadata is signed again, by the new key and the
    old one, so that clients accept it whether or not they have fetched the new root yet. Clients follow the new
    root one version at a time. Returns the new root metadata (ship it with the next launcher release; clients
    that have the old one update by themselves). The old key file is kept, renamed, once all of it succeeded."""
    if role not in keys.ROLES:
        raise UsageError(f"Unknown role {role!r}; roles: {', '.join(keys.ROLES)}.")
    repository = Repository(repo)
    root_signer = keys.load(key_dir, "root")
    needed = {r: keys.load(key_dir, r) for r in ("targets", "snapshot", "timestamp")}
    pending = key_dir / f"{role}.pem.new"
    with repository.locked():
        root, targets, snapshot, timestamp = repository.current()
        repository.check_signers(root, {"root": root_signer, **needed})
        with contextlib.suppress(FileNotFoundError):
            pending.unlink()  # left by a rotation that failed before
        new_signer = keys.generate(key_dir, role, path=pending)
        try:
            old_signer = root_signer if role == "root" else needed[role]
            for keyid in list(root.signed.roles[role].keyids):
                root.signed.revoke_key(keyid, role)
            root.signed.add_key(keys.public(new_signer), role)
            root.signed.version += 1
            root.signed.expires = _expiry(ROOT_DAYS)
            shipped = repository.write_root(root, [root_signer, new_signer] if role == "root" else [root_signer])
            if role != "root":
                needed[role] = new_signer
            repository.commit(targets, snapshot, timestamp,
                              targets_key=needed["targets"] if role == "targets" else None,
                              snapshot_key=needed["snapshot"], timestamp_key=needed["timestamp"],
                              also={role: old_signer} if role != "root" else {})
        except BaseException:
            with contextlib.suppress(OSError):
                pending.unlink()
            raise
        keys.retire(key_dir, role)
        os.replace(pending, keys.key_path(key_dir, role))
    return shipped
