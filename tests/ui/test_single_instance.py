"""A second launcher hands its arguments to the running one instead of opening a second window."""

from __future__ import annotations

import uuid

import pytest

from ui.single_instance import SingleInstance

pytestmark = pytest.mark.ui


def test_second_start_reaches_the_first(qtbot, qloop):
    name = f"launcher-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert not first.send({"provider": None})  # nobody is running yet
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.message, timeout=3000) as got:
        assert second.send({"provider": "gacha"})
    assert got.args[0] == {"provider": "gacha"}
    first.close()


def test_message_brings_the_window_forward_on_that_provider(qtbot, window):
    from ui.single_instance import connect_window

    name = f"launcher-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    first.listen()
    connect_window(first, window, window.show_login)
    SingleInstance(name).send({"provider": "appcharge"})
    qtbot.waitUntil(lambda: window.login is not None and window.login.provider.id == "appcharge", timeout=3000)
    first.close()


def test_a_link_message_is_checked_again_on_arrival() -> None:
    from launcher.links import ShowAccount, ShowSignIn
    from ui.single_instance import parse_message

    assert parse_message(b'{"link": {"action": "play", "value": "gacha:1"}}') == \
        {"provider": None, "link": ShowAccount("gacha:1", play=True)}
    assert parse_message(b'{"link": {"action": "signin", "value": "gacha"}}') == \
        {"provider": None, "link": ShowSignIn("gacha")}
    for bad in (b'{"link": {"action": "remove", "value": "gacha:1"}}', b'{"link": "play"}',
                b'{"link": {"action": "play", "value": "a\\u001b[2J"}}',
                b'{"link": {"action": "play", "value": "%41"}}',
                b'{"link": {"action": "play", "value": "x"}, "provider": "gacha"}'):
        assert parse_message(bad) is None, bad


def test_a_message_too_long_for_the_receiver_is_not_sent(qtbot, qloop):  # type: ignore[no-untyped-def]
    name = f"launcher-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.listen()
    try:
        with qtbot.assertNotEmitted(first.message, wait=300):
            assert not SingleInstance(name).send({"provider": "x" * 5000})
    finally:
        first.close()
