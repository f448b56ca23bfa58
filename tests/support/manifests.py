"""The demo manifest's text for tests that write their own copy of it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo-manifest.toml"


def demo_manifest_text(*, delivery: bool = False) -> str:
    """The demo manifest; without its [delivery] table unless asked (the game then runs from the manifest's own
    folder, as a game installed by something else does: what the launch tests exercise)."""
    text = DEMO.read_text("utf-8")
    if not delivery:
        start = text.index("# The game's builds:")
        end = text.index("# Inside the installed build.\n")
        text = text[:start] + text[end + len("# Inside the installed build.\n"):]
    return text
