"""A hostile repository's file list cannot escape the install folder or exhaust memory: every path, link, count,
length and size is checked before anything is allocated or written."""

from __future__ import annotations

import json

import pytest

from launcher.delivery import buildlist
from launcher.delivery.buildlist import RepositoryRefused, parse_build, parse_pointer

H = "a" * 64


def listing(*files: dict, version: str = "1.0") -> bytes:
    return json.dumps({"format": 1, "version": version, "files": list(files)}).encode()


def regular(path: str, size: int = 3, **extra) -> dict:
    return {"path": path, "size": size, "mode": 0o644, "sha256": H, "chunks": [[H, size, size + 10]] if size else [],
            **extra}


def test_a_valid_list_parses_with_offsets_and_modes():
    build = parse_build(listing(regular("bin/game", 5, mode=0o4755), regular("data/a.pak"), {"path": "run",
                                                                                          "link": "bin/game"}))
    assert [f.path for f in build.files] == ["bin/game", "data/a.pak", "run"]
    assert build.files[0].mode == 0o755  # setuid and friends never come through: only the executable bits
    assert build.files[2].link == "bin/game"
    assert build.size == 8


@pytest.mark.parametrize("path", [
    "/etc/passwd", "../escape", "a/../../escape", "a/./b", "", "a//b", "a/", "C:/Windows/x", "a\\..\\b",
    "dir/CON", "aux.txt", "NUL", "com1.log", "LPT9", "trailing. ", "trailing.", "ctl\x01", "a/b\x7f",
    "x" * 300, "/".join(["d"] * 70) + "/f", "q?", "star*", 'quote"', "pipe|", "lt<",
])
def test_unsafe_paths_are_refused(path):
    with pytest.raises(RepositoryRefused, match="unsafe path"):
        parse_build(listing(regular(path)))


@pytest.mark.parametrize("target", ["/etc/passwd", "../../outside", "../..", "a/../../../x", "C:\\x", ".."])
def test_links_that_point_out_are_refused(target):
    with pytest.raises(RepositoryRefused, match="unsafe link"):
        parse_build(listing(regular("game/bin"), {"path": "game/link", "link": target}))


def test_a_link_inside_is_kept_and_one_used_as_a_folder_is_refused():
    ok = parse_build(listing(regular("game/bin"), {"path": "game/up", "link": "../game/bin"}))
    assert ok.files[1].link == "../game/bin"
    with pytest.raises(RepositoryRefused, match="a link as a folder"):
        parse_build(listing({"path": "lib", "link": "data"},
                            regular("data/x"), regular("lib/evil")))


@pytest.mark.parametrize("names", [("Game.exe", "game.EXE"), ("Straße", "STRASSE"), ("café", "cafe\u0301"),
                                   ("same", "same")])
def test_names_one_file_system_would_merge_are_refused(names):
    with pytest.raises(RepositoryRefused, match="twice"):
        parse_build(listing(regular(names[0]), regular(names[1])))


def test_a_file_used_as_a_folder_is_refused():
    with pytest.raises(RepositoryRefused, match="a file as a folder"):
        parse_build(listing(regular("data"), regular("data/inner")))


@pytest.mark.parametrize("entry,match", [
    (regular("f", size=-1), "invalid file size"),
    (regular("f", size=1 << 50), "invalid file size"),
    (regular("f", size=True), "invalid file size"),
    ({"path": "f", "size": 3, "sha256": "zz", "chunks": []}, "invalid entry"),
    ({"path": "f", "size": 3, "sha256": H, "chunks": [[H, 2, 5]]}, "does not add up"),
    ({"path": "f", "size": 3, "sha256": H, "chunks": [[H, 3, 10_000_000]]}, "stored chunk size"),
    ({"path": "f", "size": 1 << 30, "sha256": H, "chunks": [[H, 1 << 30, 1 << 30]]}, "chunk size"),
    ({"path": "f", "size": 3, "sha256": H, "chunks": [["../../x", 3, 3]]}, "invalid chunk"),
    ({"path": "f", "size": 2, "sha256": H, "chunks": [[H, 1, 1]] * 3}, "too many chunks"),
    ("not an object", "not an object"),
])
def test_bad_entries_are_refused(entry, match):
    with pytest.raises(RepositoryRefused, match=match):
        parse_build(listing(entry))


def test_counts_and_sizes_are_bounded_before_use(monkeypatch):
    monkeypatch.setattr(buildlist, "MAX_FILES", 3)
    with pytest.raises(RepositoryRefused, match="at most 3"):
        parse_build(listing(*(regular(f"f{n}") for n in range(4))))
    with pytest.raises(RepositoryRefused, match="too large"):
        parse_build(b" " * (buildlist.MAX_LIST_BYTES + 1))


@pytest.mark.parametrize("data,match", [
    (b"[" * 100_000, "not valid JSON"), (b"\xff\xfe", "not valid JSON"), (b'{"format": 1, "version": NaN}', "JSON"),
    (b'{"format": 2}', "format"), (b"[]", "format"), (listing(version="../x"), "not a version"),
])
def test_malformed_lists_are_refused(data, match):
    with pytest.raises(RepositoryRefused, match=match):
        parse_build(data)


def test_the_list_must_be_the_version_the_channel_named():
    with pytest.raises(RepositoryRefused, match=r"for version 1\.0, not 2\.0"):
        parse_build(listing(regular("f")), version="2.0")


def test_channel_pointers_are_checked():
    good = parse_pointer(b'{"format":1,"channel":"live","version":"1.2.0","required":true}')
    assert (good.version, good.required, good.build_target) == ("1.2.0", True, "builds/1.2.0.json")
    for bad in (b'{"format":1,"channel":"Live!","version":"1"}', b'{"format":1,"channel":"live","version":"a/b"}',
                b'{"format":1,"channel":"live","version":"1","required":"yes"}', b"x" * 20000):
        with pytest.raises(RepositoryRefused):
            parse_pointer(bad)


def test_a_chain_of_links_cannot_walk_out():
    with pytest.raises(RepositoryRefused, match="through another link"):
        parse_build(listing(regular("r"), {"path": "a/b/c/d/e/L", "link": "../../../../../r"},
                            {"path": "a/b/c/d/e/x", "link": "L/../../../../../etc"}))
    with pytest.raises(RepositoryRefused, match="through another link"):
        parse_build(listing(regular("game"), {"path": "one", "link": "game"}, {"path": "two", "link": "one"}))
