"""The launcher's own XDG lookup on Linux gives exactly the folders platformdirs gives."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from launcher import APP_NAME, paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG lookup is Linux only")


@pytest.mark.parametrize("env", [
    {},
    {"XDG_CONFIG_HOME": "/x/config", "XDG_DATA_HOME": "/x/data", "XDG_CACHE_HOME": "/x/cache",
     "XDG_STATE_HOME": "/x/state"},
    {"XDG_CONFIG_HOME": "relative/ignored", "XDG_STATE_HOME": ""},
])
def test_folders_match_platformdirs(monkeypatch, tmp_path, env):
    monkeypatch.delenv("LAUNCHER_HOME", raising=False)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    ours = {"config": paths.config_dir(), "data": paths.data_dir(), "cache": paths.cache_dir(), "log": paths.log_dir()}
    theirs = {kind: getattr(platformdirs, f"user_{kind}_path")(APP_NAME, appauthor=False) for kind in ours}
    assert ours == theirs
