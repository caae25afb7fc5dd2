"""Articles from the web: `newsdiff URL URL` and manifest sources with a `url:` only.

The one module of newsdiff that opens network connections (a test checks it),
with the standard library's urllib: a bounded wait (`TIMEOUT_SECONDS`), a
bounded answer (read one byte past the limit, never more), at most
`MAX_REDIRECTS` redirects and only to http(s), a browser-like user agent (many
news sites refuse Python's), and an on-disk cache under the user's cache folder
so the app and a rerun do not fetch a page again. Every failure is one
`CorpusError` line naming the address: offline or unreachable, an HTTP error
(404), an answer that is not a web page, too large, too slow.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdiff import __version__
from newsdiff.core.model import CorpusError, Source
from newsdiff.core.stories.sources import (
    DEFAULT_MAX_BYTES,
    PAGE_BYTES_FACTOR,
    display_path,
    source_from_data,
)
from newsdiff.core.text.decode import opens_like_html

TIMEOUT_SECONDS = 20.0
"""How long one connection or read may stall before the fetch gives up: long
enough for a slow news site on a poor connection, short enough that an
unreachable one does not seem to hang the command."""
MAX_REDIRECTS = 5
"""Redirects followed per address: http→https, a trailing slash and a regional
edition take three; more is a loop or a tracker chain."""
CACHE_SECONDS = 24 * 3600
"""How long a fetched page is served from the cache: a rerun or the app the same
day reads the copy; a page checked a day later is fetched again (articles get
updated, and a changed article is what newsdiff is for)."""
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    f"Chrome/124.0 Safari/537.36 newsdiff/{__version__}"
)
"""Sent with every request: a browser's, as many news sites answer anything else
with an error page, plus newsdiff's name so a site can tell who asked."""
PAGE_TYPES = ("text/html", "application/xhtml+xml")
"""Content types read as web pages; any other answer is refused."""
UNREACHABLE_SECONDS = 60.0
"""After a host gave no answer (offline, refused, timed out), other addresses on
it fail at once for this long instead of each waiting `TIMEOUT_SECONDS`: a
manifest of fifty links to one dead site takes one wait, not fifty; a minute
later (the network back) the host is tried again."""

_unreachable: dict[str, tuple[float, str]] = {}
"""host -> (when it failed, why), for `UNREACHABLE_SECONDS`."""

_URL = re.compile(r"^https?://[^\s/?#]+", re.IGNORECASE)


