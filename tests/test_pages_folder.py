"""Mixed folders: .txt, .md, .html, .htm read; other files reported once; page metadata used."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.model import CorpusError
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.core.stories.labels import source_headline

HARBOUR = (Path(__file__).parent / "fixtures" / "pages" / "harbour.html").read_text("utf-8")

PROSE = (
    "The harbour bridge reopened to traffic on Wednesday morning after two years of "
    "repairs that cost the city 48 million euros, officials said. Mayor Anna Berg cut a "
    "ribbon at the northern end of the bridge while a brass band played."
)


def _mixed(folder: Path) -> None:
    (folder / "herald.html").write_text(HARBOUR, encoding="utf-8")
    (folder / "bay.htm").write_text(
        HARBOUR.replace("The Coastal Herald", "Bay Times").replace("48 million", "50 million"),
        encoding="utf-8",
    )
    (folder / "wire.md").write_text(f"# Harbour bridge reopens\n\n{PROSE}\n", encoding="utf-8")
    (folder / "notes.txt").write_text(f"Harbour bridge reopens\n\n{PROSE}\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "draft.docx").write_bytes(b"PK\x03\x04")
    (folder / "sub").mkdir()
    (folder / "sub" / "more.pdf").write_bytes(b"%PDF-1.4")


def test_a_mixed_folder_reads_all_four_kinds_and_reports_the_rest_once(tmp_path: Path) -> None:
    _mixed(tmp_path)
    corpus = load_corpus(tmp_path)
    sources = {s.id: s for story in corpus.stories for s in story.sources}
    assert set(sources) == {"herald", "bay", "wire", "notes"}
    assert corpus.problems == ("skipped 3 files: 2 .pdf, 1 .docx",)
    assert sources["herald"].outlet == "The Coastal Herald"
    assert sources["bay"].outlet == "Bay Times"
    assert "](" not in sources["wire"].text and "#" not in sources["wire"].text


def test_pages_give_their_story_its_title_and_date(tmp_path: Path) -> None:
    _mixed(tmp_path)
    corpus = load_corpus(tmp_path)
    story = next(s for s in corpus.stories if any(x.id == "herald" for x in s.sources))
    assert {x.id for x in story.sources} >= {"herald", "bay"}
    assert story.date == "2024-06-19"
    assert story.title.startswith("Harbour bridge reopens")
    herald = next(x for x in story.sources if x.id == "herald")
    assert source_headline(herald) == "Harbour bridge reopens after two years of repairs"


def test_a_folder_of_only_unreadable_kinds_says_what_it_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match=r"no articles \(\.txt .*skipped 1 file: 1 \.pdf"):
        load_corpus(tmp_path)


def test_a_manifest_reads_html_and_markdown_files(tmp_path: Path) -> None:
    _mixed(tmp_path)
    (tmp_path / "stories.yaml").write_text(
        "stories:\n"
        "  - id: bridge\n"
        "    title: ''\n"
        "    sources:\n"
        "      - {id: herald, file: herald.html}\n"
        "      - {id: wire, outlet: Wire, file: wire.md}\n"
        "  - id: bridge\n"
        "    title: Duplicate id\n"
        "    sources:\n"
        "      - {id: notes, file: notes.txt}\n"
    )
    corpus = load_corpus(tmp_path)
    first, second = corpus.stories
    assert first.title == "Harbour bridge reopens after two years of repairs"
    assert [s.outlet for s in first.sources] == ["The Coastal Herald", "Wire"]
    assert second.id == "bridge-2"
    assert any(":3: stories.0.title:" in p for p in corpus.problems)
    assert any(":7: stories.1.id: duplicate" in p for p in corpus.problems)
