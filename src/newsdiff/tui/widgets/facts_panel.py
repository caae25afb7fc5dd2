"""Facts only one source carries, and facts the sources disagree on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsdiff.core.model import FactDiff
from newsdiff.render.rich_text import conflict_text, fact_text

KIND_STYLE = Style(dim=True, italic=True)
ARROW_STYLE = Style(bold=True)


class FactList(OptionList):
    """One of the panel's three lists. Only the panel's active list is a Tab stop."""

    def allow_focus(self) -> bool:
        panel = self.parent
        return not isinstance(panel, FactsPanel) or panel.active == self.id or self.has_focus

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        # A click makes this list the active one, so it can take the focus.
        panel = self.parent
        if isinstance(panel, FactsPanel) and self.id:
            panel.active = self.id
        await super()._on_mouse_down(event)


class FactsPanel(Horizontal):
    """Three lists side by side: only in A | only in B | conflicts. Enter jumps to a fact.

    The panel is one Tab stop: ← and → move between its lists.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", "Previous list", show=False, tooltip="Previous fact list"),
        Binding("right", "step(1)", "Next list", show=False, tooltip="Next fact list"),
    ]

    LISTS = ("facts-only-a", "facts-only-b", "facts-conflicts")

    DEFAULT_CSS = """
    FactsPanel {
        height: 12;
        & > OptionList {
            width: 1fr;
            height: 1fr;
            border: round $panel-lighten-2;
            border-title-color: $text;
            &:focus { border: round $primary; }
        }
    }
    """

    @dataclass
    class Chosen(Message):
        """The reader picked a fact: show its sentence."""

        panel: FactsPanel
        """The panel that sent it."""
        side: str
        """"a" or "b": which source's sentence to show."""
        sentence: int
        """Index of the sentence on that side."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: dict[str, list[tuple[str, int]]] = {}
        self.active = self.LISTS[0]
        """The list Tab lands on (the last one used)."""

    def compose(self) -> ComposeResult:
        for list_id in self.LISTS:
            yield FactList(id=list_id)

    def action_step(self, step: int) -> None:
        """Focus the list left (-1) or right (+1) of the focused one."""
        index = (self.LISTS.index(self.active) + step) % len(self.LISTS)
        self.active = self.LISTS[index]
        self.query_one(f"#{self.active}", FactList).focus()

    @on(events.DescendantFocus)
    def _focused(self, event: events.DescendantFocus) -> None:
        if event.widget.id in self.LISTS:
            self.active = event.widget.id or self.active

    def show(self, facts: FactDiff | None) -> None:
        """Fill the three lists from a comparison's facts (None empties them)."""
        facts = facts or FactDiff()
        lists = {
            "facts-only-a": (
                "Only in A",
                [fact_text(f, KIND_STYLE) for f in facts.only_a],
                [("a", f.sentence) for f in facts.only_a],
            ),
            "facts-only-b": (
                "Only in B",
                [fact_text(f, KIND_STYLE) for f in facts.only_b],
                [("b", f.sentence) for f in facts.only_b],
            ),
            "facts-conflicts": (
                "Conflicts",
                [
                    conflict_text(c.a, c.b, c.kind.value, KIND_STYLE, ARROW_STYLE)
                    for c in facts.conflicts
                ],
                [
                    ("a", c.a_sentence) if c.a_sentence >= 0 else ("b", c.b_sentence)
                    for c in facts.conflicts
                ],
            ),
        }
        for list_id, (title, prompts, targets) in lists.items():
            option_list = self.query_one(f"#{list_id}", OptionList)
            option_list.clear_options()
            option_list.add_options([Option(p) for p in prompts])
            option_list.border_title = f"{title} ({len(prompts)})"
            if prompts:
                option_list.highlighted = 0
            self._targets[list_id] = targets

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        targets = self._targets.get(event.option_list.id or "", [])
        if 0 <= event.option_index < len(targets):
            side, sentence = targets[event.option_index]
            if sentence >= 0:
                self.post_message(self.Chosen(self, side, sentence))
