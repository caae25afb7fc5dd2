"""Web addresses: fetched from a local server on 127.0.0.1 (never the network), cached on disk."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from conftest import run_newsdiff
from newsdiff.core.model import CorpusError
from newsdiff.core.stories import fetch
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.core.stories.fetch import fetch_url, read_url, url_source_id

HARBOUR = (Path(__file__).parent / "fixtures" / "pages" / "harbour.html").read_bytes()
OTHER = (
    HARBOUR.replace(b"The Coastal Herald", b"Bay Times")
    .replace(b"48 million", b"50 million")
    .replace(b"herald.example/news/harbour-bridge-reopens", b"baytimes.example/bridge")
)


class _Pages(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        assert "Mozilla/5.0" in self.headers.get("User-Agent", "")
        routes = {
            "/harbour": (200, "text/html; charset=utf-8", HARBOUR),
            "/other": (200, "text/html", OTHER),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4 binary"),
            "/untyped": (200, "", HARBOUR),
        }
        if self.path == "/moved":
            self._send(302, "text/html", b"", location="/harbour")
        elif self.path == "/loop":
            self._send(302, "text/html", b"", location="/loop")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", HARBOUR)
        elif self.path == "/big":
            self._send(200, "text/html", b"<html>" + b"x" * 5000)
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, code: int, kind: str, body: bytes, location: str = "") -> None:
        self.send_response(code)
        if kind:
            self.send_header("Content-Type", kind)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (the timeout test)
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return tmp_path / "cache"


def _env(cache_home: Path) -> dict[str, str]:
    return {"XDG_CACHE_HOME": str(cache_home), "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_url_is_read_as_a_page_with_its_outlet(server: str) -> None:
    source = read_url(f"{server}/harbour")
    assert source.outlet == "The Coastal Herald"
    assert source.url == "https://herald.example/news/harbour-bridge-reopens"
    assert source.path == f"{server}/harbour"
    assert source.title == "Harbour bridge reopens after two years of repairs"
    assert "cookies" not in source.text
    assert {"navigation", "comments", "footer"} <= {r.reason for r in source.removed}


def test_a_fetched_page_is_cached_so_a_rerun_does_not_fetch(server: str, cache_home: Path) -> None:
    url = f"{server}/other"
    before = _Pages.hits["/other"]
    first = fetch_url(url)
    second = fetch_url(url)
    assert not first.from_cache and second.from_cache
    assert second.data == OTHER
    assert _Pages.hits["/other"] == before + 1
    assert list((cache_home / "newsdiff" / "pages").glob("*.html"))


def test_a_stale_or_damaged_cache_entry_is_fetched_again(
    server: str, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"{server}/harbour"
    fetch_url(url)
    for body in (cache_home / "newsdiff" / "pages").glob("*.html"):
        body.write_bytes(b"tampered")
    assert not fetch_url(url).from_cache
    monkeypatch.setattr(fetch, "CACHE_SECONDS", -1)
    assert not fetch_url(url).from_cache


def test_redirects_are_followed_and_loops_refused(server: str) -> None:
    fetched = fetch_url(f"{server}/moved", cache=False)
    assert fetched.final_url == f"{server}/harbour"
    with pytest.raises(CorpusError, match="redirect"):
        fetch_url(f"{server}/loop", cache=False)


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/missing", "HTTP 404"),
        ("/report.pdf", "not a web page (the server sent application/pdf)"),
    ],
)
def test_a_bad_answer_is_one_clear_error(server: str, path: str, needle: str) -> None:
    with pytest.raises(CorpusError, match=re.escape(needle)):
        fetch_url(f"{server}{path}", cache=False)


def test_an_untyped_answer_is_read_when_it_is_html(server: str) -> None:
    assert fetch_url(f"{server}/untyped", cache=False).data == HARBOUR


def test_size_limit_and_timeout(server: str) -> None:
    with pytest.raises(CorpusError, match="limit"):
        fetch_url(f"{server}/big", max_bytes=1000, cache=False)
    with pytest.raises(CorpusError, match=r"no answer within 0\.3 s"):
        fetch_url(f"{server}/slow", timeout=0.3, cache=False)


def test_unreachable_and_non_http_addresses() -> None:
    with pytest.raises(CorpusError, match="offline or unreachable"):
        fetch_url(f"http://127.0.0.1:{_closed_port()}/x", cache=False)
    with pytest.raises(CorpusError, match="not an http"):
        fetch_url("file:///etc/passwd")


def test_two_urls_on_the_command_line(server: str, cache_home: Path) -> None:
    done = run_newsdiff(
        f"{server}/harbour", f"{server}/other", "--format", "json", env=_env(cache_home)
    )
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["a"]["outlet"] == "The Coastal Herald"
    assert data["b"]["outlet"] == "Bay Times"
    assert data["b"]["url"] == "https://baytimes.example/bridge"
    assert data["a"]["date"] == "2024-06-19"
    assert any(r["reason"] == "navigation" for r in data["a"]["removed"])
    kinds = [c["kind"] for row in data["rows"] for c in row["changes"]]
    assert kinds == ["number"]


@pytest.mark.parametrize(
    ("path", "needle"),
    [("/missing", "HTTP 404"), ("/report.pdf", "not a web page"), (None, "offline")],
)
def test_a_failing_url_is_one_line_and_exit_2(
    server: str, cache_home: Path, tmp_path: Path, path: str | None, needle: str
) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Some text.")
    url = f"{server}{path}" if path else f"http://127.0.0.1:{_closed_port()}/page"
    done = run_newsdiff(url, str(other), env=_env(cache_home))
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdiff: error: ") and needle in lines[0]
    assert url in lines[0]


def test_manifest_url_entries_without_a_file(server: str, tmp_path: Path) -> None:
    (tmp_path / "local.txt").write_text("The harbour bridge reopened on Wednesday.")
    (tmp_path / "stories.yaml").write_text(
        "stories:\n"
        "  - id: bridge\n"
        "    sources:\n"
        f"      - url: {server}/harbour\n"
        "      - id: local\n"
        "        file: local.txt\n"
        f"      - id: gone\n        url: {server}/missing\n"
    )
    corpus = load_corpus(tmp_path)
    (story,) = corpus.stories
    assert story.title == "Harbour bridge reopens after two years of repairs"
    assert [s.outlet for s in story.sources] == ["The Coastal Herald", "local"]
    assert any(":8: stories.0.sources.2.url:" in p and "HTTP 404" in p for p in corpus.problems)


def test_url_source_ids_are_short_and_plain() -> None:
    assert url_source_id("https://www.bbc.co.uk/news/world-123?x=1#top") == "bbc.co.uk-world-123"
    assert url_source_id("https://Example.org/a/b.html") == "example.org-b.html"
    assert url_source_id("http://user@example.org:8080/") == "example.org"


def test_a_host_that_gave_no_answer_fails_at_once_for_its_other_addresses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsdiff.core.stories.fetch as fetch_module

    port = _closed_port()
    with pytest.raises(CorpusError, match="offline or unreachable"):
        fetch_url(f"http://127.0.0.1:{port}/one", cache=False)
    attempts: list[str] = []
    real_download = fetch_module._download

    def counting_download(url: str, *args: object, **kwargs: object) -> object:
        attempts.append(url)
        return real_download(url, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fetch_module, "_download", counting_download)
    with pytest.raises(CorpusError, match=r"/two: cannot fetch .*did not answer a moment ago"):
        fetch_url(f"http://127.0.0.1:{port}/two", cache=False)
    assert attempts == []  # no second wait on the dead host
    monkeypatch.setattr(fetch_module, "UNREACHABLE_SECONDS", 0.0)
    with pytest.raises(CorpusError, match="offline or unreachable"):
        fetch_url(f"http://127.0.0.1:{port}/three", cache=False)
    assert attempts == [f"http://127.0.0.1:{port}/three"]  # tried again once the time is up


def test_a_slow_answer_does_not_mark_its_host_unreachable(server: str) -> None:
    with pytest.raises(CorpusError, match="no answer within"):
        fetch_url(f"{server}/slow", timeout=0.3, cache=False)
    assert fetch_url(f"{server}/harbour", cache=False).data
