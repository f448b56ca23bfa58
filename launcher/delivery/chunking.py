"""How content is split, named, compressed and checked.

Files are cut with content-defined chunking (FastCDC 2020, ~1 MiB on average): a cut depends on the bytes around
it, not on the offset, so an insert in the middle of a big file changes only the chunks around the insert. A chunk
is named by the sha256 of its bytes and stored once, zstd-compressed, however many files and builds hold it."""

from __future__ import annotations

import hashlib

from .buildlist import MAX_CHUNK_BYTES, Chunk

MIN_CHUNK = 256 * 1024
AVG_CHUNK = 768 * 1024  # FastCDC's average is this plus the minimum: ~1 MiB
MAX_CHUNK = 4 * 1024 * 1024
ZSTD_LEVEL = 3
assert MAX_CHUNK <= MAX_CHUNK_BYTES


class ChunkMismatch(Exception):
    """Bytes that are not the chunk they claim to be (wrong hash, wrong size, undecodable)."""


def cut(buffer: bytes | memoryview) -> list[tuple[int, int]]:
    """(offset, length) of each chunk of one file's bytes (a memory map of it, for a big file). Only numbers come
    back: no view of the buffer outlives the call, so a memory map can be closed right after."""
    import pyfastcdc

    if not len(buffer):
        return []
    cdc = pyfastcdc.FastCDC(AVG_CHUNK, min_size=MIN_CHUNK, max_size=MAX_CHUNK)
    cuts = []
    for piece in cdc.cut_buf(buffer):
        cuts.append((piece.offset, piece.length))
        del piece
    return cuts


def digest(data: bytes | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()


def compress(data: bytes | memoryview) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_content_size=True).compress(data)


def decompress(stored: bytes, chunk: Chunk) -> bytes:
    """The chunk's bytes from what the repository stored, checked: at most `chunk.size` bytes are ever produced
    (a small stored chunk cannot expand into gigabytes), and the result must hash to the chunk's name."""
    import zstandard

    if len(stored) > chunk.csize:
        raise ChunkMismatch("larger than the signed size")
    try:
        data = _bounded(stored, chunk.size)
    except zstandard.ZstdError as exc:
        raise ChunkMismatch(f"not valid zstd ({exc})") from None
    check(data, chunk)
    return data


def _bounded(stored: bytes, size: int) -> bytes:
    """Decoded through a stream reader: a frame header claiming a terabyte allocates nothing."""
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(stored, read_across_frames=False)
    with reader:
        data = reader.read(size + 1)
        while len(data) <= size:
            more = reader.read(size + 1 - len(data))
            if not more:
                break
            data += more
    if len(data) != size:
        raise ChunkMismatch(f"{len(data)} bytes instead of {size}" if len(data) <= size else "larger than signed")
    return data


def check(data: bytes | memoryview, chunk: Chunk) -> None:
    if len(data) != chunk.size or digest(data) != chunk.hash:
        raise ChunkMismatch("bytes that do not match the signed hash")
