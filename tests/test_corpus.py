"""Loading: decoding any bytes, manifests with precise errors, folders."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsdiff.core.model import CorpusError
from newsdiff.core.stories.corpus import load_corpus, read_source
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


def test_manifest_errors_name_file_line_and_field(tmp_path: Path) -> None:
    path = write_manifest(
        tmp_path,
        "stories:\n  - id: one\n    title: One\n    sources:\n"
        "      - id: a\n        file: a.txt\n      - id: a\n        file: b.txt\n",
    )
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    message = str(err.value)
    assert str(path) in message and ":7:" in message and "sources.1.id" in message
    assert "duplicate source id" in message


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("stories: [\n", "invalid YAML"),
        ("stories:\n  - !!python/object:os.system {}\n", "invalid YAML"),
        (
            "stories:\n  - id: x\n    title: X\n    sources:\n"
            "      - id: a\n        file: ../a.txt\n",
            "outside the corpus",
        ),
        (
            "stories:\n  - id: x\n    sources:\n      - id: a\n        file: a.txt\n",
            "title: is missing",
        ),
        ("stories:\n  - id: x\n    title: X\n    sources: []\n", "non-empty list"),
        ("{}", "expected a list of stories"),
    ],
)
def test_bad_manifests(tmp_path: Path, body: str, needle: str) -> None:
    write_manifest(tmp_path, body)
    with pytest.raises(CorpusError, match=needle):
        load_corpus(tmp_path)


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
    (tmp_path / "notes.md").write_text("ignored")
    corpus = load_corpus(tmp_path)
    sources = [s for story in corpus.stories for s in story.sources]
    assert sorted(s.id for s in sources) == ["one", "two"]
    assert {s.text for s in sources} == {"One.", "Two."}


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
