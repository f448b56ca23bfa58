"""`python -m launcher`: the command line only (the core never imports the UI). `python -m ui` or the
installed `launcher` command also opens the window."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
