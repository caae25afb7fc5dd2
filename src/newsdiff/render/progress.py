"""Progress of a long one-shot comparison on stderr, for a terminal only.

A comparison is one call into the engine; once it has run longer than
`PROGRESS_AFTER`, a line on stderr says what is being compared and how long
it has taken so far, redrawn each second and cleared when it ends. Nothing is
written when stderr is not a terminal, so pipes and logs stay clean.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TextIO

from newsdiff.render.terminal import is_tty

if TYPE_CHECKING:
    import threading
    from types import TracebackType

PROGRESS_AFTER = 1.0
"""Seconds a comparison runs before progress is shown: shorter runs would only flicker."""
_TICK = 1.0


class Progress:
    """A context manager showing `what` and the elapsed time on a terminal stream."""

    def __init__(self, what: str, *, stream: TextIO, after: float = PROGRESS_AFTER) -> None:
        self.what = what
        """What is being done, in a few words."""
        self.stream = stream
        """Where progress goes (stderr)."""
        self.after = after
        """Seconds before the first line."""
        self._done: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._shown = False

    def __enter__(self) -> Progress:
        # Only a terminal gets a drawing thread (and only then is threading
        # loaded: a pipe's one-shot run has no use for it).
        if is_tty(self.stream):
            import threading

            self._done = threading.Event()
            self._thread = threading.Thread(target=self._run, args=(self._done,), daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._done is not None and self._thread is not None:
            self._done.set()
            self._thread.join()
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _run(self, done: threading.Event) -> None:
        start = time.monotonic()
        if done.wait(self.after):
            return
        while not done.is_set():
            elapsed = time.monotonic() - start
            self.stream.write(f"\r\x1b[Knewsdiff: {self.what}… {elapsed:.0f} s")
            self.stream.flush()
            self._shown = True
            done.wait(_TICK)
