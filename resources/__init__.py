"""The launcher's resource files, installed as the package `launcher._resources` (see setup.py).

Found at run time through `launcher.resources`, never by a path relative to the source tree."""
