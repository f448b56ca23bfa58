"""The installed PySide6 must not corrupt Python's own objects while the launcher runs.

PySide6 6.12.0 dropped a reference to True on every signal emitted from Python to a Python slot; a launcher
session of a few thousand emits (typing in a form, switching accounts) then aborted with "Fatal Python error:
bool_dealloc". pyproject.toml excludes that release; this test catches it, or a release like it, on install."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.ui


class Emitter(QObject):
    plain = Signal(str)
    form = Signal(str, dict, bool)  # the shape of LoginForm.submitted


def test_signals_emitted_from_python_keep_reference_counts(qapp):
    emitter = Emitter()
    got: list[object] = []
    emitter.plain.connect(got.append)
    emitter.form.connect(lambda pid, values, remember: got.append(remember))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(50):
        emitter.plain.emit("x")
        emitter.form.emit("gacha", {"email": "a@b.c"}, True)
        emitter.form.emit("gacha", {}, False)
    assert len(got) == 150
    got.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
