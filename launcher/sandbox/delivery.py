"""The demo game's repository, served at /delivery as any static web server or CDN serves one (Starlette's
StaticFiles: ETag, Range, 404). Its source is the launcher's own publishing code (launcher.delivery.publish,
built on python-tuf's metadata API), run on the demo game in resources/ - the same bytes `launcher publish` writes.

The keys are derived from a published seed, so the root metadata is the same every time and ships beside the demo
manifest (resources/demo-repo-root.json); nothing about them is secret. `/_sandbox/delivery/release` publishes the
demo's next version (a few changed chunks and one new file), so that an update can be shown and tested. Each version
carries its patch notes (resources/demo-notes.toml), and the repository the studio's news feed
(resources/demo-news.toml), so that the window has something to show above Play."""

from __future__ import annotations

import random
import shutil
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import resources

DEMO_SEED = b"game-launcher demo repository; these keys are public and protect nothing"
ROOT_EXPIRES = datetime(2036, 1, 1, tzinfo=UTC)
SHIPPED_ROOT = "demo-repo-root.json"
DEMO_NOTES = "demo-notes.toml"
DEMO_NEWS = "demo-news.toml"
FIRST_VERSION = "1.0.0"
WORLD_BYTES = 3 * 1024 * 1024
MUSIC_BYTES = 1024 * 1024


def shipped_root() -> bytes:
    return resources.path(SHIPPED_ROOT).read_bytes()


def version_at(release: int) -> str:
    return f"1.{release}.0"


def demo_notes(version: str) -> str:
    """The patch notes the demo publishes with `version`."""
    import tomllib

    notes = tomllib.loads(resources.path(DEMO_NOTES).read_text("utf-8"))["notes"]
    text = notes[version] if version in notes else notes["later"].replace("{version}", version)
    return str(text).strip() + "\n"


def write_demo_build(folder: Path, release: int) -> None:
    """The demo game as release `release` (0: 1.0.0): the game script, its assets, and from release 1 on a
    changed region in the middle of the world file and one new file per release."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources.path("demo_game.py"), folder / "demo_game.py")
    (folder / "VERSION").write_text(version_at(release) + "\n", "utf-8")
    (folder / "README.txt").write_text("Demo Quest: the launcher's demo game.\n", "utf-8")
    assets = folder / "assets"
    assets.mkdir(exist_ok=True)
    world = bytearray(random.Random(1).randbytes(WORLD_BYTES))
    for n in range(1, release + 1):  # each release rewrites 4 KiB in the middle and inserts 1 KiB
        middle = WORLD_BYTES // 2 + n * 64 * 1024
        world[middle:middle + 4096] = random.Random(100 + n).randbytes(4096)
        world[middle // 2:middle // 2] = random.Random(200 + n).randbytes(1024)
    (assets / "world.pak").write_bytes(bytes(world))
    (assets / "music.ogg").write_bytes(random.Random(2).randbytes(MUSIC_BYTES))
    for n in range(1, release + 1):
        (assets / f"patch-{n}.pak").write_bytes(random.Random(300 + n).randbytes(16 * 1024))


class DemoRepository:
    """The repository on disk: under `folder` when given (the demo's, kept across restarts so that a launcher's
    trusted versions never run ahead of it), else in a temporary folder removed by `close`."""

    def __init__(self, folder: Path | None = None) -> None:
        self._temporary = folder is None
        self.base = folder if folder is not None else Path(tempfile.mkdtemp(prefix="launcher-demo-repo-"))
        self.repo = self.base / "repository"
        self.keys = self.base / "keys"
        self.releases = 0
        self._lock = threading.Lock()
        self._ready = False

    def ensure(self) -> Path:
        """Create the repository with the demo's first build (or refresh the timestamp of the kept one)."""
        from ..delivery import publish

        with self._lock:
            if self._ready:
                return self.repo
            kept = self.repo / "metadata" / "1.root.json"
            try:
                reusable = kept.read_bytes() == shipped_root() and (self.keys / "timestamp.pem").exists()
            except OSError:
                reusable = False
            if reusable:
                publish.refresh(self.repo, self.keys)
                self.releases = self._count_releases()
                if not any((self.repo / "targets").glob("*.news.json")):  # kept from before the demo had news
                    self._publish_news()
            else:
                shutil.rmtree(self.base / "repository", ignore_errors=True)
                shutil.rmtree(self.keys, ignore_errors=True)
                publish.init(self.repo, self.keys, seed=DEMO_SEED, root_expires=ROOT_EXPIRES)
                self._publish(0, "live", required=False)
                self._publish_news()
            self._ready = True
            return self.repo

    def _count_releases(self) -> int:
        found = [p.name for p in (self.repo / "targets" / "builds").glob("*.json")]
        return max(0, len(found) - 1)

    def _publish(self, release: int, channel: str, *, required: bool) -> str:
        from ..delivery import publish

        with tempfile.TemporaryDirectory(prefix="demo-build-") as build:
            write_demo_build(Path(build), release)
            publish.publish(Path(build), self.repo, self.keys, version_at(release), channel, required=required,
                            game="Demo Quest", notes=demo_notes(version_at(release)))
        return version_at(release)

    def _publish_news(self) -> None:
        from ..delivery import publish

        publish.publish_news(resources.path(DEMO_NEWS), self.repo, self.keys)

    def release(self, channel: str = "live", *, required: bool = False) -> str:
        """Publish the demo's next version to `channel`; returns it."""
        self.ensure()
        with self._lock:
            self.releases += 1
            return self._publish(self.releases, channel, required=required)

    def close(self) -> None:
        if self._temporary:
            shutil.rmtree(self.base, ignore_errors=True)


def app(repository: DemoRepository) -> Any:
    """The static files, created on the first request (most sandbox runs never install anything)."""
    from starlette.staticfiles import StaticFiles

    files: dict[str, Any] = {}

    async def serve(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if "app" not in files:
            import asyncio

            folder = await asyncio.to_thread(repository.ensure)
            files["app"] = StaticFiles(directory=str(folder))
        await files["app"](scope, receive, send)

    return serve
