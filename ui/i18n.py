"""The window's language: chosen, applied at once, and every text put through Qt's translations.

`apply(choice)` ("" = the system's language) installs the launcher's translation (translations/launcher_XX.qm) and
Qt's own (qtbase_XX.qm: standard buttons, context menus), sets QLocale's default (numbers, sizes, dates) and the
layout direction (right-to-left languages mirror the whole window), tells launcher.languages (Accept-Language,
Earth's `language` fact), then emits `notifier().changed`.

How open windows follow (the simplest way that stays right):
- The main window rebuilds what it fills in from data (menus, tray menu, the pages' methods, accounts, the sign-in
  form, the main button) on `changed`: window_chrome.retranslate.
- A widget that sets text in its constructor subclasses `Retranslates` and sets that text again in
  `retranslate()`; Qt's LanguageChange event calls it (dialogs that are open included).
- Core messages (launcher.translatable.Text) are translated when shown: `text(value)`.

In widgets, `self.tr("...")`; in module functions, a `Context` named after its context (`Menus = Context("Menus")`,
`Menus.tr("&Quit")`): both are what pyside6-lupdate extracts, and the only forms it marks as plural with a
variable count (`self.tr("%n chest(s)", "", count)`). Arguments are `{named}` and filled after translation with
`fill`, which isolates values written in another direction (an e-mail address in an Arabic sentence)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal

from launcher import languages
from launcher.translatable import Bytes, Duration, Rate, Text, duration_parts
from launcher.translatable import fill as fill_plain

log = logging.getLogger("launcher.ui")

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
PREFIX = "launcher_"
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


class Context:
    """`Name = Context("Name")`, then `Name.tr("text")` or `Name.tr("%n file(s)", "", count)`: translated now."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, comment: str | None = None, n: int = -1) -> str:
        return _plural(QCoreApplication.translate(self.name, source, comment or None, n), n)


def _plural(found: str, n: int) -> str:
    """Qt put the count in (%n, or %Ln in the locale's digits); an untranslated English text still says "(s)"."""
    return found.replace("(s)", "" if n == 1 else "s") if n >= 0 else found


Formats = Context("Formats")


class Notifier(QObject):
    changed = Signal(str)  # the language now shown, e.g. "de"; "en" for the source language


_state: dict[str, Any] = {"code": languages.SOURCE, "translators": [], "notifier": None, "offer": None}


def notifier() -> Notifier:
    if _state["notifier"] is None:
        _state["notifier"] = Notifier()
    return _state["notifier"]


def shipped() -> list[str]:
    """The languages with a translation in this installation (English, the source, needs none)."""
    found = {languages.normalise(p.stem[len(PREFIX):]) for p in TRANSLATIONS.glob(f"{PREFIX}*.qm")}
    return sorted(found - {"", languages.PSEUDO})


def has_pseudo() -> bool:
    return (TRANSLATIONS / f"{PREFIX}{languages.PSEUDO}.qm").is_file()


def offer() -> languages.Offer:
    if _state["offer"] is None:
        _state["offer"] = languages.studio_offer(shipped())
    return _state["offer"]


def use_manifest(manifest: object) -> bool:
    """The studio's choice of languages (the manifest's raw `[languages]` table, `offered` and `default`, once the
    manifest has one); True when it changes what the current choice resolves to."""
    table = getattr(manifest, "languages", None)
    if not isinstance(table, dict):
        return False
    before = resolve(_state.get("choice", ""))
    _state["offer"] = languages.studio_offer(shipped(), table.get("offered"), table.get("default"))
    for code in _state["offer"].ignored:
        log.warning("the manifest names a language this launcher does not ship: %r", code)
    return resolve(_state.get("choice", "")) != before


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def resolve(choice: str) -> str:
    """The language shown for a choice: that one when offered ("" : the system's, when offered), else the studio's
    fallback (English unless the studio says otherwise)."""
    if choice == languages.PSEUDO and has_pseudo():
        return choice
    available = offer().languages
    return languages.match([choice] if choice else system_languages(), available) or offer().fallback


def current() -> str:
    return str(_state["code"])


def apply(choice: str) -> str:
    """Show the window in `choice` ("" : the system's language) from now on; returns the language shown."""
    code = resolve(choice)
    _state["choice"] = choice
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        QCoreApplication.removeTranslator(translator)
    _state["translators"] = []
    if code != languages.SOURCE:
        for name, folder in ((f"{PREFIX}{code}", TRANSLATIONS), (f"qtbase_{code}", qt_translations())):
            translator = QTranslator(app)
            if _load(translator, name, folder):
                QCoreApplication.installTranslator(translator)
                _state["translators"].append(translator)
            elif name.startswith(PREFIX):
                log.warning("no translation file %s.qm in %s", name, folder)
    system = QLocale.system()
    same = languages.base(languages.normalise(system.name())) == languages.base(code)
    locale = system if same else QLocale("en_US" if code == languages.PSEUDO else code)
    QLocale.setDefault(locale)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if languages.is_right_to_left(code)
                               else Qt.LayoutDirection.LeftToRight)
    _state["code"] = code
    languages.set_current(code)
    notifier().changed.emit(code)
    return code


def clear() -> None:
    """Back to the source language with nothing chosen, as before the first `apply` (tests)."""
    for translator in _state["translators"]:
        QCoreApplication.removeTranslator(translator)
    _state.update(translators=[], code=languages.SOURCE, choice="", offer=None)
    QLocale.setDefault(QLocale.system())
    app = QCoreApplication.instance()
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    languages.set_current("")


