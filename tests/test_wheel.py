"""The wheel and the sdist as a Python user meets them (slow: they build, make venvs and install Qt).

Built once from this tree with `python -m build`; the wheel goes into a fresh venv pinned by
packaging/constraints.txt and is driven from another directory, first without the demo extra (a player's
install), then with it. The sdist is unpacked and its own tests run from it. Run by .ci/run; locally:
    LAUNCHER_PACKAGING_TESTS=1 .venv/bin/python -m pytest -q tests/test_wheel.py"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"

pytestmark = pytest.mark.skipif(os.environ.get("LAUNCHER_PACKAGING_TESTS") != "1",
                                reason="builds and installs the package (slow): LAUNCHER_PACKAGING_TESTS=1")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment a user's shell would give: none of this test run's Python or launcher settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LAUNCHER_", "PYTHON", "VIRTUAL_ENV", "PYTEST"))}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def run(*cmd: str | Path, cwd: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=clean_env(**env), check=False)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    # --sdist --wheel: the wheel is built from the unpacked sdist, so this also proves the sdist builds.
    done = run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT, cwd=out)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


def make_venv(path: Path) -> Path:
    venv.create(path, with_pip=True)
    return path / "bin"


@pytest.fixture(scope="module")
def player(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and its runtime dependencies only (no demo extra): a player's install."""
    bin_dir = make_venv(tmp_path_factory.mktemp("player") / "venv")
    done = run(bin_dir / "python", "-m", "pip", "install", "--quiet", "-c", CONSTRAINTS, dists["wheel"],
               cwd=bin_dir)
    assert done.returncode == 0, done.stderr[-3000:]
    return bin_dir


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """Another directory: nothing of the checkout is on the path or in the working directory."""
    (tmp_path / "home").mkdir()
    return tmp_path


def test_wheel_carries_the_resources_and_the_license(dists: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    for name in ("launcher/_resources/demo-manifest.toml", "launcher/_resources/demo-data.json",
                 "launcher/_resources/demo_game.py", "launcher/_resources/icons/demo-game.svg",
                 "launcher/_resources/icons/playfab-email.svg", "launcher/resources.py", "game_launcher_ui/entry.py",
                 "game_launcher_ui/widgets/play_panel.py"):
        assert name in names, name
    assert not any(n.startswith(("resources/", "tests/", "ui/")) for n in names)  # no top-level `ui` module
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(dists["wheel"]).read(meta).decode()
    assert "License-Expression: MIT" in text and "Provides-Extra: demo" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_installed_launcher_runs_from_another_directory(player: Path, elsewhere: Path) -> None:
    home = str(elsewhere / "home")
    providers = run(player / "launcher", "providers", cwd=elsewhere, LAUNCHER_HOME=home)
    assert providers.returncode == 0, providers.stderr
    assert "gacha" in providers.stdout and "playfab-email" in providers.stdout
    window = run(player / "launcher", cwd=elsewhere, timeout=120, LAUNCHER_HOME=home,
                 LAUNCHER_QUIT_AFTER_START="1")
    assert window.returncode == 0, window.stderr
    assert "window shown: Demo Quest" in window.stdout


def test_player_install_explains_how_to_get_the_demo(player: Path, elsewhere: Path) -> None:
    for args in (["--demo"], ["sandbox", "--port", "0"]):
        done = run(player / "launcher", *args, cwd=elsewhere, timeout=120, LAUNCHER_HOME=str(elsewhere / "home"))
        assert done.returncode == 2, done.stderr
        assert 'pip install "game-launcher[demo]"' in done.stderr and "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def demo(player: Path, dists: dict[str, Path]) -> Path:
    done = run(player / "python", "-m", "pip", "install", "--quiet", "-c", CONSTRAINTS,
               f"{dists['wheel']}[demo]", cwd=player)
    assert done.returncode == 0, done.stderr[-3000:]
    return player


def test_demo_extra_runs_the_demo_window(demo: Path, elsewhere: Path) -> None:
    done = run(demo / "launcher", "--demo", cwd=elsewhere, timeout=120, LAUNCHER_HOME=str(elsewhere / "home"),
               LAUNCHER_QUIT_AFTER_START="1")
    assert done.returncode == 0, done.stderr
    assert "window shown: Demo Quest" in done.stdout


def test_demo_extra_serves_the_sandbox(demo: Path, elsewhere: Path) -> None:
    server = subprocess.Popen([str(demo / "launcher"), "sandbox", "--port", "0"], cwd=elsewhere, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=clean_env(LAUNCHER_HOME=str(elsewhere / "home")))
    try:
        assert server.stdout is not None
        line = server.stdout.readline().strip()
        assert line.startswith("listening on http://127.0.0.1:"), (line, server.stderr and server.stderr.read())
        url = line.removeprefix("listening on ")
        with urllib.request.urlopen(url + "/", timeout=10) as answer:  # it started: the demo data was found
            assert json.loads(answer.read())["sandbox"] is True
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def sdist_tree(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    with tarfile.open(dists["sdist"]) as tar:
        tar.extractall(out, filter="data")
    return next(out.iterdir())


def test_sdist_carries_what_its_tests_need(sdist_tree: Path) -> None:
    for rel in ("LICENSE", "README.md", "Makefile", "setup.py", "pyproject.toml", "tests/conftest.py",
                "tests/support/file_keyring.py", "tests/ui/conftest.py", "tools/run-tests", "tools/package",
                "resources/demo-manifest.toml", "resources/icons/demo-game.svg", "packaging/launcher.spec",
                "packaging/constraints.txt"):
        assert (sdist_tree / rel).exists(), rel


def test_sdist_tests_pass_from_it(sdist_tree: Path, tmp_path: Path) -> None:
    """`pip install -e` of the unpacked sdist (as `make test` does in a checkout), then its core tests."""
    bin_dir = make_venv(tmp_path / "venv")
    done = run(bin_dir / "python", "-m", "pip", "install", "--quiet", "-c", CONSTRAINTS, "-e", ".[test,demo]",
               cwd=sdist_tree)
    assert done.returncode == 0, done.stderr[-3000:]
    tests = run(bin_dir / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                "not keychain and not ui", "--ignore=tests/ui", cwd=sdist_tree, timeout=1200,
                PYTHONDONTWRITEBYTECODE="1")
    assert tests.returncode == 0, tests.stdout[-5000:]
    assert " passed" in tests.stdout.splitlines()[-1]


def test_newest_dependency_versions_pass_the_core_tests(dists: dict[str, Path], sdist_tree: Path,
                                                        tmp_path: Path) -> None:
    """What pipx gives a player: the wheel with the newest versions its metadata allows (no constraints file),
    then the core tests against those versions (run from the unpacked sdist, the same code, installed editable
    over the wheel without touching the dependencies)."""
    bin_dir = make_venv(tmp_path / "venv")
    done = run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--upgrade", f"{dists['wheel']}[demo,test]",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    # The tests import the tree they run from: the same code, installed editable over the wheel (no deps).
    done = run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-deps", "-e", ".", cwd=sdist_tree)
    assert done.returncode == 0, done.stderr[-3000:]
    versions = run(bin_dir / "python", "-m", "pip", "list", "--format=freeze", cwd=tmp_path).stdout
    print("newest allowed versions:", " ".join(versions.split()))
    tests = run(bin_dir / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                "not keychain and not ui", "--ignore=tests/ui", cwd=sdist_tree, timeout=1200,
                PYTHONDONTWRITEBYTECODE="1")
    assert tests.returncode == 0, tests.stdout[-5000:]
    assert " passed" in tests.stdout.splitlines()[-1]
