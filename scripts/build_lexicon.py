"""Build newsdiff's lexicon data files from SCOWL word lists.

Usage:
    python scripts/build_lexicon.py /usr/share/dict/scowl [--out src/newsdiff/lexicon]

The input folder is SCOWL's `final/` list set as the Debian `scowl` package
installs it (`apt-get download scowl && dpkg -x scowl_*.deb /tmp/scowl`, then
pass /tmp/scowl/usr/share/dict/scowl). Files are named
`<category>-<subcategory>.<size>`, size 10 (most common) .. 95 (insane).

Writes:
    words.idx      lower-cased words with their SCOWL level, as ordinary words or
                   words SCOWL only lists capitalised (proper names, upper-case
                   words, abbreviations), grouped by prefix for lazy lookup
                   (format in `write_words`).
    regional.tsv   `american<TAB>british` spelling pairs, lower case (plain text:
                   read faster than decompressed).

Why size 70 for the word list: SCOWL's own spell-checker dictionaries stop at
60 ("medium") to 70 ("large"). Size 80 adds ~140k rare words (geophagous,
thickoes) that are far more often a misspelling of a common word than an
intended word in news text, so including them would hide typos; words up to
70 already cover ordinary news vocabulary. Regional pairs use sizes up to 80:
pairing only needs both spellings to be attested, and size 95 adds junk that
makes false pairs (storay, gery).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

WORD_LEVEL_MAX = 70
PAIR_LEVEL_MAX = 80
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)

# Spelling categories whose words count as English words. Variants 1 and 2 are
# "considered almost equal" / "generally acceptable" spellings (judgement,
# encyclopaedia); variant 3 ("seldom used") is left out.
WORD_CATEGORIES = (
    "english",
    "american",
    "british",
    "british_z",
    "canadian",
    "australian",
    "variant_1",
    "variant_2",
    "british_variant_1",
    "british_variant_2",
    "canadian_variant_1",
    "canadian_variant_2",
    "australian_variant_1",
    "australian_variant_2",
)
WORD_SUBCATEGORIES = ("words", "contractions")
NAME_SUBCATEGORIES = ("upper", "proper-names", "abbreviations")

# Rewrites that turn a British spelling into the American one: the usual
# spelling families. A family rewrite may land on any American word.
_FAMILY_RULES: tuple[tuple[str, str], ...] = (
    ("our", "or"),  # colour/color, behaviour/behavior
    ("re", "er"),  # centre/center, fibre/fiber, meagre/meager, manoeuvre (word end only)
    ("ise", "ize"),
    ("isi", "izi"),
    ("isa", "iza"),
    ("yse", "yze"),
    ("ysi", "yzi"),
    ("ysa", "yza"),
    ("ence", "ense"),  # defence/defense, licence/license, offence/offense
    ("red", "ered"),  # centred/centered (word end only)
    ("ring", "ering"),  # centring/centering (word end only)
    ("eing", "ing"),  # ageing/aging
    ("ogue", "og"),  # catalogue/catalog, dialogue/dialog
    ("ll", "l"),  # travelled/traveled, jewellery/jewelery, counsellor
    ("l", "ll"),  # fulfil/fulfill, enrol/enroll, skilful/skillful
    ("ae", "e"),  # anaemia/anemia, paediatric
    ("oe", "e"),  # oestrogen/estrogen, manoeuvre/maneuver
    ("ey", "ay"),  # grey/gray
    ("yre", "ire"),  # tyre/tire
    ("ough", "ow"),  # plough/plow
    ("mme", "m"),  # programme/program, gramme/gram
    ("que", "ck"),  # cheque/check
    ("ium", "um"),  # aluminium/aluminum
    ("ou", "o"),  # mould/mold, smoulder/smolder, moustache/mustache
    ("sc", "sk"),  # sceptic/skeptic
    ("ement", "ment"),  # judgement/judgment, acknowledgement
    ("eable", "able"),  # likeable/likable, saleable
    ("xion", "ction"),  # connexion/connection
    ("aught", "aft"),  # draught/draft
    ("ce", "se"),  # practice/practise
    ("ph", "f"),  # sulphur/sulfur
    ("ss", "s"),  # focussed/focused
)
# Single-letter edits that relate some irregular pairs (axe/ax, cosy/cozy,
# whisky/whiskey) but also unrelated words, so they only count when the
# American side is an American-only spelling.
_LOOSE_RULES: tuple[tuple[str, str], ...] = (
    ("e", ""),
    ("ue", ""),
    ("s", "z"),
    ("y", "ey"),
    ("ey", "y"),
    ("y", "i"),
    ("k", "c"),
    ("ai", "a"),
    ("tt", "t"),
    ("pp", "p"),
    ("gg", "g"),
    ("mm", "m"),
    ("nn", "n"),
)
# Well-known pairs no spelling rule relates (the American word is also a
# British word with another meaning, so SCOWL cannot mark it American-only).
_IRREGULAR_PAIRS: tuple[tuple[str, str], ...] = (
    ("curb", "kerb"),
    ("jail", "gaol"),
    ("pajamas", "pyjamas"),
    ("airplane", "aeroplane"),
    ("aluminum", "aluminium"),
    ("mom", "mum"),
    ("check", "cheque"),
    ("tire", "tyre"),
    ("story", "storey"),
    ("draft", "draught"),
    ("program", "programme"),
    ("ton", "tonne"),
    ("cozy", "cosy"),
    ("plow", "plough"),
    ("skeptic", "sceptic"),
    ("mold", "mould"),
    ("gray", "grey"),
    ("jewelry", "jewellery"),
)

_MAX_RULE_STEPS = 2  # colourise -> colorize needs two family rewrites


def read_list(
    folder: Path, category: str, subcategory: str, max_level: int
) -> Iterator[tuple[str, int]]:
    """Yield (word, level) from every `<category>-<subcategory>.<level>` file up to max_level."""
    for level in LEVELS:
        if level > max_level:
            break
        path = folder / f"{category}-{subcategory}.{level}"
        if not path.exists():
            continue
        # SCOWL lists are ISO-8859-1 upstream; Debian's are UTF-8. Accept both.
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        for line in text.splitlines():
            word = line.strip()
            if word:
                yield word, level


def _keep(word: str) -> bool:
    # Possessives are derived at lookup time; dropping them halves the file.
    return not word.endswith("'s")


def build_words(folder: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Collect lower-cased words and capitalised-only names with their lowest level."""
    words: dict[str, int] = {}
    names: dict[str, int] = {}
    for category in WORD_CATEGORIES:
        for sub in (*WORD_SUBCATEGORIES, *NAME_SUBCATEGORIES):
            for word, level in read_list(folder, category, sub, WORD_LEVEL_MAX):
                if not _keep(word):
                    continue
                key = word.lower()
                # A word SCOWL lists in lower case anywhere is an ordinary word;
                # one only ever listed capitalised (Paris, NATO) is a name.
                target = words if word == key and sub in WORD_SUBCATEGORIES else names
                if level < target.get(key, 999):
                    target[key] = level
    for key in list(names):
        if key in words:
            del names[key]
    return words, names


