"""Fixing a grouping: moving sources, merging stories, and saving the result as stories.yaml."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from newsdiff.core.model import Corpus, CorpusError, Source, Story
from newsdiff.core.stories.corpus import MANIFEST_NAME, load_corpus, load_manifest
from newsdiff.core.stories.edit import (
    RegroupError,
    find_story_of,
    merge_stories,
    move_source,
    unique_slug,
)
from newsdiff.core.stories.save import (
    ManifestExists,
    manifest_folder,
    manifest_text,
    save_manifest,
)

EVENTS = {
    "quake": (
        "Earthquake of magnitude 7.1 strikes off Sumatra",
        "A magnitude 7.1 earthquake struck off the Indonesian island of Sumatra on "
        "Tuesday, the geological survey said. Tsunami warnings were issued for Aceh "
        "and Banda Aceh residents fled to higher ground.",
    ),
    "vote": (
        "Dutch parliament votes on pension reform",
        "The Dutch parliament in The Hague voted on Thursday on the pension reform "
        "bill of minister Karien van Gennip. The Tweede Kamer passed the bill by 98 "
        "votes to 52 after a long debate about the Rutte coalition.",
    ),
}


def write_folder(folder: Path) -> None:
    """Two events, three articles each, in hash-named files (no manifest)."""
    for n, (title, body) in enumerate(EVENTS.values()):
        for k in range(3):
            text = f"{title}\n\n{body} Reported by desk {k}. {body}\n"
            (folder / f"{n}{k}_{'c92a4f9a13c8825'}{n}{k}.txt").write_text(text, encoding="utf-8")


def grouping(corpus: Corpus) -> list[tuple[str, list[str]]]:
    """Each story's title and the files of its sources, in order."""
    return [(s.title, [Path(x.path).name for x in s.sources]) for s in corpus.stories]


def src(sid: str, path: str = "", text: str = "Some headline\n\nSome text.") -> Source:
    return Source(id=sid, outlet=sid.upper(), path=path or f"{sid}.txt", text=text)


def small_corpus() -> Corpus:
    one = Story("one", "Story one", "2024-01-02", (src("a"), src("b"), src("c")))
    two = Story("two", "Story two", "", (src("a", "other/a.txt"), src("d")))
    return Corpus(root="x", stories=(one, two), problems=("bad.txt: binary",))


# -- editing ---------------------------------------------------------------------------


def test_move_to_another_story_renames_a_clashing_id() -> None:
    corpus = small_corpus()
    moved = move_source(corpus, corpus.stories[0].sources[0], corpus.stories[1])
    assert [s.id for s in moved.stories[0].sources] == ["b", "c"]
    assert [s.id for s in moved.stories[1].sources] == ["a", "d", "a-2"]
    assert moved.stories[1].sources[2].path == "a.txt"
    assert moved.problems == corpus.problems
    # The original is untouched.
    assert [s.id for s in corpus.stories[0].sources] == ["a", "b", "c"]


def test_move_to_a_new_story_titles_it_by_the_headline() -> None:
    corpus = small_corpus()
    source = src("e", text="Floods in Dresden\n\nOn 3 June 2024 the Elbe rose.")
    corpus = Corpus("x", (Story("one", "One", "", (src("a"), source)), *corpus.stories[1:]))
    moved = move_source(corpus, source, None)
    assert [s.id for s in moved.stories] == ["one", "floods-in-dresden", "two"]
    fresh = moved.stories[1]
    assert fresh.title == "Floods in Dresden"
    assert fresh.date == "2024-06-03"
    assert fresh.sources == (source,)


def test_a_story_left_empty_disappears() -> None:
    corpus = small_corpus()
    first = move_source(corpus, corpus.stories[1].sources[0], corpus.stories[0])
    second = move_source(first, first.stories[1].sources[0], first.stories[0])
    assert [s.id for s in second.stories] == ["one"]
    assert len(second.stories[0].sources) == 5


def test_moves_that_make_no_sense_are_refused() -> None:
    corpus = small_corpus()
    with pytest.raises(RegroupError):
        move_source(corpus, corpus.stories[0].sources[0], corpus.stories[0])
    with pytest.raises(RegroupError):
        move_source(corpus, src("zzz"), None)
    with pytest.raises(RegroupError):
        move_source(corpus, corpus.stories[0].sources[0], Story("nope", "Nope"))
    alone = Corpus("x", (Story("solo", "Solo", "", (src("a"),)),))
    with pytest.raises(RegroupError, match="only source"):
        move_source(alone, alone.stories[0].sources[0], None)


