"""One identity per game: the app id (`[game] id`, else a slug of the name) names the launcher's folders, keychain
entries and single-instance lock, so two studios' launchers never share accounts or secrets; a manifest that
cannot name a sane id is refused (exit 5, one line) and never hangs the launcher."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher import identity, manifest_head, paths
from launcher.accounts import open_accounts
from launcher.accounts.secrets import service_name
from launcher.identity import DEFAULT_APP_ID, Identity
from launcher.instance_lock import InstanceLock, instance_name
from launcher.manifest import load
from launcher.manifest_head import read_identity
from launcher.models import Session
from launcher.outcomes import ManifestError
from launcher.provisioned import Provisioned
from tests.support.manifests import demo_manifest_text

from .conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
STARFALL = ROOT / "packaging" / "example-studio" / "starfall.toml"


@pytest.fixture(autouse=True)
def default_identity() -> Iterator[None]:
    identity.reset()
    yield
    identity.reset()


def game(tmp_path: Path, head: str, name: str = "m.toml") -> Path:
    """The demo manifest with its [game] head replaced by `head` (everything else stays valid)."""
    text = demo_manifest_text()
    start = text.index("[game]\n")
    end = text.index("\n[", start + 1)
    path = tmp_path / name
    path.write_text(text[:start] + "[game]\n" + head + "\nicon = \"icons/demo-game.svg\"\n" + text[end:], "utf-8")
    return path


def session(player: str) -> Session:
    return Session(provider="gacha", player_id=player, display_name=player.title(),
                   tokens={"access_token": f"token-of-{player}-0123456789"})


# --- folders, keychain and lock per app id ------------------------------------------------------------------------

def test_the_demo_keeps_its_folders_and_keychain_names(launcher_home: Path) -> None:
    identity.use(read_identity(manifest_head.DEMO_MANIFEST))
    assert identity.app_id() == DEFAULT_APP_ID
    assert paths.data_dir() == launcher_home / "data" and paths.config_dir() == launcher_home / "config"
    assert service_name("gacha") == "game-launcher/gacha"


def test_another_game_has_folders_of_its_own(launcher_home: Path, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    identity.use(read_identity(STARFALL))
    assert identity.app_id() == "starfall-tactics"
    assert paths.data_dir() == launcher_home / "starfall-tactics" / "data"
    assert paths.log_dir() == launcher_home / "starfall-tactics" / "log"
    monkeypatch.delenv("LAUNCHER_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    if paths.ON_LINUX:
        assert paths.data_dir() == tmp_path / ".local" / "share" / "starfall-tactics"
        assert paths.config_dir() == tmp_path / ".config" / "starfall-tactics"
        assert paths.log_dir() == tmp_path / ".local" / "state" / "starfall-tactics" / "log"
    import platformdirs

    assert paths.data_dir() == platformdirs.user_data_path("starfall-tactics", appauthor=False)


def test_two_games_keep_two_account_files_and_two_keychain_namespaces(memory_keyring: MemoryKeyring,
                                                                       launcher_home: Path) -> None:
    identity.use(Identity("starfall-tactics"))
    open_accounts().save_session(session("astrid"))
    identity.use(Identity("moon-miners"))
    theirs = open_accounts()
    assert theirs.list() == []  # the other game's account is not here
    theirs.save_session(session("bjorn"))
    assert [a.id for a in theirs.list()] == ["gacha:bjorn"]
    identity.use(Identity("starfall-tactics"))
    ours = open_accounts()
    assert [a.id for a in ours.list()] == ["gacha:astrid"]
    assert ours.session(ours.list()[0]).tokens["access_token"] == "token-of-astrid-0123456789"  # type: ignore[union-attr]
    files = sorted(p.relative_to(launcher_home).as_posix() for p in launcher_home.rglob("accounts.json"))
    assert files == ["moon-miners/data/accounts.json", "starfall-tactics/data/accounts.json"]
    assert {service for service, _ in memory_keyring.entries} == {"starfall-tactics/gacha", "moon-miners/gacha"}


def test_provisioned_secrets_are_kept_per_app_id(memory_keyring: MemoryKeyring) -> None:
    identity.use(Identity("starfall-tactics"))
    vault = open_accounts().vault
    Provisioned(vault, "Starfall Tactics").set("secret_key", "", "STARFALL-SECRET-0123")
    identity.use(Identity("moon-miners"))
    assert Provisioned(vault, "Starfall Tactics").get("secret_key", "") is None  # same name, another studio
    assert all(service.startswith("starfall-tactics/provisioned/") for service, _ in memory_keyring.entries)
    identity.reset()
    assert Provisioned(vault, "Demo Quest").service.startswith("game-launcher/provisioned/demo-quest-")


def _lock_in_child(home: Path, app_id: str) -> bool:
    code = ("from launcher import identity; from launcher.instance_lock import InstanceLock; "
            f"identity.use(identity.Identity({app_id!r})); print(InstanceLock().acquire())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"LAUNCHER_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=60)
    return out.stdout.strip() == "True"


def test_the_instance_lock_and_socket_name_are_per_app_id(launcher_home: Path) -> None:
    identity.use(Identity("starfall-tactics"))
    starfall_name = instance_name()
    lock = InstanceLock()
    assert lock.acquire()
    try:
        assert not _lock_in_child(launcher_home, "starfall-tactics")  # the same game: one window
        assert _lock_in_child(launcher_home, "moon-miners")  # another game: a window of its own
        assert _lock_in_child(launcher_home, DEFAULT_APP_ID)
    finally:
        lock.release()
    identity.use(Identity("moon-miners"))
    assert instance_name() != starfall_name and instance_name().startswith("moon-miners-")


def test_a_long_app_id_keeps_the_socket_name_short_and_distinct() -> None:
    names = set()
    for tail in ("a", "b"):
        identity.use(Identity("com.example.studio.a-very-long-game-name-that-goes-on-" + tail))
        names.add(instance_name())
    assert len(names) == 2 and all(len(n) < 80 for n in names)


# --- reading the id: the quick read agrees with the manifest, and refuses what is not an id -------------------------

@pytest.mark.parametrize("head, app_id", [
    ('name = "Starfall Tactics"\nid = "starfall"', "starfall"),
    ('name = "Starfall Tactics"', "starfall-tactics"),
    ("name = 'Starfall: Tactics!'  # a comment", "starfall-tactics"),
    ('"id" = "quoted.key"\nname = "X"', "quoted.key"),
    ('name = """Multi\nLine"""', "multi-line"),
    ('name = "Caf\\u00e9 Quest"', "caf-quest"),
    ('name = "Smile \\U0001F600 Quest"', "smile-quest"),
    ('name = "星の戦術"', None),
    ('name = ""', "m"),
])
def test_the_quick_read_gives_the_manifest_s_own_app_id(tmp_path: Path, head: str, app_id: str | None) -> None:
    path = game(tmp_path, head)
    quick = read_identity(path).app_id
    assert quick == load(path).app_id
    if app_id is not None:
        assert quick == app_id
    else:  # a name without ASCII letters: its own id, never the demo's (two such games must not share one)
        assert quick.startswith("game-") and quick != DEFAULT_APP_ID


def test_names_without_ascii_letters_get_different_ids(tmp_path: Path) -> None:
    ids = {read_identity(game(tmp_path, f'name = "{name}"', f"{n}.toml")).app_id
           for n, name in enumerate(("星の戦術", "月の鉱夫", "Ω"))}
    assert len(ids) == 3 and DEFAULT_APP_ID not in ids


@pytest.mark.parametrize("head", [
    'id = "../../etc"', 'id = "Starfall"', 'id = ""', 'id = "a/b"', 'id = "a b"', 'id = "-lead"', 'id = "trail."',
    'id = "x\\u0000y"', 'id = "x\\ny"', 'id = "' + "a" * 65 + '"', "id = 5", 'id = ["a"]', 'id = "\\u202egame"',
    'id = "ok"\nid = "ok"',
])
def test_a_hostile_app_id_is_a_manifest_error(tmp_path: Path, head: str) -> None:
    path = game(tmp_path, 'name = "Starfall"\n' + head)
    with pytest.raises(ManifestError) as caught:
        identity.use(read_identity(path))
    assert "\n" not in caught.value.message and str(path) in caught.value.message
    assert identity.app_id() == DEFAULT_APP_ID


def test_an_id_hidden_from_the_quick_read_is_refused_when_the_manifest_loads(tmp_path: Path) -> None:
    """A line that looks like `id = ...` inside a multi-line string: the quick read and TOML disagree, and the
    process refuses to go on with two identities (exit 5, one line)."""
    tricky = game(tmp_path, 'name = "Quest"\nbanner = """\nid = "first"\n"""')
    assert read_identity(tricky).app_id == "first" and load(tricky).app_id == "quest"
    out = run_launcher("--manifest", str(tricky), "providers")
    assert out.returncode == 5 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "'first'" in out.stderr and "'quest'" in out.stderr


def test_the_quick_read_needs_no_toml_parser_for_a_plain_id_line() -> None:
    code = ("import sys; from launcher.manifest_head import read_identity, DEMO_MANIFEST; "
            "print(read_identity(DEMO_MANIFEST).app_id, 'tomllib' in sys.modules, 'launcher.manifest' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.stdout.split() == ["game-launcher", "False", "False"]


def run_launcher(*argv: str, timeout: float = 30, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-m", "launcher", *argv], capture_output=True, text=True, check=False,
                          timeout=timeout, env=full, cwd=str(ROOT))


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge", "binary", "nested", "folder"])
def test_a_hostile_manifest_never_hangs_or_crashes_the_id_read(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "m.toml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path = Path("/dev/zero")
    elif kind == "huge":
        with open(path, "wb") as fh:
            fh.truncate(50 * 1024 * 1024)
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe[game]\x00\x80")
    elif kind == "nested":
        path.write_text("x = " + "[" * 100_000 + "]" * 100_000)
    else:
        path.mkdir()
    for argv in (("--manifest", str(path), "accounts", "list"), ("--manifest", str(path), "--version")):
        out = run_launcher(*argv)
        if argv[-1] == "--version":  # says the launcher's version; the manifest is not needed for that
            assert out.returncode == 0 and out.stdout.strip().startswith("launcher "), out.stderr
        else:
            assert out.returncode == 5 and out.stderr.count("\n") == 1, out.stderr
            assert "Traceback" not in out.stderr


def test_the_fifo_read_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "m.toml"
    os.mkfifo(fifo)
    done: list[BaseException] = []

    def read() -> None:
        try:
            read_identity(fifo)
        except ManifestError as exc:
            done.append(exc)

    worker = threading.Thread(target=read)
    worker.start()
    worker.join(5)
    assert not worker.is_alive() and done and "not a regular file" in str(done[0])


# --- what a studio's launcher says about itself -------------------------------------------------------------------

def test_version_and_help_name_the_studio_s_game(tmp_path: Path) -> None:
    path = game(tmp_path, 'name = "Starfall Tactics"\nversion = "1.4.2"')
    from launcher import __version__

    version = run_launcher("--manifest", str(path), "--version")
    assert version.stdout.strip() == f"Starfall Tactics 1.4.2 (game launcher {__version__})"
    helped = run_launcher("--manifest", str(path), "--help")
    assert helped.returncode == 0 and f"Starfall Tactics 1.4.2 (game launcher {__version__})" in helped.stdout
    assert "pip" not in helped.stdout
    assert run_launcher("--version").stdout.strip() == f"launcher {__version__}"  # the demo: as before


def test_a_bundle_names_its_game_and_never_suggests_pip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    me = read_identity(STARFALL, bundled=True)
    assert me.studio and me.name == "Starfall Tactics"
    identity.use(me)
    from launcher import __version__, demo_extra
    from launcher.outcomes import UsageError

    assert identity.version_text(__version__) == f"Starfall Tactics (game launcher {__version__})"
    monkeypatch.setattr(demo_extra, "missing", lambda: ["starlette"])
    with pytest.raises(UsageError) as caught:
        demo_extra.require("launcher --demo")
    assert "pip" not in caught.value.message and "does not include" in caught.value.message
    monkeypatch.setattr(sys, "frozen", False)
    with pytest.raises(UsageError, match="pip install"):  # a pip install: how to add it
        demo_extra.require("launcher --demo")


def test_the_demo_bundle_is_not_a_studio_s() -> None:
    assert not read_identity(manifest_head.DEMO_MANIFEST, bundled=True).studio
