"""One lock per saved account, across processes: the window and a `--play` (or two windows of two launcher
homes sharing a keychain) never refresh the same account at once. With a rotating refresh token the second
refresh would use a token the first one just spent, and the account would be signed out."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from types import TracebackType
from typing import IO

from .. import file_lock
from ..outcomes import TimeoutError_

WAIT_S = 60.0  # longer than one sign-in's deadline: the holder finishes or fails well before
POLL_S = 0.05


class AccountLock:
    """`async with lock:` in the event loop (polls, never blocks the loop); `with lock:` in plain code."""

    def __init__(self, folder: Path, account_id: str, *, wait_s: float = WAIT_S) -> None:
        digest = hashlib.sha256(account_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        self.path = folder / "locks" / f"account-{digest}.lock"
        self.account_id, self.wait_s = account_id, wait_s
        self._fh: IO[bytes] | None = None

    def _open(self) -> IO[bytes] | None:
        try:
            return file_lock.open_lock_file(self.path)
        except OSError:
            return None  # a read-only home: nobody can write the account either, so nothing to guard

    def try_acquire(self) -> bool:
        fh = self._open()
        if fh is None:
            return True
        if file_lock.lock(fh, wait=False):
            self._fh = fh
            return True
        fh.close()
        return False

    def _busy(self) -> TimeoutError_:
        return TimeoutError_("Another launcher is still refreshing this account. Try again in a moment.",
                             code="account-lock")

    def acquire(self) -> None:
        end = time.monotonic() + self.wait_s
        while not self.try_acquire():
            if time.monotonic() >= end:
                raise self._busy()
            time.sleep(POLL_S)

    async def acquire_async(self) -> None:
        import asyncio  # not at import time: the window reads the account file before it loads asyncio

        end = time.monotonic() + self.wait_s
        while not self.try_acquire():
            if time.monotonic() >= end:
                raise self._busy()
            await asyncio.sleep(POLL_S)

    def release(self) -> None:
        if self._fh is not None:
            file_lock.unlock(self._fh)
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> AccountLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    async def __aenter__(self) -> AccountLock:
        await self.acquire_async()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.release()


def account_lock(folder: Path, account_id: str, *, wait_s: float = WAIT_S) -> AccountLock:
    return AccountLock(folder, account_id, wait_s=wait_s)
