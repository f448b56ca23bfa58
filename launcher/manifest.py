"""The game manifest (TOML): load, validate, and explain errors with file, line and key."""

from __future__ import annotations

import dataclasses
import logging
import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .identity import APP_ID_RE, DEFAULT_APP_ID, RESERVED_SCHEMES, SCHEME_RE, default_scheme
from .manifest_head import DEMO_MANIFEST, RESOURCES
from .models import ServiceSpec, Settings
from .outcomes import ManifestError, UsageError

__all__ = ["DEMO_MANIFEST", "RESOURCES", "SECRET_KEYS", "LaunchSpec", "Manifest", "load", "schema",
           "service_names"]

SECRET_KEYS = ("secret_key", "title_secret_key", "publisher_token", "signing_key", "password", "token",
               "client_secret", "app_secret")
MAX_BYTES = 1_000_000  # a manifest is a few kilobytes; /dev/zero or a stray binary must not be read for ever
MAX_DEPTH = 8
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
LOG_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,99}$")


@dataclass(frozen=True)
class ListOf:
    """A list whose every element has this type."""

    item: type

    @property
    def __name__(self) -> str:
        return "list of strings" if self.item is str else f"list of {self.item.__name__} values"


class Localized:
    """A player-facing text: one string, or a table of them by language (`label.de = "..."`)."""

    __name__ = "string or a table of strings by language"


Kind = type | ListOf | Localized
LOCALIZED = Localized()

# The tables every manifest may have; the service tables come from what the providers declare.
BASE_SCHEMA: dict[str, dict[str, Kind]] = {
    "game": {"name": str, "icon": str, "banner": str, "support_url": str, "news_url": str, "update_url": str,
             "id": str, "url_scheme": str, "version": str, "publisher": str, "maintainer": str},
    "launch": {"executable": str, "working_dir": str, "args": ListOf(str), "env": dict, "log_file": str,
               "multiple_instances": bool, "process_name": str, "offline": bool},
    "providers": {"enabled": ListOf(str), "default": str},
    "testing": {"enabled": bool},
    "links": {},  # free labels -> http(s) URLs, in file order
    "environments": {"default": str},  # and one sub-table per environment
    "delivery": {"repository": str, "root": str, "channel": str, "install_dir": str, "background_updates": bool,
                 "update_while_playing": bool},
    # the launcher's own updates (a studio bundle): a signed repository of the same kind as the game's
    "self_update": {"repository": str, "root": str, "channel": str},
    # the languages a studio offers its players (default: every shipped one) and the one it starts in
    "languages": {"offered": ListOf(str), "default": str},
}
# What an [environments.NAME.delivery] table may change: another repository and channel (testers get staging
# builds beside the live one).
ENV_DELIVERY: dict[str, Kind] = {"repository": str, "channel": str}
PROVIDER_TEXT: dict[str, Kind] = {"label": LOCALIZED, "description": LOCALIZED, "testing": bool,
                                  "forgot_password_url": str,
                                  "create_account_url": str}
PROVIDER_LINKS = ("forgot_password_url", "create_account_url")
ENV_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
URL_RE = re.compile(r"^https?://[^/\s]+")
DELIVERY = "delivery"
CHANNEL_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def service_specs() -> dict[str, ServiceSpec]:
    from .providers import service_specs as declared

    return declared()


def service_names() -> tuple[str, ...]:
    return tuple(service_specs())


def schema() -> dict[str, dict[str, Kind]]:
    specs = service_specs()
    out: dict[str, dict[str, Kind]] = {**BASE_SCHEMA, "services": dict.fromkeys(specs, str)}
    for spec in specs.values():
        if spec.options:
            out[spec.name] = {k: (ListOf(str) if v is list else v) for k, v in spec.options.items()}
    return out


def __getattr__(name: str) -> Any:  # SERVICES: computed from the providers when first asked for
    if name == "SERVICES":
        return service_names()
    raise AttributeError(name)


