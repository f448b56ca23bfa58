"""Messages for people, built in the core and translated by the window. No Qt.

The convention (README, "Languages"):

    from .translatable import QT_TRANSLATE_NOOP, Bytes

    QT_TRANSLATE_NOOP("PlayAction", "Install {game}").fill(game=name)
    QT_TRANSLATE_NOOP("PlayAction", "{size} free", "free disk space").fill(size=Bytes(free))

`QT_TRANSLATE_NOOP(context, text[, comment])` is the marker `pyside6-lupdate` finds by name (context and text must
be string literals; the third argument reaches the translator as a comment that also tells apart two equal
texts). It returns a `Text`: a `str` holding the English text, so the command line, logs and JSON read exactly as
before, that also carries its context, source text and arguments, so the window (ui/i18n.py) looks the source text
up in the chosen language and only then fills the `{named}` arguments in (a translation may reorder them). An
argument may itself be a `Text`, a `Bytes`, `Rate` or `Duration` (the window formats these in the player's
locale), or anything else (shown as `str()` gives it).

Counts go through Qt's plural forms: `lupdate` marks a text as plural only from a `.tr(text, comment, n)` call,
so a module with counts names a `Context` after its context and uses it for them:

    Profile = Context("Profile")
    Profile.tr("%n chest(s)", "", count)       # English: "1 chest", "3 chests"; German: "1 Truhe", "3 Truhen"

(tools/check-translations checks that each `Context` is bound to a name equal to its context.)

String operations on a `Text` (`+`, f-strings, `.lower()`) give a plain, untranslatable `str`: fill arguments in
instead, and never build a sentence from pieces."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, args: Mapping[str, object]) -> str:
    """`{name}` replaced by `args[name]`; nothing else is interpreted (no attribute access, no format specs, as
    str.format would do with a translation's text); an unknown name stays as it is."""
    return PLACEHOLDER.sub(lambda m: str(args[m.group(1)]) if m.group(1) in args else m.group(0), template)


def english_plural(source: str, n: int) -> str:
    """The English forms of a plural source text: "%n chest(s)" -> "1 chest", "3 chests" (%Ln: "1,234 chests")."""
    return source.replace("(s)", "" if n == 1 else "s").replace("%Ln", f"{n:,}").replace("%n", str(n))


class Text(str):
    """A message's English text, with what the window needs to translate it."""

    context: str
    source: str
    comment: str | None
    args: Mapping[str, object]
    n: int | None

    def __new__(cls, context: str, source: str, comment: str | None = None,
                args: Mapping[str, object] | None = None, n: int | None = None) -> Text:
        kept = dict(args or {})
        template = english_plural(source, n) if n is not None else source
        text = super().__new__(cls, fill(template, kept))
        text.context, text.source, text.comment, text.args, text.n = context, source, comment, kept, n
        return text

    def fill(self, **args: object) -> Text:
        """The same message with these `{named}` arguments."""
        return Text(self.context, self.source, self.comment, {**self.args, **args}, self.n)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.comment, self.args, self.n))


def QT_TRANSLATE_NOOP(context: str, text: str, comment: str | None = None) -> Text:  # noqa: N802 (lupdate's name)
    """Marks `text` for translation in `context`; see the module's docstring."""
    return Text(context, text, comment)


class Context:
    """`Name = Context("Name")`; `Name.tr("%n file(s)", "", count)`: a plural message (see the module's docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, comment: str | None = None, n: int | None = None) -> Text:
        return Text(self.name, text, comment or None, n=n)


class _Value:
    """A number the window formats in the player's locale (a plain class: dataclasses costs the first frame)."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Value) and type(other) is type(self) and other.value == self.value

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.value))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.value!r})"


class Bytes(_Value):
    """A size in bytes: "3.2 GB" here, in the player's locale in the window."""

    __slots__ = ()

    def __str__(self) -> str:
        return size(self.value)


class Rate(_Value):
    """Bytes per second: "12.0 MB/s"."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"{size(self.value)}/s"


class Duration(_Value):
    """Time left, rounded as a person says it: "a few seconds", "less than a minute", "12 min", "2 h 5 min"."""

    __slots__ = ()

    def __str__(self) -> str:
        return duration(self.value)


def size(count: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if count < 1000 or unit == "TB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000
    raise AssertionError


def duration_parts(seconds: float) -> tuple[str, int, int]:
    """("few", 0, 0) under 10 s, ("under_minute", 0, 0) under a minute, else ("time", hours, minutes)."""
    if seconds < 60:
        return ("under_minute" if seconds >= 10 else "few", 0, 0)
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return ("time", hours, minutes)


def duration(seconds: float) -> str:
    kind, hours, minutes = duration_parts(seconds)
    if kind != "time":
        return "less than a minute" if kind == "under_minute" else "a few seconds"
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
