"""The command-line contract (docs/cli-contract.md): providers, sandbox, signin, accounts, --play, open."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__, identity
from .outcomes import ExitCode, KeychainError, LauncherError, ManifestError, UsageError
from .redact import safe_text

if TYPE_CHECKING:
    from .accounts import Account, Accounts
    from .providers.base import Provider

log = logging.getLogger("launcher.cli")


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        if message.startswith("unrecognized arguments"):  # never echo them: a secret typed on argv stays unseen
            message = "unexpected extra arguments (not shown here); secrets go in LAUNCHER_FIELD_* or stdin"
        self.exit(ExitCode.USAGE, f"launcher: {message} (see launcher --help)\n")


COMMANDS = ("providers", "sandbox", "signin", "accounts", "secrets", "publish", "install", "update", "verify", "game",
            "uninstall", "doctor", "open")
DELIVERY_COMMANDS = COMMANDS[5:11]
MAX_SECRET_CHARS = 65536
MAX_MANIFEST_BYTES = 1024 * 1024  # a game manifest is a few KB; /dev/zero or a 5 GB file is not one
INTERNAL_ERROR = 1  # a bug, not one of the contract's outcomes: one line here, the traceback in the log


def say(text: object = "", *, file: Any = None) -> None:
    """Print one line that may hold outside text (server strings, file contents): control characters and
    escape sequences stripped, secrets masked."""
    print(safe_text(text), file=file or sys.stdout)


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: a number from 0 to 65535") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"invalid port {port}: a number from 0 to 65535 (0 picks a free one)")
    return port


def check_base_url(url: str) -> str:
    """A --base-url must be an http(s) URL with a host and a valid port; anything else is a usage error."""
    from urllib.parse import urlsplit

    check_text(url, "--base-url")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for 99999 or "x"
    except ValueError as exc:
        raise UsageError(f"--base-url {safe_text(url)!r} is not a valid URL ({exc}).") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"--base-url {safe_text(url)!r} must be an http:// or https:// URL with a host.")
    if port == 0:
        raise UsageError(f"--base-url {safe_text(url)!r} has port 0.")
    return url


def check_text(value: str, what: str) -> str:
    """Arguments and environment variables arrive with undecodable bytes smuggled in as lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not valid UTF-8 text.") from None
    if "\x00" in value:
        raise UsageError(f"{what} contains a NUL character.")
    return value


class UnknownAccount(LauncherError):
    """An account id that is not saved: exit 3, as the contract has it for --play and `accounts`."""

    exit_code = ExitCode.REFUSED


