"""Installing, updating, verifying and repairing a game from a signed static repository, over real loopback HTTP,
and what a hostile or failing repository, disk or second launcher can (not) do to an install."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from launcher.delivery import installer, publish, record, writer
from launcher.delivery.errors import Busy, DeliveryError, DeliveryNetworkError, NotInstalled, RepositoryRefused
from tests.support.delivery import Repo, install, noise, target, verify
from tests.support.static_host import StaticHost

MiB = 1024 * 1024


@pytest.fixture
def repo(tmp_path: Path, static_host: StaticHost) -> Repo:
    return Repo(tmp_path / "studio", served=static_host.folder)


def game_files(big: bytes) -> dict:
    return {"game.sh": (b"#!/bin/sh\necho hi\n", 0o755), "data/world.pak": big, "data/copy.pak": big,
            "empty.txt": b"", "run": "game.sh", "docs/readme.txt": b"hello"}


def test_install_puts_the_build_in_place_with_modes_links_and_a_record(repo, static_host, tmp_path):
    big = noise(3 * MiB)
    repo.publish("1.0", game_files(big))
    events = []
    t = target(tmp_path / "game", static_host.url, repo.root)
    result = install(t, on_progress=events.append)
    folder = tmp_path / "game" / "builds" / "1.0"
    assert result.build_dir == folder and result.dir == tmp_path / "game" and result.changed
    assert (folder / "data" / "world.pak").read_bytes() == big == (folder / "data" / "copy.pak").read_bytes()
    assert os.stat(folder / "game.sh").st_mode & 0o111 and not os.stat(folder / "docs/readme.txt").st_mode & 0o111
    assert os.readlink(folder / "run") == "game.sh" and (folder / "empty.txt").stat().st_size == 0
    assert record.read(t.install_dir).version == "1.0"
    # identical content in two files is fetched once
    assert static_host.count(".zst") == len({c.hash for c in
                                            installer.installed(t.install_dir).build.unique_chunks().values()})
    assert events[-1].done == events[-1].total == result.installed
    assert result.downloaded < 3.2 * MiB  # the copy was not downloaded twice
    assert verify(t).ok
    private = t.install_dir / writer.PRIVATE
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert stat.S_IMODE((private / record.RECORD).stat().st_mode) == 0o600


def test_an_update_downloads_only_the_chunks_around_an_edit(repo, static_host, tmp_path):
    big = noise(24 * MiB, seed=1)
    repo.publish("1.0", {"data/big.pak": big, "bin/game": (b"v1", 0o755)})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    edited = big[: 12 * MiB] + noise(1024, seed=2) + big[12 * MiB:]  # a 1 KiB insert in the middle
    edited = edited[: 5 * MiB] + noise(4096, seed=3) + edited[5 * MiB + 4096:]  # one changed 4 KiB block
    repo.publish("1.1", {"data/big.pak": edited, "bin/game": (b"v1", 0o755), "data/new.pak": noise(100_000, 4)})
    static_host.clear()
    result = install(t)
    assert result.previous == "1.0" and result.version == "1.1"
    assert (result.build_dir / "data" / "big.pak").read_bytes() == edited
    # two edits: at most two chunks each (a cut point may move), plus the new file; never the 24 MiB file again
    assert static_host.count(".zst") <= 5
    assert result.downloaded <= 4 * 4 * MiB + 110_000
    assert not (t.install_dir / "builds" / "1.0").exists()  # the old build is gone once the new one is in place
    assert [p.name for p in (t.install_dir / writer.PRIVATE).glob("build-*.json")] == ["build-1.1.json"]


def test_nothing_is_downloaded_when_up_to_date_and_the_old_build_stays_until_the_switch(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": noise(2 * MiB)})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    static_host.clear()
    again = install(t)
    assert not again.changed and again.downloaded == 0 and static_host.count(".zst") == 0
    repo.publish("2.0", {"a.bin": noise(2 * MiB, seed=9)})
    static_host.misbehave(".zst", "missing")  # the update fails part-way
    with pytest.raises(DeliveryNetworkError, match="HTTP 404"):
        install(t)
    still = installer.installed(t.install_dir)  # 1.0 stays installed and playable
    assert still.record.version == "1.0" and (still.folder / "a.bin").read_bytes() == noise(2 * MiB)


def test_an_interrupted_install_resumes_without_fetching_what_it_verified(repo, static_host, tmp_path):
    files = {f"part{n}.bin": noise(MiB, seed=n) for n in range(8)}
    repo.publish("1.0", files)
    t = target(tmp_path / "game", static_host.url, repo.root)
    static_host.misbehave("part-never", "missing")
    chunks = sorted(p.name for p in (static_host.folder / "chunks").rglob("*.zst"))
    static_host.misbehave(chunks[5], "missing")  # one chunk fails: the others land in staging
    with pytest.raises(DeliveryNetworkError):
        install(t, in_flight=1)
    fetched_before = {path for path, _ in static_host.requests if path.endswith(".zst")}
    static_host.clear()
    result = install(t)
    fetched_after = {path for path, _ in static_host.requests if path.endswith(".zst")}
    assert result.version == "1.0" and verify(t).ok
    assert len(fetched_after) <= len(chunks) - len(fetched_before) + 1  # only the failed one and those never tried
    assert not list((t.install_dir / writer.STAGING).iterdir())


def test_verify_names_what_differs_and_repair_fetches_only_that(repo, static_host, tmp_path):
    repo.publish("1.0", game_files(noise(3 * MiB)) | {"other.bin": noise(2 * MiB, seed=5)})
    t = target(tmp_path / "game", static_host.url, repo.root)
    folder = install(t).build_dir
    with open(folder / "data" / "world.pak", "r+b") as fh:  # one byte flipped in the middle
        fh.seek(MiB + 5)
        fh.write(b"\x00" if fh.read(1) != b"\x00" else b"\x01")
    (folder / "docs" / "readme.txt").unlink()
    os.chmod(folder / "game.sh", 0o644)
    (folder / "run").unlink()
    os.symlink("/etc/passwd", folder / "run")
    result = verify(t)
    assert not result.ok
    assert {p.path for p in result.problems} == {"data/world.pak", "docs/readme.txt", "game.sh", "run"}
    static_host.clear()
    repaired = verify(t, repair=True)
    assert repaired.ok and set(repaired.repaired) == {"data/world.pak", "docs/readme.txt", "game.sh", "run"}
    assert static_host.count(".zst") <= 2  # the damaged chunk of world.pak (its copy is intact) and readme's
    assert os.readlink(folder / "run") == "game.sh" and os.stat(folder / "game.sh").st_mode & 0o100
    with pytest.raises(NotInstalled, match="Nothing is installed"):
        verify(target(tmp_path / "elsewhere", static_host.url, repo.root))
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.parametrize("action", ["truncate", "stall", "error"])
def test_a_download_that_stops_part_way_is_resumed(repo, static_host, tmp_path, action):
    repo.publish("1.0", {"a.bin": noise(3 * MiB, seed=7)})
    static_host.misbehave(".zst", action, times=2)
    t = target(tmp_path / "game", static_host.url, repo.root)
    result = install(t, stall_s=1.0)
    assert (result.build_dir / "a.bin").read_bytes() == noise(3 * MiB, seed=7)
    if action != "error":  # the rest of the half-sent chunk was asked for with a Range and the same ETag
        resumed = [h for path, h in static_host.requests if path.endswith(".zst") and "Range" in h]
        assert resumed and all(h.get("If-Range") for h in resumed)


@pytest.mark.parametrize("action,error,match", [
    ("wrong", RepositoryRefused, "do not match its signed hash"),
    ("oversize", RepositoryRefused, "more bytes than the signed size"),
    ("missing", DeliveryNetworkError, "HTTP 404"),
])
def test_bad_content_is_refused_and_nothing_is_switched(repo, static_host, tmp_path, action, error, match):
    repo.publish("1.0", {"a.bin": noise(MiB, seed=8)})
    static_host.misbehave(".zst", action)
    t = target(tmp_path / "game", static_host.url, repo.root)
    with pytest.raises(error, match=match):
        install(t)
    assert record.read(t.install_dir) is None
    assert not (t.install_dir / "builds").exists() or not list((t.install_dir / "builds").iterdir())


def _resign_timestamp(repo: Repo, *, expires: datetime | None = None, key_dir: Path | None = None) -> None:
    repository = publish.Repository(repo.path)
    _root, _targets, _snapshot, timestamp = repository.current()
    from launcher.delivery import keys

    timestamp.signed.version += 1
    timestamp.signed.expires = expires or timestamp.signed.expires
    repository._sign_write(timestamp, [keys.load(key_dir or repo.keys, "timestamp")], "timestamp.json")


def test_metadata_signed_by_another_key_is_refused(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    other = tmp_path / "other-keys"
    publish.init(tmp_path / "other-repo", other)
    _resign_timestamp(repo, key_dir=other)
    with pytest.raises(RepositoryRefused, match="not signed by the studio's trusted keys"):
        install(target(tmp_path / "game", static_host.url, repo.root))


def test_an_expired_timestamp_is_refused_but_the_installed_build_stays(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    _resign_timestamp(repo, expires=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    with pytest.raises(RepositoryRefused, match="expired"):
        install(t)
    assert installer.installed(t.install_dir).record.version == "1.0"


def test_rolled_back_timestamp_or_snapshot_is_refused(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    old_timestamp = (repo.path / "metadata" / "timestamp.json").read_bytes()
    repo.publish("2.0", {"a.bin": b"y"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    newest = (repo.path / "metadata" / "timestamp.json").read_bytes()
    (repo.path / "metadata" / "timestamp.json").write_bytes(old_timestamp)  # a mirror serving yesterday's state
    with pytest.raises(RepositoryRefused, match="rollback"):
        install(t)
    # a new timestamp that names an older snapshot
    (repo.path / "metadata" / "timestamp.json").write_bytes(newest)
    repository = publish.Repository(repo.path)
    _r, _t, snapshot, timestamp = repository.current()
    from tuf.api.metadata import MetaFile

    from launcher.delivery import keys

    timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version - 1)
    timestamp.signed.version += 1
    repository._sign_write(timestamp, [keys.load(repo.keys, "timestamp")], "timestamp.json")
    with pytest.raises(RepositoryRefused):
        install(t)
    assert installer.installed(t.install_dir).record.version == "2.0"


def test_a_rotated_root_is_followed(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    publish.rotate(repo.path, repo.keys, "targets")
    publish.rotate(repo.path, repo.keys, "root")
    repo.publish("1.1", {"a.bin": b"y"})
    t = target(tmp_path / "game", static_host.url, repo.root)  # trusts root 1 only
    assert install(t).version == "1.1"
    history = next((t.install_dir / writer.PRIVATE / "trust").iterdir()) / "root_history"
    assert sorted(p.name for p in history.iterdir()) == ["1.root.json", "2.root.json", "3.root.json"]


def test_a_full_disk_mid_install_keeps_the_old_build_and_the_next_run_resumes(repo, static_host, tmp_path,
                                                                             monkeypatch):
    repo.publish("1.0", {"a.bin": noise(MiB)})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    repo.publish("2.0", {f"p{n}.bin": noise(MiB, seed=20 + n) for n in range(4)})
    real = writer.write_chunk
    calls = {"n": 0}

    def fill_up(root, placement, data):
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(root, placement, data)

    monkeypatch.setattr(writer, "write_chunk", fill_up)
    with pytest.raises(DeliveryError, match="is full"):
        install(t, in_flight=1)
    assert installer.installed(t.install_dir).record.version == "1.0"
    monkeypatch.setattr(writer, "write_chunk", real)
    static_host.clear()
    assert install(t).version == "2.0"
    chunks = len(installer.installed(t.install_dir).build.unique_chunks())
    assert static_host.count(".zst") == chunks - 2  # the two chunks written before the disk filled: not again


def test_free_space_is_checked_before_starting(repo, static_host, tmp_path, monkeypatch):
    repo.publish("1.0", {"a.bin": noise(2 * MiB)})
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**12, 10**12 - 1000, 1000))
    with pytest.raises(DeliveryError, match=r"needs 18\.9 MB, and 1\.0 KB are free"):
        install(target(tmp_path / "game", static_host.url, repo.root))
    assert static_host.count(".zst") == 0


def test_an_install_folder_that_cannot_be_written(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DeliveryError, match="could not be written"):
        install(target(blocker / "game", static_host.url, repo.root))


def test_two_launchers_installing_one_folder(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    with installer.InstallLock(t.install_dir), pytest.raises(Busy, match="Another launcher"):
        install(t)
    assert install(t).version == "1.0"


def test_play_needs_a_complete_install(repo, static_host, tmp_path):
    repo.publish("1.0", {"bin/game": (b"#!/bin/sh\n", 0o755)})
    t = target(tmp_path / "game", static_host.url, repo.root)
    with pytest.raises(NotInstalled, match="not installed"):
        installer.installed(t.install_dir)
    folder = install(t).build_dir
    os.chmod(folder / "bin" / "game", 0o644)
    with pytest.raises(NotInstalled, match="no longer executable"):
        installer.installed(t.install_dir)
    (folder / "bin" / "game").unlink()
    with pytest.raises(NotInstalled, match="verify --repair"):
        installer.installed(t.install_dir)
    damaged = t.install_dir / writer.PRIVATE / record.RECORD
    damaged.write_text(json.dumps({"format": 1, "version": "../../etc"}))
    with pytest.raises(NotInstalled, match="not installed"):
        installer.installed(t.install_dir)


def test_uninstall_removes_only_the_launchers_folders(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    (t.install_dir / "players-notes.txt").write_text("mine")
    assert installer.Installer(t, None).uninstall() == "1.0"
    assert sorted(p.name for p in t.install_dir.iterdir()) == ["players-notes.txt"]
    assert installer.Installer(t, None).uninstall() is None