@dataclass
class LaunchSpec:
    executable: Path | None
    working_dir: Path
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    log_file: str = "game.log"
    relative: tuple[str, str] | None = None  # (executable, working_dir) inside the installed build, with [delivery]
    multiple_instances: bool = False  # several copies of the game for one account at once
    process_name: str = ""  # the game's own process, when the executable is a starter that hands over to it
    in_use: Path | None = None  # with [delivery]: the lock held while a game runs from the installed build
    offline: bool = False  # Play may start the game with a saved, unexpired session when the servers can't be reached

    def in_build(self, folder: Path, in_use: Path | None = None) -> LaunchSpec:
        """The same launch with the executable and working folder inside an installed build."""
        if self.relative is None:
            return self
        exe, cwd = self.relative
        return dataclasses.replace(self, executable=folder / exe, working_dir=folder / cwd if cwd != "." else folder,
                                   in_use=in_use)


@dataclass(frozen=True)
class DeliverySpec:
    """Where the game's builds come from ([delivery], and an environment's [environments.NAME.delivery])."""

    repository: str
    root: Path  # the trusted root metadata shipped beside the manifest
    channel: str = "live"
    install_dir: Path | None = None  # None: a folder of the platform's data directory named after the game
    background_updates: bool = True  # the window downloads a new build while the player looks at the profile
    update_while_playing: bool = False  # ... even while the game runs (a studio may allow it)


@dataclass(frozen=True)
class SelfUpdateSpec:
    """[self_update]: where a studio bundle finds new versions of the launcher itself."""

    repository: str
    root: Path
    channel: str = "launcher"


def app_slug(name: str) -> str:
    """The app id a game's name gives (launcher.identity.app_slug, which the window reads before this module: a
    name without ASCII letters gets its own id, never the demo's)."""
    from .identity import app_slug as slug

    return slug(name)


@dataclass(frozen=True)
class Environment:
    """What one `[environments.NAME]` table changes: service URLs and per-service options."""

    services: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Manifest:
    path: Path
    name: str
    icon: Path | None
    enabled: list[str]
    settings: Settings  # the effective settings of `environment`
    launch: LaunchSpec
    default_provider: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    tester_default: bool = False
    texts: dict[str, dict[str, Any]] = field(default_factory=dict)  # [providers.<id>] label, description, testing
    banner: Path | None = None
    support_url: str = ""
    news: list[tuple[str, str]] = field(default_factory=list)
    base: Settings = field(default_factory=Settings)  # [services] and the option tables, before any environment
    environment_overrides: dict[str, Environment] = field(default_factory=dict)
    default_environment: str = ""
    environment: str = ""
    app_id: str = DEFAULT_APP_ID  # [game] id, else a slug of the name: data folders, keychain service, socket...
    url_scheme: str = ""  # [game] url_scheme, else the app id when it is a usable scheme; "" for none
    version: str = ""  # [game] version: the studio's version of its launcher bundle
    publisher: str = ""
    maintainer: str = ""
    self_update: SelfUpdateSpec | None = None
    warnings: list[str] = field(default_factory=list)  # what loads but confuses players (two look-alike methods)
    languages: dict[str, Any] = field(default_factory=dict)  # [languages] offered, default (ui.i18n reads them)

    @property
    def environments(self) -> tuple[str, ...]:
        return tuple(self.environment_overrides)

    @property
    def delivery(self) -> DeliverySpec | None:
        """The effective delivery settings of this environment; None when the manifest has no [delivery]."""
        raw = self.settings.options.get(DELIVERY)
        if not raw or not raw.get("repository"):
            return None
        folder = raw.get("install_dir")
        return DeliverySpec(repository=str(raw["repository"]).rstrip("/"), root=self.path.parent / str(raw["root"]),
                            channel=str(raw.get("channel") or "live"),
                            install_dir=(self.path.parent / Path(folder).expanduser()) if folder else None,
                            background_updates=bool(raw.get("background_updates", True)),
                            update_while_playing=bool(raw.get("update_while_playing", False)))

    def for_environment(self, name: str | None) -> Manifest:
        """The same manifest in environment `name` ("" or None: the default one)."""
        wanted = name or self.default_environment
        if not wanted:
            return self
        env = self.environment_overrides.get(wanted)
        if env is None:
            known = ", ".join(self.environments) or "none declared"
            raise UsageError(f"The manifest has no environment {wanted!r} (environments: {known}).")
        return dataclasses.replace(self, settings=_merged(self.base, env), environment=wanted)

    def text_for(self, provider: Any) -> tuple[str, str]:
        """(label, description) of a sign-in method in the player's words; the manifest may say it better."""
        from .languages import current, localized

        text = self.texts.get(provider.id, {})
        language = current()
        return (localized(text.get("label"), language) or provider.display_name,
                localized(text.get("description"), language) or provider.description)

    def links_for(self, provider: Any) -> dict[str, str]:
        """The studio's pages for this sign-in method: `forgot_password_url`, `create_account_url` (when given)."""
        text = self.texts.get(provider.id, {})
        return {key: str(text[key]) for key in PROVIDER_LINKS if text.get(key)}

    def is_testing(self, provider: Any) -> bool:
        flag = self.texts.get(provider.id, {}).get("testing")
        return bool(provider.testing_only) if flag is None else bool(flag)

    def with_services(self, urls: dict[str, str]) -> Manifest:
        """The same manifest with other service URLs (the demo's sandbox on its real port). Service and option
        URLs on the same origin as a replaced service (the sandbox's Facebook) move along with it, in every
        environment."""
        moved = {_origin(self.base.services[s]): _origin(u) for s, u in urls.items() if s in self.base.services}

        def move(settings_: Settings, extra: dict[str, str]) -> Settings:
            options = {table: {k: _move(v, moved) for k, v in values.items()}
                       for table, values in settings_.options.items()}
            return Settings({**{s: _move(u, moved) for s, u in settings_.services.items()}, **extra}, options)

        base = move(self.base, urls)
        envs = {name: Environment(move(Settings(e.services, e.options), {}).services,
                                  move(Settings(e.services, e.options), {}).options)
                for name, e in self.environment_overrides.items()}
        moved_manifest = dataclasses.replace(self, base=base, settings=base, environment_overrides=envs,
                                             environment="")
        if not self.environment:
            return moved_manifest
        current = moved_manifest.for_environment(self.environment)
        # what was asked for by name (the command line's --base-url) wins over the environment's own URL
        return dataclasses.replace(current, settings=Settings({**current.settings.services, **urls},
                                                              current.settings.options))