def describe() -> str:
    """The first line of --help: a studio's launcher names its game (and never how to install anything)."""
    me = identity.current()
    if me.studio and me.name:
        return f"{identity.version_text(__version__)}: sign in, keep your sessions safe, start the game."
    return "Game launcher: sign in, keep sessions safe, start the game."


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    p = ArgumentParser(prog="launcher", description=describe())
    p.add_argument("--version", action="version", version=identity.version_text(__version__))
    p.add_argument("--demo", action="store_true", help="start the embedded sandbox and open the demo game")
    p.add_argument("--manifest", help="the game manifest (TOML); default: $LAUNCHER_MANIFEST or the demo manifest")
    p.add_argument("--provider", help="open the window on this provider's login screen")
    p.add_argument("--account", help="a saved account's id (with --play)")
    p.add_argument("--play", action="store_true", help="with --account: sign in (refreshing if needed), start the game")
    p.add_argument("--log-path", action="store_true", help="print the log file's path and exit")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logs on stderr")
    p.add_argument("--env", help="one of the manifest's [environments.NAME] (default: the manifest's default)")
    p.add_argument("--tester", action="store_true", help="open the window in tester mode (testing tools shown)")
    if not commands:
        return p
    sub = p.add_subparsers(dest="command", parser_class=ArgumentParser)

    def env_option(parser: argparse.ArgumentParser) -> None:  # also after the command; the global one stays
        parser.add_argument("--env", default=argparse.SUPPRESS, help="the manifest environment to use")

    pr = sub.add_parser("providers", help="list the manifest's providers and their fields")
    pr.add_argument("--manifest", default=argparse.SUPPRESS)
    pr.add_argument("--json", action="store_true")
    env_option(pr)

    sb = sub.add_parser("sandbox", help="serve the sandbox backend until interrupted")
    sb.add_argument("--host", default="127.0.0.1")
    sb.add_argument("--port", type=port_number, default=8765)

    si = sub.add_parser("signin", help="sign in and print the profile and items")
    si.add_argument("--provider", required=True)
    si.add_argument("--manifest", default=argparse.SUPPRESS)
    si.add_argument("--base-url", action="append", default=[], metavar="[SERVICE=]URL")
    si.add_argument("--field", action="append", default=[], metavar="NAME=VALUE")
    si.add_argument("--remember", action="store_true", help="save the account (secrets go to the keychain)")
    si.add_argument("--json", action="store_true")
    env_option(si)

    ac = sub.add_parser("accounts", help="saved accounts")
    acs = ac.add_subparsers(dest="action", required=True, parser_class=ArgumentParser)
    al = acs.add_parser("list")
    al.add_argument("--json", action="store_true")
    for name in ("switch", "signout", "remove"):
        acs.add_parser(name).add_argument("id")

    se = sub.add_parser("secrets", help="studio and tester secrets kept in the keychain per environment")
    ses = se.add_subparsers(dest="action", required=True, parser_class=ArgumentParser)
    for name, text in (("set", "store NAME (the value is read from stdin or a prompt, never argv)"),
                       ("list", "name what is stored (never values)"), ("remove", "forget NAME")):
        one = ses.add_parser(name, help=text)
        if name != "list":
            one.add_argument("name")
        one.add_argument("--manifest", default=argparse.SUPPRESS)
        env_option(one)
        if name == "list":
            one.add_argument("--json", action="store_true")
    from .cli_delivery import add_parsers

    add_parsers(sub, ArgumentParser, env_option)
    from .selfupdate.command import add_parser as add_self_update

    add_self_update(sub)
    do = sub.add_parser("doctor", help="check everything a sign-in, a download and a launch depend on")
    do.add_argument("--manifest", default=argparse.SUPPRESS)
    do.add_argument("--json", action="store_true")
    env_option(do)
    op = sub.add_parser("open", help="open the window on a link: SCHEME://play?account=ID, SCHEME://signin?provider=ID"
                                     ", SCHEME://account?id=ID (never plays or signs in by itself)")
    op.add_argument("url")
    op.add_argument("--manifest", default=argparse.SUPPRESS)
    env_option(op)
    return p


def manifest_path(arg: str | None) -> Path:
    from .resources import default_manifest

    return Path(arg or os.environ.get("LAUNCHER_MANIFEST") or default_manifest())