# -re/-er only at the end of a stem (centre, centres, centred, theatregoer),
# never inside one (grey, tyre, storey are not -re words).
_RE_ENDING = re.compile(r"(?<=[bcdghkltv])re(?=$|s$|d$|goers?$|land|fold|piece|line)")
_STEM_END = {
    "red": re.compile(r"(?<=[bcdghkltv])red$"),
    "ring": re.compile(r"(?<=[bcdghkltv])ring$"),
}


def _rewrites(word: str, rules: Iterable[tuple[str, str]]) -> Iterator[str]:
    for old, new in rules:
        if old == "re" or old in _STEM_END:
            pattern = _RE_ENDING if old == "re" else _STEM_END[old]
            for m in pattern.finditer(word):
                yield word[: m.start()] + new + word[m.end() :]
            continue
        start = word.find(old)
        while start != -1:
            # Word-final -ae is a Latin plural (larvae), not the ae/e family.
            if old == "ae" and start + 2 == len(word):
                break
            yield word[:start] + new + word[start + len(old) :]
            start = word.find(old, start + 1)


def build_regional_pairs(folder: Path) -> list[tuple[str, str]]:
    """Pair British-only spellings with American spellings by the usual families.

    A British-only word (SCOWL `british-words`) is rewritten by one or two
    family rules; when the result is an American word (`american-words`, or an
    `english-words` word SCOWL does not list as British-only, like check for
    cheque), the two are a pair.
    """

    def collect(*categories: str) -> set[str]:
        return {
            w.lower()
            for category in categories
            for w, _ in read_list(folder, category, "words", PAIR_LEVEL_MAX)
            if _keep(w)
        }

    # British variant_1 holds accepted British spellings SCOWL's main British
    # list leaves out (foetus, gaol); variant_1 is "mostly American variants".
    # british_z holds Oxford -ize spellings with other British forms (colourize).
    british_only = collect("british", "british_variant_1", "british_z") - collect("american")
    american_only = collect("american", "variant_1") - british_only
    common = {
        w.lower() for w, _ in read_list(folder, "english", "words", PAIR_LEVEL_MAX) if _keep(w)
    }
    american_all = american_only | common
    pairs: set[tuple[str, str]] = set()
    for british in sorted(british_only):
        found: set[str] = set()
        frontier = {british}
        for step in range(_MAX_RULE_STEPS):
            next_frontier: set[str] = set()
            for form in frontier:
                for candidate in _rewrites(form, _FAMILY_RULES):
                    if candidate == british or candidate in british_only:
                        continue
                    # One rewrite may land on any American word; a second
                    # only on American-only words, which keeps chance hits
                    # (two unrelated common words) out.
                    if candidate in american_only or (step == 0 and candidate in american_all):
                        found.add(candidate)
                    next_frontier.add(candidate)
            if found:
                break
            frontier = next_frontier
        if not found and len(british) >= 3:
            found = {c for c in _rewrites(british, _LOOSE_RULES) if c in american_only}
        for american in found:
            pairs.add((american, british))
    # American variants of words both regions share (archeology for
    # archaeology, artifact for artefact): a shared word rewritten by one
    # family rule into an American-only or American-variant spelling.
    paired_american = {a for a, _ in pairs}
    for shared in sorted(common - american_only):
        for candidate in _rewrites(shared, _FAMILY_RULES):
            if candidate in american_only and candidate not in paired_american:
                pairs.add((candidate, shared))
    # What no family rule explains (artefact/artifact, baulk/balk, almanack/
    # almanac): a British-only word one or two edits from an American-only
    # word with the same first letter and the same SCOWL size. SCOWL files
    # the variants of one word under one size, so that agreement keeps chance
    # neighbours (rare Latin plurals, unrelated slang) out.
    levels, _ = build_words(folder)
    pairs |= _nearest_regional_pairs(british_only, american_only, {b for _, b in pairs}, levels)
    known = american_all | british_only
    for american, british in _IRREGULAR_PAIRS:
        if american in known and british in known:
            pairs.add((american, british))
    # The irregular pairs' inflections (kerbs/curbs, tyres/tires) follow them.
    for american, british in _IRREGULAR_PAIRS:
        for suffix in ("s", "es", "ed", "ing", "ish", "ed", "er", "ers"):
            a, b = american + suffix, british + suffix
            if a in american_all and b in british_only:
                pairs.add((a, b))
    return sorted(pairs)


