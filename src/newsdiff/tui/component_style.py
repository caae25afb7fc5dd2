"""Component-class styles as cells need them: the colours and attributes the CSS sets."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def partial_style(node: Widget, name: str) -> Style:
    """A component class's style under the current theme, only what the CSS sets.

    The full style would carry the widget's background into each cell (and hide
    a table's cursor row); this keeps the colours the CSS names, with theme
    colours blended, and the text attributes it sets.
    """
    full = node.get_component_rich_style(name)
    partial = node.get_component_rich_style(name, partial=True)
    return Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if partial.bgcolor is not None else None,
        bold=partial.bold,
        italic=partial.italic,
        underline=partial.underline,
        strike=partial.strike,
        reverse=partial.reverse,
        dim=partial.dim,
    )
