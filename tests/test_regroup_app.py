"""Regrouping and cross-story picking in the app, driven through Textual's Pilot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, run_async, settle
from newsdiff.core.model import Corpus, Source, Story
from newsdiff.core.stories.corpus import MANIFEST_NAME, load_corpus
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.screens.confirm import ConfirmScreen
from newsdiff.tui.screens.picker import PickerScreen, rank_labels
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.source_list import SourceList
from newsdiff.tui.widgets.story_list import StoryList

SIZE = (120, 36)
EVENTS = (
    (
        "Earthquake of magnitude 7.1 strikes off Sumatra",
        "A magnitude 7.1 earthquake struck off the Indonesian island of Sumatra on Tuesday, "
        "the geological survey said. Tsunami warnings were issued for Aceh and Banda Aceh "
        "residents fled to higher ground.",
    ),
    (
        "Dutch parliament votes on pension reform",
        "The Dutch parliament in The Hague voted on Thursday on the pension reform bill of "
        "minister Karien van Gennip. The Tweede Kamer passed the bill by 98 votes to 52 "
        "after a long debate about the Rutte coalition.",
    ),
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The five seed articles plus two two-article events, hash-named, no manifest."""
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    for n, (title, body) in enumerate(EVENTS):
        for k in range(2):
            text = f"{title}\n\n{body} Reported by desk {k}.\n"
            (tmp_path / f"1{n}{k}_deadbeef0{n}{k}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def reading(app: NewsdiffApp) -> ReadingScreen:
    screen = app.screen_stack[0] if not isinstance(app.screen, ReadingScreen) else app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def titles(app: NewsdiffApp) -> list[str]:
    return [s.title for s in reading(app).query_one(StoryList).stories]


def listed_sources(app: NewsdiffApp) -> list[str]:
    sources = reading(app).query_one(SourceList)
    assert sources.story is not None
    return [Path(s.path).name for s in sources.story.sources]


def picker(app: NewsdiffApp) -> PickerScreen[object]:
    assert isinstance(app.screen, PickerScreen)
    return app.screen


def prompts(app: NewsdiffApp) -> list[str]:
    from textual.widgets import OptionList

    options = app.screen.query_one("#picker-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


# -- ranking ---------------------------------------------------------------------------


def test_rank_labels_puts_whole_word_matches_first() -> None:
    labels = [
        "Reuters — Earthquake strikes Sumatra",
        "AP — Dutch parliament votes",
        "TAG24 — Putin to visit North Korea",
        "Krone — Putin travels to North Korea",
    ]
    assert rank_labels("", labels) == [0, 1, 2, 3]
    assert rank_labels("korea putin", labels)[:2] == [2, 3]
    assert rank_labels("krone", labels)[0] == 3
    assert rank_labels("sumtra", labels)[0] == 0  # a typo still finds it
    assert rank_labels("zzzzqqq", labels) == []
    assert rank_labels("ko", labels) == [2, 3]  # short: containment only, in order
    assert rank_labels("?", labels) == []


# -- moving, merging -------------------------------------------------------------------


@run_async
async def test_move_a_source_to_another_story(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert len(listed_sources(app)) == 5
        reading(app).query_one(SourceList).highlighted = 4
        moving = reading(app).query_one(SourceList).story.sources[4]  # type: ignore[union-attr]
        await pilot.press("m")
        await pilot.pause()
        assert "new story" in prompts(app)[0]
        await pilot.press(*"pension")
        await pilot.pause()
        assert "Dutch parliament" in prompts(app)[1]
        await pilot.press("enter")
        await settle(app, pilot)
        # Both lists changed at once: the story tidied stays open, one source fewer.
        assert isinstance(app.screen, ReadingScreen)
        assert len(listed_sources(app)) == 4
        dutch = next(s for s in reading(app).corpus.stories if s.title.startswith("Dutch"))
        assert dutch.sources[-1].path == moving.path
        assert len(dutch.sources) == 3
        cells = reading(app).query_one(StoryList).get_row_at(1)
        assert str(cells[2]) == "3"


@run_async
async def test_move_a_source_to_a_new_story(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = titles(app)
        reading(app).query_one(SourceList).highlighted = 2
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")  # the new story is first, and highlighted
        await settle(app, pilot)
        after = titles(app)
        assert len(after) == len(before) + 1
        assert after[0] == before[0] and after[2:] == before[1:]
        assert len(reading(app).corpus.stories[1].sources) == 1
        assert len(listed_sources(app)) == 4


@run_async
async def test_merge_the_highlighted_story_into_another(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        stories = reading(app).query_one(StoryList)
        stories.focus()
        await pilot.press("down")  # the Dutch vote story
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause()
        assert all("Dutch" not in p for p in prompts(app))
        await pilot.press(*"sumatra", "enter")
        await settle(app, pilot)
        assert len(titles(app)) == 2
        assert not any(t.startswith("Dutch") for t in titles(app))
        merged = reading(app).query_one(SourceList).story
        assert merged is not None and merged.title.startswith("Earthquake")
        assert len(merged.sources) == 4
        assert reading(app).story is merged  # its first two sources are being read
        assert reading(app).query_one("#stories").border_title == "Stories (2)"


@run_async
async def test_escape_leaves_the_grouping_alone(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = reading(app).corpus
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert reading(app).corpus is before


# -- saving ----------------------------------------------------------------------------


@run_async
async def test_write_saves_and_asks_before_overwriting(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        manifest = folder / MANIFEST_NAME
        assert manifest.is_file()
        saved = manifest.read_text(encoding="utf-8")
        assert [s.title for s in load_corpus(folder).stories] == titles(app)
        # Edit, then write again: a confirmation first; "n" keeps the old file.
        reading(app).query_one(SourceList).highlighted = 0
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert manifest.read_text(encoding="utf-8") == saved
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert [s.title for s in load_corpus(folder).stories] == titles(app)
        assert len(titles(app)) == 4


@run_async
async def test_write_from_the_palette_and_nowhere_to_save_a_pair() -> None:
    a = Source("a", "A", "a.txt", "One text here.")
    b = Source("b", "B", "b.txt", "Another text here.")
    app = NewsdiffApp(Corpus(root="", stories=(Story("pair", "A / B", "", (a, b)),)), (a, b))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Write stories", "enter")
        await pilot.pause()
        assert any("nowhere to save" in str(n.message) for n in app._notifications)
        assert not Path(MANIFEST_NAME).exists()


# -- compare with any article ----------------------------------------------------------


@run_async
async def test_compare_with_an_article_of_another_story(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        a = reading(app).pair[0]  # type: ignore[index]
        await pilot.press("B")
        await settle(app, pilot)  # the labels are read in a worker
        listed = prompts(app)
        assert len(listed) == 8  # every source of the corpus but A
        # Labels say outlet and headline; a file name only tells identical copies apart.
        assert all("c92a4f9a" not in p for p in listed)
        assert any(p.startswith("Putin to visit North Korea as Kremlin considers") for p in listed)
        assert any(
            p == "Dutch parliament votes on pension reform · 111_deadbeef011.txt"
            "  (Dutch parliament votes on pension reform)"
            for p in listed
        )
        await pilot.press(*"pension 111_deadbeef011")
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReadingScreen)
        pair = reading(app).pair
        assert pair is not None and pair[0] is a
        assert Path(pair[1].path).name == "111_deadbeef011.txt"
        shown = reading(app).query_one(ComparePane).comparison  # type: ignore[attr-defined]
        assert shown is not None and shown.b.path == pair[1].path


@run_async
async def test_compare_with_from_the_palette(folder: Path) -> None:
    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Compare with", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"earthquake", "enter")
        await settle(app, pilot)
        pair = reading(app).pair
        assert pair is not None and pair[1].text.startswith("Earthquake")


@run_async
async def test_labels_from_articles_are_plain_text(tmp_path: Path) -> None:
    hostile = "[bold red]Not markup[/] \x1b[31mred\x1b[0m headline"
    for n in range(2):
        (tmp_path / f"{n}_c92a4f9a13c8825{n}.txt").write_text(
            f"{hostile}\n\nThe story body sentence number {n} is here.\n", encoding="utf-8"
        )
    (tmp_path / "2_c92a4f9a13c88252.txt").write_text("Other\n\nOther body.\n", encoding="utf-8")
    app = NewsdiffApp(load_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)  # the labels are read in a worker
        listed = prompts(app)
        assert any("[bold red]Not markup[/]" in p and "\\x1b[31m" in p for p in listed)
        assert all("\x1b" not in p for p in listed)
        sources = reading(app).query_one(SourceList)
        first = str(sources.get_option_at_index(0).prompt)
        assert "[bold red]Not markup[/]" in first and "c92a4f9a" not in first
        # The picker's title quotes A's label: plain text too (read back as escaped markup).
        title = str(app.screen.query_one("Vertical").border_title)
        assert "\\[bold red]Not markup\\[/]" in title and "\\x1b" in title


@run_async
async def test_undo_takes_back_a_merge_then_a_move(folder: Path) -> None:
    original = load_corpus(folder)
    app = NewsdiffApp(original)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = titles(app)
        reading(app).query_one(SourceList).highlighted = 3
        await pilot.press("m", "enter")  # a new story
        await settle(app, pilot)
        moved = reading(app).corpus
        await pilot.press("M")
        await pilot.pause()
        await pilot.press(*"sumatra", "enter")
        await settle(app, pilot)
        assert len(titles(app)) == len(before)  # one more, then one fewer
        await pilot.press("u")
        await settle(app, pilot)
        assert reading(app).corpus is moved
        await pilot.press("u")
        await settle(app, pilot)
        assert reading(app).corpus is original
        assert titles(app) == before
        assert len(listed_sources(app)) == 5
        await pilot.press("u")
        await pilot.pause()
        assert reading(app).corpus is original
        assert any("Nothing to undo" in str(n.message) for n in app._notifications)


@run_async
async def test_b_from_another_story_is_not_marked_on_a_namesake(tmp_path: Path) -> None:
    for name, text in [
        ("q1.txt", "Quake strikes Sumatra\n\nA quake struck Sumatra on Tuesday."),
        ("q2.txt", "Sumatra quake\n\nA strong quake hit Sumatra on Tuesday."),
        ("v1.txt", "Dutch vote on pensions\n\nThe Dutch parliament voted on pensions."),
        ("v2.txt", "Pension vote\n\nDutch lawmakers voted on the pension bill."),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / MANIFEST_NAME).write_text(
        "stories:\n"
        "  - {id: quake, title: Quake,\n"
        "     sources: [{id: reuters, file: q1.txt}, {id: ap, file: q2.txt}]}\n"
        "  - {id: vote, title: Vote,\n"
        "     sources: [{id: ap, file: v1.txt}, {id: reuters, file: v2.txt}]}\n",
        encoding="utf-8",
    )
    app = NewsdiffApp(load_corpus(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press(*"pension vote", "enter")
        await settle(app, pilot)
        a, b = reading(app).pair  # type: ignore[misc]
        assert (a.path, b.path) == (str(tmp_path / "q1.txt"), str(tmp_path / "v2.txt"))
        sources = reading(app).query_one(SourceList)
        marks = [str(sources.get_option_at_index(i).prompt)[:2] for i in range(2)]
        assert marks == ["A ", "  "]  # the quake story's 'ap' is not B


@run_async
async def test_the_diff_names_hash_named_files_by_their_headline(folder: Path) -> None:
    from newsdiff.tui.widgets.side_header import SideHeader

    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reading(app).open_story(reading(app).corpus.stories[1])  # two hash-named files
        await settle(app, pilot)
        header = reading(app).query_one(SideHeader)
        assert header.a_label is not None and header.b_label is not None
        assert header.a_label[0] == "Dutch parliament votes on pension reform"
        title = str(reading(app).query_one(ComparePane).border_title)
        assert "deadbeef" not in title and title.startswith("Dutch parliament")


@run_async
async def test_keys_typed_ahead_never_close_a_picker_twice(folder: Path) -> None:
    # A terminal delivers a burst of keys at once (a paste, tmux send-keys): the second
    # Enter arrives before the picker has gone, and must not pop the reading screen.
    from textual import events

    app = NewsdiffApp(load_corpus(folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, PickerScreen)
        for _ in range(3):
            app.screen.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("enter", "\r"))
        await settle(app, pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.crash is None
