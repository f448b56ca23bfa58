"""PyInstaller's entry script: the same as the installed `launcher` command, unless a newer launcher version was
downloaded (a studio bundle updating itself): then that version runs, and this one only if it fails to start
(launcher/selfupdate/startup.py)."""

from game_launcher_ui.entry import main

from launcher.selfupdate.startup import start

start(main)