def _same_shape(american: str, british: str) -> bool:
    """Same inflection, and not a letter swap or Latin plural posing as a variant."""
    for ending in ("s", "d", "ing"):
        if american.endswith(ending) != british.endswith(ending):
            return False  # empaneled / empanels: two inflections, not two spellings
    if british.endswith("ae") and not american.endswith("ae"):
        return False  # novenae / novene: a Latin plural
    if sorted(american) == sorted(british) and american[:3] != british[:3]:
        return False  # performative / preformative: a prefix, not a spelling
    return True


_NEAREST_LEVEL_MAX = 60
"""Nearest-neighbour pairs only among words up to this SCOWL size (rarer ones are noise)."""


def _nearest_regional_pairs(
    british_only: set[str], american_only: set[str], paired: set[str], levels: dict[str, int]
) -> set[tuple[str, str]]:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    by_initial: dict[str, list[str]] = {}
    for word in american_only:
        if levels.get(word, 99) <= _NEAREST_LEVEL_MAX:
            by_initial.setdefault(word[0], []).append(word)
    found: set[tuple[str, str]] = set()
    for british in sorted(british_only - paired):
        level = levels.get(british, 99)
        if len(british) < 4 or level > _NEAREST_LEVEL_MAX:
            continue
        limit = 1 if len(british) < 7 else 2
        candidates = extract(
            british,
            by_initial.get(british[0], []),
            scorer=Levenshtein.distance,
            score_cutoff=limit,
            limit=6,
        )
        candidates = [c for c in candidates if _same_shape(c[0], british)]
        # Only an unambiguous nearest neighbour: two equally near American
        # words mean the edit could be anything.
        if not candidates:
            continue
        if (len(candidates) == 1 or candidates[0][1] < candidates[1][1]) and levels.get(
            candidates[0][0]
        ) == level:
            found.add((candidates[0][0], british))
    return found


