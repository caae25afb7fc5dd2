"""Run one job in a forked child process while the caller does other work.

A one-shot comparison of two long articles has independent halves (analysing
B while A is analysed; matching facts while sentences are aligned). On a
machine with two or more cores a forked child runs one half: it starts with
the caller's memory, so nothing but the result crosses the pipe. Where fork
is not the platform's safe default (Windows, macOS) or only one core is
usable, and whenever the child fails, the job simply runs in the caller.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # multiprocessing costs ~10 ms to import: only a long pair forks
    import multiprocessing.process
    from multiprocessing.connection import Connection

T = TypeVar("T")


def can_fork() -> bool:
    """Fork is safe and worth it here: Linux-like, and more than one core to use."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores > 1


class Child(Generic[T]):
    """`job()` started in a forked child; `result()` waits for its value.

    Falls back to running `job()` in the caller when the fork or the child
    fails, so a result always comes back (or the job's own exception).
    """

    def __init__(self, job: Callable[[], T]) -> None:
        self._job = job
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receive: Connection | None = None
        import multiprocessing

        try:
            context = multiprocessing.get_context("fork")
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_run, args=(job, send), daemon=True)
            process.start()
        except (OSError, ValueError):
            return
        send.close()
        self._process, self._receive = process, receive

    def result(self) -> T:
        """The job's value, from the child if it delivered one, else computed here."""
        if self._process is None or self._receive is None:
            return self._job()
        try:
            ok, value = self._receive.recv()
        except (EOFError, OSError):
            ok, value = False, None
        finally:
            self._receive.close()
            self._process.join()
        return value if ok else self._job()


def _run(job: Callable[[], object], send: Connection) -> None:
    try:
        value = job()
    except BaseException:  # the caller reruns the job and sees the error itself
        send.send((False, None))
    else:
        send.send((True, value))
    finally:
        send.close()
