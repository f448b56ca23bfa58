"""The sandbox's memory: demo data, live tokens, recorded requests and queued faults.

With a `state_file` (the demo's), what a real backend keeps across restarts is loaded from it at start and written
to it whenever it changed (see persist.py); without one everything lives in memory only."""

from __future__ import annotations

import copy
import json
import logging
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import resources
from . import persist

log = logging.getLogger(__name__)

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
    def __init__(self, data: dict[str, Any] | None = None, *, state_file: Path | None = None) -> None:
        self.data = copy.deepcopy(data) if data is not None else json.loads(DEMO_DATA.read_text("utf-8"))
        self.lock = threading.RLock()
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        # Credentials the sandbox issued, by kind: SHA-256 of the token -> (player key, expiry as time.time() or
        # inf, issue time). Like a real backend's database, it keeps digests only.
        self.tokens: dict[str, dict[str, persist.Entry]] = {}
        self.seen_signatures: dict[str, float] = {}
        self.settings: dict[str, Any] = {"gacha_expires_in": 3600, "playfab_ticket_ttl": 86400,
                                         "earth_token_ttl": 3600, "signature_tolerance_s": 300}
        self.state_file = state_file
        self.revision = 0  # counts changes to tokens; player changes come with a token change in the same request
        self._saved_revision = 0
        self._save_failed = False
        self._seed_ids = {service: {p[spec.id] for p in self.data.get(service, {}).get("players", [])}
                          for service, spec in persist.PLAYERS.items()}
        if state_file is not None:
            doc = persist.read(state_file)
            if doc is not None:
                persist.apply(doc, self.tokens, self.data)

    # --- persistence ----------------------------------------------------------------------------------------------
    def save_if_changed(self) -> None:
        """Write the state file when something changed since the last write. Called on the thread that serves
        requests (player records change there), before a response goes out, and at stop."""
        if self.state_file is None:
            return
        with self.lock:
            if self.revision == self._saved_revision:
                return
            revision = self.revision
            payload = persist.snapshot(self.tokens, self.data, self._seed_ids)
        try:
            persist.write_atomic(self.state_file, payload)
        except OSError as exc:
            if not self._save_failed:
                log.warning("the demo sandbox cannot save its state to %s: %s", self.state_file,
                            exc.strerror or exc)
            self._save_failed = True
            return
        self._save_failed = False
        with self.lock:
            self._saved_revision = max(self._saved_revision, revision)

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
        return self.issue_value(kind, prefix + secrets.token_urlsafe(24), subject, ttl)

    def issue_value(self, kind: str, token: str, subject: str, ttl: float | None) -> str:
        now = time.time()
        with self.lock:
            self.tokens.setdefault(kind, {})[persist.digest(token)] = (subject, now + ttl if ttl else float("inf"),
                                                                       now)
            self.revision += 1
        return token

    def check(self, kind: str, token: str | None) -> tuple[str | None, bool]:
        """(subject, expired) for a token the sandbox issued; (None, False) when unknown."""
        if not token:
            return None, False
        with self.lock:
            entry = self.tokens.get(kind, {}).get(persist.digest(token))
        if entry is None:
            return None, False
        subject, expiry, _ = entry
        return subject, time.time() >= expiry

    def issued_at(self, kind: str, token: str) -> float | None:
        """When the sandbox issued `token` (time.time()); None for a token it does not know."""
        with self.lock:
            entry = self.tokens.get(kind, {}).get(persist.digest(token))
        return None if entry is None else entry[2]

    def revoke(self, kind: str, token: str) -> None:
        with self.lock:
            self.tokens.get(kind, {}).pop(persist.digest(token), None)
            self.revision += 1

    def expire_all(self, kind: str) -> None:
        with self.lock:
            for key, (subject, _, issued) in list(self.tokens.get(kind, {}).items()):
                self.tokens[kind][key] = (subject, 0.0, issued)
            self.revision += 1