def check_manifest_file(path: Path) -> Path:
    """A bounded read: the manifest must be a regular file of sane size (not /dev/zero, a FIFO or a huge file)."""
    import stat

    try:
        info = path.stat()
    except FileNotFoundError:
        return path  # the manifest module says "not found" with its own message
    except OSError as exc:
        raise ManifestError(f"Cannot read the manifest {safe_text(path)}: {exc.strerror or exc}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise ManifestError(f"The manifest {safe_text(path)} is not a regular file.")
    if info.st_size > MAX_MANIFEST_BYTES:
        raise ManifestError(f"The manifest {safe_text(path)} is too large ({info.st_size // 1024} KB; a manifest "
                            f"is at most {MAX_MANIFEST_BYTES // 1024} KB).")
    return path


def load_manifest(arg: str | None, base_urls: Sequence[str] = (), provider: Provider | None = None,
                  env: str | None = None) -> Any:
    from .manifest import SERVICES, load

    if arg is not None:
        check_text(arg, "--manifest")
    manifest = load(check_manifest_file(manifest_path(arg)))
    identity.confirm(manifest.app_id, manifest.path)
    if env:
        manifest = manifest.for_environment(check_text(env, "--env"))
    overrides: dict[str, str] = {}
    for spec in base_urls:
        service, sep, url = spec.partition("=")
        if sep and "://" not in service:  # SERVICE=URL (a bare URL may hold "=" in its query)
            if check_service(service, provider, SERVICES):
                overrides[service] = check_base_url(url)
        elif provider is None:
            raise UsageError("--base-url without SERVICE= needs a provider.")
        else:
            overrides[provider.service] = check_base_url(spec)
    return manifest.with_services(overrides) if overrides else manifest


def check_service(service: str, provider: Provider | None, known: Sequence[str]) -> bool:
    """`--base-url SERVICE=URL` must name a service (else exit 2). One the provider signing in never calls is
    ignored with a note on stderr: a script that passes every service's URL to every provider keeps working, and a
    mix-up (a typo, another provider's service) is not ignored without a word. True when the URL is used."""
    shown = safe_text(service, limit=40)
    if service not in known:
        raise UsageError(f"--base-url: unknown service {shown!r}; services: {', '.join(known)}.")
    if provider is None:  # no provider to ask (`secrets`, ...): any service may be overridden
        return True
    used = [s.name for s in provider.services]
    if service not in used:
        print(f"Note: --base-url {shown}=… is ignored: {provider.id} does not use the {shown!r} service; it uses: "
              f"{', '.join(used)}.", file=sys.stderr)
        return False
    return True


def check_window_provider(provider_id: str, manifest_file: Path | None = None) -> str:
    """The window's --provider must name a provider of the manifest (the contract): refused before any window
    opens. Only with --provider is the manifest read in full before the first frame; a manifest that does not load
    is left to the window, which shows what is wrong with it."""
    check_text(provider_id, "--provider")
    from .providers import all_providers  # only with --provider: the first frame never loads the providers

    known = all_providers()
    if provider_id not in known:
        raise UsageError(f"--provider {safe_text(provider_id, limit=40)!r} is not a provider the launcher knows; "
                         f"known providers: {', '.join(known)}.")
    if manifest_file is None:
        return provider_id
    from .manifest import load

    try:
        manifest = load(manifest_file)
    except ManifestError:
        return provider_id
    if provider_id not in manifest.enabled:
        raise UsageError(f"--provider {provider_id!r}: {safe_text(manifest.name, limit=60)} does not offer it; its "
                         f"providers: {', '.join(manifest.enabled)}.")
    return provider_id


def collect_fields(provider: Any, specs: Sequence[str], *, stdin: Any = None) -> dict[str, str]:
    """Field values from --field, LAUNCHER_FIELD_*, stdin ('-') or a prompt; secrets never from argv."""
    stdin = stdin or sys.stdin
    given: dict[str, str] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        check_text(spec, f"--field {safe_text(name)}")
        if not sep:
            raise UsageError(f"--field takes NAME=VALUE, not {spec!r}.")
        try:
            field = provider.field(name)
        except KeyError:
            known = ", ".join(f.name for f in provider.fields)
            raise UsageError(f"{provider.id} has no field {name!r}; its fields are: {known}.") from None
        if field.secret and value != "-":
            raise UsageError(f"{name} is secret and is never read from the command line: set "
                             f"LAUNCHER_FIELD_{name.upper()}, or pass --field {name}=- and write it to stdin.")
        given[name] = value
    values: dict[str, str] = {}
    for field in provider.fields:
        env_name = f"LAUNCHER_FIELD_{field.name.upper()}"
        env = os.environ.get(env_name)
        if env is not None:
            check_text(env, env_name)
        found: str | None = given.get(field.name, env)
        if found == "-":
            try:
                found = stdin.readline(64 * 1024).rstrip("\r\n")
            except UnicodeDecodeError:
                raise UsageError(f"The value of {field.name} on stdin is not valid UTF-8 text.") from None
            check_text(found, f"The value of {field.name} on stdin")
        if found is not None:
            values[field.name] = found
    for field in provider.fields:
        if field.name in values or not field.is_required({**{f.name: f.default or "" for f in provider.fields},
                                                           **values}):
            continue
        if stdin.isatty() if hasattr(stdin, "isatty") else False:
            prompt = f"{field.label}: "
            values[field.name] = check_text(getpass.getpass(prompt) if field.secret else input(prompt), field.name)
    return values


def needs_keychain(provider: Provider, values: dict[str, str]) -> bool:
    """True when the sign-in requires a provisioned secret that was not given: only the keychain can have it, so a
    keychain that cannot be opened is the error to report (exit 6), not the missing field."""
    return bool(provider.missing_provisioned(values))


def print_profile(profile: Any, out: Any = None) -> None:
    out = out or sys.stdout
    rows = [("Player", profile.display_name), ("Player id", profile.player_id), ("Provider", profile.provider)]
    if profile.last_login:
        rows.append(("Last sign-in", profile.last_login.strftime("%Y-%m-%d %H:%M UTC")))
    elif profile.newly_created is not None:
        rows.append(("Last sign-in", "first sign-in"))
    if profile.newly_created:
        rows.append(("Account", "new account created"))
    if profile.avatar_url:
        rows.append(("Avatar", profile.avatar_url))
    rows += list(profile.details.items())
    rows = [(safe_text(k, limit=40), safe_text(v, limit=500)) for k, v in rows]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}", file=out)
    print(file=out)
    if not profile.items:
        print("No chests or items yet.", file=out)
        return
    headers = ("Item", "Count", "Description")
    table = [(safe_text(i.name, limit=200), "" if i.count is None else str(i.count),
              safe_text(i.description, limit=500)) for i in profile.items]
    widths = [max(len(h), *(len(r[n]) for r in table)) for n, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip(), file=out)


