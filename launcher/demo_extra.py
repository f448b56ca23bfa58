"""The embedded sandbox (demo mode, `launcher sandbox`) needs the optional `demo` extra: starlette and uvicorn.

A player's launcher, installed without it, says how to get it instead of failing on an import; a studio's bundle
(which never has it) says only that the demo is not part of it: a player never reads `pip install`."""

from __future__ import annotations

import importlib.util

from .outcomes import UsageError

MODULES = ("starlette", "uvicorn")
INSTALL_HINT = ('pip install "game-launcher[demo]" (with pipx: pipx install "game-launcher[demo]", '
                'or pipx inject game-launcher starlette uvicorn)')


def missing() -> list[str]:
    return [name for name in MODULES if not _installed(name)]


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a broken or half-removed install counts as missing
        return False


def require(what: str) -> None:
    """Raise a UsageError naming the missing packages and the install command when the extra is absent. A bundle
    is not installed with pip: there it only says that this bundle does not include the demo."""
    if absent := missing():
        from .resources import bundle_dir

        if bundle_dir() is not None:
            raise UsageError(f"{what} needs the demo's embedded sandbox backend, which this launcher does not "
                             "include; the demo comes with the launcher's own demo bundle.")
        raise UsageError(f"{what} needs the embedded sandbox backend, which is not installed "
                         f"(missing: {', '.join(absent)}). Install it with: {INSTALL_HINT}.")