def _merged(base: Settings, env: Environment) -> Settings:
    options = {k: dict(v) for k, v in base.options.items()}
    for table, values in env.options.items():
        options.setdefault(table, {}).update(values)
    return Settings({**base.services, **env.services}, options)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _move(value: Any, moved: dict[str, str]) -> Any:
    if isinstance(value, str):
        for old, new in moved.items():
            if value.startswith(old + "/"):
                return new + value[len(old):]
    return value


def _line_of(text: str, table: str | None, key: str) -> int | None:
    current: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[+\s*([^\]]+?)\s*\]+", stripped)
        if header:
            current = header.group(1).strip().strip('"')
            if table is not None and current == table and key == "":
                return n
            continue
        if re.match(rf'^"?{re.escape(key)}"?\s*=', stripped) and (current == table or table is None):
            return n
    return None


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    if limit < 0:
        return 1
    if isinstance(value, dict):
        return 1 + max((_depth(v, limit - 1) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v, limit - 1) for v in value), default=0)
    return 0


def _kind_ok(value: Any, kind: Kind) -> bool:
    if isinstance(kind, Localized):
        if isinstance(value, dict):
            return 0 < len(value) <= 64 and all(isinstance(k, str) and len(k) <= 16 and _kind_ok(v, str)
                                                and len(v) <= 500 for k, v in value.items())
        return _kind_ok(value, str)
    if isinstance(kind, ListOf):
        return isinstance(value, list) and all(_kind_ok(v, kind.item) for v in value)
    if kind is str:
        return isinstance(value, str) and "\x00" not in value
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def _read(path: Path) -> str:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise ManifestError(f"{path}: the manifest file does not exist.") from exc
    except IsADirectoryError as exc:
        raise ManifestError(f"{path}: is a folder, not a manifest file.") from exc
    except OSError as exc:
        raise ManifestError(f"{path}: the manifest cannot be read ({exc.strerror or exc.__class__.__name__}).") from exc
    if len(data) > MAX_BYTES:
        raise ManifestError(f"{path}: larger than {MAX_BYTES // 1000} kB; this is not a launcher manifest.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start}).") from exc