def is_url(text: str) -> bool:
    """Whether a command-line input or manifest value is a web address (http or https)."""
    return _URL.match(text) is not None


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer from a web server (or from the cache)."""

    url: str
    """The address asked for."""
    final_url: str
    """Where the redirects ended."""
    data: bytes
    """The body, at most the size limit."""
    charset: str
    """The charset the server declared ("" when none)."""
    from_cache: bool = False
    """Whether it was read from the on-disk cache."""


def cache_folder() -> Path:
    """Where fetched pages are kept: $XDG_CACHE_HOME/newsdiff/pages, else the
    platform's cache folder (~/.cache, ~/Library/Caches, %LOCALAPPDATA%)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base and os.path.isabs(base):
        root = Path(base)
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        root = Path(os.environ["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path.home() / ".cache"
    return root / "newsdiff" / "pages"


def fetch_url(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES * PAGE_BYTES_FACTOR,
    timeout: float = TIMEOUT_SECONDS,
    cache: bool = True,
) -> Fetched:
    """Fetch one web page (or read it from the cache).

    Raises:
        CorpusError: one line naming the address: not http(s), unreachable,
            an HTTP error, not a web page, over `max_bytes`, too slow.
    """
    name = display_path(url)
    if not is_url(url):
        raise CorpusError(f"{name}: not an http or https address")
    if cache and (hit := _from_cache(url, max_bytes)) is not None:
        return hit
    host = _host(url)
    failed = _unreachable.get(host)
    if failed is not None and time.monotonic() - failed[0] < UNREACHABLE_SECONDS:
        raise CorpusError(f"{name}: {failed[1]} (its host did not answer a moment ago)")
    try:
        fetched = _download(url, name, max_bytes=max_bytes, timeout=timeout)
    except _NoAnswer as exc:
        _unreachable[host] = (time.monotonic(), exc.why)
        raise CorpusError(f"{name}: {exc.why}") from None
    _unreachable.pop(host, None)
    if cache:
        _to_cache(fetched)
    return fetched


class _NoAnswer(Exception):
    """The host gave no answer at all (offline, refused, timed out)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _host(url: str) -> str:
    found = _URL.match(url)
    return found.group(0).lower() if found else url


def _download(url: str, name: str, *, max_bytes: int, timeout: float) -> Fetched:
    import http.client
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

    opener = urllib.request.build_opener(Redirects)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "en;q=0.9,*;q=0.5",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as answer:
            final = answer.geturl() or url
            kind = answer.headers.get_content_type() if answer.headers.get("Content-Type") else ""
            charset = answer.headers.get_content_charset() or ""
            length = answer.headers.get("Content-Length", "")
            if kind and kind not in PAGE_TYPES:
                raise CorpusError(f"{name}: not a web page (the server sent {kind})")
            if length.isdigit() and int(length) > max_bytes:
                raise CorpusError(
                    f"{name}: {int(length):,} bytes is over the {max_bytes:,}-byte limit"
                )
            data = answer.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        reason = f" {exc.reason}" if isinstance(exc.reason, str) and exc.reason else ""
        if exc.code in (301, 302, 303, 307, 308):
            raise CorpusError(f"{name}: more than {MAX_REDIRECTS} redirects") from None
        raise CorpusError(f"{name}: HTTP {exc.code}{reason}") from None
    except urllib.error.URLError as exc:  # no connection at all
        if isinstance(exc.reason, TimeoutError):
            raise _NoAnswer(f"no answer within {timeout:g} s") from None
        raise _NoAnswer(f"cannot fetch (offline or unreachable: {_why(exc.reason)})") from None
    except TimeoutError:  # connected, then the answer stalled: the host is there
        raise CorpusError(f"{name}: no answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise CorpusError(f"{name}: cannot fetch ({_why(exc)})") from None
    if len(data) > max_bytes:
        raise CorpusError(f"{name}: more than the {max_bytes:,}-byte limit")
    if not kind and not opens_like_html(data):
        raise CorpusError(f"{name}: not a web page (no content type, and no HTML in it)")
    return Fetched(url=url, final_url=final, data=data, charset=charset)


def _why(reason: Any) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return str(reason) or type(reason).__name__


def _cache_paths(url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    folder = cache_folder()
    return folder / f"{key}.json", folder / f"{key}.html"


def _from_cache(url: str, max_bytes: int) -> Fetched | None:
    """The cached answer for `url` when there is a fresh, whole one; a cache that
    cannot be read is no cache (the page is fetched)."""
    meta_path, body_path = _cache_paths(url)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("url") != url or time.time() - float(meta["fetched"]) > CACHE_SECONDS:
            return None
        if body_path.stat().st_size > max_bytes:
            return None
        data = body_path.read_bytes()
        if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
            return None
        return Fetched(
            url=url,
            final_url=str(meta.get("final_url") or url),
            data=data,
            charset=str(meta.get("charset") or ""),
            from_cache=True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _to_cache(fetched: Fetched) -> None:
    """Keep an answer on disk (best effort: a read-only home still fetches)."""
    meta_path, body_path = _cache_paths(fetched.url)
    meta = {
        "url": fetched.url,
        "final_url": fetched.final_url,
        "charset": fetched.charset,
        "fetched": time.time(),
        "sha256": hashlib.sha256(fetched.data).hexdigest(),
    }
    try:
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        for path, payload in ((body_path, fetched.data), (meta_path, json.dumps(meta).encode())):
            partial = path.with_name(f"{path.name}.{os.getpid()}.part")
            partial.write_bytes(payload)
            os.replace(partial, path)
    except OSError:
        pass


def url_source_id(url: str) -> str:
    """A short id for a fetched source: its host and last path word
    ("https://www.bbc.co.uk/news/world-123?at=x" → "bbc.co.uk-world-123")."""
    rest = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    host, _, path = rest.partition("/")
    host = host.rpartition("@")[2].split(":")[0].lower().removeprefix("www.")
    words = [w for w in re.split(r"/+", re.split(r"[?#]", path)[0]) if w]
    tail = re.sub(r"[^A-Za-z0-9._-]+", "-", words[-1])[:40].strip("-.") if words else ""
    return f"{host}-{tail}" if tail else host or "page"


def url_outlet(url: str) -> str:
    """The host of an address, without "www.": the outlet when the page names none."""
    return url_source_id(re.sub(r"(https?://[^/?#]*).*", r"\1", url, flags=re.IGNORECASE))


def read_url(
    url: str,
    *,
    source_id: str = "",
    outlet: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> Source:
    """One article from a web address: fetched (or cached), read as a page.

    `max_bytes` is the article limit; the page may hold `PAGE_BYTES_FACTOR`
    times as much. The outlet is the caller's, else the page's own
    (`og:site_name`, JSON-LD publisher), else the host.

    Raises:
        CorpusError: the fetch failed (see `fetch_url`) or the bytes are binary.
    """
    fetched = fetch_url(url, max_bytes=max_bytes * PAGE_BYTES_FACTOR, timeout=timeout)
    return source_from_data(
        fetched.data,
        source_id=source_id or url_source_id(fetched.final_url),
        path=display_path(url),
        outlet=outlet,
        kind="html",
        default_outlet=url_outlet(fetched.final_url),
        charset=fetched.charset,
        fetched_from=fetched.final_url,
    )
