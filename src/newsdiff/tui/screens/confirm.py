"""A yes/no question in a modal box: `y` or the first button says yes, `n` or Esc says no."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from newsdiff.render.safe import visible, visible_line


class ConfirmScreen(ModalScreen[bool]):
    """Ask before doing something that cannot be undone (overwriting a file)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No"),
        Binding("escape", "answer(False)", "No", show=False),
    ]

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
        & > Vertical {
            width: 72;
            max-width: 95%;
            height: auto;
            border: round $warning;
            border-title-color: $text;
            background: $surface;
            padding: 1 2;
        }
        & Horizontal {
            height: auto;
            margin-top: 1;
            align-horizontal: right;
        }
        & Button {
            margin-left: 2;
        }
    }
    """

    def __init__(self, title: str, question: str, *, yes: str = "Yes", no: str = "Cancel") -> None:
        """`question` may quote file names: it is shown as plain text."""
        super().__init__()
        self.title_text = title
        self.question = question
        self.yes = yes
        self.no = no
        self.answered = False
        """Set by the first answer: a key typed twice must not close the screen twice."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Text(visible_line(self.title_text))  # never markup
            yield Static(Text(visible(self.question)), id="confirm-question")
            with Horizontal():
                yield Button(f"{self.yes} (y)", variant="warning", id="confirm-yes")
                yield Button(f"{self.no} (n)", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        if not self.answered:
            self.answered = True
            self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_answer(event.button.id == "confirm-yes")
