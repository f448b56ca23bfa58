"""Found by an attacker's review of the delivery code, each fixed: what a planted link, a hard link, a foreign folder,
misplaced keys, the wrong keys or two publishes at once could do."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from launcher import file_lock
from launcher.delivery import installer, keys, publish, writer
from launcher.delivery.errors import DeliveryError, DeliveryNetworkError
from launcher.outcomes import UsageError
from tests.support.delivery import Repo, install, noise, target, write_build
from tests.support.static_host import StaticHost

MiB = 1024 * 1024


@pytest.fixture
def repo(tmp_path: Path, static_host: StaticHost) -> Repo:
    return Repo(tmp_path / "studio", served=static_host.folder)


def test_a_folder_holding_other_files_is_not_installed_into(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    project = tmp_path / "myproject"
    (project / "builds" / "release-2023").mkdir(parents=True)
    with pytest.raises(DeliveryError, match="already holds other files"):
        install(target(project, static_host.url, repo.root))
    assert (project / "builds" / "release-2023").is_dir()


@pytest.mark.parametrize("name", [".staging", "builds"])
def test_nothing_is_written_or_deleted_through_a_link(repo, static_host, tmp_path, name):
    repo.publish("1.0", {"a.bin": b"x"})
    game = tmp_path / "game"
    (game / ".launcher").mkdir(parents=True)
    documents = tmp_path / "Documents"
    (documents / "thesis").mkdir(parents=True)
    os.symlink(documents, game / name)
    with pytest.raises(DeliveryError, match="is a link"):
        install(target(game, static_host.url, repo.root))
    assert (documents / "thesis").is_dir() and sorted(p.name for p in documents.iterdir()) == ["thesis"]


def test_a_staged_file_hard_linked_elsewhere_is_replaced_not_written_into(repo, static_host, tmp_path):
    repo.publish("1.0", {"A.bin": noise(MiB, 1)})
    game = tmp_path / "game"
    staging = game / writer.STAGING / "1.0"
    staging.mkdir(parents=True)
    (game / writer.PRIVATE).mkdir()
    outside = tmp_path / "user-file.txt"
    outside.write_text("the player's own file")
    os.link(outside, staging / "A.bin")
    result = install(target(game, static_host.url, repo.root))
    assert outside.read_text() == "the player's own file"
    assert (result.build_dir / "A.bin").read_bytes() == noise(MiB, 1)


def test_removing_a_link_never_touches_what_it_points_to(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir(mode=0o755)
    (victim / "keep").write_text("x")
    link = tmp_path / "link"
    os.symlink(victim, link)
    assert writer.remove_tree(link) and not link.exists()
    assert (victim / "keep").exists() and oct(victim.stat().st_mode & 0o777) == "0o755"


def test_a_build_a_game_runs_from_is_kept_until_it_ends(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"one"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    playing = file_lock.HeldLock(installer.in_use_lock(t.install_dir, "1.0"))
    assert playing.acquire()
    repo.publish("1.1", {"a.bin": b"two"})
    install(t)
    assert (t.install_dir / "builds" / "1.0" / "a.bin").read_bytes() == b"one"  # still there for the running game
    playing.release()
    repo.publish("1.2", {"a.bin": b"three"})
    install(t)
    assert sorted(p.name for p in (t.install_dir / "builds").iterdir()) == ["1.2"]


def test_keys_or_the_repository_inside_the_build_are_refused(tmp_path):
    build = write_build(tmp_path / "game", {"game.bin": b"x"})
    publish.init(tmp_path / "repo", build / "signing")
    with pytest.raises(UsageError, match="private keys would be published"):
        publish.publish(build, tmp_path / "repo", build / "signing", "1.0")
    publish.init(build / "repo", tmp_path / "keys2")
    with pytest.raises(UsageError, match="inside the build folder"):
        publish.publish(build, build / "repo", tmp_path / "keys2", "1.0")


def test_the_wrong_keys_publish_nothing(repo, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    other = tmp_path / "other-keys"
    publish.init(tmp_path / "other-repo", other)
    before = sorted(p.name for p in (repo.path / "metadata").iterdir())
    build = write_build(tmp_path / "b2", {"a.bin": b"y"})
    with pytest.raises(UsageError, match="not one this repository trusts"):
        publish.publish(build, repo.path, other, "2.0")
    with pytest.raises(UsageError, match="not one this repository trusts"):
        publish.refresh(repo.path, other)
    with pytest.raises(UsageError, match="not one this repository trusts"):
        publish.rotate(repo.path, other, "timestamp")
    assert sorted(p.name for p in (repo.path / "metadata").iterdir()) == before
    assert not (other / "timestamp.pem.new").exists() and not list(other.glob("*.retired-*"))


def test_two_publishes_at_once_never_write_the_same_version(repo, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    lock = publish.Repository(repo.path)
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with lock.locked():
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    try:
        with pytest.raises(UsageError, match="Another publish, refresh or rotate is running"):
            publish.refresh(repo.path, repo.keys)
    finally:
        release.set()
        thread.join()
    publish.refresh(repo.path, repo.keys)  # and then it works


def test_a_rotation_keeps_clients_with_either_root_working(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    publish.rotate(repo.path, repo.keys, "timestamp")
    assert keys.load(repo.keys, "timestamp") and len(list(repo.keys.glob("timestamp.pem.retired-*"))) == 1
    repo.publish("1.1", {"a.bin": b"y"})
    assert install(t).version == "1.1"


def test_a_repository_address_with_credentials_is_never_shown(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": b"x"})
    url = static_host.url.replace("http://", "http://beta:hunter2-S3CRET@") + "/wrong"
    with pytest.raises(DeliveryNetworkError) as err:
        install(target(tmp_path / "game", url, repo.root))
    assert "hunter2" not in err.value.message and "beta" not in err.value.message
