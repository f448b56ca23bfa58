"""Classifying HTTP answers that mean the same for every provider (5xx, 429, redirects, wrong content type)."""

from __future__ import annotations

import re
from typing import Any

from ..outcomes import ProtocolError, RateLimited, ServerUnavailable
from ..reply import Reply, retry_after_seconds


def raise_for_service_status(reply: Reply, service: str, *, retry_after: float | None = None) -> None:
    """Raise the offline-class error for answers that say nothing about the account."""
    if reply.status == 429:
        wait = retry_after if retry_after is not None else retry_after_seconds(reply.headers.get("retry-after"))
        raise RateLimited(code="429", retry_after=wait)
    if reply.status >= 500:
        if reply.status == 503:
            wait = retry_after_seconds(reply.headers.get("retry-after"))
            hint = f" Try again in {max(1, round(wait))} seconds." if wait else " Try again later."
        else:
            hint = " Try again later."
        raise ServerUnavailable(f"{service} is having problems right now (HTTP {reply.status}).{hint}",
                                code=str(reply.status))
    if reply.status in (404, 405) and "json" not in reply.content_type:
        raise ProtocolError(f"{service} was not found at its address (HTTP {reply.status}). "
                            "The game's manifest may point to the wrong URL.", code=str(reply.status))
    if 300 <= reply.status < 400:
        raise ProtocolError(f"{service} tried to redirect the sign-in elsewhere (HTTP {reply.status}); "
                            "the launcher does not follow it.", code=str(reply.status))


def expect_json_type(reply: Reply, service: str, *accepted: str) -> None:
    if reply.content_type not in accepted:
        shown = reply.content_type or "no content type"
        raise ProtocolError(f"{service} sent an unexpected kind of answer ({shown}, HTTP {reply.status}). "
                            "Try again later.", code="content-type")


def require(obj: Any, key: str, kind: type | tuple[type, ...], service: str, where: str = "") -> Any:
    """A required member of a JSON object, of the right type, or ProtocolError naming what is missing."""
    if not isinstance(obj, dict) or key not in obj or not isinstance(obj[key], kind) or obj[key] in ("",):
        raise ProtocolError(f"{service} sent an incomplete answer (no {where + key!s}). Try again later.",
                            code="missing-field")
    return obj[key]


def optional_str(obj: Any, key: str) -> str | None:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, str) and value else None


def as_dict(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one (server JSON is never trusted to have a shape)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`+)(?=\S)(.+?)(?<=\S)\1")
_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.MULTILINE)
_TAGS = re.compile(r"<[^>\n]{1,200}>")


def markdown_to_text(text: str) -> str:
    """Markdown (Appcharge's `enrichedText`) as plain text: the words stay, the markup goes; a link keeps its
    address in brackets so that a player can still find the support page."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", text)
    for _ in range(3):  # nested emphasis (**_x_**)
        text = _EMPHASIS.sub(r"\2", text)
    text = _BLOCK.sub("", text)
    text = _TAGS.sub("", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()
