"""Heavy work (comparing, coverage) in daemon threads that quitting never waits for.

A Textual thread worker cannot be stopped: the app waits for it when the reader
quits, and a comparison of two long articles or the coverage of a big story
takes many seconds. Here the work runs in a daemon thread and the app awaits
a future it resolves: cancelling the await (quitting, closing the view,
moving on to another pair) returns at once, and the thread, left to finish
on its own or to end with the process, only hands its result to the
callbacks that still want it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def in_daemon_thread(name: str, work: Callable[[], T]) -> asyncio.Future[T]:
    """Start `work()` in a daemon thread; the future (of the running loop) gets its result.

    Awaiting the future through `asyncio.shield` lets its done-callbacks see the
    result even when the awaiting task was cancelled.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: Exception | None) -> None:
        if future.done():
            return  # cancelled: nobody wants the result any more
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        result: T | None = None
        error: Exception | None = None
        try:
            result = work()
        except Exception as exc:  # handed to whoever awaits the future
            error = exc
        # The app may have quit meanwhile: its loop is closed and the result is moot.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=run, name=f"newsdiff-{name}", daemon=True).start()
    return future
