"""A manifest is outside input too: every broken shape ends in a ManifestError naming file, line and key (exit 5),
never a traceback, and nothing that would crash later at --play is accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from launcher.manifest import load
from launcher.outcomes import ManifestError
from tests.support.manifests import demo_manifest_text

ROOT = Path(__file__).resolve().parent.parent
DEMO = demo_manifest_text()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "game.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("change, where", [
    (('enabled = ["gacha",', 'enabled = [["gacha"],'), r"providers\.enabled: must be a list of strings"),
    (("log_file = \"demo-game.log\"", "log_file = \"../../../x.log\""), r"launch\.log_file: must be a plain file name"),
    (("log_file = \"demo-game.log\"", "log_file = \"logs/\""), r"launch\.log_file: must be a plain file name"),
    (('DEMO_TOKEN = "{token}"', 'DEMO_TOKEN = "{token"'), r"launch\.env\.DEMO_TOKEN: not a valid template"),
    (('DEMO_TOKEN = "{token}"', 'DEMO_TOKEN = "{password}"'), r"launch\.env\.DEMO_TOKEN: uses \{password\}"),
    (('DEMO_TOKEN = "{token}"', 'DEMO_TOKEN = "{token!r}"'), r"launch\.env\.DEMO_TOKEN: \{token\} takes no format"),
    (('DEMO_TOKEN = "{token}"', '"DEMO=TOKEN" = "{token}"'), r"launch\.env\.DEMO=TOKEN: is not a usable"),
    (('DEMO_TOKEN = "{token}"', 'DEMO_TOKEN = "a\\u0000b"'), r"launch\.env\.DEMO_TOKEN: must be a string template"),
    (("args = []", 'args = ["--x\\u0000y"]'), r"launch\.args: must be a list of strings"),
    (("args = []", "args = [1, 2]"), r"launch\.args: must be a list of strings"),
    (('title_id = "DEMO1"', 'title_id = 1' + "9" * 5000), r"game\.toml: not a usable manifest"),
    (('title_id = "DEMO1"', 'title_id = ' + "[" * 5000 + "]" * 5000), r"game\.toml"),
    (('gacha = "http://127.0.0.1:8765/gacha"', 'gacha = "http://127.0.0.1:8765/ga\\u0001cha"'), r"services\.gacha"),
])
def test_broken_manifests_say_where(tmp_path, change, where):
    old, new = change
    assert old in DEMO
    with pytest.raises(ManifestError, match=where):
        load(write(tmp_path, DEMO.replace(old, new, 1)))


def test_a_huge_or_endless_file_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.toml"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs
    with pytest.raises(ManifestError, match="larger than"):
        load(big)
    with pytest.raises(ManifestError, match="is a folder"):
        load(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(ManifestError):
            load("/dev/zero")


def test_the_command_line_gives_exit_5_and_one_line(tmp_path):
    path = write(tmp_path, DEMO.replace('enabled = ["gacha",', 'enabled = [["gacha"],', 1))
    out = subprocess.run([sys.executable, "-m", "launcher", "providers", "--manifest", str(path)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert out.returncode == 5 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "game.toml:" in out.stderr and "providers.enabled" in out.stderr


toml_scalars = st.one_of(st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                         st.text(max_size=30), st.floats(allow_nan=True, allow_infinity=True))
toml_values = st.recursive(toml_scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=8)
keys = st.sampled_from(["name", "icon", "banner", "executable", "args", "env", "log_file", "enabled", "default",
                        "title_id", "profile_fields", "gacha", "playfab", "label", "testing", "x"])
tables = st.sampled_from(["game", "launch", "launch.env", "providers", "providers.gacha", "services", "playfab",
                          "earth", "testing", "links", "environments", "environments.qa", "environments.qa.services",
                          "nonsense"])


def render(value: object) -> str:
    import json
    import math

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(tables, keys, toml_values), max_size=5))
def test_fuzzed_manifests_load_or_fail_with_a_manifest_error(tmp_path, edits):
    text = DEMO + "".join(f"\n[{table}]\n{key} = {render(value)}\n" for table, key, value in edits)
    path = write(tmp_path, text)
    try:
        manifest = load(path)
    except ManifestError as exc:
        assert exc.message.startswith(str(path)) and "\n" not in exc.message
        return
    assert manifest.name and manifest.enabled


def test_labels_by_language_and_the_languages_offered(tmp_path):
    from launcher import languages
    from launcher.providers import all_providers
    from tests.support.manifests import demo_manifest_text

    path = tmp_path / "game.toml"
    import re

    localized = 'label = { en = "Studio account", de = "Studio-Konto" }'
    text = re.sub(r'(?m)^label = \{ en = "Studio account".*$', localized, demo_manifest_text())
    path.write_text(text + '\n[languages]\noffered = ["de", "en"]\ndefault = "de"\n')
    loaded = load(path)
    assert loaded.languages == {"offered": ["de", "en"], "default": "de"}
    provider = all_providers()["playfab-email"]
    before = languages.current()
    try:
        languages.set_current("de")
        assert loaded.text_for(provider)[0] == "Studio-Konto"
        languages.set_current("en")
        assert loaded.text_for(provider)[0] == "Studio account"
    finally:
        languages.set_current(before)
    path.write_text(text.replace('de = "Studio-Konto"', 'de = 5'))
    with pytest.raises(ManifestError, match="label"):
        load(path)
