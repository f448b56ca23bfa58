"""Text from outside (display names, labels, chest names, server messages) shown as text, never as HTML.

A QLabel or a tooltip decides by itself whether a string is rich text: a display name such as
`<img src="file:///...">` would be rendered, links included. Labels that show such text use `label()`, and
tooltips go through `tip()` (or `set_tip()`); control characters and secrets are dropped on the way
(launcher.redact.safe_text).

A widget without an accessible description gives screen readers its tooltip instead, markup and all: a tooltip is
therefore wrapped in markup only when Qt would otherwise read it as rich text, and `set_tip` then gives the widget
the plain text as its description."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from launcher.redact import safe_text


def text(value: object, *, limit: int = 2000) -> str:
    return safe_text(value, limit=limit)


def label(widget: QLabel) -> QLabel:
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tip(value: object) -> str:
    """A tooltip that shows `value` literally: as it is when Qt would read it as plain text, else escaped inside
    a span (so that Qt cannot read it as markup)."""
    shown = safe_text(value, one_line=False)
    if not shown or not GuiQt.mightBeRichText(shown):
        return shown
    return f"<span>{html.escape(shown).replace(chr(10), '<br>')}</span>"


def set_tip(widget: QWidget, value: object, *, description: str | None = None) -> None:
    """`widget`'s tooltip shows `value` literally, and a screen reader gets plain text: `description`, or else the
    tooltip's own text (what Qt hands over anyway for a widget without a description, but without the markup `tip`
    may wrap it in: an empty `description` gets the text too when the tooltip is wrapped)."""
    shown = tip(value)
    widget.setToolTip(shown)
    wrapped = shown != safe_text(value, one_line=False)
    if description is None or (not description and wrapped):
        description = safe_text(value, one_line=True)
    widget.setAccessibleDescription(description)
