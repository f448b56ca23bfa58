"""Only what pyproject.toml cannot say: the top-level `resources/` folder is installed as the package
`launcher._resources` (found at run time by `launcher.resources`), next to the packages found in the tree.
Everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["launcher", "launcher.*", "ui", "ui.*"]),
              "launcher._resources", "launcher._resources.icons"],
    package_dir={"launcher._resources": "resources"},
)
