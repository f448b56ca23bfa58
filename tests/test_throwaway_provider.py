"""A new provider is one module plus its registration: a throwaway one, registered only in this test, appears in
the manifest validation, the CLI and the hand-over without any other part of the launcher being touched."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from launcher import cli, providers
from launcher.app_core import Core
from launcher.manifest import load
from launcher.models import Field, ServiceSpec, Session
from launcher.outcomes import ManifestError
from launcher.providers.base import Provider
from launcher.steps.flow import Attempt, Context, Plan, Step

TOY = ServiceSpec("toyland", options={"realm": str}, required_options=("realm",))


async def _enter(ctx: Context, attempt: Attempt) -> None:
    realm = ctx.settings.option(TOY, "realm")
    attempt.session = Session(provider=attempt.provider, player_id=f"toy-{attempt.credentials['name']}",
                              display_name=attempt.credentials["name"].title(),
                              tokens={"toy_token": "t0ken-of-" + realm}, data={"realm": realm})


class Toy(Provider):
    id = "toy"
    display_name = "Toy realm"
    description = "A provider that lives only in this test."
    services = (TOY,)
    fields = (Field("name", "Toy name"),)
    label_field = "name"
    game_token = "toy_token"
    handover_data = ("realm",)

    def sign_in_plan(self, values: Mapping[str, str]) -> Plan:
        return Plan((Step("Entering the toy realm…", _enter),))


@pytest.fixture
def toy() -> Iterator[type[Provider]]:
    with providers.registered(Toy) as cls:
        yield cls
    assert "toy" not in providers.all_providers()


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "toy.toml"
    path.write_text('[game]\nname = "Toy Game"\n' + body)
    return path


GOOD = '''
[launch]
executable = "game.sh"
[launch.env]
TOY_TOKEN = "{token}"
TOY_REALM = "{realm}"
[providers]
enabled = ["toy"]
[services]
toyland = "https://toy.example"
[toyland]
realm = "north"
'''


def test_the_manifest_validates_the_new_providers_service_and_options(toy, tmp_path):
    manifest = load(write(tmp_path, GOOD))
    assert manifest.enabled == ["toy"] and manifest.settings.option("toyland", "realm") == "north"
    with pytest.raises(ManifestError, match=r"toy\.toml:\d+: toyland\.realm: missing"):
        load(write(tmp_path, GOOD.replace('realm = "north"', "")))
    with pytest.raises(ManifestError, match=r"toyland\.colour: unknown key"):
        load(write(tmp_path, GOOD + 'colour = "red"\n'))
    with pytest.raises(ManifestError, match=r"launch\.env\.TOY_REALM: uses \{level\}"):
        load(write(tmp_path, GOOD.replace("{realm}", "{level}")))


def test_without_the_registration_the_manifest_refuses_it(tmp_path):
    with pytest.raises(ManifestError, match="unknown"):
        load(write(tmp_path, GOOD))


def test_the_cli_lists_it_and_signs_in_with_it(toy, tmp_path, capsys, launcher_home):
    path = write(tmp_path, GOOD)
    assert cli.main(["providers", "--json", "--manifest", str(path)]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == "toy" and listed["service"] == "toyland" and listed["fields"][0]["name"] == "name"
    assert cli.main(["signin", "--provider", "toy", "--manifest", str(path), "--field", "name=zed", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["player_id"] == "toy-zed" and shown["display_name"] == "Zed"


def test_the_hand_over_offers_what_it_declares_and_nothing_else(toy, tmp_path):
    manifest = load(write(tmp_path, GOOD))

    async def go() -> dict[str, str]:
        async with Core(manifest) as core:
            session = await core.sign_in("toy", {"name": "zed"})
            session.tokens["hidden"] = "never-for-the-game"
            return core.handover_values(session)
    values = asyncio.run(go())
    assert values["token"] == "t0ken-of-north" and values["realm"] == "north" and values["provider"] == "toy"
    assert values["api"] == "https://toy.example"
    assert "never-for-the-game" not in values.values()