async def _signin(args: argparse.Namespace) -> int:
    from . import providers
    from .app_core import Core

    provider = providers.get(args.provider)
    manifest = load_manifest(args.manifest, args.base_url, provider, args.env)
    if provider.id not in manifest.enabled:
        raise UsageError(f"The manifest {manifest.path} does not enable provider {provider.id!r}.")
    values = collect_fields(provider, args.field)
    if manifest.is_testing(provider) and not args.json:
        print(f"Note: {provider.id} is a testing tool.", file=sys.stderr)
    accounts = _keychain_accounts() if args.remember or needs_keychain(provider, values) else None
    from .reply import deadline

    async with Core(manifest, accounts=accounts) as core:
        async with deadline():  # the whole sign-in: every request and wait of it
            session = await core.sign_in(provider.id, values)
            profile = session.profile or await core.load_profile(session)
        if args.remember:
            account = core.remember(session)
            if not args.json:
                say(f"Saved as account {account.id}.", file=sys.stderr)
    if args.json:
        json.dump(profile.to_json(), sys.stdout)  # ASCII: no raw control or bidi character reaches a terminal
        sys.stdout.write("\n")
    else:
        print_profile(profile)
    return ExitCode.OK


def _providers(args: argparse.Namespace) -> int:
    from . import providers

    manifest = load_manifest(args.manifest, env=args.env)
    items = [providers.get(pid) for pid in manifest.enabled]
    if args.json:
        json.dump([{"id": p.id, "name": manifest.text_for(p)[0] + (" (testing tool)" if manifest.is_testing(p) else ""),
                    "service": p.service, "testing_only": manifest.is_testing(p),
                    "label": manifest.text_for(p)[0], "description": manifest.text_for(p)[1],
                    "fields": [f.describe() for f in p.fields]} for p in items], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return ExitCode.OK
    for p in items:
        say(f"{p.id}  {manifest.text_for(p)[0]}{'  [testing tool]' if manifest.is_testing(p) else ''}")
        for f in p.fields:
            flags = ", ".join(x for x in (f.kind.value, "required" if f.required else "optional",
                                          "secret" if f.secret and f.kind.value != "secret" else "") if x)
            print(f"    {f.name:<16} {flags}")
    return ExitCode.OK


def _sandbox(args: argparse.Namespace) -> int:
    from . import demo_extra

    demo_extra.require("launcher sandbox")
    from .sandbox import Sandbox

    try:
        sandbox = Sandbox(args.host, args.port)
    except OSError as exc:
        raise UsageError(f"Cannot listen on {args.host}:{args.port}: {exc.strerror or exc}.") from exc
    print(f"listening on {sandbox.url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        sandbox.serve_forever()
    return ExitCode.OK


def _keychain_accounts() -> Accounts:
    """Saved accounts backed by the OS keychain; exit 6 when there is none (a session for this run only
    is useless to a command that ends now)."""
    from .accounts import open_accounts

    accounts = open_accounts(require_keychain=True)
    if not accounts.remembers:
        raise KeychainError(accounts.warnings[0].replace(" Sessions are kept for this run only.", "")
                            if accounts.warnings else "No system keychain is available.")
    _print_warnings(accounts)
    return accounts


def _print_warnings(accounts: Any, shown: set[str] | None = None) -> None:
    """The store's and the keychain's warnings (a damaged file set aside, entries that could not be deleted)."""
    shown = shown if shown is not None else set()
    for warning in accounts.warnings:
        if warning not in shown:
            shown.add(warning)
            say(f"launcher: {warning}", file=sys.stderr)


def _accounts(args: argparse.Namespace) -> int:
    from .accounts import open_accounts

    accounts = open_accounts()
    accounts.vault  # noqa: B018 - opened now, so that a keychain which cannot be used is reported with the list
    shown: set[str] = set()
    try:
        return _accounts_action(args, accounts)
    finally:
        _print_warnings(accounts, shown)


def _accounts_action(args: argparse.Namespace, accounts: Any) -> int:
    if args.action == "list":
        rows = accounts.list()
        if args.json:
            json.dump([{**a.to_json(), "environment": str(a.data.get("environment") or "")} for a in rows],
                      sys.stdout, indent=2)  # ASCII-escaped
            sys.stdout.write("\n")
        elif not rows:
            print("No saved accounts. Sign in with --remember to save one.")
        else:
            for a in rows:
                mark = "*" if a.is_default else " "
                say(f"{mark} {a.id:<40} {safe_text(a.name, limit=60):<24} {a.provider:<17} {a.status_text()}")
        return ExitCode.OK
    account = saved_account(accounts, check_text(args.id, "The account id"))
    if args.action == "switch":
        accounts.switch(account.id)
        say(f"Default account is now {account.name} ({account.id}).")
    elif args.action == "signout":
        accounts.sign_out(account.id)
        say(f"Signed out of {account.name}; the account stays in the list.")
    elif args.action == "remove":
        accounts.remove(account.id)
        say(f"Removed {account.name} and its keychain entries.")
    return ExitCode.OK


def saved_account(accounts: Accounts, ref: str) -> Account:
    """The saved account `ref` names (its id, its label, or a unique id prefix); UnknownAccount (exit 3) when it
    names none. Several matches stay a usage error (exit 2): the person has to say which."""
    if not any(a.id.startswith(ref) or a.label.lower() == ref.lower() for a in accounts.list()):
        raise UnknownAccount(f"No saved account {ref!r}. See `launcher accounts list`.")
    return accounts.find(ref)


async def _play(args: argparse.Namespace) -> int:
    from .app_core import Core

    manifest = load_manifest(args.manifest, env=args.env)
    accounts = _keychain_accounts()
    account = saved_account(accounts, check_text(args.account, "--account"))
    from .reply import deadline

    async with Core(manifest, accounts=accounts) as core:
        if accounts.session(account) is None:  # signed out: said first (and locally), nothing to install for it
            await core.resume(account.id)
        # Then the build: a missing one is exit 8 before any sign-in, a required one is installed before the
        # session is opened (a long download must not outlast it).
        from .cli_delivery import progress_on_terminal

        with progress_on_terminal(f"Updating {manifest.name}") as reporter:
            launch = await core.game_launch(on_progress=reporter,
                                            environment=str(account.data.get("environment") or "") or None)
        async with deadline():
            session = await core.resume(account.id)
        from .game import become_subreaper

        become_subreaper()  # a game that starts itself anew (a starter's daemon) is followed too
        running = await core.play(session, launch=launch)
        stopping = _stop_on_sigterm(running)
        try:
            code = await running.wait()
        finally:
            core.running.clear()
    if stopping.is_set():
        said = (f"ended (exit code {code})" if not getattr(stopping, "killed", False)
                else f"did not close within {game_stop_s():g} seconds and was killed")
        say(f"launcher: stopped by SIGTERM: {manifest.name} was asked to close and {said}.", file=sys.stderr)
        return SIGTERM_EXIT
    problem = running.exit_message(code, manifest.name)
    if problem:
        say(f"launcher: {problem}", file=sys.stderr)
    elif running.note:
        say(f"launcher: {manifest.name}: {running.note}.", file=sys.stderr)
    return ExitCode.OK if code == 0 else ExitCode.GAME


GAME_STOP_S = 10.0  # after SIGTERM, how long the game may take to save and close before it is killed
SIGTERM_EXIT = 143  # 128 + SIGTERM, as shells report it


def game_stop_s() -> float:
    from .reply import clamp_seconds

    value = clamp_seconds(os.environ.get("LAUNCHER_GAME_STOP_DEADLINE"), low=0.1, high=600.0)
    return value if value is not None else GAME_STOP_S


def _stop_on_sigterm(running: Any) -> Any:
    """SIGTERM to `--play` asks the game to close (SIGTERM too: it may save), kills it if it has not after
    LAUNCHER_GAME_STOP_DEADLINE seconds (10), and the command says which of the two happened. The returned event is
    set once asked."""
    import asyncio
    import signal

    stopping = asyncio.Event()
    if sys.platform == "win32":  # pragma: no cover - no SIGTERM handlers on Windows' event loop
        return stopping

    async def stop() -> None:
        running.signal(signal.SIGTERM)
        end = asyncio.get_running_loop().time() + game_stop_s()
        while running.alive() and asyncio.get_running_loop().time() < end:
            await asyncio.sleep(0.1)
        if running.alive():
            stopping.killed = True  # type: ignore[attr-defined]
            running.signal(signal.SIGKILL)

    def on_sigterm() -> None:
        if not stopping.is_set():
            stopping.set()
            tasks.add(asyncio.ensure_future(stop()))

    tasks: set[Any] = set()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_sigterm)
    return stopping


async def _doctor(args: argparse.Namespace) -> int:
    from .diagnostics import Area, exit_code, fail

    try:
        manifest = load_manifest(getattr(args, "manifest", None), env=args.env)
    except ManifestError as exc:
        checks = [fail("manifest", None, exc.message, "Fix the manifest at the file and line named.",
                       area=Area.MANIFEST)]
    else:
        from . import doctor
        from .http import Http

        async with Http() as http:
            checks = await doctor.run(manifest, http)
    if args.json:
        json.dump({"checks": [c.to_json() for c in checks]}, sys.stdout)
        sys.stdout.write("\n")
    else:
        marks = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}
        for check in checks:
            where = f" ({safe_text(check.service)})" if check.service else ""
            print(f"{marks[check.status.value]}  {safe_text(check.name)}{where}: {safe_text(check.detail)}")
            if check.fix and check.status.value != "ok":
                print(f"      fix: {safe_text(check.fix)}")
    return exit_code(checks)


