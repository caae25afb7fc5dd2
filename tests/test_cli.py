"""The command line: output, formats, colour, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_newsdiff
from newsdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent


run = run_newsdiff


def seed(prefix: str) -> str:
    return str(next((ROOT / "seeds").glob(f"{prefix}_*.txt")).relative_to(ROOT))


def test_identical_files_exit_0(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes((ROOT / seed("000")).read_bytes().replace(b"\n", b"\r\n"))
    result = run(seed("000"), str(crlf))
    assert result.returncode == 0, result.stderr
    assert b"0 changed" in result.stdout


def test_different_files_exit_1_with_summary_and_markers() -> None:
    result = run(seed("000"), seed("001"), "--color", "never", "--width", "160")
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode()
    assert "[-honor-]‹spelling›" in out and "{+honour+}‹spelling›" in out
    assert "rows," in out and "similarity" in out
    assert "\x1b[" not in out


def test_narrow_output_is_stacked_inline() -> None:
    out = run(seed("000"), seed("001"), "--color", "never", "--width", "80").stdout.decode()
    assert "[-honor-]{+honour+}‹spelling›" in out
    assert out.startswith("--- A")


def test_color_always_and_no_color() -> None:
    coloured = run(seed("000"), seed("001"), "--color", "always", "--width", "120").stdout
    assert b"\x1b[" in coloured
    plain = run(seed("000"), seed("001"), "--width", "120", env={"NO_COLOR": "1"}).stdout
    assert b"\x1b[" not in plain


def test_json_contract_holds() -> None:
    result = run(seed("000"), seed("001"), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "newsdiff/1"
    assert set(data) == {"schema", "a", "b", "similarity", "rows", "facts", "stats"}
    for side in ("a", "b"):
        assert set(data[side]) >= {"id", "outlet", "path", "sentences", "removed", "typos"}
        seen = sorted(i for row in data["rows"] for i in row[side])
        assert seen == list(range(len(data[side]["sentences"])))
    for row in data["rows"]:
        assert row["kind"] in {"same", "changed", "moved", "only_a", "only_b"}
        a_text = " ".join(data["a"]["sentences"][i] for i in row["a"])
        b_text = " ".join(data["b"]["sentences"][i] for i in row["b"])
        for change in row["changes"]:
            assert a_text[slice(*change["a_span"])] == change["a"]
            assert b_text[slice(*change["b_span"])] == change["b"]
    assert set(data["facts"]) == {"only_a", "only_b", "conflicts"}
    assert set(data["stats"]["changes"]) == {
        "spelling",
        "typo",
        "punctuation",
        "case",
        "name",
        "number",
        "wording",
    }


def test_stdin_and_source_ids() -> None:
    text = (ROOT / seed("001")).read_bytes()
    by_stdin = run("-", seed("001"), stdin=text)
    assert by_stdin.returncode == 0, by_stdin.stderr
    by_id = run("tag24", "berliner-tageblatt", "--format", "json")
    assert by_id.returncode == 1
    assert json.loads(by_id.stdout)["b"]["outlet"] == "Berliner Tageblatt"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("nope.txt", "seeds"), "no such file"),
        (("seeds", "seeds"), "is a directory"),
        (("-", "-"), "only one of A and B"),
        (("a", "b", "c"), "at most two inputs"),
        (("--format", "xml", "x", "y"), "invalid choice"),
    ],
)
def test_trouble_is_one_line_and_exit_2(args: tuple[str, ...], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("newsdiff: error: ") and err.count("\n") == 1, err
    assert needle in err
    assert "Traceback" not in err


def test_binary_input_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    result = run(str(binary), seed("000"))
    assert result.returncode == 2 and b"binary" in result.stderr


def test_stories_lists_the_sample_as_json() -> None:
    result = run("stories", "seeds", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "newsdiff/1"
    (story,) = data["stories"]
    assert story["id"] == "putin-north-korea-2024" and len(story["sources"]) == 5


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("newsdiff ")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "examples:" in capsys.readouterr().out


def test_escape_sequences_and_markup_in_articles_are_shown_literally(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "The minister [bold]resigned[/bold] on [link=http://x]Monday[/link].\n"
        "Evil\x1b]0;pwned\x07 text\x1b[2J here.\n"
    )
    b.write_text(
        "The minister [bold]resigned[/bold] on [link=http://x]Tuesday[/link].\n"
        "Evil text\x9b31m here.\n"
    )
    out = run(str(a), str(b), "--color", "always", "--width", "120").stdout
    assert b"\x1b]0;" not in out and b"\x1b[2J" not in out and "\x9b".encode() not in out
    text = out.decode()
    assert "[bold]resigned[/bold]" in text and "[link=http://x]" in text
    assert "\\x1b" in text and "\\x9b" in text


def test_stories_coverage_in_plain_text_summarises_who_carried_what() -> None:
    out = run("stories", "seeds", "--coverage", "--color", "never")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("utf-8")
    assert "same copy: TAG24 + Berliner Tageblatt + Aggregator" in text
    closest = next(line for line in text.splitlines() if line.endswith("closest"))
    assert "TAG24 ⇄ Berliner Tageblatt" in closest
    assert "most different" in text and "carried by one source only" in text
    # Ten sources or fewer: every pair is listed, most shared first.
    shares = [int(line.split("%")[0]) for line in text.splitlines() if "% shared" in line]
    assert len(shares) == 10 and shares == sorted(shares, reverse=True)


def test_options_may_sit_between_the_inputs() -> None:
    between = run(seed("000"), "--format", "json", seed("001"))
    assert between.returncode in (0, 1), between.stderr
    assert json.loads(between.stdout)["schema"] == "newsdiff/1"
    listed = run("stories", "--format", "json", "seeds")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["stories"]) == 1


def test_stories_keep_one_line_each_however_narrow(tmp_path: Path) -> None:
    title = "A headline far longer than the narrow width given to this listing " * 2
    for name in ("first-outlet", "second-outlet"):
        (tmp_path / f"{name}.txt").write_text(
            f"{title.strip()}\n\nThe council approved the bridge plan on Monday, 12 votes to 3.\n"
        )
    out = run("stories", str(tmp_path), "--width", "40", "--color", "never")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith(title.strip()) and lines[0].endswith("2 sources")
    assert lines[1:] == ["  first-outlet", "  second-outlet"]  # no padding left trailing


def test_inputs_after_a_double_dash_may_start_with_a_dash(tmp_path: Path) -> None:
    (tmp_path / "-a.txt").write_text("The talks went on. They ended late.\n")
    (tmp_path / "b.txt").write_text("The talks went on. They ended early.\n")
    result = subprocess.run(
        [sys.executable, "-m", "newsdiff", "--color", "never", "--", "-a.txt", "b.txt"],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert b"late" in result.stdout and b"early" in result.stdout


def test_html_report_to_a_file(tmp_path: Path) -> None:
    import html5lib

    out = tmp_path / "report.html"
    result = run(seed("000"), seed("001"), "--format", "html", "-o", str(out))
    assert result.returncode == 1, result.stderr
    assert result.stdout == b""
    page = out.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "honour" in page and "<script" not in page


def test_markdown_report_on_stdout_and_text_to_a_file(tmp_path: Path) -> None:
    result = run(seed("000"), seed("001"), "--format", "markdown")
    assert result.returncode == 1, result.stderr
    assert result.stdout.decode().startswith("# ") and b"## Aligned rows" in result.stdout
    out = tmp_path / "diff.txt"
    assert run(seed("000"), seed("001"), "-o", str(out), "--width", "80").returncode == 1
    text = out.read_text(encoding="utf-8")
    assert text.startswith("--- A") and "{+honour+}‹spelling›" in text and "\x1b[" not in text


def test_stories_coverage_reports(tmp_path: Path) -> None:
    import html5lib

    out = tmp_path / "coverage.html"
    result = run("stories", "seeds", "--coverage", "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "Pairs by shared wording" in page and "TAG24" in page
    markdown = run("stories", "seeds", "--format", "markdown").stdout.decode()
    assert "### Facts × sources" in markdown and "Same copy:" in markdown


def test_unwritable_output_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run(seed("000"), seed("001"), "-o", str(tmp_path / "missing" / "x.html"))
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert result.stderr.startswith(b"newsdiff: error:") and b"cannot write" in result.stderr


def test_the_command_leaves_quickly_with_all_its_output(tmp_path: Path) -> None:
    # `run()` ends the process with os._exit once the output is flushed: a
    # report larger than any pipe or file buffer must still arrive whole, in
    # a pipe and in a file, with the exit status of `main()`.
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(" ".join(f"Sentence {i} says the council met on day {i}." for i in range(900)))
    b.write_text(" ".join(f"Sentence {i} says the board met on day {i}." for i in range(900)))
    piped = run_newsdiff(str(a), str(b), "--format", "json")
    assert piped.returncode == 1 and not piped.stderr
    assert len(piped.stdout) > 256 * 1024
    assert json.loads(piped.stdout)["stats"]["rows"]["changed"] == 900
    with (tmp_path / "out.json").open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "newsdiff", str(a), str(b), "--format", "json"],
            stdout=out,
            cwd=Path(__file__).resolve().parents[1],
            timeout=120,
        )
    assert done.returncode == 1
    assert (tmp_path / "out.json").read_bytes() == piped.stdout


def test_a_file_named_on_the_command_line_is_reported_as_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("The bridge opens in May.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The bridge opens in June.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", "./sub//a.txt", "b.txt", "--format", "json"],
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert (out["a"]["path"], out["a"]["id"], out["b"]["path"]) == ("./sub//a.txt", "a", "b.txt")
