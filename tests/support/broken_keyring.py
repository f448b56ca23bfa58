"""Keyring backends that fail the way real ones do, selected with PYTHON_KEYRING_BACKEND in CLI subprocess
tests (and installed with keyring.set_keyring in unit tests). Never used by the launcher itself."""

from __future__ import annotations

import os

import keyring.errors

from .file_keyring import JsonFileKeyring


class ExplodingKeyring(JsonFileKeyring):
    """A configured backend whose constructor raises (a broken D-Bus, a missing library)."""

    def __init__(self) -> None:
        raise RuntimeError("backend constructor exploded")


class LockedKeyring(JsonFileKeyring):
    """Reads work; every write says the collection is locked (the unlock prompt cannot be shown)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")


class DiesOnSecondWriteKeyring(JsonFileKeyring):
    """The first write of this process works, the second raises (the daemon went away)."""

    writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        type(self).writes += 1
        if type(self).writes >= int(os.environ.get("TEST_KEYRING_FAIL_AT", "2")):
            raise keyring.errors.PasswordSetError("org.freedesktop.DBus.Error.NoReply")
        super().set_password(service, username, password)


class ForgetfulKeyring(JsonFileKeyring):
    """Accepts every write without error and keeps none of them (what a locked collection can look like)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None
