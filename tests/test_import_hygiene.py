"""The engine never imports textual or rich; the one-shot path never imports textual
nor the corpus loader."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsdiff.core.child import can_fork


def modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


def test_core_imports_neither_textual_nor_rich() -> None:
    loaded = modules_after(
        "import newsdiff.core.compare, newsdiff.core.stories.corpus, newsdiff.core.model\n"
        "from newsdiff import compare\ncompare('A b c.', 'A b d.')"
    )
    assert not {m for m in loaded if m.split(".")[0] in {"textual", "rich"}}


def test_import_newsdiff_is_light() -> None:
    loaded = modules_after("import newsdiff")
    assert not {m for m in loaded if m.split(".")[0] in {"textual", "rich", "numpy", "rapidfuzz"}}


def test_cli_diff_path_does_not_import_textual(seeds) -> None:  # type: ignore[no-untyped-def]
    files = sorted(str(p) for p in seeds.glob("*.txt"))[:2]
    loaded = modules_after(
        "from newsdiff.cli import main\nimport contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main({files!r})"
    )
    assert not {m for m in loaded if m.split(".")[0] == "textual"}
    # Two files need no corpus machinery: no manifest reader, no grouping,
    # no outlet guessing (their regexes cost a one-shot 10 ms).
    corpus_modules = {"manifest", "folder", "grouping", "outlets", "corpus"}
    assert not {m for m in loaded if m.rpartition(".")[2] in corpus_modules}
    # Plain text needs no page reader: trafilatura, lxml and ftfy load only
    # when a page (or a mojibake pair) is read.
    page_modules = {"trafilatura", "lxml", "ftfy", "justext", "htmldate", "courlan"}
    assert not {m for m in loaded if m.split(".")[0] in page_modules}
    readers = {"html_page", "page_meta", "markdown_page", "fetch"}
    assert not {m for m in loaded if m.rpartition(".")[2] in readers}


def test_a_page_one_shot_loads_the_page_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.html"
    page.write_text("<html><body><article><p>One short article.</p></article></body></html>")
    text = tmp_path / "b.txt"
    text.write_text("One short article.")
    loaded = modules_after(
        "from newsdiff.cli import main\nimport contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main({[str(page), str(text)]!r})"
    )
    assert {"trafilatura", "lxml"} <= {m.split(".")[0] for m in loaded}
    assert not {m for m in loaded if m.split(".")[0] == "textual"}


@pytest.mark.skipif(not can_fork(), reason="fork is not used on this machine")
def test_a_forked_one_shot_leaves_the_typo_and_fact_stages_to_its_child(seeds) -> None:  # type: ignore[no-untyped-def]
    files = [str(next(seeds.glob(f"{n}_*.txt"))) for n in ("001", "004")]
    loaded = modules_after(
        "from newsdiff.cli import main\nimport contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main({files!r})"
    )
    assert "newsdiff.core.compare" in loaded
    # The child scans both sides; the parent only unpickles the result, whose
    # types live in core.model.
    assert not {
        m for m in loaded if m.startswith(("newsdiff.core.facts.", "newsdiff.core.text.typos"))
    }