def write_words(path: Path, words: dict[str, int], names: dict[str, int]) -> None:
    """Write words.idx, the prefix-grouped list `newsdiff.core.words.lexicon` reads.

    Lines: the format name; the prefixes (first `PREFIX` letters) in order;
    each group's start offset in the word line, in UTF-8 bytes (plus its end:
    the reader searches the file's bytes undecoded); the number of
    each group's first word; one code letter per word ("a".."h": ordinary word
    at LEVELS[0..7], "A".."H": listed only capitalised); the words,
    space-separated, sorted by prefix then word.
    """
    from newsdiff.core.words.lexicon import INDEX_FORMAT, PREFIX
    from newsdiff.core.words.lexicon import LEVELS as CODE_LEVELS

    if set(words) & set(names):
        raise ValueError("a word is listed both ordinary and capitalised-only")
    table = {w: chr(ord("a") + CODE_LEVELS.index(lv)) for w, lv in words.items()}
    table |= {w: chr(ord("A") + CODE_LEVELS.index(lv)) for w, lv in names.items()}
    if any(" " in w or "\n" in w for w in table):
        raise ValueError("words may not contain spaces or newlines")
    ordered = sorted(table, key=lambda w: (w[:PREFIX], w))
    prefixes: list[str] = []
    offsets: list[int] = []
    firsts: list[int] = []
    position = 0
    for number, word in enumerate(ordered):
        if not prefixes or word[:PREFIX] != prefixes[-1]:
            prefixes.append(word[:PREFIX])
            offsets.append(position)
            firsts.append(number)
        position += len(word.encode("utf-8")) + 1
    offsets.append(position)
    lines = [
        INDEX_FORMAT,
        " ".join(prefixes),
        " ".join(map(str, offsets)),
        " ".join(map(str, firsts)),
        "".join(table[w] for w in ordered),
        " ".join(ordered),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def write_pairs(path: Path, pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{a}\t{b}\n" for a, b in pairs)
    path.write_text(text, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "scowl", type=Path, help="folder with SCOWL final lists (english-words.10 ...)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "src" / "newsdiff" / "lexicon",
    )
    args = parser.parse_args(argv)
    if not (args.scowl / "english-words.10").exists():
        print(f"build_lexicon: {args.scowl} has no english-words.10", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    words, names = build_words(args.scowl)
    pairs = build_regional_pairs(args.scowl)
    write_words(args.out / "words.idx", words, names)
    write_pairs(args.out / "regional.tsv", pairs)
    print(f"{len(words)} words, {len(names)} names, {len(pairs)} regional pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
