"""The single-instance socket under crafted traffic from the same user: bounded, well-formed messages only;
bad ones logged and dropped, never a dialog; a hand-over during a sign-in does not replace the busy form."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.single_instance import MAX_LINE, SingleInstance, connect_window, parse_message

pytestmark = pytest.mark.ui


def raw_send(name: str, data: bytes) -> None:
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(2000)
    socket.write(data)
    socket.flush()
    socket.waitForBytesWritten(2000)
    socket.disconnectFromServer()


def dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def listening(qtbot, qloop):  # type: ignore[no-untyped-def]
    instance = SingleInstance(f"launcher-test-{uuid.uuid4().hex[:8]}")
    assert instance.listen()
    yield instance
    instance.close()


CRAFTED = [b"not json\n", b"[1,2,3]\n", b'"text"\n', b"null\n", b'{"provider": 5}\n',
           b'{"provider": "../../etc"}\n', b'{"provider": "gacha", "extra": 1}\n', b'{"provider": ["gacha"]}\n',
           b"\xff\xfe\n", b"[" * 5000 + b"\n", b'{"provider": "' + b"a" * 200 + b'"}\n',
           b'{"provider": "\\u001b[2J"}\n']


def test_200_crafted_lines_open_no_dialog_and_emit_nothing(qtbot, listening, window) -> None:  # type: ignore[no-untyped-def]
    connect_window(listening, window, window.show_login)
    seen: list[dict] = []  # type: ignore[type-arg]
    listening.message.connect(seen.append)
    for n in range(200):
        raw_send(listening.name, CRAFTED[n % len(CRAFTED)])
        QApplication.processEvents()
    qtbot.waitUntil(lambda: listening.dropped >= 200, timeout=10000)
    assert seen == [] and dialogs() == []
    SingleInstance(listening.name).send({"provider": "gacha"})  # still serving good messages
    qtbot.waitUntil(lambda: window.login is not None and window.login.provider.id == "gacha", timeout=3000)


def test_a_line_without_end_is_cut_off_at_the_limit(qtbot, listening) -> None:  # type: ignore[no-untyped-def]
    socket = QLocalSocket()
    socket.connectToServer(listening.name)
    assert socket.waitForConnected(2000)
    socket.write(b"x" * (4 * 1024 * 1024))  # 4 MB, no newline
    socket.flush()
    qtbot.waitUntil(lambda: listening.dropped == 1, timeout=5000)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    for child in listening.server.findChildren(QLocalSocket):
        assert child.bytesAvailable() <= MAX_LINE + 1


def test_one_message_per_connection(qtbot, listening) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict] = []  # type: ignore[type-arg]
    listening.message.connect(seen.append)
    raw_send(listening.name, b'{"provider": "gacha"}\n{"provider": "earth"}\n{"provider": "appcharge"}\n')
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
    qtbot.wait(200)
    assert seen == [{"provider": "gacha"}]


def test_a_hand_over_during_a_sign_in_keeps_the_busy_form(qtbot, listening, window) -> None:  # type: ignore[no-untyped-def]
    connect_window(listening, window, window.show_login)
    window.show_login("gacha")
    form = window.login
    window.controller.busy = "Signing in…"  # what the controller holds while a sign-in runs
    try:
        SingleInstance(listening.name).send({"provider": "appcharge"})
        qtbot.waitUntil(lambda: "sign-in in progress" in window.statusBar().currentMessage(), timeout=3000)
        assert window.login is form and window.login.provider.id == "gacha" and dialogs() == []
    finally:
        window.controller.busy = ""
    SingleInstance(listening.name).send({"provider": "appcharge"})
    qtbot.waitUntil(lambda: window.login is not None and window.login.provider.id == "appcharge", timeout=3000)


def test_an_unknown_provider_is_a_status_note_not_a_dialog(qtbot, listening, window) -> None:  # type: ignore[no-untyped-def]
    connect_window(listening, window, window.show_login)
    SingleInstance(listening.name).send({"provider": "no-such-provider"})
    qtbot.waitUntil(lambda: "does not offer" in window.statusBar().currentMessage(), timeout=3000)
    assert dialogs() == []


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=100).map(str.encode),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                              lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                                         max_size=3),
                              max_leaves=10).map(lambda v: json.dumps(v).encode())))
def test_parse_message_accepts_only_hand_over_messages(line: bytes) -> None:
    parsed = parse_message(line)
    if parsed is not None:
        assert set(parsed) <= {"provider", "link"}
        assert parsed["provider"] is None or (isinstance(parsed["provider"], str) and len(parsed["provider"]) <= 64
                                              and parsed["provider"].isascii() and "/" not in parsed["provider"])


def test_parse_message_examples() -> None:
    assert parse_message(b'{"provider": "gacha"}') == {"provider": "gacha"}
    assert parse_message(b'{"provider": null}') == {"provider": None}
    assert parse_message(b"{}") == {"provider": None}
    assert parse_message(b'{"provider": "gacha"}' + b" " * MAX_LINE) is None
