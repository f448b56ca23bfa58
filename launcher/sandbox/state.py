"""The sandbox's memory: demo data, live tokens, recorded requests and queued faults."""

from __future__ import annotations

import copy
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from .. import resources

DEMO_DATA = resources.demo_data()


@dataclass
class Fault:
    """One injected misbehaviour for requests whose path ends with `path`.

    `action`: None (answer `status`/`body`), "reset" (drop the connection mid-body), "oversize" (a huge body),
    "hang" (never answer; the client's read timeout fires).
    """

    path: str
    status: int = 500
    body: str | bytes | None = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    action: str | None = None
    times: int = 1
    passthrough: bool = False  # with delay: wait, then answer normally


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class SandboxState:
    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data = copy.deepcopy(data) if data is not None else json.loads(DEMO_DATA.read_text("utf-8"))
        self.lock = threading.RLock()
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        # Live credentials the sandbox issued: token -> (player key, expiry as time.time()).
        self.tokens: dict[str, dict[str, tuple[str, float]]] = {}
        self.seen_signatures: dict[str, float] = {}
        self.settings: dict[str, Any] = {"gacha_expires_in": 3600, "playfab_ticket_ttl": 86400,
                                         "earth_token_ttl": 3600, "signature_tolerance_s": 300}

    # --- faults and recording -------------------------------------------------------------------
    def inject(self, path: str, **kwargs: Any) -> Fault:
        fault = Fault(path=path, **kwargs)
        with self.lock:
            self.faults.append(fault)
        return fault

    def take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if path.endswith(fault.path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()
            self.requests.clear()

    def record(self, rec: Recorded) -> None:
        with self.lock:
            self.requests.append(rec)

    def received(self, path_suffix: str) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.path.endswith(path_suffix)]

    # --- tokens ---------------------------------------------------------------------------------
    def issue(self, kind: str, subject: str, ttl: float | None, *, prefix: str = "") -> str:
        token = prefix + secrets.token_urlsafe(24)
        expiry = time.time() + ttl if ttl else float("inf")
        with self.lock:
            self.tokens.setdefault(kind, {})[token] = (subject, expiry)
        return token

    def issue_value(self, kind: str, token: str, subject: str, ttl: float | None) -> str:
        with self.lock:
            self.tokens.setdefault(kind, {})[token] = (subject, time.time() + ttl if ttl else float("inf"))
        return token

    def check(self, kind: str, token: str | None) -> tuple[str | None, bool]:
        """(subject, expired) for a token the sandbox issued; (None, False) when unknown."""
        if not token:
            return None, False
        with self.lock:
            entry = self.tokens.get(kind, {}).get(token)
        if entry is None:
            return None, False
        subject, expiry = entry
        return subject, time.time() >= expiry

    def revoke(self, kind: str, token: str) -> None:
        with self.lock:
            self.tokens.get(kind, {}).pop(token, None)

    def expire_all(self, kind: str) -> None:
        with self.lock:
            for token, (subject, _) in list(self.tokens.get(kind, {}).items()):
                self.tokens[kind][token] = (subject, 0.0)
