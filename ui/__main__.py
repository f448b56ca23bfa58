"""`python -m ui`: the launcher with its window (same as the installed `launcher` command)."""

from .entry import main

if __name__ == "__main__":
    main()
