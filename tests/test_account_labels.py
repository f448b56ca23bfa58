"""Issue 24 (items 11, 12, 19): how saved accounts are named, the same player under several methods, and when the
backend's last sign-in is worth showing. Names from real sign-ins against the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from launcher.account_labels import account_name, cut, is_nameless, previous_sign_in, same_players, short_id
from tests.conftest import ASTRID_FB, GACHA, PF_EMAIL, make_core, run


def services(provider_id: str) -> tuple[str, ...]:
    from launcher.providers import all_providers

    return tuple(s.name for s in all_providers()[provider_id].services)


async def save_all(manifest, accounts, sign_ins):  # type: ignore[no-untyped-def]
    async with make_core(manifest, accounts=accounts) as core:
        for provider, values in sign_ins:
            core.remember(await core.sign_in(provider, values))
    return accounts.list()


def names(saved) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.id: account_name(a.label, a.display_name, a.player_id) for a in saved}


def test_new_custom_id_accounts_are_named_apart_by_their_player_id_never_by_the_masked_id(manifest, accounts):
    saved = run(save_all(manifest, accounts, [("playfab-custom", {"custom_id": "qa-one", "create_account": "true"}),
                                              ("playfab-custom", {"custom_id": "qa-two", "create_account": "true"})]))
    assert [a.label for a in saved] == ["qa…", "qa…"]  # what the sign-in saved: the same masked id twice
    shown = names(saved)
    assert len(set(shown.values())) == 2
    for account in saved:
        name = shown[account.id]
        assert "qa" not in name and name == short_id(account.player_id)
        assert account.player_id.startswith(name.split("…")[0]) and account.player_id.endswith(name.split("…")[1])
        assert is_nameless(account.label, account.display_name, account.player_id)


def test_the_same_player_by_email_facebook_and_earth_has_one_name_and_is_found_as_one(manifest, accounts):
    saved = run(save_all(manifest, accounts, [("playfab-email", PF_EMAIL), ("playfab-facebook", ASTRID_FB),
                                              ("earth", {"via": "playfab-email", **PF_EMAIL}), ("gacha", GACHA)]))
    labels = {a.provider: a.label for a in saved}
    assert labels["playfab-email"] == PF_EMAIL["email"] and "(" in labels["earth"]  # as saved: three ways
    shown = {a.provider: account_name(a.label, a.display_name, a.player_id) for a in saved}
    assert shown["playfab-email"] == shown["playfab-facebook"] == shown["earth"] == "Astrid Stormborn"
    assert shown["gacha"] == GACHA["email"]  # no better name is known for it
    same = same_players(saved, services)
    by_provider = {a.id: a.provider for a in saved}
    astrid = {a.id for a in saved if a.provider != "gacha"}
    for account_id in astrid:
        assert set(same[account_id]) == astrid - {account_id}
    assert not any(by_provider[a] == "gacha" for a in same) and all("gacha" not in o for o in same.values())


def test_same_player_needs_the_same_backend_and_environment():
    from dataclasses import dataclass

    @dataclass
    class A:
        id: str
        provider: str
        player_id: str
        environment: str = ""

    backends = {"pf-a": ("playfab",), "pf-b": ("playfab", "graph"), "other": ("gacha",)}
    accounts = [A("1", "pf-a", "P1"), A("2", "pf-b", "P1"), A("3", "other", "P1"), A("4", "pf-b", "P1", "dev"),
                A("5", "pf-a", "")]
    same = same_players(accounts, lambda p: backends[p])
    assert same == {"1": ["2"], "2": ["1"]}


@pytest.mark.parametrize(("label", "display", "player_id", "expected"), [
    ("astrid@example.com", "Astrid Stormborn", "50DF", "Astrid Stormborn"),  # the typed e-mail: the name wins
    ("Astrid Stormborn (astrid@example.com)", "Astrid Stormborn", "50DF", "Astrid Stormborn"),
    ("Astrid (ast…om)", "Astrid", "50DF", "Astrid"),
    ("Main account", "Astrid Stormborn", "50DF", "Main account"),  # a name the player gave
    ("player@example.com", "player@example.com", "9f1c", "player@example.com"),
    ("qa…", "23B65BA3847E14EB", "23B65BA3847E14EB", "23B65B…14EB"),
    ("", "", "short-id", "short-id"),
    ("Bjorn", "bjorn@example.com", "B1", "Bjorn"),  # a name the player gave wins over an e-mail
])
def test_account_names(label, display, player_id, expected):
    assert account_name(label, display, player_id) == expected


def test_previous_sign_in_is_hidden_when_it_is_the_sign_in_that_just_happened():
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert previous_sign_in(now - timedelta(seconds=5), now) is None
    assert previous_sign_in(now + timedelta(minutes=3), now) is None  # a server clock ahead
    assert previous_sign_in(now - timedelta(days=2), now) == now - timedelta(days=2)
    assert previous_sign_in(None, now) is None


def test_shortening_never_splits_a_character():
    assert cut("e\u0301" * 10, 6) == "e\u0301e\u0301…"
    assert cut("ab👍🏽cd", 4) == "ab…"
    assert cut("a\u200db\u200dcdef", 4) == "a…"
    assert cut("short", 10) == "short"