def read_secret(name: str, *, stdin: Any = None) -> str:
    """A secret's value from stdin (piped) or a prompt that does not echo; never from argv."""
    stdin = stdin or sys.stdin
    if stdin is not None and not stdin.isatty():
        value = stdin.read(MAX_SECRET_CHARS + 1)
        if len(value) > MAX_SECRET_CHARS or value.strip().count("\n"):
            raise UsageError(f"{name} must be one line (of at most {MAX_SECRET_CHARS} characters) on stdin.")
    else:
        import getpass

        value = getpass.getpass(f"{name}: ")
    return check_text(value.strip(), name)


def _secrets(args: argparse.Namespace) -> int:
    from .provisioned import Provisioned

    manifest = load_manifest(args.manifest, env=args.env)
    env = manifest.environment
    where = f" for the environment {env!r}" if env else ""
    if args.action == "list":  # what the keychain holds: without one there is no answer (exit 6), not "none"
        names = Provisioned(_keychain_accounts().vault, manifest.name).names(env)
        if args.json:
            json.dump({"environment": env, "names": names}, sys.stdout)
            sys.stdout.write("\n")
        elif names:
            for name in names:
                say(name)
        else:
            say(f"No secrets are kept{where}.")
        return ExitCode.OK
    name = check_text(args.name, "The secret's name")
    Provisioned.check_name(name)
    store = Provisioned(_keychain_accounts().vault, manifest.name)
    if args.action == "set":
        store.set(name, env, read_secret(name))
        say(f"Kept {name}{where} in the system keychain.", file=sys.stderr)
    elif store.remove(name, env):
        say(f"Removed {name}{where}.", file=sys.stderr)
    else:
        say(f"No {name} was kept{where}.", file=sys.stderr)
    return ExitCode.OK


