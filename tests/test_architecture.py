"""Layering rules: launcher/ never imports Qt or ui/; only launcher/http.py imports httpx; one module per provider."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_modules() -> list[Path]:
    return sorted((ROOT / "launcher").rglob("*.py"))


def test_core_never_imports_qt_or_the_ui():
    offenders = {str(p.relative_to(ROOT)): sorted(n for n in imports_of(p)
                                                  if n.split(".")[0] in ("PySide6", "shiboken6", "qasync", "ui"))
                 for p in core_modules()}
    assert not {k: v for k, v in offenders.items() if v}


def test_importing_the_whole_core_loads_no_qt():
    code = ("import sys, pkgutil, importlib, launcher; "
            "[importlib.import_module(m.name) for m in pkgutil.walk_packages(launcher.__path__, 'launcher.')]; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_only_the_http_module_imports_httpx():
    users = [str(p.relative_to(ROOT)) for p in core_modules()
             if any(n.split(".")[0] == "httpx" for n in imports_of(p)) and "sandbox" not in p.parts]
    assert users == ["launcher/http.py"]


def test_every_provider_module_is_registered_once():
    from launcher import providers

    ids = list(providers.all_providers())
    assert len(ids) == len(set(ids)) == 7
    files = {p.stem for p in (ROOT / "launcher" / "providers").glob("*.py")} - {"__init__", "base", "playfab_common"}
    assert files == {m.rsplit(".", 1)[-1] for m in providers.MODULES}


def test_steps_never_import_providers():
    offenders = {str(p.relative_to(ROOT)): sorted(n for n in _all_imports(p) if "providers" in n.split("."))
                 for p in sorted((ROOT / "launcher" / "steps").glob("*.py"))}
    assert not {k: v for k, v in offenders.items() if v}


def _all_imports(path: Path) -> set[str]:
    """Absolute and relative imports, relative ones spelt from the package root (`..providers` -> `providers`)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" if base else alias.name for alias in node.names)
    return names


def test_no_provider_id_outside_the_providers():
    """Provider knowledge lives in launcher/providers (and the steps and sandbox below it): nowhere else names one."""
    from launcher import providers

    ids = list(providers.all_providers())
    places = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "launcher").glob("*.py"),
              *(ROOT / "launcher" / "accounts").glob("*.py")]
    found = {}
    for path in places:
        text = path.read_text()
        hits = [pid for pid in ids if f'"{pid}"' in text or f"'{pid}'" in text]
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    assert not found


def test_the_step_runtime_holds_no_provider_and_no_settings_model():
    flow = (ROOT / "launcher" / "steps" / "flow.py").read_text()
    base = (ROOT / "launcher" / "providers" / "base.py").read_text()
    assert "class Context" in flow and "class Step" in flow and "def run_plan" in flow
    assert "class Settings" not in base and "class DeviceFacts" not in base and "class Context" not in base
