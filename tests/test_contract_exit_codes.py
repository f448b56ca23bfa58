"""Two places where the launcher disagreed with docs/cli-contract.md: the window's `--provider ID` must name a
provider of the manifest (else exit 2 before any window opens), and `accounts switch|signout|remove` (like
`--account ID --play`) with an id that is not saved is exit 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from launcher import cli as cli_mod
from launcher.accounts import open_accounts
from launcher.models import Session
from tests.support.manifests import demo_manifest_text

from .conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent


class FakeWindow:
    def __init__(self) -> None:
        self.opened: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> int:
        self.opened.append(kwargs)
        return 0


@pytest.fixture
def without_xbox(tmp_path: Path) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(demo_manifest_text().replace('"playfab-xbox", ', ""), "utf-8")
    return path


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("launcher: ") and "Traceback" not in err


def test_a_provider_the_manifest_does_not_offer_is_exit_2_before_any_window(
        without_xbox: Path, capsys: pytest.CaptureFixture[str]) -> None:
    window = FakeWindow()
    assert cli_mod.main(["--manifest", str(without_xbox), "--provider", "playfab-xbox"], gui=window) == 2
    err = capsys.readouterr().err
    assert window.opened == [] and one_line(err) and "does not offer it" in err and "gacha" in err
    assert cli_mod.main(["--manifest", str(without_xbox), "--provider", "gacha"], gui=window) == 0
    assert [w["provider"] for w in window.opened] == ["gacha"]


def test_the_real_window_does_not_open_for_a_provider_the_game_does_not_offer(without_xbox: Path,
                                                                             tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LAUNCHER_QUIT_AFTER_START": "1"}
    out = subprocess.run([sys.executable, "-m", "ui", "--manifest", str(without_xbox), "--provider", "playfab-xbox"],
                         capture_output=True, text=True, timeout=60, env=env, check=False, cwd=tmp_path)
    assert out.returncode == 2 and one_line(out.stderr) and "first paint" not in out.stdout, out.stderr


def test_a_demo_window_checks_the_demo_manifest_s_providers(capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from launcher import demo_extra

    monkeypatch.setattr(demo_extra, "require", lambda what: None)
    window = FakeWindow()
    assert cli_mod.main(["--demo", "--provider", "playfab-xbox"], gui=window) == 0  # the demo offers every one
    assert [w["provider"] for w in window.opened] == ["playfab-xbox"]


@pytest.fixture
def saved(memory_keyring: MemoryKeyring, launcher_home: Path) -> list[str]:
    accounts = open_accounts()
    for player in ("astrid-1", "astrid-2"):
        accounts.save_session(Session(provider="gacha", player_id=player, display_name=player,
                                      tokens={"access_token": f"token-{player}-0123456789"}))
    return [a.id for a in accounts.list()]


def launcher(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.JsonFileKeyring",
           "TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}
    return subprocess.run([sys.executable, "-m", "launcher", *argv], capture_output=True, text=True, timeout=60,
                          env=env, check=False, cwd=tmp_path)


@pytest.mark.parametrize("argv", [("accounts", "switch", "gacha:nobody"), ("accounts", "signout", "nobody"),
                                  ("accounts", "remove", "gacha:astrid-3"), ("--account", "nobody", "--play")])
def test_an_account_that_is_not_saved_is_exit_3(saved: list[str], launcher_home: Path, tmp_path: Path,
                                                argv: tuple[str, ...]) -> None:
    store = launcher_home / "data" / "accounts.json"
    before = store.read_bytes()
    out = launcher(tmp_path, *argv)
    assert out.returncode == 3 and one_line(out.stderr) and "No saved account" in out.stderr, out.stderr
    assert store.read_bytes() == before


def test_an_id_that_names_several_accounts_stays_a_usage_error(saved: list[str], tmp_path: Path) -> None:
    out = launcher(tmp_path, "accounts", "switch", "gacha:astrid")
    assert out.returncode == 2 and "matches several accounts" in out.stderr
    assert launcher(tmp_path, "accounts", "switch", "gacha:astrid-2").returncode == 0
