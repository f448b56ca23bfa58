"""Demo Quest: the small game the demo manifest launches.

It proves the session hand-over: it reads the token the launcher put in its environment (never on its
command line), calls an authenticated endpoint of the sandbox backend with it, and prints who it is playing as.
Then it plays for a few seconds (DEMO_PLAY_SECONDS, 5 by default; tests set 0), saying so once a second, so that
a player sees the launcher follow a running game; it ends early and cleanly when asked to close (SIGTERM).
Standard library only, so it runs with any Python (and inside the packaged bundle)."""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import time
import urllib.error
import urllib.request


def call(url: str, *, headers: dict[str, str], body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def who_am_i(provider: str, token: str, api: str, session_id: str) -> str:
    if provider == "gacha":
        doc = call(f"{api}/api/v1/players/me", headers={"Authorization": f"Bearer {token}",
                                                         "Accept": "application/vnd.api+json"})
        return doc["data"]["attributes"]["email"]
    if provider.startswith("playfab-"):
        doc = call(f"{api}/Client/GetPlayerCombinedInfo",
                   headers={"X-Authorization": token, "Content-Type": "application/json"},
                   body={"InfoRequestParameters": {"GetPlayerProfile": True, "GetUserAccountInfo": True}})
        payload = doc["data"]["InfoResultPayload"]
        return (payload.get("PlayerProfile") or {}).get("DisplayName") or payload["AccountInfo"]["PlayFabId"]
    if provider == "earth":
        # The game profile lives at {basePath}/api/v1.1/player/profile/{PlayFabId}; it has no name, only a level.
        player_id = os.environ.get("DEMO_PLAYER_ID", "")
        doc = call(f"{api}/api/v1.1/player/profile/{player_id}",
                   headers={"Authorization": f"{os.environ.get('DEMO_AUTH_SCHEME', 'Genoa')} {token}",
                            "Session-Id": session_id})
        return f"{player_id} (level {doc['result']['level']})"
    if provider == "appcharge":
        server = api.rsplit("/authenticate", 1)[0]
        return call(f"{server}/sessions/{token}", headers={})["playerName"]
    raise ValueError(f"unknown provider {provider!r}")


PLAY_SECONDS = 5.0
SCENES = ("leaves the village", "crosses the forest", "finds a chest", "meets a dragon", "heads home")


def play_seconds() -> float:
    """How long a round lasts: DEMO_PLAY_SECONDS (0 to an hour), else PLAY_SECONDS."""
    try:
        seconds = float(os.environ.get("DEMO_PLAY_SECONDS", PLAY_SECONDS))
    except ValueError:
        return PLAY_SECONDS
    return min(max(seconds, 0.0), 3600.0) if math.isfinite(seconds) else PLAY_SECONDS


class Closing(Exception):
    pass


def _close(_signum: int, _frame: object) -> None:
    raise Closing


def close_when_asked() -> None:
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _close)


def play(seconds: float) -> None:
    """One line a second while the round lasts; SIGTERM (the launcher's Stop) or Ctrl+C ends it at once."""
    end = time.monotonic() + seconds
    try:
        for n in range(int(seconds) + 1):
            left = end - time.monotonic()
            if left <= 0:
                break
            print(f"Demo Quest: the hero {SCENES[n % len(SCENES)]}...", flush=True)
            time.sleep(min(1.0, left))
    except (Closing, KeyboardInterrupt):
        print("Demo Quest: asked to close; the game is saved.", flush=True)


def main() -> int:
    close_when_asked()
    try:
        return run()
    except Closing:  # asked to close before the round started, or between two of its lines
        print("Demo Quest: asked to close; the game is saved.", flush=True)
        return 0


def run() -> int:
    provider, token, api = (os.environ.get(k, "") for k in ("DEMO_PROVIDER", "DEMO_TOKEN", "DEMO_API"))
    if not (provider and token and api):
        print("Demo Quest: no session was handed over (start me from the launcher).", file=sys.stderr)
        return 2
    try:
        name = who_am_i(provider, token, api, os.environ.get("DEMO_SESSION_ID", ""))
    except (OSError, KeyError, ValueError, urllib.error.HTTPError) as exc:
        print(f"Demo Quest: the game server did not accept the session ({exc.__class__.__name__}: {exc}).",
              file=sys.stderr)
        return 1
    print(f"Demo Quest: playing as {name}", flush=True)
    play(play_seconds())
    print("Demo Quest: bye", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
