"""THIRD-PARTY-NOTICES (tools/third-party-notices): every distribution a bundle carries has its licence text,
Qt/PySide6 have the statement their LGPLv3 asks for, and a distribution without a licence stops the build."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "third-party-notices"


def pinned() -> list[str]:
    names = []
    for line in (ROOT / "packaging" / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            names.append(line.split("==")[0])
    return names


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def write_notices(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), "--out", str(tmp_path / "NOTICES")], capture_output=True,
                          text=True, timeout=120, check=False, env=env or None)


def test_every_installed_pinned_distribution_has_its_licence_text(tmp_path: Path) -> None:
    import importlib.metadata

    done = write_notices(tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "NOTICES").read_text("utf-8")
    headers = {norm(m.group(1)) for m in re.finditer(r"^=+\n(\S+) \S+ \(.*\)\n=+$", text, re.M)}
    installed = {norm(d.metadata["Name"]) for d in importlib.metadata.distributions()}
    qt = {"pyside6-essentials", "shiboken6"}
    for name in pinned():
        if norm(name) in installed and norm(name) not in qt:
            assert norm(name) in headers, f"{name}: no licence entry in THIRD-PARTY-NOTICES"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    version = importlib.metadata.version("PySide6-Essentials")
    statement = text.split("Qt and PySide6 (Qt for Python)", 1)[1][:3000]
    assert f"PySide6 {version}" in statement and f"PySide6-{version}-src" in statement
    assert "replace these libraries" in statement and "code signature" in statement


def test_a_distribution_without_a_licence_stops_the_notices(tmp_path: Path) -> None:
    site = tmp_path / "site"
    info = site / "unlicensed_thing-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: unlicensed-thing\nVersion: 1.0\n")
    (info / "RECORD").write_text("unlicensed_thing-1.0.dist-info/METADATA,,\nunlicensed_thing-1.0.dist-info/RECORD,,\n")
    import os

    done = write_notices(tmp_path, **{**os.environ, "PYTHONPATH": str(site)})
    assert done.returncode == 1
    assert "no licence text found for unlicensed-thing 1.0" in done.stderr
    assert not (tmp_path / "NOTICES").exists()