def test_the_very_object_is_moved_when_two_sources_are_equal() -> None:
    twin = src("a")
    story = Story("one", "One", "", (twin, src("a")))
    corpus = Corpus("x", (story, Story("two", "Two", "", (src("d"),))))
    second = story.sources[1]
    moved = move_source(corpus, second, corpus.stories[1])
    assert moved.stories[0].sources[0] is twin
    assert find_story_of(moved, moved.stories[1].sources[1]) is moved.stories[1]


def test_merge_keeps_the_target_and_its_place() -> None:
    corpus = small_corpus()
    merged = merge_stories(corpus, corpus.stories[1], corpus.stories[0])
    assert [s.id for s in merged.stories] == ["one"]
    assert [s.id for s in merged.stories[0].sources] == ["a", "b", "c", "a-2", "d"]
    assert merged.stories[0].title == "Story one"
    assert merged.stories[0].date == "2024-01-02"
    other_way = merge_stories(corpus, corpus.stories[0], corpus.stories[1])
    assert other_way.stories[0].id == "two"
    assert other_way.stories[0].date == "2024-01-02"  # it had none: taken from the other
    with pytest.raises(RegroupError):
        merge_stories(corpus, corpus.stories[0], corpus.stories[0])


def test_unique_slug() -> None:
    used = {"putin-visit"}
    assert unique_slug("Putin visit!", used) == "putin-visit-2"
    assert unique_slug("¿¡!", used) == "story"
    assert "putin-visit-2" in used and "story" in used
    assert len(unique_slug("word " * 40, set())) <= 60


# -- saving ----------------------------------------------------------------------------


def test_round_trip_group_edit_save_and_open_again(tmp_path: Path) -> None:
    write_folder(tmp_path)
    grouped = load_corpus(tmp_path)
    assert len(grouped.stories) == 2
    quake = next(s for s in grouped.stories if "Sumatra" in s.title)
    vote = next(s for s in grouped.stories if s is not quake)
    # Move one quake article to the vote story, another to a story of its own ...
    edited = move_source(grouped, quake.sources[0], vote)
    alone = next(s for s in edited.stories if "Sumatra" in s.title).sources[0]
    edited = move_source(edited, alone, None)
    before = grouping(edited)
    path = save_manifest(edited, tmp_path)
    assert path == tmp_path / MANIFEST_NAME
    reopened = load_corpus(tmp_path)
    assert grouping(reopened) == before
    assert [s.id for s in reopened.stories] == [s.id for s in edited.stories]
    assert [[x.outlet for x in s.sources] for s in reopened.stories] == [
        [x.outlet for x in s.sources] for s in edited.stories
    ]
    # ... then merge everything into one story and save over the first manifest.
    merged = merge_stories(reopened, reopened.stories[1], reopened.stories[0])
    merged = merge_stories(merged, merged.stories[1], merged.stories[0])
    with pytest.raises(ManifestExists):
        save_manifest(merged, tmp_path)
    assert grouping(load_corpus(tmp_path)) == before  # refused: nothing changed
    save_manifest(merged, manifest_folder(reopened), overwrite=True)
    assert grouping(load_corpus(tmp_path)) == grouping(merged)
    assert len(load_corpus(tmp_path).stories[0].sources) == 6
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_saved_manifest_names_no_file_name_as_an_outlet(tmp_path: Path) -> None:
    # A folder of scraped files named by hash: the manifest written for it must
    # not present "f510fac3791cd359" as an outlet, and reopening gives the same
    # sources back.
    a = Source("f510fac3791cd359", "f510fac3791cd359", str(tmp_path / "f510fac3791cd359.txt"), "")
    b = Source("krone", "Krone", str(tmp_path / "krone.txt"), "")
    for source in (a, b):
        Path(source.path).write_text("Headline\n\nText.", encoding="utf-8")
    corpus = Corpus(str(tmp_path), (Story("s", "Story", "", (a, b)),))
    saved = yaml.safe_load(manifest_text(corpus, tmp_path))["stories"][0]["sources"]
    assert saved == [
        {"id": "f510fac3791cd359", "file": "f510fac3791cd359.txt"},
        {"id": "krone", "outlet": "Krone", "file": "krone.txt"},
    ]
    save_manifest(corpus, tmp_path)
    reopened = load_corpus(tmp_path).stories[0].sources
    assert [(s.id, s.outlet) for s in reopened] == [(a.id, a.outlet), (b.id, b.outlet)]


