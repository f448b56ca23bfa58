"""What's new: patch notes signed inside each build's file list and kept with the install, and the studio's news
feed and server status as a signed target of the same repository, cached for offline starts; over real loopback
HTTP, with what a hostile studio file, mirror or local change can (not) do."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from launcher.delivery import installer, news, publish, trust
from launcher.delivery.buildlist import check_channel, check_version, parse_build
from launcher.delivery.errors import DeliveryNetworkError, NotInstalled, RepositoryRefused
from launcher.delivery.installer import Installer, Target
from launcher.delivery.news import Feed, cached_news, notes_of
from launcher.http import Http
from launcher.outcomes import UsageError
from launcher.sandbox import delivery as demo
from launcher.sandbox.server import Sandbox
from tests.support.delivery import Repo, install, noise, target
from tests.support.static_host import StaticHost
from tests.test_delivery_cli import Cli, game_manifest, one_line

NOTES = "Winter update\n\n- New area: the frozen lake.\n- Fixed the bridge. Café, naïve, 🎮\n\tIndented line.\n"

FEED = {
    "status": {"state": "maintenance", "message": "Servers restart at 18:00.", "until": "2026-12-01T19:00:00+01:00"},
    "items": [
        {"id": "winter", "title": "Winter has come", "body": "Snow in the north.\n- double rewards",
         "date": "2026-12-01", "link": "https://example.com/winter"},
        {"title": "Patch 1.1 is out", "body": "", "date": "2026-11-20T10:30:00Z"},
    ],
}


@pytest.fixture
def repo(tmp_path: Path, static_host: StaticHost) -> Repo:
    return Repo(tmp_path / "studio", served=static_host.folder)


async def _with_http(work):  # type: ignore[no-untyped-def]
    async with Http(timeout=5.0, retry_max_wait=1.0) as http:
        return await work(http)


def offer(t: Target) -> trust.Offer:
    return asyncio.run(_with_http(lambda http: Installer(t, http).offer()))


def fetch(t: Target, **kw: float) -> Feed:
    return asyncio.run(_with_http(lambda http: news.fetch_news(http, t, **kw)))


def notes_file(tmp_path: Path, data: bytes, name: str = "notes.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def feed_file(tmp_path: Path, feed: dict, name: str = "news.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(feed, ensure_ascii=False), "utf-8")
    return path


def sign_target(repo: Repo, name: str, data: bytes) -> None:
    """Sign `data` as the target `name` with the studio's own keys, skipping every check the publisher makes: what
    a studio with a broken tool (or a stolen targets key) could serve."""
    from tuf.api.metadata import TargetFile

    from launcher.delivery import keys

    repository = publish.Repository(repo.path)
    signers = {role: keys.load(repo.keys, role) for role in ("targets", "snapshot", "timestamp")}
    _root, targets, snapshot, timestamp = repository.current()
    info = TargetFile.from_data(name, data)
    path = repository.target_file(name, info.hashes["sha256"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    targets.signed.targets[name] = info
    repository.commit(targets, snapshot, timestamp, targets_key=signers["targets"], snapshot_key=signers["snapshot"],
                      timestamp_key=signers["timestamp"])


def served_target(host: StaticHost, name: str) -> Path:
    """The file the repository's current signed targets name for `name`."""
    targets = publish.Repository(host.folder).current()[1]
    return publish.Repository(host.folder).target_file(name, targets.signed.targets[name].hashes["sha256"])


# --- patch notes -------------------------------------------------------------------------------------------------

def test_notes_are_signed_with_the_build_shown_before_the_update_and_kept_with_the_install(repo, static_host,
                                                                                           tmp_path):
    windows_file = notes_file(tmp_path, b"\xef\xbb\xbf" + NOTES.replace("\n", "\r\n").encode())  # BOM, CRLF
    repo.publish("1.0", {"a.bin": noise(1000)}, notes=publish.read_notes(windows_file))
    t = target(tmp_path / "game", static_host.url, repo.root)
    assert notes_of(t.install_dir) == ""  # nothing installed yet
    assert offer(t).build.notes == NOTES  # before installing: the offered build's notes
    install(t)
    assert notes_of(t.install_dir) == NOTES
    repo.publish("1.1", {"a.bin": noise(1000, seed=1)}, notes="1.1: faster loading\n")
    before = offer(t)
    assert before.build.notes == "1.1: faster loading\n" and notes_of(t.install_dir) == NOTES
    install(t)
    static_host.close()  # after the update, offline: the installed build's notes come from the install
    assert notes_of(t.install_dir) == "1.1: faster loading\n"


