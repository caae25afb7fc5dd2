"""Run one job in a forked child process while the caller does other work.

A one-shot comparison has independent halves: the alignment of the sentences,
and the scan of each side for typos and facts. On a machine with two or more
cores a forked child runs the second while the caller aligns: it starts with
the caller's memory, so nothing but the pickled result crosses the pipe. The
fork is a bare `os.fork` (no `multiprocessing`, which costs ~10 ms to import):
starting the child and sending a result back take a millisecond or two. Where
fork is not the platform's safe default (Windows, macOS) or only one core is
usable, and whenever the child fails, the job simply runs in the caller.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

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
        self._pid = 0
        self._receive = -1
        try:
            receive, send = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(receive)
            os.close(send)
            return
        if pid == 0:
            os.close(receive)
            _run(job, send)  # never returns
        os.close(send)
        self._pid, self._receive = pid, receive

    def result(self) -> T:
        """The job's value, from the child if it delivered one, else computed here."""
        if not self._pid:
            return self._job()
        chunks = []
        try:
            with os.fdopen(self._receive, "rb") as pipe:
                while chunk := pipe.read():
                    chunks.append(chunk)
        except OSError:
            chunks = []
        finally:
            self._reap()
        try:
            ok, value = pickle.loads(b"".join(chunks))
        except Exception:  # a child that died mid-way sent nothing or half a pickle
            ok, value = False, None
        return value if ok else self._job()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)


def _run(job: Callable[[], object], send: int) -> None:
    """The child: run the job, send (ok, value) down the pipe, and leave at once.

    `os._exit` skips the caller's exit handlers and its unflushed output
    buffers, which belong to the caller alone."""
    try:
        try:
            payload = pickle.dumps((True, job()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the caller reruns the job and sees the error itself
            payload = pickle.dumps((False, None))
        with os.fdopen(send, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)
