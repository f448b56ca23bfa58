"""`python -m launcher`: the command line; the window opens through ui.entry when it is installed."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from ui.entry import main as entry_main
    except ImportError:
        from .cli import main as cli_main

        sys.exit(cli_main())
    entry_main()


if __name__ == "__main__":
    main()
