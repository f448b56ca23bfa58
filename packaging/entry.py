"""PyInstaller's entry script: the same as the installed `launcher` command."""

from ui.entry import main

main()
