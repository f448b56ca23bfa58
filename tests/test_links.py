"""`launcher open URL`: a link opens the window on a saved account or a sign-in form of this game. Any web page can
hand the system a URL, so everything else is refused with exit 2 and one line, before any window opens and with
nothing changed in the account store."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher import cli as cli_mod
from launcher import identity, links
from launcher.accounts import open_accounts
from launcher.identity import Identity
from launcher.links import LinkRefused, ShowAccount, ShowSignIn
from launcher.models import Session
from tests.support.manifests import demo_manifest_text

from .conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
SAVED = "gacha:astrid-1"
LONG = "game-launcher://account?id=" + "a" * 2100


class FakeWindow:
    def __init__(self) -> None:
        self.opened: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> int:
        self.opened.append(kwargs)
        return 0


@pytest.fixture(autouse=True)
def default_identity() -> Iterator[None]:
    identity.reset()
    yield
    identity.reset()


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(demo_manifest_text().replace('"playfab-xbox", ', ""), "utf-8")  # xbox: not offered here
    return path


@pytest.fixture
def saved(memory_keyring: MemoryKeyring, launcher_home: Path) -> Path:
    """One saved account of this game (the demo's app id) and one of another game, in that game's own file."""
    def save(player: str) -> None:
        open_accounts().save_session(Session(provider="gacha", player_id=player, display_name="Astrid",
                                             tokens={"access_token": f"token-{player}-0123456789"}))
    save("astrid-1")
    identity.use(Identity("moon-miners"))
    save("bjorn-2")
    identity.reset()
    return launcher_home


def tree(home: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of the launcher's home but its log: the account files, their backups, locks and settings."""
    return {p.relative_to(home).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(home.rglob("*")) if p.is_file() and p.suffix != ".log"}


HOSTILE = {
    "too long": LONG,
    "another scheme": "https://account?id=gacha:astrid-1",
    "a scheme that only starts alike": "game-launcherx://account?id=gacha:astrid-1",
    "javascript": "javascript:alert(1)//game-launcher://account?id=gacha:astrid-1",
    "no scheme": "//account?id=gacha:astrid-1",
    "not //": "game-launcher:account?id=gacha:astrid-1",
    "double encoding": "game-launcher://account?id=gacha%253Aastrid-1",
    "encoded percent": "game-launcher://account?id=gacha:astrid-1%25",
    "raw newline": "game-launcher://account?id=gacha:astrid-1\n",
    "raw escape": "game-launcher://account?id=\x1b[2Jgacha:astrid-1",
    "raw space": "game-launcher://account?id=gacha: astrid-1",
    "raw NUL": "game-launcher://account?id=gacha:astrid-1\x00",
    "raw non-ASCII": "game-launcher://account?id=gacha:astríd-1",
    "encoded newline": "game-launcher://account?id=gacha:astrid-1%0A",
    "encoded NUL": "game-launcher://account?id=gacha:astrid-1%00",
    "encoded escape": "game-launcher://account?id=%1B%5B2Jgacha:astrid-1",
    "encoded bidi override": "game-launcher://account?id=gacha:%E2%80%AEastrid-1",
    "encoded C1 control": "game-launcher://account?id=gacha:astrid-1%C2%85",
    "bad escape": "game-launcher://account?id=gacha:astrid-1%G1",
    "lone percent": "game-launcher://account?id=gacha:astrid-1%",
    "not UTF-8": "game-launcher://account?id=gacha:astrid-1%FF",
    "cut UTF-8": "game-launcher://account?id=gacha:astrid-1%E2%80",
    "unknown action": "game-launcher://remove?id=gacha:astrid-1",
    "upper-case action": "game-launcher://ACCOUNT?id=gacha:astrid-1",
    "no action": "game-launcher://?id=gacha:astrid-1",
    "encoded action": "game-launcher://%61ccount?id=gacha:astrid-1",
    "unknown key": "game-launcher://account?id=gacha:astrid-1&remove=1",
    "another action's key": "game-launcher://play?id=gacha:astrid-1",
    "key in capitals": "game-launcher://account?ID=gacha:astrid-1",
    "repeated key": "game-launcher://account?id=gacha:astrid-1&id=gacha:astrid-1",
    "trailing &": "game-launcher://account?id=gacha:astrid-1&",
    "no query": "game-launcher://account",
    "empty query": "game-launcher://account?",
    "empty value": "game-launcher://account?id=",
    "no =": "game-launcher://account?id",
    "= in the value": "game-launcher://account?id=gacha:astrid-1=x",
    "fragment": "game-launcher://account?id=gacha:astrid-1#play",
    "userinfo": "game-launcher://someone@account?id=gacha:astrid-1",
    "userinfo and password": "game-launcher://u:p@account?id=gacha:astrid-1",
    "port": "game-launcher://account:8080?id=gacha:astrid-1",
    "path": "game-launcher://account/extra?id=gacha:astrid-1",
    "dot-dot path": "game-launcher://account/../play?account=gacha:astrid-1",
    "three slashes": "game-launcher:///account?id=gacha:astrid-1",
    "backslash": "game-launcher://account\\?id=gacha:astrid-1",
    "encoded slash in the action": "game-launcher://account%2F?id=gacha:astrid-1",
    "raw slash in the value": "game-launcher://account?id=gacha:astrid-1/../x",
    "account not saved": "game-launcher://account?id=gacha:nobody",
    "account of another game": "game-launcher://play?account=gacha:bjorn-2",
    "a prefix of a saved id": "game-launcher://account?id=gacha:astrid",
    "a label, not an id": "game-launcher://account?id=Astrid",
    "unknown provider": "game-launcher://signin?provider=nosuch",
    "provider not offered by this game": "game-launcher://signin?provider=playfab-xbox",
    "provider id in capitals": "game-launcher://signin?provider=GACHA",
    "empty": "",
}


@pytest.mark.parametrize("url", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_link_is_refused_with_exit_2_one_line_and_nothing_changed(
        saved: Path, manifest: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
        url: str) -> None:
    before, secrets = tree(saved), dict(memory_keyring.entries)
    window = FakeWindow()
    code = cli_mod.main(["--manifest", str(manifest), "open", url], gui=window)
    err = capsys.readouterr().err
    assert code == 2 and window.opened == []
    assert err.count("\n") == 1 and err.startswith("launcher: ") and "Traceback" not in err, err
    assert not any(ord(c) < 32 for c in err[:-1]) and "\x1b" not in err
    assert len(err) < 300  # the URL is never echoed back
    assert tree(saved) == before and memory_keyring.entries == secrets


GOOD = {
    "game-launcher://play?account=gacha:astrid-1": ShowAccount(SAVED, play=True),
    "game-launcher://account?id=gacha%3Aastrid-1": ShowAccount(SAVED),
    "game-launcher://account/?id=gacha:astrid-1": ShowAccount(SAVED),
    "Game-Launcher://signin?provider=gacha": ShowSignIn("gacha"),
    "game-launcher://signin?provider=playfab-email": ShowSignIn("playfab-email"),
}


@pytest.mark.parametrize("url, action", GOOD.items(), ids=GOOD.keys())
def test_a_good_link_opens_the_window_on_its_action_and_changes_nothing(
        saved: Path, manifest: Path, capsys: pytest.CaptureFixture[str], url: str, action: links.Action) -> None:
    before = tree(saved)
    window = FakeWindow()
    assert cli_mod.main(["--manifest", str(manifest), "open", url], gui=window) == 0
    assert [w["link"] for w in window.opened] == [action] and window.opened[0]["provider"] is None
    assert window.opened[0]["manifest"] == manifest
    assert capsys.readouterr().err == ""
    assert tree(saved) == before


def test_the_scheme_is_the_manifest_s(saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.toml"
    path.write_text(demo_manifest_text().replace('id = "game-launcher"',
                                                 'id = "game-launcher"\nurl_scheme = "demo-quest"'))
    window = FakeWindow()
    assert cli_mod.main(["--manifest", str(path), "open", "demo-quest://account?id=gacha:astrid-1"], gui=window) == 0
    assert cli_mod.main(["--manifest", str(path), "open", "game-launcher://account?id=gacha:astrid-1"],
                        gui=window) == 2
    assert "not a demo-quest:// link" in capsys.readouterr().err
    assert len(window.opened) == 1


def test_a_link_in_another_game_s_launcher_sees_only_that_game_s_accounts(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "moon.toml"
    path.write_text(demo_manifest_text().replace('id = "game-launcher"', 'id = "moon-miners"'))
    window = FakeWindow()
    assert cli_mod.main(["--manifest", str(path), "open", "moon-miners://play?account=gacha:bjorn-2"], gui=window) == 0
    assert cli_mod.main(["--manifest", str(path), "open", f"moon-miners://play?account={SAVED}"], gui=window) == 2
    assert [w["link"] for w in window.opened] == [ShowAccount("gacha:bjorn-2", play=True)]


def test_without_a_window_a_link_is_a_usage_error(saved: Path, manifest: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_mod.main(["--manifest", str(manifest), "open", f"game-launcher://account?id={SAVED}"]) == 2
    assert "window is not available" in capsys.readouterr().err


def test_the_parser_gives_typed_actions_and_the_socket_form_round_trips() -> None:
    for url, action in GOOD.items():
        parsed = links.parse(url, "game-launcher")
        assert parsed == action and links.from_message(parsed.to_message()) == parsed
    assert links.check(ShowAccount(SAVED), providers=(), accounts={SAVED}) == ShowAccount(SAVED)
    with pytest.raises(LinkRefused):
        links.check(ShowSignIn("gacha"), providers=("earth",), accounts=())


@pytest.mark.parametrize("raw", [None, [], "play", {"action": "play"}, {"action": "remove", "value": "x"},
                                 {"action": "play", "value": 5}, {"action": "play", "value": ""},
                                 {"action": "play", "value": "a" * 513}, {"action": "play", "value": "a\nb"},
                                 {"action": "play", "value": "a%41"}, {"action": "signin", "value": "../x"},
                                 {"action": "play", "value": "x", "also": 1}])
def test_a_handed_over_action_is_checked_again(raw: Any) -> None:
    assert links.from_message(raw) is None


def test_a_real_process_refuses_a_hostile_link(saved: Path, manifest: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for url in (LONG, "game-launcher://account?id=gacha%253Aastrid-1", "game-launcher://account?id=x%0Ay"):
        out = subprocess.run([sys.executable, "-m", "ui", "--manifest", str(manifest), "open", url],
                             capture_output=True, text=True, timeout=60, env=env, check=False)
        assert out.returncode == 2 and out.stderr.count("\n") == 1 and out.stdout == "", out.stderr
