"""A provider registered only in this test appears in the window's picker, gets its form from its fields, signs
in and shows its profile: the window holds no list of providers of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from launcher import providers
from launcher.manifest import load
from tests.test_throwaway_provider import GOOD, Toy, write


@pytest.fixture
def toy_window(qtbot, qloop, accounts, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from ui.app import build_window

    with providers.registered(Toy):
        w = build_window(load(write(tmp_path, GOOD)), accounts=accounts)
        qtbot.addWidget(w)
        w.show()
        yield w
        w.on_closed = None
        w.controller.cancel()


def test_the_picker_offers_it_and_its_form_signs_in(qtbot, toy_window):
    assert list(toy_window.picker.tiles) == ["toy"]
    toy_window.picker.tiles["toy"].click()
    form = toy_window.login
    assert form is not None and list(form.inputs) == ["name"]
    form.inputs["name"].setText("zed")
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: toy_window.current_page() is toy_window.profile_page, timeout=5000)
    assert toy_window.controller.profile.display_name == "Zed"
    assert toy_window.account_model.rowCount() == 1
