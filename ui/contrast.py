"""WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two (1:1 .. 21:1).

Text needs at least 4.5:1 against what it sits on, borders, focus rings and icons 3:1 (WCAG 2.2, 1.4.3 and
1.4.11). Pure Python: the theme and its test use it without Qt."""

from __future__ import annotations

TEXT = 4.5
NON_TEXT = 3.0


def rgb(colour: str) -> tuple[int, int, int]:
    """#rrggbb (or #rgb) as integers."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def over(colour: str, alpha: float, background: str) -> str:
    """`colour` at `alpha` painted over `background`, as #rrggbb (for translucent fills)."""
    fg, bg = rgb(colour), rgb(background)
    mixed = (round(f * alpha + g * (1 - alpha)) for f, g in zip(fg, bg, strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)
