"""A launcher home with one saved account and its profile snapshot, written through the launcher's own modules
(LAUNCHER_HOME must point at the home first): what a player has after signing in once and quitting."""

from __future__ import annotations

from typing import Any


def saved_account(player_id: str = "p1", display_name: str = "Player One") -> Any:
    from launcher import snapshots
    from launcher.accounts.store import Account, AccountStore
    from launcher.models import Profile
    from launcher.paths import data_dir

    account = Account(f"gacha:{player_id}", "gacha", player_id, display_name, token_names=["access_token"])

    def add(data: Any) -> None:
        data.accounts.append(account)
        data.default = account.id
    AccountStore(data_dir() / "accounts.json").update(add)
    snapshots.save(account.id, Profile(provider="gacha", player_id=player_id, display_name=display_name))
    return account
