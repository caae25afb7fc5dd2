"""How well the word diff cuts a revised sentence into edits, against human edit spans.

Usage:
    python scripts/eval_hunks.py [--eval ../shared/eval] [--split dev]

Reads `edit-intents/{dev,train}.json` (arXivEdits: sentence revisions whose edits
were each marked by hand as a token span on both sides, tokens split on spaces).
For every pair, `diff_words` runs on the two sentences and its changes are mapped
to those tokens. Reports:

- changes per human edit: how many changes newsdiff shows for one edit a person
  made (1.0 is ideal; far above 1 means a rewritten phrase is cut into tiny
  pieces around shared words);
- human edits shown as one change: the share of human edits that one change
  covers whole, with no other change touching them;
- changes inside one human edit: the share of newsdiff's changes that fall
  within a single human edit (a change spanning two separate human edits, or
  the shared text between them, lowers it);
- words per change (mean tokens over both sides).

The domain is papers, not news, so the figures compare diff settings; they are
not a target of their own. Exits 0 with a note when the eval folder is absent.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.diff.word_diff import diff_words  # noqa: E402


def _token_starts(sentence: str) -> list[int]:
    starts, pos = [], 0
    for token in sentence.split(" "):
        starts.append(pos)
        pos += len(token) + 1
    return starts


def _tokens_of(span: tuple[int, int], starts: list[int]) -> set[int]:
    lo, hi = span
    if hi <= lo:
        return set()
    first = bisect.bisect_right(starts, lo) - 1
    last = bisect.bisect_right(starts, hi - 1) - 1
    return set(range(first, last + 1))


def _human_tokens(indices: list[int] | None) -> set[int]:
    return set(range(indices[0], indices[1])) if indices else set()


def measure(pairs: dict[str, dict]) -> dict[str, float]:
    human_edits = one_piece = changes_total = changes_inside = words = 0
    for pair in pairs.values():
        s1, s2 = pair["sentence-1"], pair["sentence-2"]
        edits = [
            (
                _human_tokens(e["sentence-1-token-indices"]),
                _human_tokens(e["sentence-2-token-indices"]),
            )
            for e in pair["edits-combination-0"].values()
        ]
        if not edits:
            continue
        st1, st2 = _token_starts(s1), _token_starts(s2)
        changes = [
            (_tokens_of(c.a_span, st1), _tokens_of(c.b_span, st2))
            for c in diff_words(s1, s2).changes
        ]
        changes = [c for c in changes if c[0] or c[1]]
        human_edits += len(edits)
        changes_total += len(changes)
        for ca, cb in changes:
            words += len(ca) + len(cb)
            if any(ca <= ha and cb <= hb for ha, hb in edits):
                changes_inside += 1
        for ha, hb in edits:
            touching = [c for c in changes if (c[0] & ha) or (c[1] & hb)]
            if len(touching) == 1 and touching[0][0] >= ha and touching[0][1] >= hb:
                one_piece += 1
    return {
        "human edits": human_edits,
        "changes per human edit": changes_total / max(human_edits, 1),
        "human edits shown as one change": one_piece / max(human_edits, 1),
        "changes inside one human edit": changes_inside / max(changes_total, 1),
        "words per change": words / max(changes_total, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    args = parser.parse_args()
    path = args.eval / "edit-intents" / f"{args.split}.json"
    if not path.exists():
        print(f"no {path}: the edit-intents eval data is absent; nothing measured")
        return 0
    for name, value in measure(json.loads(path.read_text())).items():
        print(f"{name:34} {value:.3f}" if isinstance(value, float) else f"{name:34} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
