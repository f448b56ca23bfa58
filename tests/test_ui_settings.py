"""The window's own preferences file: saved and read back, and never a reason not to start."""

from __future__ import annotations

import json

from launcher.ui_settings import UiSettings


def test_settings_round_trip(launcher_home):
    UiSettings(geometry="AAE=", close_to_tray=True, last_provider="gacha", scheme="dark", warning="x").save()
    doc = json.loads(UiSettings.path().read_text())
    assert {k: doc[k] for k in ("geometry", "close_to_tray", "last_provider", "scheme")} == \
        {"geometry": "AAE=", "close_to_tray": True, "last_provider": "gacha", "scheme": "dark"}
    assert doc["tray_while_playing"] is False and "warning" not in doc  # what went wrong reading is never saved
    back = UiSettings.load()
    assert (back.geometry, back.close_to_tray, back.last_provider, back.scheme, back.warning) == \
        ("AAE=", True, "gacha", "dark", "")


def test_wrong_types_and_unknown_keys_are_ignored(launcher_home):
    UiSettings.path().parent.mkdir(parents=True)
    UiSettings.path().write_text(json.dumps({"geometry": 5, "close_to_tray": "yes", "scheme": "light",
                                             "colour": "red"}))
    s = UiSettings.load()
    assert (s.geometry, s.close_to_tray, s.scheme, s.warning) == ("", False, "light", "")


def test_damaged_file_is_set_aside_with_a_notice(launcher_home):
    path = UiSettings.path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00{not json")
    s = UiSettings.load()
    assert s.geometry == "" and "damaged" in s.warning
    assert not path.exists()
    assert [p.name.split(".corrupt-")[0] for p in path.parent.glob("window.json.corrupt-*")] == ["window.json"]
