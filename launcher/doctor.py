"""`launcher doctor`: everything a sign-in, a download and a launch depend on, checked for the manifest and
environment in use, each verdict in plain words with what to do about it.

It never signs anyone in and never sends a secret anywhere: each service is asked something that proves it is
there and set up for this game (a sign-in of an account that cannot exist, a route asked without credentials, the
repository's signed metadata). Providers declare their own checks (`Provider.diagnose`); the same check declared by
two providers of one service runs once."""

from __future__ import annotations

import asyncio
import logging
import secrets
import socket
import tempfile
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING

from . import clock
from .diagnostics import Area, Check, fail, ok, warn
from .outcomes import KeychainError, LauncherError
from .translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from .http import Http
    from .manifest import Manifest

log = logging.getLogger("launcher.doctor")

CHECK_DEADLINE_S = 25.0  # one check, all its requests included


async def run(manifest: Manifest, http: Http) -> list[Check]:
    from . import providers
    from .app_core import Core

    env = f", environment {manifest.environment!r}" if manifest.environment else ""
    checks: list[Check] = [ok("manifest", None, f"{manifest.path} is valid: {manifest.name}{env}, "
                                                f"{len(manifest.enabled)} sign-in methods.",
                              player=QT_TRANSLATE_NOOP("Doctor", "The game's settings are fine."))]
    checks += await keychain()
    checks += network_path(http)
    core = Core(manifest, http=http)
    context = core.context()
    seen: set[tuple[str, str | None]] = set()
    jobs = []
    for pid in manifest.enabled:
        provider = providers.get(pid)
        jobs.append(_named(_bounded(provider.diagnose(context), f"sign-in with {pid}"), provider.service,
                           manifest.text_for(provider)[0]))
    if manifest.delivery is not None:
        jobs.append(_bounded(delivery(manifest, http), "game downloads"))
    for found in await asyncio.gather(*jobs):
        for check in found:
            key = (check.name, check.service)
            if key not in seen:
                seen.add(key)
                checks.append(check)
    checks.append(clock_check())
    return checks


async def _named(job: Awaitable[list[Check]], service: str, label: str) -> list[Check]:
    """A provider's own service's checks in a player's words name the sign-in method they are about."""
    import dataclasses

    return [dataclasses.replace(c, player=_for_method(label, c.player))
            if c.service == service and c.player and c.player.startswith("This sign-in method") else c
            for c in await job]


def _for_method(label: str, player: str) -> str:
    """"Email: this sign-in method's server answers."; a translatable check keeps its own capital letter, since
    the window translates it whole ("Email: This sign-in method's server answers.")."""
    if isinstance(player, Text):
        return QT_TRANSLATE_NOOP("Doctor", "{method}: {check}", "a sign-in method's name, then a check's result about "
                                                                "it").fill(method=label, check=player)
    return f"{label}: {player[0].lower()}{player[1:]}"


async def _bounded(job: object, what: str) -> list[Check]:
    try:
        async with asyncio.timeout(CHECK_DEADLINE_S):
            return list(await job)  # type: ignore[misc]
    except TimeoutError:
        return [fail(what, None, f"The check of {what} did not finish within {CHECK_DEADLINE_S:g} seconds.",
                     "Check the network connection and the service addresses in the manifest.")]
    except LauncherError as exc:
        return [fail(what, None, exc.message)]


async def keychain() -> list[Check]:
    """Present, unlocked and answering: a probe entry written, read back and deleted (never a real secret)."""
    from . import workers
    from .accounts.secrets import KeyringVault, deadline_s
    from .identity import keychain_service

    service = keychain_service("doctor")

    def probe() -> str:
        vault = KeyringVault()
        value = "doctor-probe-" + secrets.token_hex(8)
        vault.set(service, "probe", value)
        try:
            if vault.get(service, "probe") != value:
                raise KeychainError("The system keychain did not keep a test entry (it read back differently).")
        finally:
            vault.delete(service, "probe")
        import keyring

        return type(keyring.get_keyring()).__module__.rsplit(".", 1)[-1]

    try:
        backend = await workers.run(probe)
    except KeychainError as exc:
        return [fail("keychain", None, exc.message,
                     f"Start and unlock the system keychain (GNOME Keyring, KWallet, the macOS login keychain, "
                     f"Windows Credential Manager). Without it no sign-in is kept. Calls wait at most "
                     f"{deadline_s():g} s (LAUNCHER_KEYCHAIN_DEADLINE).", area=Area.KEYCHAIN,
                     player=QT_TRANSLATE_NOOP("Doctor", "Your computer's password store can't be used: you will "
                                                        "sign in again at every start."))]
    return [ok("keychain", None, f"The system keychain ({backend}) is present, unlocked and answering.",
               player=QT_TRANSLATE_NOOP("Doctor", "Your sign-ins can be kept safely."))]