def test_saved_manifest_keeps_hostile_fields_exactly(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Headline\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\n\nText.", encoding="utf-8")
    a = Source("a: b", "\x1b[31mRed\x1b[0m #not a comment", str(tmp_path / "sub" / "a.txt"), "")
    b = Source("- 123", "[bold]Outlet[/bold]", str(tmp_path / "b.txt"), "", url="http://x/?a=1#b")
    story = Story(
        "Not a slug!", "Title: with 'quotes' \"both\"\n\u202eand more", "2024-06-17", (a, b)
    )
    again = Story("not-a-slug", "Yes", "", (b,))
    corpus = Corpus(str(tmp_path), (story, again))
    text = manifest_text(corpus, tmp_path)
    assert text.startswith("#")
    assert "!!" not in text  # plain YAML, no tags
    (tmp_path / MANIFEST_NAME).write_text(text, encoding="utf-8")
    loaded = load_manifest(tmp_path / MANIFEST_NAME)
    first, second = loaded.stories
    assert first.id == "not-a-slug" and second.id == "not-a-slug-2"
    assert first.title == story.title and first.date == "2024-06-17"
    assert [(s.id, s.outlet, s.url) for s in first.sources] == [
        (a.id, a.outlet, ""),
        (b.id, b.outlet, b.url),
    ]
    assert yaml.safe_load(text)["stories"][0]["sources"][0]["file"] == "sub/a.txt"


def test_sources_outside_the_folder_cannot_be_saved(tmp_path: Path) -> None:
    inside = tmp_path / "corpus"
    inside.mkdir()
    (inside / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text("B", encoding="utf-8")
    sources = (
        Source("a", "A", str(inside / "a.txt"), "A"),
        Source("b", "B", str(tmp_path / "elsewhere.txt"), "B"),
        Source("stdin", "stdin", "-", "C"),
    )
    corpus = Corpus(str(inside), (Story("s", "S", "", sources),))
    with pytest.raises(CorpusError, match=r"2 sources are not a file inside") as caught:
        save_manifest(corpus, inside)
    assert "elsewhere.txt" in str(caught.value)
    assert not (inside / MANIFEST_NAME).exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_leading_out_of_the_folder_cannot_be_saved(tmp_path: Path) -> None:
    inside = tmp_path / "corpus"
    inside.mkdir()
    (tmp_path / "secret.txt").write_text("S", encoding="utf-8")
    (inside / "link.txt").symlink_to(tmp_path / "secret.txt")
    (inside / "a.txt").write_text("A", encoding="utf-8")
    (inside / "alias.txt").symlink_to(inside / "a.txt")
    ok = Corpus(
        str(inside), (Story("s", "S", "", (Source("x", "X", str(inside / "alias.txt"), ""),)),)
    )
    assert "file: alias.txt" in manifest_text(ok, inside)
    bad = Corpus(
        str(inside), (Story("s", "S", "", (Source("l", "L", str(inside / "link.txt"), ""),)),)
    )
    with pytest.raises(CorpusError, match="not a file inside"):
        manifest_text(bad, inside)


def test_relative_paths_and_a_manifest_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_folder(tmp_path)
    monkeypatch.chdir(tmp_path.parent)
    corpus = load_corpus(tmp_path.name)  # paths relative to the working folder
    save_manifest(corpus, corpus.root)
    loaded = load_corpus(tmp_path.name)
    assert grouping(loaded) == grouping(corpus)
    assert manifest_folder(loaded) == Path(tmp_path.name)
    assert all(
        "/" not in f["file"]
        for s in yaml.safe_load((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))["stories"]
        for f in s["sources"]
    )


def test_empty_stories_are_left_out_and_nothing_to_save_is_said(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    corpus = Corpus(
        str(tmp_path),
        (
            Story("empty", "Empty"),
            Story("s", "S", "", (Source("a", "A", str(tmp_path / "a.txt"), ""),)),
        ),
    )
    data = yaml.safe_load(manifest_text(corpus, tmp_path))
    assert [s["id"] for s in data["stories"]] == ["s"]
    with pytest.raises(CorpusError, match="no stories"):
        save_manifest(Corpus(str(tmp_path), ()), tmp_path)


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    corpus = Corpus(
        str(tmp_path), (Story("s", "S", "", (Source("a", "A", str(tmp_path / "a.txt"), ""),)),)
    )
    (tmp_path / MANIFEST_NAME).mkdir()  # a folder where the file should go
    with pytest.raises(CorpusError, match="cannot write"):
        save_manifest(corpus, tmp_path, overwrite=True)
    with pytest.raises(ManifestExists):
        save_manifest(corpus, tmp_path)
