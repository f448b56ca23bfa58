"""Click to profile: the launcher's sign-in (request, parse, profile with chests) against a plain httpx
script making the same request to the same sandbox, on loopback."""

from __future__ import annotations

import asyncio
import json
import time

from common import median_ms

RUNS = 40


async def main() -> None:
    import httpx

    from launcher.controller import Controller
    from launcher.http import Http
    from launcher.app_core import Core
    from launcher.manifest import DEMO_MANIFEST, load
    from launcher.providers import gacha
    from launcher.sandbox import Sandbox

    sandbox = Sandbox().start()
    manifest = load(DEMO_MANIFEST).with_services(sandbox.service_urls())
    url = sandbox.service_urls()["gacha"] + "/api/v1/players/sign_in?include=chests"
    body = {"data": {"type": "player", "attributes": {"email": "player@example.com",
                                                      "password": "SecurePassword123!"}}}
    payload = json.dumps(body, separators=(",", ":")).encode()  # one write, as the launcher sends it
    headers = {"Content-Type": "application/vnd.api+json", "Accept": "application/vnd.api+json"}
    values = {"email": "player@example.com", "password": "SecurePassword123!"}
    controller = Controller(Core(manifest, http=Http()))
    plain, ours = [], []
    async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport()) as client:
        for _ in range(5):  # warm both paths
            await client.post(url, content=payload, headers=headers)
            gacha.limiter = gacha.AttemptLimiter()
            await controller.sign_in("gacha", values, remember=False)
        for _ in range(RUNS):
            t = time.perf_counter()
            r = await client.post(url, content=payload, headers=headers)
            r.json()
            plain.append(time.perf_counter() - t)
            gacha.limiter = gacha.AttemptLimiter()
            t = time.perf_counter()
            session = await controller.sign_in("gacha", values, remember=False)
            ours.append(time.perf_counter() - t)
            assert session is not None and session.profile.items
    await controller.close()
    sandbox.stop()
    p, o = median_ms(plain), median_ms(ours)
    print(f"click to profile (median of {RUNS}): plain httpx {p:.1f} ms, launcher {o:.1f} ms, "
          f"overhead {o - p:.1f} ms (target <= 20 ms), ratio {o / p:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
