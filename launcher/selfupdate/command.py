"""`launcher self-update [--check] [--json]`: a studio bundle checks its channel and downloads a newer launcher,
which starts the next time the launcher starts; any other installation says how to update it. Exit 0, 4 (the
network), 8 (the repository's content or the disk), 5 (the bundle's manifest)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..outcomes import ExitCode


def add_parser(sub: Any) -> None:
    one = sub.add_parser("self-update", help="check for a new version of the launcher and download it (a studio "
                                             "bundle; it starts the next time the launcher starts)")
    one.add_argument("--check", action="store_true", help="only tell whether a new version is available")
    one.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, run_async: Any) -> int:
    code: int = run_async(_run(args))
    return code


async def _run(args: argparse.Namespace) -> int:
    from .check import State, UpdateStatus, check_and_download
    from .kind import kind
    from .local import current

    this = current()
    how = kind(this)
    if this is None or not how.self_updating:
        from .. import __version__

        status = UpdateStatus(State.UNSUPPORTED, how.how, running=__version__)
    elif this.manifest is None:  # the demo bundle: no studio, no channel
        status = UpdateStatus(State.NOT_CONFIGURED, "This launcher has no update channel (it carries no studio "
                                                    "manifest with [self_update]).", running=this.running_version)
    else:
        from ..cli_delivery import progress_on_terminal
        from ..http import Http
        from ..manifest import load

        manifest = load(this.manifest)
        async with Http() as http:
            with progress_on_terminal("Downloading the launcher") as reporter:
                status = await check_and_download(http, manifest, download=not args.check, this=this,
                                                  on_progress=None if args.json else reporter)
    return report(status, as_json=args.json)


def report(status: Any, *, as_json: bool) -> int:
    from ..redact import safe_text

    if as_json:
        json.dump({**status.to_json(), "exit_code": status.exit_code}, sys.stdout)
        sys.stdout.write("\n")
    elif status.exit_code:
        print(f"launcher: {safe_text(status.message)}", file=sys.stderr)
    else:
        print(safe_text(status.message))
    return int(status.exit_code or ExitCode.OK)
