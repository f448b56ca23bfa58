"""The game manifest (TOML): load, validate, and explain errors with file, line and key."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .outcomes import ManifestError
from .manifest_head import DEMO_MANIFEST, RESOURCES
from .providers.base import Settings

__all__ = ["DEMO_MANIFEST", "RESOURCES", "SCHEMA", "SECRET_KEYS", "SERVICES", "LaunchSpec", "Manifest", "load"]

SERVICES = ("playfab", "gacha", "earth", "appcharge")
SECRET_KEYS = ("secret_key", "title_secret_key", "publisher_token", "signing_key", "password", "token")

SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "game": {"name": str, "icon": str, "news_url": str, "update_url": str},
    "launch": {"executable": str, "working_dir": str, "args": list, "env": dict, "log_file": str},
    "providers": {"enabled": list, "default": str},
    "services": {s: str for s in SERVICES},
    "playfab": {"title_id": str, "facebook_app_id": str, "facebook_dialog_url": str},
    "earth": {"client_version": str, "build_number": str, "auth_scheme": str, "device_os": str},
    "appcharge": {"app_id": str, "country_code": str, "state": str},
}


@dataclass
class LaunchSpec:
    executable: Path | None
    working_dir: Path
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    log_file: str = "game.log"


@dataclass
class Manifest:
    path: Path
    name: str
    icon: Path | None
    enabled: list[str]
    settings: Settings
    launch: LaunchSpec
    default_provider: str | None = None
    links: dict[str, str] = field(default_factory=dict)

    def with_services(self, urls: dict[str, str]) -> Manifest:
        """The same manifest with other service URLs (the demo's sandbox on its real port). Option URLs on
        the same origin as a replaced service (the Facebook dialog of the sandbox) move along with it."""
        moved = {_origin(self.settings.services[s]): _origin(u) for s, u in urls.items()
                 if s in self.settings.services}
        options = {table: {k: _move(v, moved) for k, v in values.items()}
                   for table, values in self.settings.options.items()}
        services = {**self.settings.services, **urls}
        return Manifest(self.path, self.name, self.icon, self.enabled, Settings(services, options),
                        self.launch, self.default_provider, self.links)


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


def load(path: str | Path) -> Manifest:
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise ManifestError(f"{path}: the manifest file does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: the manifest cannot be read ({exc.__class__.__name__}).") from exc
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML: {exc}.") from exc

    def err(table: str | None, key: str, message: str) -> ManifestError:
        line = _line_of(text, table, key) or (_line_of(text, table, "") if table else None)
        where = f"{path}:{line}" if line else str(path)
        dotted = f"{table}.{key}" if table and key else (table or key)
        return ManifestError(f"{where}: {dotted}: {message}")

    for table, value in raw.items():
        if table not in SCHEMA:
            line = _line_of(text, table, "")
            raise ManifestError(f"{path}:{line or '?'}: unknown table [{table}]; "
                                f"known tables: {', '.join(SCHEMA)}")
        if not isinstance(value, dict):
            raise err(None, table, "must be a table")
        for key, item in value.items():
            if key in SECRET_KEYS:
                raise err(table, key, "secrets never go in the manifest; enter them in the launcher (they are kept "
                                      "in the system keychain) or pass them as LAUNCHER_FIELD_*")
            if key not in SCHEMA[table]:
                raise err(table, key, f"unknown key; known keys: {', '.join(SCHEMA[table])}")
            if not isinstance(item, SCHEMA[table][key]):
                raise err(table, key, f"must be a {SCHEMA[table][key].__name__}")  # type: ignore[union-attr]

    from .providers import all_providers
    known = all_providers()
    game = raw.get("game", {})
    providers = raw.get("providers", {})
    enabled = providers.get("enabled", list(known))
    for pid in enabled:
        if pid not in known:
            raise err("providers", "enabled", f"unknown provider {pid!r}; known: {', '.join(known)}")
    default = providers.get("default")
    if default is not None and default not in enabled:
        raise err("providers", "default", f"{default!r} is not enabled")
    services = dict(raw.get("services", {}))
    for service, url in services.items():
        if not re.match(r"^https?://[^/\s]+", url):
            raise err("services", service, f"{url!r} is not an http(s) URL")
    needs = {"gacha": ["gacha"], "earth": ["earth", "playfab"], "appcharge": ["appcharge"]}
    for pid in enabled:
        for service in needs.get(pid, []):
            if service == "playfab" and raw.get("playfab", {}).get("title_id"):
                continue
            if service not in services:
                raise err("services", service, f"missing: provider {pid!r} needs the {service} service's base URL")
    if any(p.startswith("playfab-") or p == "earth" for p in enabled) and not raw.get("playfab", {}).get("title_id"):
        raise err("playfab", "title_id", "missing: the PlayFab providers need the title id")
    options = {k: dict(raw.get(k, {})) for k in ("playfab", "earth", "appcharge")}
    launch_raw = raw.get("launch", {})
    for key, value in launch_raw.get("env", {}).items():
        if not isinstance(value, str):
            raise err("launch.env", key, "must be a string template")
    exe = launch_raw.get("executable")
    icon = game.get("icon")
    launch = LaunchSpec(
        executable=(path.parent / exe) if exe else None,
        working_dir=(path.parent / launch_raw.get("working_dir", ".")),
        args=[str(a) for a in launch_raw.get("args", [])],
        env=dict(launch_raw.get("env", {})),
        log_file=launch_raw.get("log_file", "game.log"),
    )
    return Manifest(path=path, name=game.get("name", path.stem), icon=(path.parent / icon) if icon else None,
                    enabled=list(enabled), settings=Settings(services, options), launch=launch,
                    default_provider=default,
                    links={k: game[k] for k in ("news_url", "update_url") if k in game})
