"""Redaction that bites: secrets are logged on purpose (in messages, arguments, exception tracebacks, stack
info; short ones; one inside another) and the log file the launcher wrote is read back. Switching the filter
off, or making `scrub` do nothing, fails these tests. Also: `safe_text` for terminals and dialogs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher import redact
from launcher.redact import MASK, SecretRegistry, safe_text, strip_controls
from tests.support.logging_setup import launcher_log


@pytest.fixture
def log_file(launcher_home: Path) -> Iterator[Path]:
    with launcher_log(debug=False) as path:
        yield path


def flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_secrets_in_messages_arguments_tracebacks_and_stack_info_never_reach_the_log(log_file: Path) -> None:
    secret, short, outer = "pw-Correct-Horse-Battery", "K9z!", "tok-OUTER-abcdefgh-tok"
    inner = "OUTER-abcd"  # a secret inside another
    for value in (secret, short, outer, inner):
        redact.secrets.add(value)
    log = logging.getLogger("launcher.test")
    log.info(f"message with {secret} inline")
    log.info("argument %s and %r", secret, {"nested": short})
    log.warning("short one: [%s]", short)
    log.warning("outer: %s", outer)
    try:
        raise ValueError(f"server said the password {secret} is wrong")
    except ValueError:
        log.exception("sign-in failed")
    log.error("with stack", stack_info=True, extra={"x": secret})
    try:
        {"k": secret}["missing"]
    except KeyError:
        log.debug("not at INFO")  # below the level: never written at all
        log.error("lookup failed", exc_info=True)
    text = flushed(log_file)
    assert "message with" in text and "server said the password" in text and "Traceback" in text
    for value in (secret, short, outer, inner):
        assert value not in text, f"{value!r} reached the log"
    assert text.count(MASK) >= 6
    assert "outer: ***" in text  # the longer secret is masked whole, not as tok-***-tok


def test_a_three_character_value_is_not_treated_as_a_secret() -> None:
    registry = SecretRegistry()
    registry.add("abc")
    registry.add("abcd")
    assert registry.scrub("abc abcd") == "abc ***"
    assert "abc" not in registry and "abcd" in registry and len(registry) == 1


def test_every_handler_the_launcher_configures_scrubs(log_file: Path) -> None:
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(log_file)]
    assert handlers and all(any(isinstance(f, redact.RedactingFilter) for f in h.filters) for h in handlers)


def test_server_text_in_a_log_line_cannot_forge_lines(log_file: Path) -> None:
    logging.getLogger("launcher.test").warning("server said: %s", "ok\n2026-01-01 INFO launcher: fake\x1b[2J")
    text = flushed(log_file)
    assert "\x1b" not in text
    assert not any(line.startswith("2026-01-01 INFO launcher: fake") for line in text.splitlines())


# --- safe_text ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    ("plain text", "plain text"),
    ("\x1b]0;evil title\x07hello", "hello"),
    ("\x1b[2J\x1b[1;1Hcleared", "cleared"),
    ("line1\r\nline2\nline3\tx", "line1 line2 line3 x"),
    ("bell\x07 del\x7f c1\x9b31m nul\x00", "bell del c1 nul"),  # 8-bit CSI: the whole sequence
    ("\u202eevil\u202c \u200bzero\u2066width\u2069", "evil zerowidth"),
    ("\x1bPdevice control\x1b\\after", "after"),
    ("ünïcödé 名前 😀", "ünïcödé 名前 😀"),
])
def test_safe_text_strips_controls_and_escapes(raw: str, shown: str) -> None:
    assert safe_text(raw) == shown


def test_safe_text_masks_secrets_even_split_by_control_characters() -> None:
    redact.secrets.add("Sekrit-Passw0rd")
    assert safe_text("wrong password Sekrit-Passw0rd given") == "wrong password *** given"
    assert safe_text("Sekrit-\x1b[0mPassw0rd") == "***"


def test_safe_text_bounds_length_and_keeps_lines_when_asked() -> None:
    assert len(safe_text("x" * 10_000)) == redact.MAX_SHOWN
    assert strip_controls("a\r\nb\x1b[1mc", one_line=False) == "a\nbc"
    assert safe_text("a\nb", one_line=False) == "a\nb"


@pytest.fixture
def isolated_log(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    """A logger whose records reach only a handler set up as logs.configure sets up its file (no pytest
    capture handler formats the record first, exactly as in the shipped launcher)."""
    path = tmp_path / "isolated.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    redact.install(handler)
    logger = logging.getLogger("launcher.isolated-test")
    logger.propagate, logger.level = False, logging.INFO
    logger.addHandler(handler)
    yield logger, path
    logger.removeHandler(handler)
    handler.close()


def test_a_traceback_is_scrubbed_when_the_launchers_handler_formats_it_first(isolated_log) -> None:  # type: ignore[no-untyped-def]
    logger, path = isolated_log
    redact.secrets.add("tb-Secret-Value-42")
    try:
        raise RuntimeError("rejected tb-Secret-Value-42 here")
    except RuntimeError:
        logger.exception("failed")
    logger.warning("where", stack_info=True)
    text = path.read_text(encoding="utf-8")
    assert "tb-Secret-Value-42" not in text and "rejected *** here" in text
    assert "Traceback (most recent call last):\n" in text  # the traceback keeps its lines
    assert "Stack (most recent call last):" in text


def test_a_message_with_line_breaks_stays_one_log_line(isolated_log) -> None:  # type: ignore[no-untyped-def]
    logger, path = isolated_log
    logger.info("first\nsecond\r\nthird\tend")
    assert path.read_text(encoding="utf-8") == "INFO first \\n second \\n third end\n"


def test_the_longest_secret_is_masked_first() -> None:
    registry = SecretRegistry()
    registry.add("zz-inner-1234")
    registry.add("aa-zz-inner-1234-aa")  # sorts before the inner one: only length ordering masks it whole
    assert registry.scrub("x aa-zz-inner-1234-aa y zz-inner-1234") == "x *** y ***"


def test_safe_text_edges() -> None:
    assert strip_controls("a\rb\tc", one_line=False) == "a\nb c"
    assert strip_controls("a\rb\nc") == "a b c"  # one line unless asked
    assert safe_text("y" * 50, limit=50) == "y" * 50 and safe_text("y" * 51, limit=50) == "y" * 49 + "…"
    assert safe_text("  padded  ") == "padded" and safe_text("  padded  ", one_line=False) == "  padded  "
