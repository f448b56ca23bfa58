"""Which language the launcher speaks. No Qt: ui/i18n.py applies the choice to the window.

- The languages it ships are the window's `.qm` files (English, the source language, needs none); their names
  in their own language are below (a language not named here is named by Qt).
- A studio may restrict them and say which one a player whose system language is not offered gets; it may give a
  sign-in method's label and description per language (`label.de = "..."`): `studio_offer` and `localized` take
  the manifest's raw values.
- The language chosen now (`set_current`) goes to the servers: the HTTP client's `Accept-Language` and Earth's
  `language` fact. Nothing chosen (the command line): neither changes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

SOURCE = "en"  # the language of the source texts
PSEUDO = "en_XA"  # the pseudo-locale: accented, 40 % longer, bracketed (tests, testers); never listed for players
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "pt_BR": "Português (Brasil)", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})
MAX_CODE = 16
_CODE = re.compile(r"^([a-z]{2,3})(?:_([A-Z]{2}|[0-9]{3}))?$")

_state = {"current": ""}


def normalise(code: object) -> str:
    """"pt-br", "pt_BR", "pt_BR.UTF-8", "de_DE@euro", "de-Latn-DE" -> "pt_BR", "de_DE"; "" for anything else."""
    if not isinstance(code, str) or not code or len(code) > 3 * MAX_CODE:
        return ""
    head = code.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = [p for p in head.split("_") if p]
    parts = [p for n, p in enumerate(parts) if n == 0 or not (len(p) == 4 and p.isalpha())]  # a script: Latn
    if not parts or len(parts) > 2:
        return ""
    text = parts[0].lower() + (f"_{parts[1].upper()}" if len(parts) > 1 else "")
    return text if _CODE.match(text) else ""


def base(code: str) -> str:
    return code.split("_", 1)[0]


def is_right_to_left(code: str) -> bool:
    return base(code) in RIGHT_TO_LEFT


def native_name(code: str) -> str | None:
    return NATIVE_NAMES.get(code) or NATIVE_NAMES.get(base(code))


def match(wanted: Iterable[str], available: Sequence[str]) -> str:
    """The first of `wanted` (the system's languages, best first) that `available` has: the same code, else the
    same language (de_AT finds de, pt finds pt_BR); "" when none."""
    for item in wanted:
        code = normalise(item)
        if not code:
            continue
        if code in available:
            return code
        same = [a for a in available if base(a) == base(code)]
        if same:
            return same[0]
    return ""


class Offer(NamedTuple):
    languages: tuple[str, ...]  # what the language menu lists, after "the system's language"
    fallback: str  # what a player gets whose system language is not offered
    ignored: tuple[str, ...] = ()  # the manifest named these, and the launcher does not ship them


def studio_offer(shipped: Iterable[str], offered: object = None, default: object = None) -> Offer:
    """The languages offered: the shipped ones (English first), or those of them the manifest's `[languages]
    offered` lists, in its order; `default` is for a player whose system language is not offered (else English
    when offered, else the first offered). Anything else in those values is ignored and named in `ignored`."""
    have = [SOURCE, *sorted({normalise(c) for c in shipped} - {"", SOURCE, PSEUDO}, key=_menu_order)]
    ignored: list[str] = []
    if isinstance(offered, list | tuple) and offered:
        chosen: list[str] = []
        for item in offered[:64]:
            code = match([item], have) if normalise(item) else ""
            if code and code not in chosen:
                chosen.append(code)
            elif not code:
                ignored.append(str(item)[:MAX_CODE])
        languages = tuple(chosen) or tuple(have)
    else:
        languages = tuple(have)
    fallback = match([default], languages) if isinstance(default, str) else ""
    if isinstance(default, str) and not fallback:
        ignored.append(default[:MAX_CODE])
    return Offer(languages, fallback or (SOURCE if SOURCE in languages else languages[0]), tuple(ignored))


def _menu_order(code: str) -> tuple[int, str]:
    known = list(NATIVE_NAMES)
    return (known.index(code), code) if code in known else (len(known), code)


def localized(value: object, language: str) -> str | None:
    """A manifest text in `language`: a plain string is every language's; a table (`label.de = "..."`) gives the
    language's own entry, else one of the same language (`pt` for pt_BR), else English's, else its first entry.
    None when there is no usable text (the caller uses its own, translated, wording)."""
    if isinstance(value, str):
        return value or None
    if not isinstance(value, Mapping):
        return None
    entries = {normalise(k): v for k, v in value.items() if isinstance(v, str) and v and normalise(k)}
    if not entries:
        return None
    code = normalise(language)
    found = match([code], list(entries)) if code else ""
    return entries.get(found or SOURCE) or next(iter(entries.values()))


def set_current(code: str) -> None:
    """The language the window shows now ("" : none chosen)."""
    _state["current"] = normalise(code)


def current() -> str:
    return _state["current"]


def http_tag(code: str) -> str:
    """pt_BR -> pt-BR (BCP 47, as HTTP and most servers spell it); the pseudo-locale is English to servers."""
    code = SOURCE if code == PSEUDO else code
    return code.replace("_", "-")


def accept_language() -> str:
    """The `Accept-Language` of the chosen language ("" when none is chosen): "pt-BR, pt;q=0.9, en;q=0.8"."""
    code = current()
    if not code:
        return ""
    tags = [http_tag(code)]
    if base(code) != tags[0]:
        tags.append(base(code))
    if SOURCE not in tags:
        tags.append(SOURCE)
    return ", ".join([tags[0], *(f"{t};q={1 - n / 10:.1f}" for n, t in enumerate(tags[1:], start=1))])


def fact(system: str) -> str:
    """Earth's `language` fact: the system's ("de_DE") when nothing is chosen or the chosen language is the
    system's; otherwise the chosen one ("pt_BR", "ar")."""
    code = current()
    if not code or code == PSEUDO or base(code) == base(normalise(system)):
        return system
    return code
