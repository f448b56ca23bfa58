"""Worker threads for blocking work the event loop must not wait on: the delivery's disk reads and writes, hashing,
decompression and python-tuf's synchronous updater, a certificate's issuer looked up after a failed handshake. A
plain Python pool, never the loop's default executor: under qasync that is a QThread pool, which aborts the
process when a thread is still alive at exit."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="worker")


async def run(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(POOL, functools.partial(fn, *args, **kwargs))