def _load(translator: QTranslator, name: str, folder: Path | None) -> bool:
    """`name`.qm, else the file of the language alone (qtbase_pt_BR, else qtbase_pt)."""
    if folder is None:
        return False
    for candidate in (name, name.rsplit("_", 1)[0] if name.count("_") > 1 else None):
        if candidate and (folder / f"{candidate}.qm").is_file() and translator.load(candidate, str(folder)):
            return True
    return False


def qt_translations() -> Path | None:
    """Qt's own .qm files: where Qt says (a bundle's qt.conf too), else inside the PySide6 package."""
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if found.is_dir():
        return found
    import PySide6

    inside = Path(PySide6.__file__).parent / "Qt" / "translations"
    return inside if inside.is_dir() else None


def is_right_to_left() -> bool:
    return languages.is_right_to_left(current())


def isolate(value: str) -> str:
    """A value from outside (a name, an address, a version) inside a right-to-left sentence keeps its own
    direction and does not reorder the words around it."""
    return f"{FSI}{value}{PDI}" if value and is_right_to_left() else value


def fill(template: str, **args: object) -> str:
    """`{named}` arguments into a translated template: core messages translated, sizes and numbers in the
    locale, any other text isolated."""
    return fill_plain(template, {key: shown(value) for key, value in args.items()})


def shown(value: object) -> str:
    if isinstance(value, Text):
        return text(value)
    if isinstance(value, Bytes):
        return data_size(value.value)
    if isinstance(value, Rate):
        return rate(value.value)
    if isinstance(value, Duration):
        return duration(value.value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, datetime):
        return QLocale().toString(value.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
    if isinstance(value, date):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
    return isolate(str(value))


def text(value: object) -> str:
    """A core message (launcher.translatable.Text) in the language shown; anything else as it is."""
    if not isinstance(value, Text):
        return str(value)
    n = value.n if value.n is not None else -1
    return fill(_plural(QCoreApplication.translate(value.context, value.source, value.comment, n), n), **value.args)


def data_size(count: float) -> str:
    """3.2 GB, 3,2 GB, ٣٫٢ غ.ب: decimal units, as the disk's own tools and the English text count."""
    return QLocale().formattedDataSize(max(0, int(count)), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def rate(per_second: float) -> str:
    return fill(Formats.tr("{size}/s", "a download rate: 12 MB/s"), size=Bytes(per_second))


def duration(seconds: float) -> str:
    """Time left as a person says it: "a few seconds", "less than a minute", "12 min", "2 h 5 min"."""
    kind, hours, minutes = duration_parts(seconds)
    if kind == "few":
        return Formats.tr("a few seconds", "time left")
    if kind == "under_minute":
        return Formats.tr("less than a minute", "time left")
    if not hours:
        return Formats.tr("%n min", "minutes, abbreviated", minutes)
    if not minutes:
        return Formats.tr("%n h", "hours, abbreviated", hours)
    return fill(Formats.tr("{hours} {minutes}", "hours and minutes: 2 h 5 min"),
                hours=Formats.tr("%n h", "hours, abbreviated", hours),
                minutes=Formats.tr("%n min", "minutes, abbreviated", minutes))


def menu_entries(*, tester: bool = False) -> list[tuple[str, str]]:
    """(choice, name) for the language menu: the system's language, then each offered language in its own name
    (the pseudo-locale for testers)."""
    system = resolve("")
    entries = [("", fill(Formats.tr("System language ({language})", "a menu entry: the system's language"),
                         language=name_of(system)))]
    entries += [(code, name_of(code)) for code in offer().languages]
    if tester and has_pseudo():
        entries.append((languages.PSEUDO, Formats.tr("Pseudo-translation (testing)")))
    return entries


def name_of(code: str) -> str:
    named = languages.native_name(code)
    if named:
        return named
    locale = QLocale(code)
    return locale.nativeLanguageName() or code


class Retranslates:
    """For a widget that sets text in its constructor: put that text in `retranslate()`; it runs again whenever the
    language changes (Qt sends LanguageChange to every widget when a translation is installed or removed)."""

    retranslate: Callable[[], None]  # the subclass's own: it sets every text the widget shows

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "retranslate", None)):  # caught at import, not at the first language change
            raise TypeError(f"{cls.__name__} subclasses Retranslates without a retranslate() method")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def pseudo(source: str) -> str:
    """The pseudo-translation of a source text: accented, 40 % longer, in brackets; `{names}`, `%n`/`%L1`, `&`
    mnemonics and HTML tags untouched. Any text on screen that is not bracketed was not translated; one whose end
    is cut does not fit."""
    out: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "{" and (end := source.find("}", i)) > i:
            out.append(source[i:end + 1])
            i = end + 1
            continue
        if ch == "<" and (end := source.find(">", i)) > i:
            out.append(source[i:end + 1])
            i = end + 1
            continue
        if ch == "%" and i + 1 < len(source):
            j = i + 1
            while j < len(source) and (source[j].isdigit() or source[j] in "Ln"):
                j += 1
            out.append(source[i:j])
            i = j
            continue
        out.append(ACCENTS.get(ch, ch))
        i += 1
    letters = sum(1 for c in source if c.isalpha())
    return "[" + "".join(out) + "~" * max(1, round(letters * 0.4)) + "]"


ACCENTS = dict(zip("aeiouycnszlAEIOUYCNSZL", "áéíóúýçñšžļÁÉÍÓÚÝÇÑŠŽĻ", strict=True))


def pseudo_forms(source: str) -> tuple[str, str]:
    """English's two plural forms of a `%n` source text ("%n chest(s)": one, other), pseudo-translated."""
    return pseudo(source.replace("(s)", "")), pseudo(source.replace("(s)", "s"))
