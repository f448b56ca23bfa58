"""An HTTP answer as providers see it, and Retry-After parsing. No httpx here, so that the providers and the
window can be imported without loading the HTTP stack (it is loaded on the first request)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Mapping

from .outcomes import ProtocolError


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import datetime, timezone
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


@dataclass
class Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self, *, service: str = "The game service") -> Any:
        if not self.body.strip():
            raise ProtocolError(f"{service} sent an empty answer (HTTP {self.status}). Try again later.")
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ProtocolError(f"{service} sent an answer that is not valid JSON (HTTP {self.status}). "
                                "Try again later.") from exc
