"""The newsdiff reading app: `NewsdiffApp(corpus).run()`."""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Sequence
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from newsdiff.core.model import Corpus, Source
from newsdiff.render.safe import visible, visible_line
from newsdiff.tui.commands import NewsdiffCommands
from newsdiff.tui.screens.coverage import CoverageScreen
from newsdiff.tui.screens.help import HelpScreen, KeySection
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.coverage_tables import FactMatrix
from newsdiff.tui.widgets.facts_panel import FactsPanel
from newsdiff.tui.widgets.search_bar import SearchBar
from newsdiff.tui.widgets.source_list import SourceList
from newsdiff.tui.widgets.story_list import StoryFilter, StoryList


class NewsdiffApp(App[None]):
    """Stories, their sources, and the classified side-by-side diff of any two of them."""

    TITLE = "newsdiff"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {NewsdiffCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, corpus: Corpus, pair: tuple[Source, Source] | None = None) -> None:
        """Read `corpus`; open `pair` (A, B) first if given, else the first story's first two."""
        super().__init__()
        self.corpus = corpus
        self.pair = pair
        self.crash: BaseException | None = None
        """The error that stopped the app, if one did (the CLI reports it in one line)."""
        # Import the engine while Textual starts up, so the first diff arrives sooner.
        threading.Thread(target=_import_engine, name="newsdiff-engine-import", daemon=True).start()

    def get_default_screen(self) -> Screen[None]:
        return ReadingScreen(self.corpus, self.pair)

    def on_mount(self) -> None:
        # What loading met (unreadable files, skipped kinds, manifest entries
        # left out): one notification however many, and the rest works.
        problems = self.corpus.problems
        if problems:
            self.notify(
                problems_summary(problems),
                title=f"{len(problems):,} problem{'s' if len(problems) != 1 else ''} while loading",
                severity="warning",
                timeout=10,
            )

    def _handle_exception(self, error: Exception) -> None:
        # Textual's own handling, which also hands the error to Pilot tests; it
        # prints a full traceback (with locals) on exit, replaced below by the
        # one line the CLI prints from `crash`.
        if self.crash is None:  # the first error is the cause; later ones follow from it
            self.crash = error
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        if self.crash is None:
            super()._print_error_renderables()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification; every one of the app's (widgets' and screens' too) comes here.

        Messages and titles often quote outside text (outlets, file names, error
        messages), so each is made safe here, by construction: control characters
        and escapes are shown as visible escapes, and nothing is read as markup
        (`markup` is accepted for Textual's signature and ignored).
        """
        super().notify(
            visible(message),
            title=visible_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_sections()))


PROBLEMS_SHOWN = 3
"""Load problems quoted in the start-up notification; the rest are counted (a folder of
a thousand unreadable files gives one short notification, not a thousand)."""


def problems_summary(problems: Sequence[str]) -> str:
    """The first few load problems, one a line, and how many more there are."""
    lines = [visible_line(p) for p in problems[:PROBLEMS_SHOWN]]
    more = len(problems) - PROBLEMS_SHOWN
    if more > 0:
        lines.append(f"… and {more:,} more")
    return "\n".join(lines)


def key_sections() -> list[KeySection]:
    """The bindings of each part of the app, as the help screen lists them."""
    return [
        ("App", NewsdiffApp.BINDINGS),
        ("Reading", ReadingScreen.BINDINGS),
        ("Facts panel", FactsPanel.BINDINGS),
        ("Stories", StoryList.BINDINGS),
        ("Story filter", StoryFilter.BINDINGS),
        ("Sources", SourceList.BINDINGS),
        ("Search box", SearchBar.BINDINGS),
        ("Coverage view", CoverageScreen.BINDINGS),
        ("Coverage facts", FactMatrix.BINDINGS),
    ]


def _import_engine() -> None:
    # A failure here is left for the compare worker to report to the reader.
    with contextlib.suppress(Exception):
        importlib.import_module("newsdiff.core.compare")
