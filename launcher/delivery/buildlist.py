"""A build's file list: every path, size, mode and chunk of one version of the game, and the channel pointer that
names a channel's current build. Both arrive from a repository, so both are parsed as hostile input: every count,
length and size is bounded before anything is allocated from it, and no path can leave the install folder (no
absolute path, no `..`, no link pointing out or used as a folder, no device or reserved name, no two names that
one file system would take for the same file)."""

from __future__ import annotations

import json
import posixpath
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import RepositoryRefused

FORMAT = 1
MAX_LIST_BYTES = 32 * 1024 * 1024  # a 200,000-file build's list is ~30 MB; more is not a file list
MAX_POINTER_BYTES = 16 * 1024
MAX_FILES = 200_000
MAX_CHUNKS = 4_000_000
MAX_PATH_CHARS = 1024
MAX_NAME_BYTES = 255  # one path component, as ext4, NTFS and APFS allow
MAX_DEPTH = 64
MAX_CHUNK_BYTES = 16 * 1024 * 1024
MAX_FILE_BYTES = 1 << 40  # 1 TiB
MAX_BUILD_BYTES = 4 << 40
MAX_NOTES_BYTES = 64 * 1024  # a build's patch notes (UTF-8)
# \Z, not $: `$` also matches before a final newline ("1.0\n" would be a version)
VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}\Z")
CHANNEL_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}\Z")
HASH_RE = re.compile(r"^[0-9a-f]{64}\Z")
WINDOWS_BAD = set('<>:"|?*\\')
RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$",
            *(f"com{c}" for c in "0123456789¹²³"), *(f"lpt{c}" for c in "0123456789¹²³")}


def compressed_bound(size: int) -> int:
    """The most bytes zstd may take for `size` bytes (ZSTD_compressBound), so an oversize chunk is refused early."""
    return size + (size >> 8) + 1024


@dataclass(frozen=True)
class Chunk:
    hash: str  # sha256 of the chunk's bytes (before compression): its name and its check
    size: int
    csize: int  # bytes stored in the repository (zstd)


@dataclass(frozen=True)
class Placement:
    """Where one chunk goes: a file of the build and the offset in it."""

    path: str
    offset: int
    chunk: Chunk


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int = 0
    mode: int = 0o644
    sha256: str = ""
    chunks: tuple[Chunk, ...] = ()
    link: str | None = None  # a symbolic link (relative, inside the build) instead of a file

    @property
    def executable(self) -> bool:
        return bool(self.mode & 0o111)

    def placements(self) -> Iterator[Placement]:
        offset = 0
        for chunk in self.chunks:
            yield Placement(self.path, offset, chunk)
            offset += chunk.size

    def to_json(self) -> dict[str, Any]:
        if self.link is not None:
            return {"path": self.path, "link": self.link}
        return {"path": self.path, "size": self.size, "mode": self.mode, "sha256": self.sha256,
                "chunks": [[c.hash, c.size, c.csize] for c in self.chunks]}