def _open(args: argparse.Namespace, gui: GuiRunner | None) -> int:
    """`launcher open URL`: the link read strictly (exit 2 and one line for anything else), then handed to the
    running window of this game, or a window started on it. Nothing is signed in, played or changed here."""
    from . import links
    from .resources import demo_manifest

    if args.demo:
        from . import demo_extra

        demo_extra.require("launcher --demo open")
    manifest = load_manifest(str(demo_manifest()) if args.demo else args.manifest, env=args.env)
    action = links.parse(check_text(args.url, "The link"), manifest.url_scheme)
    saved: set[str] = set()
    if isinstance(action, links.ShowAccount):  # read as it is: no lock, no repair, nothing written
        from .accounts.store import AccountStore, accounts_file

        data = AccountStore(accounts_file()).peek()
        saved = {a.id for a in data.accounts} if data is not None else set()
    links.check(action, providers=manifest.enabled, accounts=saved)
    if gui is None:
        raise UsageError("The window is not available in this installation, so a link cannot open it.")
    return gui(demo=args.demo, manifest=None if args.demo else manifest.path, provider=None, debug=args.debug,
               tester=args.tester, env=check_text(args.env, "--env") if args.env else None, link=action)


def setup_logging(debug: bool) -> None:
    from . import logs

    logs.configure(debug=debug)


