"""Text from outside (display names, labels, chest names, server messages) shown as text, never as HTML.

A QLabel or a tooltip decides by itself whether a string is rich text: a display name such as
`<img src="file:///...">` would be rendered, links included. Labels that show such text use `label()`, and
tooltips go through `tip()`; control characters and secrets are dropped on the way (launcher.redact.safe_text)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from launcher.redact import safe_text


def text(value: object, *, limit: int = 2000) -> str:
    return safe_text(value, limit=limit)


def label(widget: QLabel) -> QLabel:
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tip(value: object) -> str:
    """A tooltip that shows `value` literally (escaped inside a span, so Qt cannot read it as markup)."""
    shown = safe_text(value, one_line=False)
    return f"<span>{html.escape(shown).replace(chr(10), '<br>')}</span>" if shown else ""
