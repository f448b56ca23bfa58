"""Console and GUI entry points. No Qt import here: the CLI commands never pay for it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def run_gui(*, demo: bool, manifest: Path | None, provider: str | None, debug: bool = False, tester: bool = False,
            env: str | None = None, link: Any = None, problem: str | None = None) -> int:
    from .app import run

    return run(demo=demo, manifest=manifest, provider=provider, debug=debug, tester=tester, env=env, link=link,
               problem=problem)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--run-script":  # the packaged bundle running the demo game
        import runpy

        sys.argv = sys.argv[2:]
        runpy.run_path(sys.argv[0], run_name="__main__")
        return
    from launcher.cli import main as cli_main

    sys.exit(cli_main(gui=run_gui))


def gui_main() -> None:
    main()
