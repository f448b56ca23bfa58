"""Freedesktop desktop entries for a bundle: the menu entry and the URL-scheme handler.

Every value is escaped as the Desktop Entry Specification says (1.5, "Possible value types" and "The Exec
key"): a string value escapes backslash, newline, tab and carriage return; an Exec argument holding a reserved
character is double-quoted with ", `, $ and \\ backslash-escaped inside, and a literal % is written %%. A game
called "Rock & Roll" or a folder named `Tom's "Games"` therefore gives a working entry. Used by tools/package
(the bundle's template) and tools/package-deb."""

from __future__ import annotations

import re

RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def string_value(text: str) -> str:
    """A string (or localestring) value on one line."""
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        raise ValueError("a desktop entry value cannot hold control characters")
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))


def exec_arg(arg: str) -> str:
    """One argument of an Exec line, before the string-value escaping of the whole line."""
    if any(ord(c) < 32 for c in arg):
        raise ValueError("an Exec argument cannot hold control characters")
    arg = arg.replace("%", "%%")
    if arg and not (set(arg) & RESERVED):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def exec_line(argv: list[str], field_code: str = "") -> str:
    """The Exec value: the arguments quoted, then a field code such as %u (which must stay unquoted)."""
    line = " ".join(exec_arg(a) for a in argv) + (f" {field_code}" if field_code else "")
    return string_value(line)


def entry(*, name: str, comment: str, exec_argv: list[str], icon: str, wm_class: str, field_code: str = "",
          mime_types: tuple[str, ...] = (), no_display: bool = False, categories: str = "Game;") -> str:
    lines = ["[Desktop Entry]", "Type=Application", f"Name={string_value(name)}",
             f"Comment={string_value(comment)}", f"Exec={exec_line(exec_argv, field_code)}",
             f"Icon={string_value(icon)}", "Terminal=false", f"Categories={categories}",
             f"StartupWMClass={string_value(wm_class)}"]
    if mime_types:
        lines.append("MimeType=" + "".join(f"{string_value(m)};" for m in mime_types))
    if no_display:
        lines.append("NoDisplay=true")
    return "\n".join(lines) + "\n"


def comment(name: str, publisher: str = "") -> str:
    return f"Sign in and play {name}" + (f" ({publisher})" if publisher else "")


def unescape_exec(value: str) -> list[str]:
    """The argv a desktop would run for an Exec value (field codes left as they are); for tests."""
    line = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
                  value)
    argv: list[str] = []
    current: str | None = None
    i = 0
    while i < len(line):
        c = line[i]
        if c == '"':
            current = current or ""
            i += 1
            while line[i] != '"':
                if line[i] == "\\" and line[i + 1] in '"`$\\':
                    i += 1
                current += line[i]
                i += 1
        elif c == " ":
            if current is not None:
                argv.append(current)
            current = None
        else:
            current = (current or "") + c
        i += 1
    if current is not None:
        argv.append(current)
    return [a.replace("%%", "%") for a in argv]
