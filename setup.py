"""Only what pyproject.toml cannot say: the top-level `resources/` folder is installed as the package
`launcher._resources` (found at run time by `launcher.resources`), and the window's `ui/` folder as the package
`game_launcher_ui` (a top-level `ui` is a name any other project may ship; inside `ui/` every import is relative,
so the repository keeps its layout). Everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["launcher", "launcher.*"]),
              *(f"game_launcher_ui{name[2:]}" for name in find_packages(include=["ui", "ui.*"])),
              "game_launcher_ui.translations", "launcher._resources", "launcher._resources.icons"],
    package_dir={"launcher._resources": "resources", "game_launcher_ui": "ui"},
)
