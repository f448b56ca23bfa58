"""The account-file writes of concurrent refreshes, coalesced into a few store updates.

Every write of the account file reads and validates it whole, keeps a backup and fsyncs; 50 refreshes ending
together wrote it 50 times, one after another, in the event loop. Here each refresh puts its session in the
keychain at once (as a single save does) and waits until its entry is written together with the others'."""

from __future__ import annotations

import asyncio

from ..models import Session
from ..outcomes import SignInError
from . import Account, Accounts, RecordedFailure, StagedSession

LINGER_S = 0.05  # the longest a finished refresh waits for slower ones before the file is written


class WriteBatch:
    """Saves and failures of a group of concurrent refreshes (the members), written to the account file together.

    Each member is counted in with `join` and out with `leave`. A save stages the session (keychain now) and
    waits until its entry is written; the batch is written as soon as every member still running waits on it,
    or LINGER_S after its first item, whichever comes first, so one slow refresh never holds the others back for
    long. Each write re-reads the file under its lock, so a change another launcher made meanwhile is kept.
    A member that saves should hold its account's refresh lock until `save` returns: another launcher then
    never reads new tokens with the old expiry times."""

    def __init__(self, accounts: Accounts, *, linger_s: float | None = None) -> None:
        self.accounts = accounts
        self.linger_s = LINGER_S if linger_s is None else linger_s
        self._running = 0  # members neither gone nor waiting on a write
        self._pending: list[tuple[StagedSession | RecordedFailure, asyncio.Future[Account | None]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._soon: asyncio.Handle | None = None

    def join(self) -> None:
        self._running += 1

    def leave(self) -> None:
        self._running -= 1
        self._write_when_all_wait()

    async def save(self, session: Session) -> Account:
        """Save a refreshed session: its secrets to the keychain now (KeychainError as `save_session`), its entry
        with the batch. Raises what the write raised (UsageError: the file could not be written)."""
        saved = await self._add(self.accounts.stage_session(session))
        assert saved is not None  # a staged session always has its entry
        return saved

    async def record_failure(self, account_id: str, error: SignInError) -> None:
        """Record a failed refresh (as `Accounts.record_failure`) with the batch."""
        await self._add(RecordedFailure(account_id, error))

    async def _add(self, item: StagedSession | RecordedFailure) -> Account | None:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Account | None] = loop.create_future()
        self._pending.append((item, future))
        if self._timer is None:
            self._timer = loop.call_later(self.linger_s, self.write)
        self._running -= 1
        try:
            self._write_when_all_wait()
            # A waiter cancelled meanwhile leaves its item in the batch: the keychain already holds its session.
            return await future
        finally:
            self._running += 1

    def _write_when_all_wait(self) -> None:
        if self._pending and self._running <= 0 and self._soon is None:
            self._soon = asyncio.get_running_loop().call_soon(self.write)

    def write(self) -> None:
        """Write what is pending now, in one store update."""
        for handle in (self._timer, self._soon):
            if handle is not None:
                handle.cancel()
        self._timer = self._soon = None
        batch, self._pending = self._pending, []
        if not batch:
            return
        try:
            saved = self.accounts.write_batch([item for item, _ in batch])
        except Exception as exc:  # handed to every waiter, which raises it in its own task
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), account in zip(batch, saved, strict=True):
            if not future.done():
                future.set_result(account)
