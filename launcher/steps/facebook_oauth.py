""""Continue with Facebook" for studios that registered a fixed loopback redirect with Facebook
(`[playfab] facebook_redirect_uri = "http://127.0.0.1:PORT/PATH"`): the OAuth dialog in the system browser,
answered on that redirect. (Facebook cannot register a random port; without a registered redirect the launcher
uses Login for Devices, steps/facebook_device.py.)

The launcher listens on the redirect's loopback address, opens the dialog with that redirect, and waits. Facebook's
implicit flow puts the access token in the URL fragment, which browsers never send to a server, so the
redirect page hands the fragment back with a second request. The `state` value ties the answer to this
attempt. The token lives only in memory and goes straight into the PlayFab login."""

from __future__ import annotations

import asyncio
import logging
import secrets as pysecrets
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from ..models import Settings
from ..outcomes import ClientConfigError, InvalidCredentials, TimeoutError_
from ..redact import secrets as redactor

log = logging.getLogger("launcher.facebook")

DEFAULT_DIALOG = "https://www.facebook.com/v19.0/dialog/oauth"
WAIT_S = 300.0

CALLBACK_PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Signing in</title>
<style>body{font-family:sans-serif;text-align:center;padding-top:80px;color:#222}</style></head>
<body><h2 id="m">Finishing sign-in&hellip;</h2><script>
var q = location.hash ? location.hash.slice(1) : location.search.slice(1);
fetch('/token?' + q).then(function (r) { return r.text(); }).then(function (t) {
  document.getElementById('m').textContent = t; });
</script><noscript>Enable JavaScript to finish signing in.</noscript></body></html>"""


def redirect_parts(uri: str) -> tuple[str, int, str]:
    """(host, port, path) of a registered loopback redirect; a free port on 127.0.0.1 when none is given."""
    if not uri:
        return "127.0.0.1", 0, "/callback"
    parts = urlsplit(uri)
    try:
        port = parts.port or 80
    except ValueError:
        port = -1
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1") or not 0 < port < 65536:
        raise ClientConfigError("The manifest's facebook_redirect_uri must be an http://127.0.0.1:PORT/PATH address "
                                "registered with Facebook.", code="redirect-uri")
    host = "::1" if parts.hostname == "::1" else "127.0.0.1"
    return host, port, parts.path or "/"


def _respond(status: str, content_type: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            "Cache-Control: no-store\r\nConnection: close\r\n\r\n").encode() + body


async def obtain_token(settings: Settings, open_browser: Callable[[str], object], *,
                       wait_s: float = WAIT_S) -> str:
    """Run the browser flow and return the Facebook access token. Cancel the task to abandon it."""
    app_id = str(settings.option("playfab", "facebook_app_id", "") or "")
    if not app_id:
        raise ClientConfigError("This game has no Facebook app id in its manifest ([playfab] facebook_app_id).")
    dialog = str(settings.option("playfab", "facebook_dialog_url", "") or DEFAULT_DIALOG)
    host, port, callback = redirect_parts(str(settings.option("playfab", "facebook_redirect_uri", "") or ""))
    state = pysecrets.token_urlsafe(16)
    answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            parts = line.decode("latin-1").split()
            target = urlsplit(parts[1] if len(parts) > 1 else "/")
            if target.path == callback:
                writer.write(_respond("200 OK", "text/html; charset=utf-8", CALLBACK_PAGE))
            elif target.path == "/token":
                q = {k: v[0] for k, v in parse_qs(target.query).items()}
                if q.get("state") != state:
                    writer.write(_respond("400 Bad Request", "text/plain", b"This sign-in link is not valid."))
                elif q.get("access_token"):
                    redactor.add(q["access_token"])
                    if not answer.done():
                        answer.set_result(q["access_token"])
                    writer.write(_respond("200 OK", "text/plain; charset=utf-8",
                                          b"Signed in. You can close this tab and return to the launcher."))
                else:
                    if not answer.done():
                        answer.set_exception(InvalidCredentials(
                            "Facebook sign-in was cancelled or refused."
                            + (f" ({q['error_description']})" if q.get("error_description") else ""),
                            code=q.get("error", "denied")))
                    writer.write(_respond("200 OK", "text/plain; charset=utf-8",
                                          b"Sign-in cancelled. You can close this tab."))
            else:
                writer.write(_respond("404 Not Found", "text/plain", b"Not found"))
            await writer.drain()
        except (TimeoutError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    try:
        server = await asyncio.start_server(handle, host, port)
    except OSError as exc:
        raise ClientConfigError(f"The Facebook redirect address {host}:{port} is in use by another program, so "
                                "the sign-in cannot receive Facebook's answer. Close that program and try again.",
                                code="redirect-busy") from exc
    try:
        port = server.sockets[0].getsockname()[1]
        redirect = f"http://{host}:{port}{callback}"
        query = urlencode({"client_id": app_id, "redirect_uri": redirect, "state": state,
                           "response_type": "token", "scope": "public_profile"})
        url = f"{dialog}?{query}"
        log.info("opening the Facebook dialog; waiting on 127.0.0.1:%s", port)
        open_browser(url)
        try:
            return await asyncio.wait_for(answer, wait_s)
        except TimeoutError:
            raise TimeoutError_("Facebook sign-in was not finished in the browser in time. Try again.") from None
    finally:
        server.close()
        await server.wait_closed()