def test_a_build_without_notes_keeps_the_file_list_it_had_before_notes_existed(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": noise(100)})
    listed = json.loads(served_target(static_host, "builds/1.0.json").read_bytes())
    assert "notes" not in listed  # old launchers and old lists: the same bytes as before
    old = {"format": 1, "game": "", "version": "1.0", "files": listed["files"]}
    assert parse_build(json.dumps(old).encode(), version="1.0").notes == ""
    t = target(tmp_path / "game", static_host.url, repo.root)
    install(t)
    assert notes_of(t.install_dir) == "" and offer(t).build.notes == ""


def test_notes_changed_on_the_mirror_or_on_disk_fail_verification(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": noise(100)}, notes="Honest notes.\n")
    served = served_target(static_host, "builds/1.0.json")
    original = served.read_bytes()
    served.write_bytes(original.replace(b"Honest notes.", b"Visit evil.ex"))  # same length, other text
    with pytest.raises(RepositoryRefused, match="does not match its signed hash"):
        offer(target(tmp_path / "game", static_host.url, repo.root))
    served.write_bytes(original)
    t = target(tmp_path / "other", static_host.url, repo.root)
    install(t)
    kept = t.install_dir / ".launcher" / "build-1.0.json"
    kept.write_bytes(kept.read_bytes().replace(b"Honest notes.", b"Visit evil.ex"))
    assert notes_of(t.install_dir) == ""  # the changed copy's notes are never shown
    with pytest.raises(NotInstalled, match="changed since it was verified"):
        installer.installed(t.install_dir)


@pytest.mark.parametrize("data,words", [
    (b"Fixed \x1b[2Jthe screen\n", "line 1 has control character U+001B"),
    (b"one\ntwo\rthree\n", "line 2 has a carriage return"),
    (b"price: \xe2\x80\xae 01$\n", "invisible character U+202E"),
    (b"bad \xff byte\n", "not UTF-8 text (byte 4)"),
    (b"nul \x00\n", "control character U+0000"),
    (b"x" * (64 * 1024 + 1), "larger than 64 KiB"),
])
def test_hostile_notes_are_refused_by_the_publisher(tmp_path, data, words):
    with pytest.raises(UsageError, match=re.escape(words)) as caught:
        publish.read_notes(notes_file(tmp_path, data))
    assert caught.value.exit_code == 2


def test_hostile_notes_signed_by_the_studio_are_refused_by_the_client(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": noise(100)}, notes="fine\n")
    good = json.loads(served_target(static_host, "builds/1.0.json").read_bytes())
    evil = dict(good, version="2.0", notes="\x1b]0;owned\x07 update now")
    sign_target(repo, "builds/2.0.json", json.dumps(evil).encode())
    sign_target(repo, "channels/live.json", json.dumps({"format": 1, "channel": "live", "version": "2.0"}).encode())
    with pytest.raises(RepositoryRefused, match="patch notes were refused: line 1 has control character U\\+001B"):
        offer(target(tmp_path / "game", static_host.url, repo.root))


def test_a_version_or_channel_with_a_final_newline_is_refused():
    for bad in ("1.0\n", "live\n"):
        with pytest.raises(ValueError):
            check_version(bad) if "." in bad else check_channel(bad)


# --- the news feed -----------------------------------------------------------------------------------------------

def test_news_is_fetched_verified_cached_and_shown_offline(repo, static_host, tmp_path):
    result = publish.publish_news(feed_file(tmp_path, FEED), repo.path, repo.keys)
    assert result.items == 2 and result.status == "maintenance"
    t = target(tmp_path / "game", static_host.url, repo.root)
    assert cached_news(t.install_dir) is None
    before = datetime.now(UTC).replace(microsecond=0)
    feed = fetch(t)
    assert [i.title for i in feed.items] == ["Winter has come", "Patch 1.1 is out"]  # the studio's order
    winter, patch = feed.items
    assert winter.id == "winter" and winter.all_day and winter.date == datetime(2026, 12, 1, tzinfo=UTC)
    assert winter.link == "https://example.com/winter" and winter.body == "Snow in the north.\n- double rewards"
    assert not patch.all_day and patch.date == datetime(2026, 11, 20, 10, 30, tzinfo=UTC) and patch.link is None
    assert patch.id  # derived when the studio gave none
    assert feed.status is not None and feed.status.state == "maintenance"
    assert feed.status.until == datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
    assert feed.fetched_at >= before
    offline = target(tmp_path / "game", "http://127.0.0.1:9", repo.root)  # nothing listens there
    with pytest.raises(DeliveryNetworkError):
        fetch(offline)
    kept = cached_news(t.install_dir)
    assert kept is not None and kept.items == feed.items and kept.status == feed.status
    assert abs((kept.fetched_at - feed.fetched_at).total_seconds()) <= 2


def test_a_repository_without_news_gives_an_empty_feed(repo, static_host, tmp_path):
    repo.publish("1.0", {"a.bin": noise(100)})
    feed = fetch(target(tmp_path / "game", static_host.url, repo.root))
    assert feed.items == () and feed.status is None


def test_a_feed_replaced_by_an_unsigned_file_is_refused_and_the_cached_one_kept(repo, static_host, tmp_path):
    publish.publish_news(feed_file(tmp_path, FEED), repo.path, repo.keys)
    t = target(tmp_path / "game", static_host.url, repo.root)
    first = fetch(t)
    publish.publish_news(feed_file(tmp_path, FEED | {"items": FEED["items"][:1]}, "v2.json"), repo.path, repo.keys)
    served = served_target(static_host, "news.json")
    unsigned = dict(FEED, items=[{"title": "Free gems! Log in at our site", "date": "2026-12-02",
                                  "link": "https://phish.example/login"}])
    served.write_text(json.dumps(unsigned))
    with pytest.raises(RepositoryRefused, match="does not match its signed hash"):
        fetch(t)
    kept = cached_news(t.install_dir)
    assert kept is not None and kept.items == first.items


@pytest.mark.parametrize("hostile,words", [
    ({"title": "Click \x1b[31mhere", "date": "2026-12-01"}, "item 1's title: it has control character U+001B"),
    ({"title": "x", "date": "2026-12-01", "link": "javascript:alert(1)"}, "only http:// and https://"),
    ({"title": "x", "date": "yesterday"}, "is not an ISO 8601 date"),
])
def test_a_signed_feed_with_hostile_content_is_ignored_and_the_cached_one_kept(repo, static_host, tmp_path, caplog,
                                                                               hostile, words):
    publish.publish_news(feed_file(tmp_path, FEED), repo.path, repo.keys)
    t = target(tmp_path / "game", static_host.url, repo.root)
    first = fetch(t)
    sign_target(repo, "news.json", json.dumps({"format": 1, "items": [hostile]}).encode())
    with caplog.at_level(logging.WARNING, logger="launcher.delivery"), \
            pytest.raises(RepositoryRefused, match=re.escape(words)):
        fetch(t)
    assert any("news feed was refused" in r.getMessage() for r in caplog.records)
    kept = cached_news(t.install_dir)
    assert kept is not None and kept.items == first.items


def test_a_cached_feed_changed_on_disk_is_checked_again(repo, static_host, tmp_path):
    publish.publish_news(feed_file(tmp_path, FEED), repo.path, repo.keys)
    t = target(tmp_path / "game", static_host.url, repo.root)
    fetch(t)
    cache = t.install_dir / ".launcher" / news.CACHE
    cache.write_bytes(cache.read_bytes().replace(b"Winter has come", b"Winter\x1b[2J come"))
    assert cached_news(t.install_dir) is None
    cache.write_bytes(b"[" * 100_000)
    assert cached_news(t.install_dir) is None


def test_a_repository_that_stalls_is_given_up_at_the_deadline(repo, static_host, tmp_path):
    publish.publish_news(feed_file(tmp_path, FEED), repo.path, repo.keys)
    static_host.misbehave("timestamp.json", "stall")
    started = time.monotonic()
    with pytest.raises(DeliveryNetworkError):
        fetch(target(tmp_path / "game", static_host.url, repo.root), deadline_s=1.5)
    assert time.monotonic() - started < 6


def _big_body() -> str:
    return "€" * 4000


@pytest.mark.parametrize("change,words", [
    ({"items": [{"title": f"n{n}", "date": "2026-12-01"} for n in range(51)]}, "51 items; at most 50"),
    ({"items": [{"title": "x" * 201, "date": "2026-12-01"}]}, "longer than 200 characters"),
    ({"items": [{"title": "x", "body": "y" * 4001, "date": "2026-12-01"}]}, "longer than 4000 characters"),
    ({"items": [{"title": "two\nlines", "date": "2026-12-01"}]}, "title: it has a line break"),
    ({"items": [{"title": "x", "date": "2026-12-01", "link": "http://user:pw@example.com/"}]}, "no user name"),
    ({"items": [{"title": "x", "date": "2026-12-01", "link": "file:///etc/passwd"}]}, "only http:// and https://"),
    ({"items": [{"title": "x", "date": "2026-02-30"}]}, "not a real date"),
    ({"items": [{"title": "x", "date": "2026-12-01T10:00"}]}, "not an ISO 8601 date"),
    ({"items": [{"title": "x", "date": "2026-12-01", "tilte": "typo"}]}, "unknown keys: 'tilte'"),
    ({"items": [{"id": "a", "title": "x", "date": "2026-12-01"}, {"id": "a", "title": "y", "date": "2026-12-02"}]},
     "two items have the id 'a'"),
    ({"status": {"state": "fine", "message": ""}}, "state must be one of ok, degraded, down, maintenance"),
    ({"items": [{"title": f"x{n}", "body": _big_body(), "date": "2026-12-01"} for n in range(50)]},
     "at most 256 KiB"),
])
def test_hostile_feeds_are_refused_by_the_publisher_and_nothing_is_published(repo, tmp_path, change, words):
    before = sorted(p.name for p in (repo.path / "metadata").iterdir())
    with pytest.raises(UsageError, match=re.escape(words)):
        publish.publish_news(feed_file(tmp_path, FEED | change), repo.path, repo.keys)
    assert sorted(p.name for p in (repo.path / "metadata").iterdir()) == before


@pytest.mark.parametrize("text,words", [
    ('[[items]]\ntitle = "x"\ndate = 2026-12-01T10:00:00\n', "needs a time zone"),
    ('[[items]]\ntitle = "x"\ndate = \n', "not valid TOML"),
    ('[status]\nstate = "ok"\nmessage = "a\\u0007b"\n', "status's message: it has control character U+0007"),
])
def test_a_toml_feed_is_checked_as_strictly(repo, tmp_path, text, words):
    path = tmp_path / "news.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(UsageError, match=re.escape(words)):
        publish.publish_news(path, repo.path, repo.keys)


# --- the command line and the demo -------------------------------------------------------------------------------

def test_notes_and_news_from_the_command_line(repo, static_host, tmp_path, launcher_home):
    cli = Cli(launcher_home, game_manifest(tmp_path / "shipped", static_host.url, repo.root), tmp_path)
    where = ["--repo", str(repo.path), "--keys", str(repo.keys)]
    build = tmp_path / "build"
    build.mkdir()
    (build / "demo_game.py").write_bytes((Path(__file__).parent.parent / "resources" / "demo_game.py").read_bytes())
    bad = cli("publish", str(build), *where, "--version", "1.0", "--notes",
              str(notes_file(tmp_path, b"hi \x1b[31m\n", "bad.txt")), manifest=False)
    assert bad.returncode == 2 and "bad.txt: line 1 has control character U+001B" in one_line(bad.stderr)
    assert not list((repo.path / "targets").rglob("*.json"))  # nothing was published
    good = cli("publish", str(build), *where, "--version", "1.0", "--notes", str(notes_file(tmp_path, NOTES.encode())),
               manifest=False)
    assert good.returncode == 0, good.stderr
    refused = cli("publish", "news", str(feed_file(tmp_path, FEED | {"items": [{"title": "x", "date": "soon"}]})),
                  *where, manifest=False)
    assert refused.returncode == 2 and "item 1's date is not an ISO 8601 date" in one_line(refused.stderr)
    shown = cli("publish", "news", str(feed_file(tmp_path, FEED)), *where, "--json", manifest=False)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) | {"sha256": None, "bytes": None} == {
        "news": "news.json", "items": 2, "status": "maintenance", "bytes": None, "sha256": None}
    misplaced = cli("publish", "init", *where, "--notes", str(tmp_path / "notes.txt"), manifest=False)
    assert misplaced.returncode == 2 and "--notes goes with publish BUILD_DIR" in one_line(misplaced.stderr)
    status = json.loads(cli("game", "--json").stdout)
    assert status["notes"] is None and status["newest_notes"] == NOTES
    assert cli("install").returncode == 0
    status = json.loads(cli("game", "--json").stdout)
    assert status["notes"] == NOTES == status["newest_notes"] and status["version"] == "1.0"


def test_the_demo_publishes_notes_for_each_version_and_a_news_feed(tmp_path):
    with Sandbox() as server:
        root = demo.shipped_root()
        t = Target(tmp_path / "game", server.delivery_url, root, "live", "Demo Quest")
        feed = fetch(t)
        assert len(feed.items) == 2 and feed.status is not None and feed.status.state == "ok"
        first = offer(t).build
        assert first.version == "1.0.0" and first.notes.startswith("Welcome to Demo Quest")
        install(t)
        assert notes_of(t.install_dir) == first.notes
        released = httpx.post(f"{server.url}/_sandbox/delivery/release", json={}, timeout=30).json()["version"]
        nxt = offer(t).build
        assert nxt.version == released == "1.1.0" and nxt.notes.startswith("New in 1.1") and nxt.notes != first.notes
        assert demo.demo_notes("1.9.0").startswith("New in 1.9.0")
