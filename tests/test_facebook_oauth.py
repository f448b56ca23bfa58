""""Continue with Facebook" over loopback: a scripted browser walks the sandbox's stand-in dialog."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from launcher.outcomes import ClientConfigError, InvalidCredentials, TimeoutError_
from launcher.steps.facebook_oauth import obtain_token

from .conftest import make_core


async def browse(url: str, choose: str) -> None:
    """What a browser does: open the dialog, press a button, follow the redirect, run the page's script."""
    async with httpx.AsyncClient() as web:
        page = await web.get(url)
        assert page.status_code == 200
        form = dict(re.findall(r'name="(redirect_uri|state)" value="([^"]*)"', page.text))
        confirm = await web.post(str(page.url.join("confirm")), data={**form, "user": choose})
        assert confirm.status_code == 302
        target = urlsplit(confirm.headers["location"])
        callback = await web.get(f"{target.scheme}://{target.netloc}{target.path}")
        assert "fetch('/token?'" in callback.text
        query = target.fragment or target.query
        done = await web.get(f"{target.scheme}://{target.netloc}/token?{query}")
        assert done.status_code == 200


@pytest.fixture
def unused_tcp_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_flow(manifest, choose: str, *, wait_s: float = 10.0):
    async def go():
        opened: list[str] = []
        task = asyncio.ensure_future(obtain_token(manifest.settings, opened.append, wait_s=wait_s))
        while not opened:
            await asyncio.sleep(0.01)
        query = parse_qs(urlsplit(opened[0]).query)
        assert query["client_id"] == ["1234567890"] and query["response_type"] == ["token"]
        assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
        if choose != "never":
            await browse(opened[0], choose)
        token = await task
        async with make_core(manifest) as core:
            return token, await core.sign_in("playfab-facebook", {"access_token": token})
    return asyncio.run(go())


def test_browser_flow_returns_the_token_and_signs_in(manifest, sandbox):
    token, session = run_flow(manifest, "EAADemoAstridFacebookToken")
    assert token == "EAADemoAstridFacebookToken" and session.display_name == "Astrid Stormborn"


def test_cancel_in_the_dialog_is_reported(manifest, sandbox):
    with pytest.raises(InvalidCredentials, match="cancelled or refused"):
        run_flow(manifest, "")


def test_a_registered_redirect_is_where_the_launcher_listens(manifest, sandbox, unused_tcp_port):
    manifest.settings.options["playfab"]["facebook_redirect_uri"] = f"http://127.0.0.1:{unused_tcp_port}/fb/done"

    async def go():
        opened: list[str] = []
        task = asyncio.ensure_future(obtain_token(manifest.settings, opened.append, wait_s=5))
        while not opened:
            await asyncio.sleep(0.01)
        redirect = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
        assert redirect == f"http://127.0.0.1:{unused_tcp_port}/fb/done"
        task.cancel()
    asyncio.run(go())


@pytest.mark.parametrize("uri", ["https://example.com/cb", "http://10.0.0.1:8000/cb", "http://127.0.0.1:99999/x"])
def test_a_redirect_that_is_not_loopback_is_a_setup_problem(manifest, uri):
    manifest.settings.options["playfab"]["facebook_redirect_uri"] = uri
    with pytest.raises(ClientConfigError, match="facebook_redirect_uri"):
        asyncio.run(obtain_token(manifest.settings, lambda url: None, wait_s=1))


def test_a_wrong_state_is_refused(manifest, sandbox):
    async def go():
        opened: list[str] = []
        task = asyncio.ensure_future(obtain_token(manifest.settings, opened.append, wait_s=1))
        while not opened:
            await asyncio.sleep(0.01)
        redirect = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
        async with httpx.AsyncClient() as web:
            r = await web.get(redirect.replace("/callback", "/token") + "?access_token=stolen&state=forged")
        assert r.status_code == 400
        with pytest.raises(TimeoutError_):
            await task
    asyncio.run(go())
