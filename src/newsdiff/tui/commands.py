"""newsdiff's own commands in the command palette (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from newsdiff.render.safe import visible_line


class NewsdiffCommands(Provider):
    """Compare any two sources of the current story, open a story, and the view toggles."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from newsdiff.tui.screens.reading import ReadingScreen

        screen = self.screen
        if not isinstance(screen, ReadingScreen):
            return []
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Swap A and B", screen.action_swap, "Put B on the left and A on the right"),
            (
                "Coverage of this story",
                screen.action_coverage,
                "Which source carries which fact; shared wording of every pair",
            ),
            ("Toggle facts panel", screen.action_toggle_facts, "Facts only in A, only in B"),
            (
                "Show or hide removed lines",
                screen.action_toggle_removed,
                "Boilerplate the cleaner took out, in place",
            ),
            (
                "Export report (HTML)",
                screen.action_export,
                "Write this pair's report to a file and say where (e)",
            ),
            ("Search in the diff", screen.action_search, "Highlight text in both columns"),
            ("Next change", screen.action_next_change, "Jump to the next difference"),
            (
                "Compare with… (any article of the corpus)",
                screen.action_compare_with,
                "Pick B across stories by outlet, headline or story (B)",
            ),
            (
                "Move source to another story…",
                screen.action_move_source,
                "The highlighted source, to another story or a new one (m)",
            ),
            (
                "Merge story into another…",
                screen.action_merge_story,
                "The highlighted story's sources join another story (M)",
            ),
            (
                "Undo the last move or merge",
                screen.action_undo_regroup,
                "Back to the grouping before it (u)",
            ),
            (
                "Write stories.yaml",
                screen.action_write_manifest,
                "Save the grouping beside the articles; asks before overwriting (w)",
            ),
        ]
        for title, callback in screen.compare_commands():
            commands.append((visible_line(title), callback, "Compare these two sources"))
        for story in screen.corpus.stories:
            commands.append(
                (
                    f"Open story: {visible_line(story.title)}",
                    partial(screen.open_story, story),
                    f"{len(story.sources)} sources",
                )
            )
        return commands

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands()[:12]:
            yield DiscoveryHit(Content(title), callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                # highlight() parses markup: escape the title, which may come from an article.
                yield Hit(score, matcher.highlight(escape(title)), callback, help=help_text)