def network_path(http: Http) -> list[Check]:
    from .http import proxy_shown, system_proxies

    checks: list[Check] = []
    proxies = {k: v for k, v in system_proxies().items() if k != "no"}
    if proxies:
        shown = ", ".join(sorted({f"{proxy_shown(v)} ({k})" for k, v in proxies.items()}))
        bypass = system_proxies().get("no")
        unreachable = [v for v in set(proxies.values()) if not _reachable(v)]
        if unreachable:
            checks.append(fail("proxy", None, f"The proxy at {proxy_shown(unreachable[0])} can't be reached.",
                               "Check HTTPS_PROXY/HTTP_PROXY (or the system's proxy settings) and that the proxy "
                               "runs.", player=QT_TRANSLATE_NOOP("Doctor", "The network's proxy can't be reached.")))
        else:
            checks.append(ok("proxy", None, f"Connections go through the proxy at {shown}"
                                            f"{f'; not for {bypass}' if bypass else ''}.",
                             player=QT_TRANSLATE_NOOP("Doctor", "Connections go through your network's proxy.")))
    else:
        checks.append(ok("proxy", None, "No proxy is set: connections go direct.",
                         player=QT_TRANSLATE_NOOP("Doctor", "Your network connection is set up.")))
    trust = http.trust
    if trust.problem:
        checks.append(fail("certificates", None, trust.problem, "Fix or unset SSL_CERT_FILE.",
                           player=QT_TRANSLATE_NOOP("Doctor", "Secure connections can't be checked on this computer.")))
    elif trust.warnings:
        checks.append(warn("certificates", None, " ".join(trust.warnings) + f" Using: {trust.source}.",
                           "Unset the variable or point it at a real file or folder.",
                           player=QT_TRANSLATE_NOOP("Doctor", "Secure connections are checked with this computer's "
                                                              "own certificates.")))
    else:
        checks.append(ok("certificates", None, f"Certificates are checked against the {trust.source}.",
                         player=QT_TRANSLATE_NOOP("Doctor", "Secure connections can be checked.")))
    return checks


def _reachable(proxy: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=5):
            return True
    except OSError:
        return False


def clock_check() -> Check:
    """Against the servers' Date headers seen during the checks (a minute is noise; past five minutes, signed
    requests are refused and, days off, certificates look expired)."""
    words = clock.describe()
    if words is None:
        return ok("clock", None, "This computer's clock agrees with the servers'.",
                  player=QT_TRANSLATE_NOOP("Doctor", "Your computer's clock is right."))
    fix = "Set the date and time automatically in the system settings."
    player = QT_TRANSLATE_NOOP("Doctor", "Your computer's clock is wrong; set the date and time automatically in the "
                                         "system settings.")
    if abs(clock.skew_s()) >= clock.HARMFUL_S:
        return fail("clock", None, words + " Signed sign-in requests are refused past five minutes, and "
                    "secure connections fail when it is off by days.", fix, player=player)
    return warn("clock", None, words + " Token times are corrected for it.", fix, player=player)


async def delivery(manifest: Manifest, http: Http) -> list[Check]:
    """The repository's signed metadata: valid, reachable and fresh (checked from the shipped root, in a
    temporary folder: the player's own record is not touched)."""
    from .delivery import trust as delivery_trust
    from .delivery.errors import DeliveryNetworkError
    from .delivery.setup import target_for

    spec = manifest.delivery
    assert spec is not None
    try:
        target = target_for(manifest)
        with tempfile.TemporaryDirectory(prefix="launcher-doctor-") as folder:
            offer = await delivery_trust.offer(http, target.repository, target.root_bytes, Path(folder),
                                               target.channel)
    except DeliveryNetworkError as exc:
        return [fail("repository", "delivery", exc.message, "Check [delivery] repository in the manifest and that "
                     "the studio's server or CDN serves it.",
                     player=QT_TRANSLATE_NOOP("Doctor", "The game's download server can't be reached."))]
    except LauncherError as exc:
        skew = clock.describe()
        hint = f" {skew} Expiry is judged by this computer's clock." if skew and "expired" in exc.message else ""
        return [fail("repository", "delivery", exc.message + hint, "The studio must publish or re-sign the "
                     "repository (launcher publish refresh re-signs the timestamp).",
                     player=QT_TRANSLATE_NOOP("Doctor", "The game's downloads can't be trusted right now."))]
    expires = offer.expires
    detail = (f"The repository's signed metadata is valid; channel {target.channel!r} offers "
              f"{offer.pointer.version}" + (f", re-signed until {expires:%Y-%m-%d %H:%M} UTC." if expires else "."))
    from datetime import UTC, datetime, timedelta

    if expires is not None and expires - datetime.now(UTC) < timedelta(days=1):
        return [warn("repository", "delivery", detail + " That is less than a day away.",
                     "Re-sign the timestamp now (launcher publish refresh) and on a schedule.")]
    return [ok("repository", "delivery", detail, player=QT_TRANSLATE_NOOP("Doctor", "Game downloads are available."))]
