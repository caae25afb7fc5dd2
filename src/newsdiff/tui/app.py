"""The newsdiff reading app: `NewsdiffApp(corpus).run()`."""

from __future__ import annotations

import contextlib
import importlib
import threading
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newsdiff.core.model import Corpus, Source
from newsdiff.tui.commands import NewsdiffCommands
from newsdiff.tui.screens.coverage import CoverageScreen
from newsdiff.tui.screens.help import HelpScreen, KeySection
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.coverage_tables import FactMatrix
from newsdiff.tui.widgets.search_bar import SearchBar
from newsdiff.tui.widgets.source_list import SourceList
from newsdiff.tui.widgets.story_list import StoryList


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
        # Import the engine while Textual starts up, so the first diff arrives sooner.
        threading.Thread(target=_import_engine, name="newsdiff-engine-import", daemon=True).start()

    def get_default_screen(self) -> Screen[None]:
        return ReadingScreen(self.corpus, self.pair)

    def on_mount(self) -> None:
        # Files that failed to load: say so once each, and let the rest work.
        for problem in self.corpus.problems:
            self.notify(problem, title="Could not load", severity="error", timeout=10, markup=False)

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_sections()))


def key_sections() -> list[KeySection]:
    """The bindings of each part of the app, as the help screen lists them."""
    return [
        ("App", NewsdiffApp.BINDINGS),
        ("Reading", ReadingScreen.BINDINGS),
        ("Diff, legend and facts", ComparePane.BINDINGS),
        ("Stories", StoryList.BINDINGS),
        ("Sources", SourceList.BINDINGS),
        ("Search box", SearchBar.BINDINGS),
        ("Coverage view", CoverageScreen.BINDINGS),
        ("Coverage facts", FactMatrix.BINDINGS),
    ]


def _import_engine() -> None:
    # A failure here is left for the compare worker to report to the reader.
    with contextlib.suppress(Exception):
        importlib.import_module("newsdiff.core.compare")
