"""Progress of a long comparison: on a terminal only, cleared when done."""

from __future__ import annotations

import io
import threading

from newsdiff.render.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_after_a_while_and_clears_its_line() -> None:
    stream = FakeTerminal()
    release = threading.Event()
    with Progress("comparing 10 and 20 words", stream=stream, after=0.0):
        release.wait(0.3)
    text = stream.getvalue()
    assert "newsdiff: comparing 10 and 20 words… 0 s" in text
    assert text.endswith("\r\x1b[K")


def test_quick_work_and_non_terminals_show_nothing() -> None:
    stream = FakeTerminal()
    with Progress("x", stream=stream, after=5.0):
        pass
    assert stream.getvalue() == ""
    pipe = io.StringIO()
    with Progress("x", stream=pipe, after=0.0):
        threading.Event().wait(0.2)
    assert pipe.getvalue() == ""
