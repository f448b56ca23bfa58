"""Studio and tester secrets (a PlayFab title secret key, a publisher token and signing key): provisioned once per
game and environment into the keychain, never typed by players, never in a file.

`launcher secrets set NAME [--env ENV]` or the tester's form ("remember for this environment") put them there;
every sign-in of that environment then uses them. A list of the names kept (never values) sits in the keychain
too, so that `launcher secrets list` can answer without reading any secret."""

from __future__ import annotations

import hashlib
import json
import re

from .accounts.secrets import Vault
from .identity import keychain_service
from .outcomes import KeychainError, UsageError
from .redact import secrets as redactor

INDEX = ".names"
MAX_VALUE_CHARS = 4096


def provisionable() -> dict[str, str]:
    """Every provisioned field some provider declares: name -> label."""
    from .providers import all_providers

    return {f.name: f.label for cls in all_providers().values() for f in cls.fields if f.provisioned}


def _slug(text: str) -> str:
    """Readable and unique per game name: two games never share a secret, whatever their names' script."""
    readable = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "game"
    return f"{readable}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


class Provisioned:
    def __init__(self, vault: Vault, game: str) -> None:
        self.vault = vault
        self.service = keychain_service(f"provisioned/{_slug(game)}")

    @staticmethod
    def _key(environment: str, name: str) -> str:
        return f"{environment or '(no environment)'}/{name}"  # environment names are lower-case words

    @staticmethod
    def check_name(name: str) -> None:
        known = provisionable()
        if name not in known:
            shown = repr(name) if re.fullmatch(r"[a-z_]{1,32}", name) else "That"  # never echo what may be a value
            raise UsageError(f"{shown} is not a secret the launcher keeps; these are: {', '.join(sorted(known))}.")

    def get(self, name: str, environment: str) -> str | None:
        value = self.vault.get(self.service, self._key(environment, name))
        if value:
            redactor.add(value)
        return value or None

    def names(self, environment: str) -> list[str]:
        try:
            raw = json.loads(self.vault.get(self.service, self._key(environment, INDEX)) or "[]")
        except ValueError:
            raw = []
        known = provisionable()
        return sorted({str(n) for n in raw if str(n) in known}) if isinstance(raw, list) else []

    def set(self, name: str, environment: str, value: str) -> None:
        self.check_name(name)
        value = value.strip()
        if not value:
            raise UsageError(f"No value was given for {name}.")
        if len(value) > MAX_VALUE_CHARS or any(ord(c) < 32 for c in value):
            raise UsageError(f"That does not look like a {provisionable()[name].lower()} (too long or not one line).")
        if not self.vault.persistent:
            raise KeychainError("The system keychain is not available, so the secret cannot be kept.")
        redactor.add(value)
        self.vault.set(self.service, self._key(environment, name), value)
        names = set(self.names(environment)) | {name}
        self.vault.set(self.service, self._key(environment, INDEX), json.dumps(sorted(names)))

    def remove(self, name: str, environment: str) -> bool:
        self.check_name(name)
        had = self.vault.get(self.service, self._key(environment, name)) is not None
        self.vault.delete(self.service, self._key(environment, name))
        names = set(self.names(environment)) - {name}
        self.vault.set(self.service, self._key(environment, INDEX), json.dumps(sorted(names)))
        return had
