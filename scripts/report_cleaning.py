"""Show what the boilerplate cleaner removes from each article of a folder.

Usage: python scripts/report_cleaning.py [FOLDER]   (default: seeds/)

For every `.txt` file: the number of lines removed, then each removed line
with its 1-based line number and the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdiff.core.text.clean import clean_text
from newsdiff.core.text.decode import decode_bytes

_SHOWN_CHARS = 160


def report_file(path: Path) -> None:
    """Print the removed lines of one article."""
    text, _ = decode_bytes(path.read_bytes(), path.name)
    cleaned = clean_text(text)
    print(f"{path.name}: {len(cleaned.removed)} lines removed")
    for removed in cleaned.removed:
        shown = removed.text.strip()
        if len(shown) > _SHOWN_CHARS:
            shown = shown[: _SHOWN_CHARS - 1] + "…"
        print(f"  {removed.line:4d}  [{removed.reason}]  {shown}")


def main(argv: list[str]) -> int:
    """Report every `.txt` file of the folder given (default `seeds/`)."""
    folder = Path(argv[1]) if len(argv) > 1 else Path("seeds")
    if not folder.is_dir():
        print(f"report_cleaning: not a folder: {folder}", file=sys.stderr)
        return 2
    for path in sorted(folder.glob("*.txt")):
        report_file(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
