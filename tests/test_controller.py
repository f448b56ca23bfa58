"""What the window does, without Qt: the controller over the real sandbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from launcher import events as ev
from launcher.controller import Controller
from launcher.models import utcnow
from launcher.providers import gacha

from .conftest import GACHA, PROVIDERS, make_core

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")


def drive(manifest, accounts, script):
    async def go():
        controller = Controller(make_core(manifest, accounts))
        events: list[ev.Event] = []
        controller.subscribe(events.append)
        try:
            return await script(controller, events)
        finally:
            await controller.close()
    return asyncio.run(go())


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_sign_in_through_every_provider_shows_a_profile_and_saves_the_account(manifest, accounts, provider):
    values, _ = PROVIDERS[provider]

    async def script(c, events):
        session = await c.sign_in(provider, values)
        return session, events, c
    session, events, c = drive(manifest, accounts, script)
    assert session is not None and c.profile.display_name and c.error == ""
    kinds = {type(e) for e in events}
    assert {ev.BusyChanged, ev.ProfileChanged, ev.AccountsChanged} <= kinds
    assert [a.provider for a in c.accounts] == [provider] and c.current_id == c.accounts[0].id
    steps = [(e.step, e.total) for e in events if isinstance(e, ev.BusyChanged) and e.step]
    assert steps and all(total == steps[0][1] for _, total in steps)  # "step i of n" from one plan
    assert [i for i, _ in steps] == list(range(1, steps[0][1] + 1))
    if provider == "earth":
        assert steps[0][1] == 3  # PlayFab, the game server, the game profile


def test_a_slow_sign_in_can_be_cancelled(manifest, accounts, sandbox):
    sandbox.state.inject("/players/sign_in", delay=5)

    async def script(c, events):
        task = asyncio.ensure_future(c.sign_in("gacha", GACHA))
        await asyncio.sleep(0.3)
        assert c.busy
        c.cancel()
        return await asyncio.wait_for(task, 2), c, events
    session, c, events = drive(manifest, accounts, script)
    assert session is None and c.busy == "" and c.accounts == []
    assert c.error == "" and any(isinstance(e, ev.Cancelled) for e in events)  # a cancel is not an error


def test_server_error_is_shown_and_nothing_is_saved(manifest, accounts, sandbox):
    sandbox.state.inject("/players/sign_in", status=500, body="", times=3)

    async def script(c, events):
        return await c.sign_in("gacha", GACHA), c
    session, c = drive(manifest, accounts, script)
    assert session is None and "HTTP 500" in c.error and c.accounts == []


def test_switch_shows_a_saved_account_without_signing_in_again(manifest, accounts, sandbox):
    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        await c.sign_in("playfab-custom", {"custom_id": "bjorn"})
        sandbox.state.clear()
        gacha_id = next(a.id for a in c.accounts if a.provider == "gacha")
        await c.switch(gacha_id)
        return c
    c = drive(manifest, accounts, script)
    assert c.profile.display_name == "player@example.com" and not sandbox.state.received("/sign_in")
    assert next(a for a in c.accounts if a.is_default).provider == "gacha"


def test_rejected_session_opens_the_login_form_prefilled(manifest, accounts, sandbox):
    sandbox.state.settings["gacha_expires_in"] = 60

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        sandbox.state.tokens["gacha_refresh"].clear()
        await c.switch(c.current_id)
        return c
    c = drive(manifest, accounts, script)
    assert c.login_provider == "gacha" and c.login_values == {"email": "player@example.com"}
    assert "sign in again" in c.error.lower()
    assert c.accounts[0].status == "expired"


def test_offline_switch_keeps_the_account_and_says_why(manifest, accounts, sandbox):
    sandbox.state.settings["gacha_expires_in"] = 60

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        sandbox.state.inject("/players/refresh_token", status=503, body="", times=10)
        await c.switch(c.current_id)
        return c
    c = drive(manifest, accounts, script)
    assert "HTTP 503" in c.error and c.accounts[0].status == "offline" and c.accounts[0].token_names


def test_play_starts_the_demo_game_which_reports_the_player(manifest, accounts, launcher_home):
    async def script(c, events):
        await c.sign_in("playfab-custom", {"custom_id": "astrid"})
        code = await c.play()
        return code, c
    code, c = drive(manifest, accounts, script)
    assert code == 0 and not c.game_running and "closed" in c.game_message
    assert accounts.list()[0].data["last_played"]  # kept on the account: shown after a restart too
    assert not c.game_of(c.current_id).running and "closed" in c.game_of(c.current_id).last_exit
    log = next(launcher_home.rglob("demo-game.log")).read_text()
    assert "playing as Astrid Stormborn" in log


def test_missing_game_gives_a_clear_message(manifest, accounts, tmp_path):
    import dataclasses

    broken = dataclasses.replace(manifest, launch=dataclasses.replace(manifest.launch, relative=("nope.exe", ".")))

    async def script(c, events):
        await c.sign_in("playfab-custom", {"custom_id": "astrid"})
        return await c.play(), c
    code, c = drive(broken, accounts, script)
    assert code is None and "not found" in c.game_message and not c.game_running


def test_avatar_is_cached_on_disk(manifest, accounts, launcher_home):
    async def script(c, events):
        await c.sign_in("playfab-custom", {"custom_id": "astrid"})
        picture = await c.load_avatar(c.profile.avatar_url)
        return picture, c
    picture, _c = drive(manifest, accounts, script)
    assert picture and picture[1] == ".svg" and b"<svg" in picture[0]
    assert list((launcher_home / "cache" / "avatars").glob("*.svg"))


def test_locked_keychain_on_switch_keeps_the_account_and_says_so(manifest, accounts, memory_keyring):
    import keyring.errors

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
        return await c.switch(c.current_id), c
    session, c = drive(manifest, accounts, script)
    assert session is None and "locked" in c.error and c.login_provider is None
    memory_keyring.fail_with = None
    assert c.accounts[0].token_names and accounts.session(c.accounts[0]) is not None


def test_start_shows_the_last_known_profile_at_once_then_refreshes_it(manifest, accounts, sandbox, launcher_home):
    """Start-to-Play: the saved default account's last profile is shown before any keychain read or network call;
    Play works from it, and the background refresh replaces it."""
    async def first_run(c):
        await c.sign_in("gacha", GACHA)  # saves the account and its profile snapshot

    drive(manifest, accounts, lambda c, events: first_run(c))
    sandbox.state.clear()

    async def second_run(c, events):
        await c.start()
        shown = (c.profile is not None and c.profile_stale, c.session, c.can_play, list(sandbox.state.requests))
        for _ in range(100):
            if not c.profile_stale:
                break
            await asyncio.sleep(0.05)
        return shown, c
    (stale, session, can_play, requests), c = drive(manifest, accounts, second_run)
    assert stale and session is None and can_play and requests == []  # shown from the snapshot alone
    assert not c.profile_stale and c.session is not None  # then refreshed in the background
    assert c.profile.display_name == "player@example.com" and len(c.profile.items) == 3


def test_a_last_known_profile_that_could_not_be_updated_says_so_and_keeps_play(
        manifest, accounts, sandbox, launcher_home):
    sandbox.state.settings["gacha_expires_in"] = 200  # due for a refresh at the next start (margin 300 s)

    async def first_run(c):
        await c.sign_in("gacha", GACHA)

    drive(manifest, accounts, lambda c, events: first_run(c))
    sandbox.state.inject("/players/refresh_token", status=503, body="", times=10)

    async def second_run(c, events):
        await c.start()
        for _ in range(200):
            if c.stale_reason:
                break
            await asyncio.sleep(0.05)
        return c, [e for e in events if isinstance(e, ev.ProfileChanged)]
    c, changes = drive(manifest, accounts, second_run)
    assert c.profile_stale and c.profile is not None and c.can_play  # still shown, Play still offered
    assert "503" in c.stale_reason or "can't be reached" in c.stale_reason
    assert changes[-1].in_place  # the page is not brought forward over whatever the player opened meanwhile
    assert c.accounts[0].token_names  # an outage never loses the session


def test_switching_to_an_account_that_cannot_be_opened_never_leaves_another_accounts_profile_and_play(
        manifest, accounts, sandbox, launcher_home, monkeypatch):
    monkeypatch.setenv("DEMO_PLAY_SECONDS", "0")
    newbie = {"email": "newbie@example.com", "password": "FirstDay2024!"}

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        first = c.current_id
        await c.sign_in("gacha", newbie)
        sandbox.state.inject("/players/me", status=503, body="", times=20)
        sandbox.state.inject("/players/refresh_token", status=503, body="", times=20)
        await c.switch(first)
        shown = (c.current_id == first, c.profile.display_name, c.profile_stale, bool(c.stale_reason), c.can_play)
        sandbox.state.clear()  # the servers are back: Play opens the account shown
        return shown, await c.play()
    shown, code = drive(manifest, accounts, script)
    assert shown == (True, "player@example.com", True, True, True)  # its own profile, last known, not up to date
    log = next(launcher_home.rglob("demo-game.log")).read_text()
    assert code == 0 and "player@example.com" in log and "newbie" not in log  # never the one shown before


def test_a_switch_overtaken_by_another_never_shows_its_account_under_the_other(manifest, accounts, sandbox):
    """Switch to A, then to B while A is still opening: A's interrupted switch must not paint A's profile (and its
    Play) while B is the account selected."""
    newbie = {"email": "newbie@example.com", "password": "FirstDay2024!"}

    painted: list[tuple[str | None, str | None]] = []  # (selected account, the profile shown) at every change

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        first = c.current_id
        await c.sign_in("gacha", newbie)
        second = c.current_id
        c.subscribe(lambda e: painted.append((c.current_id, c.profile.display_name if c.profile else None))
                    if isinstance(e, ev.ProfileChanged) else None)
        sandbox.state.inject("/players/me", delay=0.6, passthrough=True, times=5)
        sandbox.state.inject("/players/refresh_token", delay=0.6, passthrough=True, times=5)
        opening_first = asyncio.ensure_future(c.switch(first))
        await asyncio.sleep(0.2)
        await c.switch(second)
        await opening_first
        return c, second
    c, second = drive(manifest, accounts, script)
    assert (second, "player@example.com") not in painted, painted
    assert c.current_id == second and c.profile.display_name == "newbie@example.com" and not c.profile_stale


def test_a_last_sign_in_date_is_never_carried_over_to_another_account(manifest, accounts, sandbox):
    newbie = {"email": "newbie@example.com", "password": "FirstDay2024!"}

    dated = datetime(2001, 2, 3, tzinfo=UTC)  # the first account's, recognisable

    async def script(c, events):
        await c.sign_in("gacha", GACHA)
        first = c.current_id
        await c.sign_in("gacha", newbie)
        second = c.current_id
        await c.switch(first)
        c.session.profile.last_login = dated
        await c.switch(second)
        return c
    c = drive(manifest, accounts, script)
    assert c.profile.display_name == "newbie@example.com" and c.profile.last_login != dated


def test_a_damaged_snapshot_is_ignored_not_trusted(manifest, accounts, launcher_home):
    from launcher import snapshots

    async def first_run(c, events):
        await c.sign_in("gacha", GACHA)
        return c.current_id
    account_id = drive(manifest, accounts, first_run)
    path = snapshots._path(account_id)
    path.write_text('{"provider": 1, "items": "x"')
    assert snapshots.load(account_id) is None
    path.write_text("[" * 100_000)
    assert snapshots.load(account_id) is None


def test_the_first_screen_is_the_default_accounts_last_profile_and_nothing_is_repaired_for_it(
        manifest, accounts, launcher_home):
    """What the window paints before the controller exists: the default account, its snapshot and the badge;
    nothing when the session is about to end, the snapshot is missing or the account file is damaged (the file
    is left exactly as it was: the account store deals with it, and says so, a moment later)."""
    from launcher import snapshots

    async def first_run(c, events):
        await c.sign_in("gacha", GACHA)
        return c.current_id
    account_id = drive(manifest, accounts, first_run)
    first = snapshots.first_screen()
    assert first is not None and first.account.id == account_id and first.account.is_default
    assert first.profile.display_name == "player@example.com" and len(first.profile.items) == 3
    assert first.method == "Email and password"

    file = launcher_home / "data" / "accounts.json"
    good = file.read_bytes()
    damaged = good.replace(b'"token_names"', b'"token_names": 7, "x"', 1)
    file.write_bytes(damaged)
    assert snapshots.first_screen() is None and file.read_bytes() == damaged  # left as it was, not repaired
    file.write_bytes(good)

    def expiring(data):
        for entry in data.accounts:
            entry.expires = {name: (utcnow() + timedelta(seconds=30)).isoformat() for name in entry.token_names}
    accounts.store.update(expiring)
    assert snapshots.first_screen() is None
    file.write_bytes(good)
    assert snapshots.first_screen() is not None
    snapshots.forget(account_id)
    assert snapshots.first_screen() is None


def test_the_keychain_is_asked_once_start_runs_and_the_window_is_told(manifest, launcher_home, monkeypatch):
    """The keychain opens lazily (importing keyring is slow): until start asks, `remembers` is optimistic;
    start then finds no keychain, says so, and emits KeychainChanged."""
    import keyring
    import keyring.backends.fail

    from launcher.accounts import open_accounts

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        async def go():
            c = Controller(make_core(manifest, open_accounts()))
            seen: list[ev.Event] = []
            c.subscribe(seen.append)
            before = c.remembers
            await c.start()
            after = c.remembers, c.keychain_help, [type(e) for e in seen]
            await c.close()
            return before, after
        before, (after, help_text, kinds) = asyncio.run(go())
    finally:
        keyring.set_keyring(previous)
    assert before is True and after is False and ev.KeychainChanged in kinds
    assert "no sign-in is kept" in help_text
