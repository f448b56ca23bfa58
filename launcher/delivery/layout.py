"""Where things live in a repository (a folder of plain files any static host serves as they are):

    metadata/1.root.json, 2.root.json, ...   every root (clients follow a rotation one version at a time)
    metadata/N.targets.json, N.snapshot.json  consistent snapshots: a version is never rewritten
    metadata/timestamp.json                   the one file that changes in place, written last
    targets/builds/<sha256>.<version>.json    a build's file list (a signed TUF target)
    targets/channels/<sha256>.<channel>.json  which build a channel offers
    chunks/<first two hex digits>/<sha256>.zst  content, named by the sha256 of its uncompressed bytes
"""

from __future__ import annotations

METADATA = "metadata"
TARGETS = "targets"
CHUNKS = "chunks"


def chunk_path(chunk_hash: str) -> str:
    return f"{CHUNKS}/{chunk_hash[:2]}/{chunk_hash}.zst"


def join_url(base: str, path: str) -> str:
    return base.rstrip("/") + "/" + path
