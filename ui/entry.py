"""Console and GUI entry points. No Qt import here: the CLI commands never pay for it."""

from __future__ import annotations

import sys


def run_gui(*, demo: bool, manifest: str | None, provider: str | None) -> int:
    from .app import run

    return run(demo=demo, manifest=manifest, provider=provider)


def main() -> None:
    from launcher.cli import main as cli_main

    sys.exit(cli_main(gui=run_gui))


def gui_main() -> None:
    main()