def _check_delivery(raw: dict[str, Any], env_raw: dict[str, Any], err: Any, check_url: Any) -> dict[str, Any]:
    """[delivery] checked (and each environment's); the base table's values, or {} when there is none."""
    base = dict(raw.get(DELIVERY, {}))
    tables = [(DELIVERY, base)] + [(f"environments.{n}.{DELIVERY}", dict(e[DELIVERY]))
                                   for n, e in env_raw.items() if DELIVERY in e]
    if len(tables) > 1 and not base:
        raise err(tables[1][0], "", "needs a [delivery] table (with its trusted root) in the manifest")
    for where, table in tables:
        if "repository" in table:
            check_url(where, "repository", table["repository"])
        if "channel" in table and not CHANNEL_RE.match(table["channel"]):
            raise err(where, "channel", "a channel name is lower-case letters, digits, - and _")
    if base:
        if "repository" not in base:
            raise err(DELIVERY, "", "repository (the base URL of the game's signed repository) is required")
        root = base.get("root")
        if not root:
            raise err(DELIVERY, "root", "is required: the trusted root metadata file shipped beside the manifest")
        if Path(root).is_absolute() or ".." in Path(root).parts:
            raise err(DELIVERY, "root", "must be a file beside the manifest (a relative path inside its folder)")
        if "install_dir" in base and not base["install_dir"].strip():
            raise err(DELIVERY, "install_dir", "must not be empty")
    return base


def _template_problem(template: str, names: set[str]) -> str | None:
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"not a valid template ({exc}); write {{{{ and }}}} for literal braces"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in names:
            return f"uses {{{name}}}; the values a game can receive are: {', '.join(sorted(names))}"
        if spec or conversion:
            return f"{{{name}}} takes no format or conversion"
    return None


