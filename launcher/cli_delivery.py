"""The command line's game delivery commands (the contract's "Game delivery"): publish (init, a build with its
notes, the news feed, refresh, rotate), install/update, verify [--repair], game, uninstall."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .outcomes import ExitCode, UsageError
from .redact import safe_text

if TYPE_CHECKING:
    from .delivery.installer import Installer, Progress

COMMANDS = ("publish", "install", "update", "verify", "game", "uninstall")
STATUS_WAIT_S = 30.0  # `game` asks the repository for the newest build; past this it says "unknown"


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser], env_option: Any) -> None:
    pu = sub.add_parser("publish", help="studios: create a repository, publish a build or the news, re-sign, "
                                        "rotate a key",
                        description="launcher publish init --repo DIR --keys DIR | launcher publish BUILD_DIR --repo "
                                    "DIR --keys DIR --version V [--channel NAME] [--required] [--notes FILE] | "
                                    "launcher publish news FILE --repo DIR --keys DIR | launcher publish "
                                    "refresh --repo DIR --keys DIR | launcher publish rotate ROLE --repo DIR "
                                    "--keys DIR")
    pu.add_argument("what", metavar="BUILD_DIR|init|news|refresh|rotate")
    pu.add_argument("role", nargs="?", help="with rotate: root, targets, snapshot or timestamp; with news: the "
                                            "feed's FILE (JSON or TOML)")
    pu.add_argument("--repo", required=True, help="the repository folder (what the web server serves)")
    pu.add_argument("--keys", required=True, help="the signing keys' folder (never inside --repo)")
    pu.add_argument("--version", dest="build_version", metavar="VERSION", help="the build's version")
    pu.add_argument("--channel", default="live", help="the channel the build goes to (default live)")
    pu.add_argument("--required", action="store_true", help="players must install this build before playing")
    pu.add_argument("--game", default="", help="the game's name, recorded in the build's file list")
    pu.add_argument("--notes", metavar="FILE", help="the build's patch notes (UTF-8 text, at most 64 KiB), signed "
                                                    "with the build and shown to players before and after the update")
    pu.add_argument("--timestamp-days", type=int, default=7, metavar="DAYS",
                    help="how long the signed timestamp is valid (default 7; re-sign with `publish refresh`)")
    pu.add_argument("--json", action="store_true")

    for name in ("install", "update"):
        one = sub.add_parser(name, help="install the channel's newest build, or bring the install up to it")
        one.add_argument("--manifest", default=argparse.SUPPRESS)
        one.add_argument("--channel", help="another channel of the repository (default: the manifest's)")
        one.add_argument("--dir", help="the install folder (default: the platform's data folder)")
        one.add_argument("--json", action="store_true")
        env_option(one)
    ve = sub.add_parser("verify", help="check every installed file against its signed build")
    ve.add_argument("--repair", action="store_true", help="download and rewrite the files that differ")
    ga = sub.add_parser("game", help="the installed version, channel, folder, size and the newest available")
    un = sub.add_parser("uninstall", help="remove the installed build and the launcher's record of it")
    un.add_argument("--yes", action="store_true", help="do not ask")
    for one in (ve, ga, un):
        one.add_argument("--manifest", default=argparse.SUPPRESS)
        one.add_argument("--channel", help="the channel whose install is meant (default: the manifest's)")
        one.add_argument("--dir", help="the install folder (default: the platform's data folder)")
        if one is not un:
            one.add_argument("--json", action="store_true")
        env_option(one)


def run(args: argparse.Namespace, load_manifest: Any, run_async: Any) -> int:
    if args.command == "publish":
        return _publish(args)
    manifest = load_manifest(getattr(args, "manifest", None), env=args.env)
    if args.command in ("install", "update"):
        return int(run_async(_install(args, manifest)))
    if args.command == "verify":
        return int(run_async(_verify(args, manifest)))
    if args.command == "game":
        return int(run_async(_game(args, manifest)))
    return _uninstall(args, manifest)


def _path(text: str, what: str) -> Path:
    from .cli import check_text

    return Path(check_text(text, what)).expanduser()


def _publish(args: argparse.Namespace) -> int:
    from .delivery.errors import DeliveryError

    try:
        return _publish_command(args)
    except OSError as exc:  # a repository or keys folder that cannot be written: a full disk, a file in the way
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        raise DeliveryError(f"The repository or keys could not be written{where}: {exc.strerror or exc}. What was "
                            "already published is unchanged.") from None


def _publish_command(args: argparse.Namespace) -> int:
    from .delivery import publish

    repo, keys = _path(args.repo, "--repo"), _path(args.keys, "--keys")
    what = args.what
    if what == "news" and not args.role and args.build_version:
        what = "./news"  # `publish news --version V`: a build folder named news, as before the news command
    if what in ("init", "refresh", "rotate", "news") and args.notes is not None:
        raise UsageError(f"--notes goes with publish BUILD_DIR, not publish {what}.")
    if what == "news" and args.build_version:
        raise UsageError("--version goes with publish BUILD_DIR, not publish news.")
    if what not in ("rotate", "news") and args.role:
        raise UsageError(f"publish {safe_text(what, limit=40)}: unexpected argument "
                         f"{safe_text(args.role, limit=40)!r}.")
    if not 1 <= args.timestamp_days <= 366:
        raise UsageError("--timestamp-days must be from 1 to 366.")
    if what == "init":
        root = publish.init(repo, keys, timestamp_days=args.timestamp_days)
        if args.json:
            _json({"root": str(root)})
        else:
            print(f"Created the repository {repo} and its keys in {keys}.", file=sys.stderr)
            print(f"Ship this root metadata beside the game's manifest ([delivery] root): {root}", file=sys.stderr)
            print(root)
        return ExitCode.OK
    if what == "news":
        if not args.role:
            raise UsageError("publish news needs the feed's FILE (JSON or TOML): launcher publish news FILE --repo "
                             "DIR --keys DIR.")
        news = publish.publish_news(_path(args.role, "FILE"), repo, keys, timestamp_days=args.timestamp_days)
        if args.json:
            _json(news.to_json())
        else:
            print(news.summary())
        return ExitCode.OK
    if what == "refresh":
        expires = publish.refresh(repo, keys, timestamp_days=args.timestamp_days)
        if args.json:
            _json({"timestamp_expires": expires.isoformat()})
        else:
            print(f"Re-signed the timestamp of {repo}; it is valid until {expires:%Y-%m-%d %H:%M} UTC.")
        return ExitCode.OK
    if what == "rotate":
        if not args.role:
            raise UsageError("publish rotate needs the role whose key is replaced: root, targets, snapshot or "
                             "timestamp.")
        root = publish.rotate(repo, keys, args.role)
        if args.json:
            _json({"root": str(root), "role": args.role})
        else:
            print(f"Replaced the {args.role} key; the new root metadata is {root}. Launchers that trust an older "
                  "root follow the rotation by themselves; ship the new one with the next launcher release.")
        return ExitCode.OK
    if not args.build_version:
        raise UsageError("publish BUILD_DIR needs --version VERSION.")
    build = _path(what, "BUILD_DIR")
    notes = publish.read_notes(_path(args.notes, "--notes")) if args.notes is not None else ""
    interactive = sys.stderr.isatty() and not args.json
    result = publish.publish(build, repo, keys, args.build_version, args.channel, required=args.required,
                             game=args.game, notes=notes, timestamp_days=args.timestamp_days,
                             progress=(lambda rel: _status(f"publishing {rel}")) if interactive else None)
    if interactive:
        _status("")
    if args.json:
        _json(result.to_json())
    else:
        print(result.summary())
    return ExitCode.OK


def _json(value: Any) -> None:
    json.dump(value, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()


def _status(text: str) -> None:
    width = 79
    sys.stderr.write("\r" + safe_text(text, limit=width).ljust(width)[:width] + ("\r" if not text else ""))
    sys.stderr.flush()


def _installer(args: argparse.Namespace, manifest: Any, http: Any, *, on_progress: Any = None,
               need_root: bool = True) -> Installer:
    from .delivery.installer import Installer
    from .delivery.setup import target_for

    folder = args.dir and str(_path(args.dir, "--dir"))
    return Installer(target_for(manifest, folder=folder, channel=args.channel, need_root=need_root), http,
                     on_progress=on_progress)


class _Reporter:
    """Progress: JSON lines on stdout (--json), a line kept up to date on a terminal, nothing otherwise."""

    def __init__(self, as_json: bool, what: str) -> None:
        self.as_json, self.what = as_json, what
        self.tty = not as_json and sys.stderr.isatty()
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        if self.as_json:
            _json(progress.to_json())
        elif self.tty:
            from .delivery.publish import human

            share = 100 * progress.done / progress.total if progress.total else 100
            left = ""
            if progress.rate > 0 and progress.total > progress.done:
                left = f", about {_duration((progress.total - progress.done) / max(progress.rate, 1))} left"
            _status(f"{self.what}: {share:.0f}% ({human(progress.done)} of {human(progress.total)}, "
                    f"{human(progress.rate)}/s{left})")
            self.shown = True

    def close(self) -> None:
        if self.shown:
            _status("")


@contextlib.contextmanager
def progress_on_terminal(what: str) -> Iterator[_Reporter]:
    reporter = _Reporter(False, what)
    try:
        yield reporter
    finally:
        reporter.close()


def _duration(seconds: float) -> str:
    seconds = min(seconds, 99 * 3600)
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


async def _install(args: argparse.Namespace, manifest: Any) -> int:
    from .http import Http

    reporter = _Reporter(args.json, f"Installing {manifest.name}")
    async with Http() as http:
        try:
            result = await _installer(args, manifest, http, on_progress=reporter).install()
        finally:
            reporter.close()
    if args.json:
        _json(result.to_json())
    elif not result.changed:
        print(f"{manifest.name} {result.version} is up to date in {result.dir}.")
    else:
        from .delivery.publish import human

        what = f"Updated {manifest.name} from {result.previous} to" if result.previous else f"Installed {manifest.name}"
        print(f"{what} {result.version} in {result.dir} (downloaded {human(result.downloaded)}).")
    return ExitCode.OK


async def _verify(args: argparse.Namespace, manifest: Any) -> int:
    from contextlib import AsyncExitStack

    async with AsyncExitStack() as stack:
        http = None
        if args.repair:
            from .http import Http

            http = await stack.enter_async_context(Http())
        reporter = _Reporter(False, f"Repairing {manifest.name}")  # --json prints the result only
        result = await _installer(args, manifest, http, on_progress=reporter, need_root=False).verify(
            repair=args.repair)
        reporter.close()
    if args.json:
        _json({"version": result.version, "checked": result.checked, "ok": result.ok,
               "problems": [{"path": p.path, "reason": p.reason} for p in result.problems],
               "repaired": list(result.repaired), "downloaded": result.downloaded})
    else:
        for path in result.repaired:
            if path not in {p.path for p in result.problems}:
                print(f"repaired  {safe_text(path)}")
        for problem in result.problems:
            print(f"differs   {safe_text(problem.path)}: {problem.reason}", file=sys.stderr)
        if result.ok:
            print(f"All {result.checked} files of {manifest.name} {result.version} match the signed build.")
        else:
            hint = "" if args.repair else " Run `launcher verify --repair` to fix them."
            print(f"launcher: {len(result.problems)} of {result.checked} files differ from the signed build.{hint}",
                  file=sys.stderr)
    return ExitCode.OK if result.ok else ExitCode.DELIVERY


async def _game(args: argparse.Namespace, manifest: Any) -> int:
    from .delivery import record
    from .delivery.errors import DeliveryError
    from .delivery.installer import installed
    from .http import Http
    from .outcomes import LauncherError

    async with Http() as http:
        work = _installer(args, manifest, http, need_root=False)
        current = record.read(work.dir)
        complete, problem = False, ""
        if current is not None:
            try:
                installed(work.dir, manifest.name)
                complete = True
            except DeliveryError as exc:
                problem = exc.message
        newest: str | None = None
        required: bool | None = None
        newest_notes: str | None = None
        try:
            import asyncio
            import dataclasses

            from .delivery.installer import Installer
            from .delivery.trust import read_root

            online = Installer(dataclasses.replace(work.target, root_bytes=read_root(manifest.delivery.root)), http)
            async with asyncio.timeout(STATUS_WAIT_S):
                offer = await online.offer()
            newest, required, newest_notes = offer.pointer.version, offer.pointer.required, offer.build.notes
        except (LauncherError, TimeoutError, OSError) as exc:
            problem = problem or getattr(exc, "message", "")
    info = {"installed": current is not None, "version": current.version if current else None,
            "channel": current.channel if current else work.target.channel, "dir": str(work.dir),
            "size": current.size if current else 0, "files": current.files if current else 0,
            "complete": complete, "newest": newest, "required": required,
            "update_available": bool(newest and current and newest != current.version)}
    if args.json:
        from .delivery.news import notes_of

        info["notes"] = notes_of(work.dir) if current is not None else None
        info["newest_notes"] = newest_notes
        _json(info)
        return ExitCode.OK
    from .delivery.publish import human

    if current is None:
        print(f"{manifest.name} is not installed in {work.dir}.")
    else:
        state = "complete" if complete else "damaged"
        print(f"{manifest.name} {current.version} ({current.channel}), {human(current.size)} in {current.files} "
              f"files, {state}, in {work.dir}")
    if newest is None:
        print(f"Newest available: unknown ({problem or 'offline'})")
    elif current is not None and newest == current.version:
        print(f"Newest available: {newest} (installed)")
    else:
        print(f"Newest available: {newest}{' (required)' if required else ''}; run `launcher install`")
    return ExitCode.OK


def _uninstall(args: argparse.Namespace, manifest: Any) -> int:
    from .delivery import record

    work = _installer(args, manifest, None, need_root=False)
    current = record.read(work.dir)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("uninstall removes the game's files: add --yes to confirm (no terminal to ask on).")
        what = f"{manifest.name} {current.version}" if current else f"the game files of {manifest.name}"
        answer = input(f"Remove {what} from {work.dir}? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("Nothing was removed.")
            return ExitCode.OK
    started = time.monotonic()
    removed = work.uninstall()
    if removed is None:
        print(f"{manifest.name} was not installed in {work.dir}; nothing to remove.")
    else:
        print(f"Removed {manifest.name} {removed} from {work.dir} ({time.monotonic() - started:.1f} s).")
    return ExitCode.OK

