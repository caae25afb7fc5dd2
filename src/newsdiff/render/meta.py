"""What a report says about each source besides its text: outlet, title, date, URL.

A `Side` of a comparison carries the outlet, id and path; the URL (and, for
sources loaded from web pages, the page title and date) lives on the loaded
`Source`. Reports take a `SourceInfo` per side so they can show both without
the renderers reaching into loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from newsdiff.core.model import Side, Source


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The facts about one source a report heads its column with."""

    label: str
    """"A" or "B" (or the source's place in a story)."""
    outlet: str
    """Outlet name shown to the reader."""
    id: str = ""
    """Source id."""
    path: str = ""
    """File the text came from ("-" for stdin)."""
    url: str = ""
    """Where the article was published, when known."""
    title: str = ""
    """The article's headline, when the loader found one."""
    date: str = ""
    """The article's date, when the loader found one."""

    @property
    def link(self) -> str:
        """The URL when it is safe to link to (http or https), else ""."""
        try:
            scheme = urlsplit(self.url).scheme.lower()
        except ValueError:
            return ""
        return self.url if scheme in ("http", "https") else ""


def side_info(label: str, side: Side, source: Source | None = None) -> SourceInfo:
    """A side's report heading, completed from its loaded source when given.

    Page title, date and URL are read from the source, else from the side
    (which carries them since sources loaded from web pages have them);
    plain-text sources have neither title nor date.
    """
    return SourceInfo(
        label=label,
        outlet=side.outlet or side.id or label,
        id=side.id,
        path=side.path,
        url=(source.url if source is not None else "") or side.url,
        title=(source.title if source is not None else "") or side.title,
        date=(source.date if source is not None else "") or side.date,
    )


def source_info(label: str, source: Source) -> SourceInfo:
    """A loaded source's report heading (coverage reports)."""
    return SourceInfo(
        label=label,
        outlet=source.outlet or source.id,
        id=source.id,
        path=source.path,
        url=source.url,
        title=str(getattr(source, "title", "") or ""),
        date=str(getattr(source, "date", "") or ""),
    )