def load(path: str | Path) -> Manifest:
    path = Path(path)
    text = _read(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML: {exc}.") from exc
    except (ValueError, RecursionError) as exc:  # a 5,000-digit integer, arrays nested thousands deep
        raise ManifestError(f"{path}: not a usable manifest ({str(exc).splitlines()[0][:120]}).") from exc

    def err(table: str | None, key: str, message: str) -> ManifestError:
        line = _line_of(text, table, key) or (_line_of(text, table, "") if table else None)
        where = f"{path}:{line}" if line else str(path)
        dotted = f"{table}.{key}" if table and key else (table or key)
        return ManifestError(f"{where}: {dotted}: {message}")

    from .providers import all_providers

    known = all_providers()
    tables = schema()
    service_tables = {name: kinds for name, kinds in tables.items() if name not in BASE_SCHEMA}

    def check_keys(table: str, value: Any, kinds: dict[str, Kind], *, free: Kind | None = None) -> None:
        """Every key of `value` known (or any key, of kind `free`), of its kind, and no secret."""
        if not isinstance(value, dict):
            raise err(None, table, "must be a table")
        for key, item in value.items():
            if key in SECRET_KEYS:
                raise err(table, key, "secrets never go in the manifest; enter them in the launcher (they are kept "
                                      "in the system keychain), with `launcher secrets set`, or as LAUNCHER_FIELD_*")
            kind = kinds.get(key, free)
            if kind is None:
                raise err(table, key, f"unknown key; known keys: {', '.join(kinds) or 'none'}")
            if _depth(item) > 2 or not _kind_ok(item, kind):
                raise err(table, key, f"must be a {kind.__name__}" + (" without NUL characters" if kind is str else ""))

    for table, value in raw.items():
        if table not in tables:
            line = _line_of(text, table, "")
            raise ManifestError(f"{path}:{line or '?'}: unknown table [{table}]; "
                                f"known tables: {', '.join(tables)}")
        if table == "providers" and isinstance(value, dict):
            texts = {k: v for k, v in value.items() if isinstance(v, dict)}
            check_keys(table, {k: v for k, v in value.items() if k not in texts}, tables[table])
            for pid, entry in texts.items():
                if pid not in known:
                    raise err(f"providers.{pid}", "", f"unknown provider {pid!r}; known: {', '.join(known)}")
                check_keys(f"providers.{pid}", entry, PROVIDER_TEXT)
        elif table == "environments" and isinstance(value, dict):
            envs = {k: v for k, v in value.items() if isinstance(v, dict)}
            check_keys(table, {k: v for k, v in value.items() if k not in envs}, tables[table])
            for name, entry in envs.items():
                if not ENV_NAME_RE.match(name):
                    raise err(f"environments.{name}", "", "an environment name is lower-case letters, digits, - and _")
                for sub, subvalue in entry.items():
                    where = f"environments.{name}.{sub}"
                    if sub == "services":
                        check_keys(where, subvalue, tables["services"])
                    elif sub == DELIVERY:
                        check_keys(where, subvalue, ENV_DELIVERY)
                    elif sub in service_tables:
                        check_keys(where, subvalue, service_tables[sub])
                    else:
                        raise err(f"environments.{name}", sub, "unknown table; an environment overrides [services], "
                                                               f"[delivery] and the tables {', '.join(service_tables)}")
        elif table == "links":
            check_keys(table, value, {}, free=str)
        else:
            check_keys(table, value, tables[table])

    def check_url(table: str, key: str, url: str) -> None:
        if not URL_RE.match(url) or any(ord(c) < 32 for c in url):
            raise err(table, key, f"{url!r} is not an http(s) URL")

    game = raw.get("game", {})
    providers = raw.get("providers", {})
    enabled: list[str] = providers.get("enabled", list(known))
    for key in ("support_url", "news_url", "update_url"):
        if key in game:
            check_url("game", key, game[key])
    for pid, entry in providers.items():
        if isinstance(entry, dict):
            for key in PROVIDER_LINKS:
                if key in entry:
                    check_url(f"providers.{pid}", key, entry[key])
    app_id = game.get("id", app_slug(str(game.get("name") or path.stem)))
    if not APP_ID_RE.match(app_id):
        raise err("game", "id", "an app id is 1-64 lower-case letters, digits, '.' and '-', starting and ending "
                                "with a letter or digit (it names the launcher's folders and keychain entries)")
    scheme = game.get("url_scheme")
    if scheme is None:
        scheme = default_scheme(app_id)
    elif not SCHEME_RE.match(scheme) or scheme in RESERVED_SCHEMES:
        raise err("game", "url_scheme", "a URL scheme is 2-32 lower-case letters, digits, '+', '.' and '-', "
                                        "starting with a letter, and not one the system uses (http, file, ...)")
    for key in ("version", "publisher", "maintainer"):
        if key in game and (len(game[key]) > 200 or any(ord(c) < 32 for c in game[key])):
            raise err("game", key, "must be one line of at most 200 characters")
    self_update = None
    if "self_update" in raw:
        table = raw["self_update"]
        if "repository" not in table or "root" not in table:
            raise err("self_update", "", "needs repository (a base URL) and root (the trusted root metadata file)")
        check_url("self_update", "repository", table["repository"])
        if Path(table["root"]).is_absolute() or ".." in Path(table["root"]).parts:
            raise err("self_update", "root", "must be a file beside the manifest (a relative path inside its folder)")
        channel = table.get("channel", "launcher")
        if not CHANNEL_RE.match(channel):
            raise err("self_update", "channel", "a channel name is lower-case letters, digits, - and _")
        self_update = SelfUpdateSpec(table["repository"].rstrip("/"), path.parent / table["root"], channel)
    for label, url in raw.get("links", {}).items():
        check_url("links", label, url)
    for pid in enabled:
        if pid not in known:
            raise err("providers", "enabled", f"unknown provider {pid!r}; known: {', '.join(known)}")
    default = providers.get("default")
    if default is not None and default not in enabled:
        raise err("providers", "default", f"{default!r} is not enabled")
    services = dict(raw.get("services", {}))
    for service, url in services.items():
        check_url("services", service, url)
    env_raw = {k: v for k, v in raw.get("environments", {}).items() if isinstance(v, dict)}
    overrides: dict[str, Environment] = {}
    for name, entry in env_raw.items():
        for service, url in entry.get("services", {}).items():
            check_url(f"environments.{name}.services", service, url)
        overrides[name] = Environment(dict(entry.get("services", {})),
                                      {k: dict(v) for k, v in entry.items() if k != "services"})
    named_default = raw.get("environments", {}).get("default")  # a string, unless an environment is called that
    default_env = named_default if isinstance(named_default, str) else (next(iter(overrides)) if overrides else "")
    if default_env and default_env not in overrides:
        raise err("environments", "default", f"{default_env!r} is not one of the environments declared below it")
    options = {name: dict(raw.get(name, {})) for name in tables if name not in BASE_SCHEMA and name != "services"}
    delivery = _check_delivery(raw, env_raw, err, check_url)
    if delivery:
        options[DELIVERY] = delivery
    base = Settings(services, options)
    for env_name, settings_ in [("", base), *((n, _merged(base, e)) for n, e in overrides.items())]:
        where = f" (environment {env_name!r})" if env_name else ""
        for pid in enabled:
            for spec in known[pid].services:
                for option in spec.required_options:
                    if not settings_.option(spec.name, option):
                        raise err(spec.name, option, f"missing{where}: provider {pid!r} needs it")
                if spec.name not in settings_.services and not spec.default_url:
                    raise err("services", spec.name, f"missing{where}: provider {pid!r} needs the {spec.name} "
                                                     "service's base URL")
    launch_raw = raw.get("launch", {})
    offered = {name for pid in enabled for name in known[pid].handover_names()}
    for key, value in launch_raw.get("env", {}).items():
        if not ENV_NAME.match(key):
            raise err("launch.env", key, "is not a usable environment variable name (letters, digits and _)")
        if not isinstance(value, str) or "\x00" in value:
            raise err("launch.env", key, "must be a string template without NUL characters")
        problem = _template_problem(value, offered)
        if problem:
            raise err("launch.env", key, problem)
    log_name = launch_raw.get("log_file", "game.log")
    if not LOG_NAME.match(log_name) or log_name in (".", ".."):
        raise err("launch", "log_file", "must be a plain file name (it is kept in the launcher's log folder)")
    exe = launch_raw.get("executable")
    cwd = launch_raw.get("working_dir", ".")
    relative = None
    if delivery:  # relative to the installed build: a plain path inside it
        from .delivery.buildlist import path_problem

        if not exe:
            raise err("launch", "executable", "is required with [delivery]: the program inside the installed build")
        for key, value in (("executable", exe), ("working_dir", cwd)):
            problem = path_problem(value) if value != "." else None
            if problem:
                raise err("launch", key, f"must be a path inside the installed build ({problem})")
        relative = (exe, cwd)
    icon = game.get("icon")
    launch = LaunchSpec(
        executable=(path.parent / exe) if exe else None,
        working_dir=(path.parent / cwd),
        args=[str(a) for a in launch_raw.get("args", [])],
        env=dict(launch_raw.get("env", {})),
        log_file=log_name,
        relative=relative,
        multiple_instances=bool(launch_raw.get("multiple_instances", False)),
        process_name=str(launch_raw.get("process_name", ""))[:255],
        offline=bool(launch_raw.get("offline", False)),
    )
    banner = game.get("banner")
    links = {k: game[k] for k in ("news_url", "update_url") if k in game}
    news = list(raw.get("links", {}).items()) or [(label, links[key]) for key, label in
                                                  (("news_url", "News"), ("update_url", "Updates")) if key in links]
    manifest = Manifest(path=path, name=game.get("name", path.stem), icon=(path.parent / icon) if icon else None,
                        enabled=list(enabled), settings=base, launch=launch, default_provider=default, links=links,
                        tester_default=bool(raw.get("testing", {}).get("enabled", False)),
                        texts={k: dict(v) for k, v in providers.items() if isinstance(v, dict)},
                        banner=(path.parent / banner) if banner else None, support_url=game.get("support_url", ""),
                        news=news, base=base, environment_overrides=overrides, default_environment=default_env,
                        app_id=app_id, url_scheme=scheme, version=game.get("version", ""),
                        publisher=game.get("publisher", ""), maintainer=game.get("maintainer", ""),
                        self_update=self_update, languages=dict(raw.get("languages", {})))
    from .providers import manifest_warnings

    manifest.warnings = manifest_warnings(manifest)
    for warning in manifest.warnings:
        logging.getLogger("launcher.manifest").warning("%s: %s", path, warning)
    return manifest.for_environment(default_env) if default_env else manifest