GuiRunner = Callable[..., int]


def _run_async(coro: Any) -> int:
    import asyncio  # only the commands that talk to a server pay for asyncio; the window's first frame does not

    code: int = asyncio.run(coro)
    return code


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse as the full parser would; when no command can be in argv, without building the subcommands'
    parsers (argparse looks up translations and formats for every one of them, on the way to the window)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(a in COMMANDS or a in ("-h", "--help") for a in argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def opens_window(args: argparse.Namespace) -> bool:
    return not (args.log_path or args.command or args.play or args.account)


def main(argv: Sequence[str] | None = None, *, gui: GuiRunner | None = None) -> int:
    """Run the command line. `gui` opens the window (ui.entry passes it); launcher/ never imports Qt itself."""
    try:
        code = _main(argv, gui=gui)
        if sys.stdout is not None:  # pythonw and a windowed bundle have none
            sys.stdout.flush()
        return code
    except BrokenPipeError:
        # `launcher providers | head -3`: the reader has all it wanted. Quiet, and no second complaint from
        # Python flushing stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK


def _argv_manifest(argv: Sequence[str]) -> tuple[str | None, bool]:
    """--manifest and --demo as argv gives them, before argparse runs: --help and --version name the game."""
    found: str | None = None
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--manifest" and n + 1 < len(argv):
            found = argv[n + 1]
        elif arg.startswith("--manifest="):
            found = arg.split("=", 1)[1]
    return found, "--demo" in argv


def identity_source(manifest: str | None, *, demo: bool = False, command: str | None = None) -> Path:
    """The manifest whose app id this run takes: the demo's for the demo window and the sandbox, else the one in
    use (--manifest, $LAUNCHER_MANIFEST, a studio bundle's own, or the demo's)."""
    from .resources import demo_manifest

    if command == "sandbox" or (demo and command in (None, "open")):
        return demo_manifest()
    if manifest is not None:
        check_text(manifest, "--manifest")
    return manifest_path(manifest)


def identity_of(path: Path) -> identity.Identity:
    """The app id (and name and version) of the manifest at `path`, read quickly and boundedly (exit 5 when bad)."""
    from .manifest_head import read_identity
    from .resources import bundle_dir, demo_manifest

    return read_identity(check_manifest_file(path), bundled=bundle_dir() is not None and path != demo_manifest())


def _early_identity(argv: Sequence[str]) -> tuple[Path, identity.Identity | LauncherError] | None:
    """This run's identity as argv suggests it, set now for --help and --version; never raises (the parsed
    arguments decide, and report a problem, right after)."""
    manifest, demo = _argv_manifest(argv)
    try:
        path = identity_source(manifest, demo=demo)
        found = identity_of(path)
    except ManifestError as exc:
        return path, exc
    except (LauncherError, OSError, ValueError):  # left to the parsed arguments, which say what is wrong
        return None
    identity.use(found)
    return path, found


def establish_identity(args: argparse.Namespace, early: tuple[Path, identity.Identity | LauncherError] | None) -> None:
    """Set this run's app id from the manifest the parsed arguments name. `publish` works on a repository, not a
    game, and `doctor` reports a broken manifest as its first check (in its JSON too): a manifest they cannot read
    leaves the default identity (its log file's folder) instead of failing here."""
    try:
        path = identity_source(args.manifest, demo=args.demo, command=args.command)
        found = early[1] if early is not None and early[0] == path else identity_of(path)
        if isinstance(found, LauncherError):
            raise found
        identity.use(found)
    except ManifestError:
        if args.command not in ("publish", "doctor"):
            raise
        identity.reset()


def _main(argv: Sequence[str] | None = None, *, gui: GuiRunner | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    identity.reset()
    early = _early_identity(argv)
    args = parse_args(argv)
    if not opens_window(args):  # a command has started: a downloaded launcher version that got here is kept
        from .selfupdate.started import mark_started

        mark_started()
    try:
        try:
            establish_identity(args, early)
        except ManifestError as exc:
            if opens_window(args) and gui is not None:  # a player who double-clicked sees it too
                gui(demo=args.demo, manifest=None, provider=None, debug=args.debug, problem=exc.message)
            raise
        if not (opens_window(args) and gui is not None):
            setup_logging(args.debug)  # the window sets up logging itself, once its first frame is painted
        if args.log_path:
            from . import logs

            print(logs.log_file())
            return ExitCode.OK
        if args.command == "providers":
            return _providers(args)
        if args.command == "sandbox":
            return _sandbox(args)
        if args.command == "signin":
            return _run_async(_signin(args))
        if args.command == "accounts":
            return _accounts(args)
        if args.command == "secrets":
            return _secrets(args)
        if args.command == "doctor":
            return _run_async(_doctor(args))
        if args.command == "self-update":
            from .selfupdate import command

            return command.run(args, _run_async)
        if args.command in DELIVERY_COMMANDS:
            from . import cli_delivery

            return cli_delivery.run(args, load_manifest, _run_async)
        if args.command == "open":
            return _open(args, gui)
        if args.play or args.account:
            if not (args.play and args.account):
                raise UsageError("--play needs --account ID (and --account needs --play).")
            return _run_async(_play(args))
        if gui is None:
            raise UsageError("The window is not available in this installation; use a command (see --help).")
        if args.demo:
            from . import demo_extra

            demo_extra.require("launcher --demo")
        if not args.demo:  # the window reads the manifest's head before its first frame: bound that read too
            check_manifest_file(manifest_path(check_text(args.manifest, "--manifest") if args.manifest else None))
        if args.provider is not None:
            from .resources import demo_manifest

            check_window_provider(args.provider, demo_manifest() if args.demo else manifest_path(args.manifest))
        return gui(demo=args.demo, manifest=None if args.demo else manifest_path(args.manifest),
                   provider=args.provider, debug=args.debug, tester=args.tester,
                   env=check_text(args.env, "--env") if args.env else None)
    except LauncherError as exc:
        log.debug("command failed", exc_info=True)
        if getattr(exc, "can_create", False):
            exc.message += " Add --field create_account=true to create one."
        if args.debug:
            import traceback

            traceback.print_exc()
        say(f"launcher: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("launcher: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # a bug: one line for the person, the traceback in the log (and with --debug)
        log.error("unexpected error", exc_info=True)
        if args.debug:
            import traceback

            traceback.print_exc()
        from . import logs

        say(f"launcher: unexpected error ({exc.__class__.__name__}); the details are in {logs.log_file()}",
            file=sys.stderr)
        return INTERNAL_ERROR