@dataclass(frozen=True)
class BuildList:
    version: str
    files: tuple[FileEntry, ...]
    game: str = ""
    notes: str = ""  # the patch notes published with the build (plain text, lines; "" when none)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def regular(self) -> tuple[FileEntry, ...]:
        return tuple(f for f in self.files if f.link is None)

    def file(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    def unique_chunks(self) -> dict[str, Chunk]:
        return {c.hash: c for f in self.files for c in f.chunks}

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {"format": FORMAT, "game": self.game, "version": self.version}
        if self.notes:  # absent when empty: a build without notes has the same bytes as before notes existed
            data["notes"] = self.notes
        data["files"] = [f.to_json() for f in self.files]
        return json.dumps(data, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class ChannelPointer:
    """`channels/<name>.json`: the build a channel offers now, and whether players must take it before playing."""

    channel: str
    version: str
    required: bool = False
    published: str = ""
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def build_target(self) -> str:
        return build_target(self.version)

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "channel": self.channel, "version": self.version, "required": self.required,
                "published": self.published}
        return json.dumps(data, separators=(",", ":")).encode()


def build_target(version: str) -> str:
    return f"builds/{version}.json"


def channel_target(channel: str) -> str:
    return f"channels/{channel}.json"


def check_version(version: str, what: str = "version") -> str:
    if not isinstance(version, str) or not VERSION_RE.match(version):
        raise ValueError(f"{what} {str(version)[:70]!r} is not a version (letters, digits, . _ + -; at most 64)")
    return version


def check_channel(channel: str) -> str:
    if not isinstance(channel, str) or not CHANNEL_RE.match(channel):
        raise ValueError(f"channel {str(channel)[:40]!r} is not a channel name (lower-case letters, digits, - _)")
    return channel


BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def text_problem(text: Any, *, max_chars: int, multiline: bool) -> str | None:
    """Why `text` (notes, a news title or body, a status message) may not be shown to a player, or None: control
    characters (a newline and a tab only in `multiline` text), text that is not Unicode, the bidirectional
    overrides that make text read otherwise than it is stored, line and paragraph separators."""
    if not isinstance(text, str):
        return "it is not text"
    if len(text) > max_chars:
        return f"it is longer than {max_chars} characters"
    for n, line in enumerate(text.split("\n") if multiline else [text], start=1):
        for c in line:
            code = ord(c)
            if (code < 32 or 127 <= code < 160) and not (multiline and c == "\t"):
                where = f"line {n} has" if multiline else "it has"
                shown = {"\n": "a line break", "\r": "a carriage return"}.get(c, f"control character U+{code:04X}")
                return f"{where} {shown}"
            if 0xD800 <= code <= 0xDFFF:
                return "it is not valid Unicode text"
            if c in BIDI_CONTROLS or c in "\u2028\u2029":
                return f"{'line ' + str(n) if multiline else 'it'} has the invisible character U+{code:04X}"
    return None


def notes_problem(notes: Any) -> str | None:
    """Why `notes` may not be a build's patch notes, or None."""
    if isinstance(notes, str) and len(notes.encode("utf-8", "surrogatepass")) > MAX_NOTES_BYTES:
        return f"they are larger than {MAX_NOTES_BYTES // 1024} KiB"
    return text_problem(notes, max_chars=MAX_NOTES_BYTES, multiline=True)


def _notes(raw: dict[str, Any]) -> str:
    notes = raw.get("notes", "")
    problem = notes_problem(notes)
    if problem:
        raise RepositoryRefused(f"The build's patch notes were refused: {problem}.")
    assert isinstance(notes, str)
    return notes


def parse_notes(data: bytes) -> str:
    """Only the patch notes of a build's file list (whose bytes were verified before: the rest is not checked
    again)."""
    return _notes(_load(data, MAX_LIST_BYTES, "build file list"))


def _load(data: bytes, limit: int, what: str) -> dict[str, Any]:
    if len(data) > limit:
        raise RepositoryRefused(f"The repository's {what} is too large ({len(data)} bytes).")
    try:
        # The depth is bounded by the shape checked below; a hostile nest of arrays fails json's own recursion
        # guard first, which is caught here.
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RepositoryRefused(f"The repository's {what} is not valid JSON.") from exc
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise RepositoryRefused(f"The repository's {what} is not in a format this launcher reads (format "
                                f"{FORMAT}); the launcher may need an update.")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _int(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RepositoryRefused(f"The build's file list has an invalid {what}.")
    return value


def parse_pointer(data: bytes) -> ChannelPointer:
    raw = _load(data, MAX_POINTER_BYTES, "channel file")
    try:
        channel = check_channel(raw.get("channel"))  # type: ignore[arg-type]
        version = check_version(raw.get("version"))  # type: ignore[arg-type]
    except ValueError as exc:
        raise RepositoryRefused(f"The repository's channel file is invalid: {exc}.") from None
    required = raw.get("required", False)
    published = raw.get("published", "")
    if not isinstance(required, bool) or not isinstance(published, str) or len(published) > 64:
        raise RepositoryRefused("The repository's channel file is invalid.")
    return ChannelPointer(channel, version, required, published)


def parse_build(data: bytes, *, version: str | None = None) -> BuildList:
    """The file list, every entry checked; `version`: the version the signed channel named (it must match)."""
    raw = _load(data, MAX_LIST_BYTES, "build file list")
    try:
        found = check_version(raw.get("version"))  # type: ignore[arg-type]
    except ValueError as exc:
        raise RepositoryRefused(f"The build's file list is invalid: {exc}.") from None
    if version is not None and found != version:
        raise RepositoryRefused(f"The build's file list is for version {found}, not {version}.")
    game = raw.get("game", "")
    files = raw.get("files")
    if not isinstance(game, str) or len(game) > 200 or not isinstance(files, list):
        raise RepositoryRefused("The build's file list is invalid.")
    notes = _notes(raw)
    if len(files) > MAX_FILES:
        raise RepositoryRefused(f"The build lists {len(files)} files; at most {MAX_FILES} are accepted.")
    checker = PathChecker()
    entries: list[FileEntry] = []
    chunk_count = total = 0
    for item in files:
        entry = _entry(item)
        chunk_count += len(entry.chunks)
        total += entry.size
        if chunk_count > MAX_CHUNKS or total > MAX_BUILD_BYTES:
            raise RepositoryRefused("The build is larger than this launcher accepts.")
        checker.add(entry)
        entries.append(entry)
    checker.finish()
    return BuildList(found, tuple(entries), game, notes)


def _entry(item: Any) -> FileEntry:
    if not isinstance(item, dict):
        raise RepositoryRefused("The build's file list has an entry that is not an object.")
    path = item.get("path")
    problem = path_problem(path)
    if problem:
        raise RepositoryRefused(f"The build's file list has an unsafe path ({problem}); nothing was installed.")
    assert isinstance(path, str)
    if "link" in item:
        target = item.get("link")
        problem = link_problem(path, target)
        if problem:
            raise RepositoryRefused(f"The build's file list has an unsafe link {path!r} ({problem}).")
        assert isinstance(target, str)
        return FileEntry(path, link=target)
    size = _int(item.get("size"), 0, MAX_FILE_BYTES, "file size")
    mode = _int(item.get("mode", 0o644), 0, 0o7777, "file mode")
    digest = item.get("sha256")
    raw_chunks = item.get("chunks")
    if not isinstance(digest, str) or not HASH_RE.match(digest) or not isinstance(raw_chunks, list):
        raise RepositoryRefused(f"The build's file list has an invalid entry for {path!r}.")
    if len(raw_chunks) > size:  # every chunk holds at least one byte
        raise RepositoryRefused(f"The build's file list has too many chunks for {path!r}.")
    chunks: list[Chunk] = []
    covered = 0
    for raw in raw_chunks:
        if not isinstance(raw, list) or len(raw) != 3 or not isinstance(raw[0], str) or not HASH_RE.match(raw[0]):
            raise RepositoryRefused(f"The build's file list has an invalid chunk for {path!r}.")
        chunk_size = _int(raw[1], 1, MAX_CHUNK_BYTES, "chunk size")
        csize = _int(raw[2], 1, compressed_bound(chunk_size), "stored chunk size")
        chunks.append(Chunk(raw[0], chunk_size, csize))
        covered += chunk_size
    if covered != size:
        raise RepositoryRefused(f"The build's file list does not add up for {path!r} (chunks: {covered} bytes, "
                                f"file: {size}).")
    return FileEntry(path, size, 0o755 if mode & 0o111 else 0o644, digest, tuple(chunks))


def path_problem(path: Any) -> str | None:
    """Why `path` may not be written inside an install folder, on any of the three systems; None if it may."""
    if not isinstance(path, str) or not path:
        return "empty or not text"
    if len(path) > MAX_PATH_CHARS:
        return "too long"
    if path.startswith("/") or path.endswith("/"):
        return "absolute or a folder"
    parts = path.split("/")
    if len(parts) > MAX_DEPTH:
        return "too deep"
    for part in parts:
        problem = name_problem(part)
        if problem:
            return f"{problem}: {path[:80]!r}"
    return None


def name_problem(name: str) -> str | None:
    if name in ("", ".", ".."):
        return "an empty, '.' or '..' component"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return "a name longer than 255 bytes"
    if any(ord(c) < 32 or ord(c) == 127 or c in WINDOWS_BAD for c in name):
        return "a control character or one of < > : \" | ? * \\"
    if any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        return "text that is not valid Unicode"
    if name[-1] in " .":
        return "a name ending in a space or a dot"
    if name.split(".", maxsplit=1)[0].rstrip(" ").casefold() in RESERVED:
        return "a reserved device name"
    return None


def link_problem(path: str, target: Any) -> str | None:
    if not isinstance(target, str) or not target or len(target) > MAX_PATH_CHARS:
        return "an empty or overlong target"
    if target.startswith("/") or "\\" in target or ":" in target or any(ord(c) < 32 for c in target):
        return "an absolute or unusual target"
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    if resolved == ".." or resolved.startswith("../") or resolved == ".":
        return "it points out of the game's folder"
    for part in target.split("/"):
        if part not in ("..", ".") and name_problem(part):
            return "an unsafe name in its target"
    return None


def fold(path: str) -> str:
    """The name as a case-insensitive, normalising file system (NTFS, APFS) compares it."""
    return unicodedata.normalize("NFC", path).casefold()


class PathChecker:
    """No two entries that one file system would take for the same file, no file under another file or under a
    link (writing through a link could land anywhere)."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}  # folded path -> kind ("file", "link")
        self.folders: set[str] = set()
        self.links: dict[str, str] = {}  # path -> target

    def add(self, entry: FileEntry) -> None:
        folded = fold(entry.path)
        if folded in self.files or folded in self.folders:
            raise RepositoryRefused(f"The build's file list names {entry.path!r} twice (perhaps in another case).")
        self.files[folded] = "link" if entry.link is not None else "file"
        if entry.link is not None:
            self.links[entry.path] = entry.link
        parts = folded.split("/")
        for depth in range(1, len(parts)):
            self.folders.add("/".join(parts[:depth]))

    def finish(self) -> None:
        # Each link is checked lexically where it stands; a link reached through another link (or pointing at one)
        # could add its own `..` on top and end outside, so a chain of links is refused.
        for path, target in self.links.items():
            current = [p for p in fold(path).split("/")[:-1]]
            for part in fold(target).split("/"):
                if part in ("", "."):
                    continue
                if part == "..":
                    if current:
                        current.pop()
                    continue
                current.append(part)
                if self.files.get("/".join(current)) == "link":
                    raise RepositoryRefused(f"The build's file list has a link {path!r} that goes through another "
                                            "link; chains of links are not accepted.")
        clash = next((f for f in self.folders if f in self.files), None)
        if clash is not None:
            kind = "a link" if self.files[clash] == "link" else "a file"
            raise RepositoryRefused(f"The build's file list uses {kind} as a folder ({clash!r}).")
