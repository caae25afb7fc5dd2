"""Loading: decoding any bytes, manifests with precise errors, folders."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from newsdiff.core.model import CorpusError
from newsdiff.core.stories.corpus import load_corpus, read_source, summarise_problems
from newsdiff.core.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent


def test_sample_manifest_describes_the_five_seeds(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    assert corpus.problems == ()
    (story,) = corpus.stories
    assert story.title == "Putin to visit North Korea"
    assert story.date == "2024-06-17"
    assert [s.outlet for s in story.sources][:2] == ["TAG24", "Berliner Tageblatt"]
    assert {Path(s.path).name for s in story.sources} == {p.name for p in seeds.glob("*.txt")}


def test_packaged_sample_is_byte_identical_to_seeds(seeds: Path) -> None:
    packaged = ROOT / "src" / "newsdiff" / "sample"
    for path in seeds.iterdir():
        assert (packaged / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café – “quoted”".encode(), "Café – “quoted”"),
        (codecs.BOM_UTF8 + "naïve".encode(), "naïve"),
        ("naïve façade".encode("utf-16"), "naïve façade"),
        ("€100 – “ok”".encode("cp1252"), "€100 – “ok”"),
        (b"caf\xe9\x81", "café\x81"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ],
)
def test_decode_never_fails_on_text(data: bytes, text: str) -> None:
    assert decode_bytes(data)[0] == text


def test_binary_is_refused() -> None:
    with pytest.raises(CorpusError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_read_source_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(CorpusError, match="is a directory"):
        read_source(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(CorpusError, match="--max-bytes"):
        read_source(big, max_bytes=100)


def write_manifest(folder: Path, body: str) -> Path:
    (folder / "a.txt").write_text("Alpha text.")
    (folder / "b.txt").write_text("Beta text.")
    path = folder / "stories.yaml"
    path.write_text(body)
    return path


def test_manifest_warnings_name_file_line_and_field(tmp_path: Path) -> None:
    path = write_manifest(
        tmp_path,
        "stories:\n  - id: one\n    title: One\n    sources:\n"
        "      - id: a\n        file: a.txt\n      - id: a\n        file: b.txt\n",
    )
    corpus = load_corpus(tmp_path)
    (message,) = corpus.problems
    assert message.startswith(f"{path}:7: stories.0.sources.1.id: duplicate source id 'a'")
    assert [s.id for s in corpus.stories[0].sources] == ["a", "a-2"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("stories: [\n", "invalid YAML"),
        ("stories:\n  - !!python/object:os.system {}\n", "invalid YAML"),
        ("{}", "expected a list of stories"),
    ],
)
def test_unreadable_manifests(tmp_path: Path, body: str, needle: str) -> None:
    write_manifest(tmp_path, body)
    with pytest.raises(CorpusError, match=needle):
        load_corpus(tmp_path)


GOOD = "  - id: good\n    title: Good\n    sources:\n      - id: a\n        file: a.txt\n"


@pytest.mark.parametrize(
    ("body", "line", "needle"),
    [
        (
            "stories:\n  - id: x\n    title: X\n    sources:\n"
            "      - id: a\n        file: ../a.txt\n",
            6,
            "stories.0.sources.0.file: '../a.txt' is outside the corpus folder",
        ),
        (
            "stories:\n  - id: x\n    sources:\n      - id: a\n        file: b.txt\n",
            2,
            "stories.0.title: is missing; titled from its first article",
        ),
        ("stories:\n  - id: x\n    title: X\n    sources: []\n", 4, "non-empty list"),
        (
            "stories:\n  - id: x\n    title: ''\n    sources:\n"
            "      - id: a\n        file: b.txt\n",
            3,
            "stories.0.title: is missing",
        ),
        (
            "stories:\n  - id: x\n    title: X\n    date: 2024-02-30\n    sources:\n"
            "      - id: a\n        file: b.txt\n",
            4,
            "stories.0.date: 2024-02-30 is not a date",
        ),
        (
            "stories:\n  - id: x\n    title: X\n    date: soon\n    sources:\n"
            "      - id: a\n        file: b.txt\n",
            4,
            "stories.0.date: soon is not a date",
        ),
        (
            "stories:\n  - id: good\n    title: X\n    sources:\n"
            "      - id: a\n        file: b.txt\n",
            7,
            "stories.1.id: duplicate story id 'good'; renamed 'good-2'",
        ),
        (
            "stories:\n  - id: x\n    title: X\n    sources:\n      - outlet: Y\n",
            5,
            "stories.0.sources.0.file: is missing",
        ),
    ],
)
def test_a_bad_manifest_entry_is_one_warning_and_the_rest_opens(
    tmp_path: Path, body: str, line: int, needle: str
) -> None:
    path = write_manifest(tmp_path, body + GOOD)
    corpus = load_corpus(tmp_path)
    assert any(s.id == "good" and s.sources for s in corpus.stories)
    problems = [p for p in corpus.problems if needle in p]
    assert len(problems) == 1, corpus.problems
    assert problems[0].startswith(f"{path}:{line}:"), problems[0]


def test_a_valid_yaml_date_and_a_month_are_kept(tmp_path: Path) -> None:
    write_manifest(
        tmp_path,
        "stories:\n  - id: x\n    title: X\n    date: 2024-06-17\n"
        + GOOD[GOOD.index("    sources") :]
        + "  - id: y\n    title: Y\n    date: '2024-06'\n"
        + GOOD[GOOD.index("    sources") :],
    )
    corpus = load_corpus(tmp_path)
    assert corpus.problems == ()
    assert [s.date for s in corpus.stories] == ["2024-06-17", "2024-06"]


def test_missing_source_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    write_manifest(
        tmp_path,
        "stories:\n  - id: x\n    title: X\n    sources:\n"
        "      - id: a\n        file: a.txt\n      - id: gone\n        file: gone.txt\n",
    )
    corpus = load_corpus(tmp_path)
    assert [s.id for s in corpus.stories[0].sources] == ["a"]
    assert len(corpus.problems) == 1 and "gone.txt" in corpus.problems[0]


def test_folder_without_manifest_loads_every_text_file(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("One.")
    (tmp_path / "two.txt").write_bytes(b"\xff\xfeT\x00w\x00o\x00.\x00")
    (tmp_path / "notes.pdf").write_text("not an article")
    corpus = load_corpus(tmp_path)
    sources = [s for story in corpus.stories for s in story.sources]
    assert sorted(s.id for s in sources) == ["one", "two"]
    assert {s.text for s in sources} == {"One.", "Two."}
    assert corpus.problems == ("skipped 1 file: 1 .pdf",)


def test_folder_articles_in_subfolders_are_read_hidden_and_linked_ones_skipped(
    tmp_path: Path,
) -> None:
    (tmp_path / "reuters").mkdir()
    (tmp_path / "ap" / "2024").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "reuters" / "quake.txt").write_text("A quake hit Izmir on Monday.")
    (tmp_path / "ap" / "2024" / "quake.txt").write_text("An earthquake struck Izmir.")
    (tmp_path / ".git" / "note.txt").write_text("not an article")
    (tmp_path / "ap" / "loop").symlink_to(tmp_path, target_is_directory=True)
    corpus = load_corpus(tmp_path)
    sources = [s for story in corpus.stories for s in story.sources]
    assert sorted(Path(s.path).relative_to(tmp_path).as_posix() for s in sources) == [
        "ap/2024/quake.txt",
        "reuters/quake.txt",
    ]
    assert len({s.id for s in sources}) == 2  # same file name, still two ids


def test_a_file_named_by_date_in_an_outlet_folder_takes_the_folder_as_outlet(
    tmp_path: Path,
) -> None:
    for outlet in ("reuters", "ap"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "2024-06-19.txt").write_text("Putin landed in Pyongyang today.")
    corpus = load_corpus(tmp_path)
    sources = {s.id: s.outlet for story in corpus.stories for s in story.sources}
    assert sources == {"reuters-2024-06-19": "reuters", "ap-2024-06-19": "ap"}


# --- issue 18: folders and files that are not what they seem -------------------


def test_a_folder_link_to_a_file_outside_is_refused_and_one_inside_read(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash")
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin landed in Pyongyang on Wednesday.")
    (folder / "p.txt").symlink_to(outside)
    (folder / "same.txt").symlink_to(folder / "a.txt")
    corpus = load_corpus(folder)
    sources = [s for story in corpus.stories for s in story.sources]
    assert sorted(s.id for s in sources) == ["a", "same"]
    assert all("root:x" not in s.text for s in sources)
    (problem,) = corpus.problems
    assert "p.txt" in problem and "outside the folder" in problem


def test_folders_nested_thousands_deep_load(tmp_path: Path) -> None:
    chain = [tmp_path / "d"]
    for _ in range(1_099):
        chain.append(chain[-1] / "d")
    try:
        for folder in chain:
            folder.mkdir()  # os.makedirs itself recurses
        (chain[-1] / "deep.txt").write_text("A deep article about the harbour.")
        (tmp_path / "top.txt").write_text("A top article about the harbour.")
        corpus = load_corpus(tmp_path)
        paths = sorted(s.path for story in corpus.stories for s in story.sources)
        assert len(paths) == 2 and paths[0].endswith("deep.txt")
    finally:
        # pytest's own clean-up of old temporary folders recurses too: leave none this deep.
        (chain[-1] / "deep.txt").unlink(missing_ok=True)
        for folder in reversed(chain):
            if folder.is_dir():
                folder.rmdir()


def test_file_names_that_are_not_utf8_are_shown_with_replacement(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Alpha text.")
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(b"Beta text.")
    corpus = load_corpus(tmp_path)
    sources = [s for story in corpus.stories for s in story.sources]
    names = sorted(Path(s.path).name for s in sources)
    assert names == ["bad\ufffd.txt", "good.txt"]
    for source in sources:
        source.path.encode("utf-8")  # strict: no lone surrogates
        source.id.encode("utf-8")
        source.outlet.encode("utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_or_manifest_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Alpha text.")
    corpus = load_corpus(tmp_path)
    assert [s.id for story in corpus.stories for s in story.sources] == ["a"]
    (problem,) = corpus.problems
    assert "pipe.txt" in problem and "not a regular file (a FIFO)" in problem
    (tmp_path / "stories.yaml").write_text(
        "stories:\n  - id: x\n    title: X\n    sources:\n"
        "      - id: a\n        file: a.txt\n      - id: p\n        file: pipe.txt\n"
    )
    corpus = load_corpus(tmp_path)
    (problem,) = corpus.problems
    assert ":8: stories.0.sources.1.file:" in problem and "a FIFO" in problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_file_opened_is_the_file_checked(tmp_path: Path) -> None:
    # A file swapped for a FIFO after the folder was listed: what counts is
    # what the open returned, and the open itself does not wait for a writer.
    os.mkfifo(tmp_path / "swapped.txt")
    with pytest.raises(CorpusError, match="a FIFO"):
        read_source(tmp_path / "swapped.txt")


def test_many_unreadable_files_summarise_in_one_line(tmp_path: Path) -> None:
    for i in range(300):
        (tmp_path / f"f{i:03}.txt").write_bytes(b"PNG\x00\x01")
    (tmp_path / "a.txt").write_text("Alpha text.")
    corpus = load_corpus(tmp_path)
    assert len(corpus.problems) == 300
    line = summarise_problems(corpus.problems)
    assert "\n" not in line and line.startswith("300 problems while loading")
    assert "300 × looks like binary data, not text" in line and "f000.txt" in line
    assert summarise_problems(()) == "" and summarise_problems(["x: y"]) == "x: y"
