"""Word differences inside an aligned row: which words changed, and how."""

from __future__ import annotations

from newsdiff.core.diff.word_diff import diff_words
from newsdiff.core.model import ChangeKind

LEAD_A = (
    "A giant crucifix erected in honour of late Pope John Paul II has collapsed and "
    "killed a 21-year-old man in northern Italy - just days before the papal canonisation."
)
LEAD_B = (
    "A 21-year old man has died after being crushed by a crucifix erected in honour "
    "of Pope John Paul II in northern Italy."
)


def test_a_rewritten_sentence_keeps_the_runs_both_outlets_share() -> None:
    diff = diff_words(LEAD_A, LEAD_B)
    changed_a = " ".join(c.a for c in diff.changes)
    changed_b = " ".join(c.b for c in diff.changes)
    for shared in ("crucifix erected in honour of", "Pope John Paul II", "in northern Italy"):
        assert shared not in changed_a and shared not in changed_b
    # No word stands paired with another by position alone: "21" is no
    # number changed into "by".
    assert not any(c.kind is ChangeKind.NUMBER for c in diff.changes)


def test_a_word_for_word_substitution_stays_one_change_per_word() -> None:
    diff = diff_words(
        "The mayor praised the honor of the city on Monday.",
        "The mayor praised the honour of the town on Tuesday.",
    )
    kinds = {(c.a, c.b): c.kind for c in diff.changes}
    assert kinds == {
        ("honor", "honour"): ChangeKind.SPELLING,
        ("city", "town"): ChangeKind.WORDING,
        ("Monday", "Tuesday"): ChangeKind.WORDING,
    }


def test_the_diff_mirrors_when_the_sides_swap() -> None:
    forward = diff_words(LEAD_A, LEAD_B)
    backward = diff_words(LEAD_B, LEAD_A)
    assert [(c.a, c.b) for c in forward.changes] == [(c.b, c.a) for c in backward.changes]
    assert forward.shared == backward.shared


def test_a_title_case_headline_lines_up_with_its_sentence_case_words() -> None:
    diff = diff_words(
        "Giant Crucifix Crushes Man to Death in Italy",
        "John Paul II crucifix crushes man in northern Italy",
    )
    kinds = [(c.a, c.b, c.kind) for c in diff.changes]
    assert ("Crucifix Crushes Man", "crucifix crushes man", ChangeKind.CASE) in kinds
    assert ("Giant", "John Paul II", ChangeKind.WORDING) in kinds


def test_a_number_is_never_paired_with_a_word_by_position() -> None:
    diff = diff_words(
        "It weighs 600kg and was fixed to the ground.",
        "It weighs 600kg 1,320 lb fixed to the ground.",
    )
    assert not any(c.a == "and" and c.b == "1,320" for c in diff.changes)
    assert ("and was", "1,320 lb") in [(c.a, c.b) for c in diff.changes]


def test_a_capitalised_word_finds_its_own_match_before_a_lower_case_one() -> None:
    diff = diff_words(
        "The only people with good jobs are his members.",
        'Tributes were led by the mayor, who said: "The only people with good jobs are '
        'his members."',
    )
    assert not any(c.kind is ChangeKind.CASE for c in diff.changes)


def _pairs(a: str, b: str) -> list[tuple[str, str, ChangeKind]]:
    return [(c.a, c.b, c.kind) for c in diff_words(a, b).changes]


def test_a_rewritten_phrase_is_one_change_across_a_lone_common_word() -> None:
    # "has" alone is shared between two rewritten phrases: one rewording, not
    # three pieces around it (diff-match-patch's semantic clean-up).
    assert _pairs(
        "Kyiv has said it has found North Korean shells.",
        "Ukraine, however, has reported finding North Korean shells.",
    ) == [
        ("Kyiv has said it has found", "Ukraine, however, has reported finding", ChangeKind.WORDING)
    ]


def test_the_clean_up_keeps_names_spellings_and_one_word_swaps_apart() -> None:
    # Two names swapped around a shared "and" are two changes a reader must see.
    assert _pairs(
        "Washington and Seoul accused Pyongyang.", "The US and South Korea accused Pyongyang."
    ) == [
        ("Washington", "The US", ChangeKind.WORDING),
        ("Seoul", "South Korea", ChangeKind.WORDING),
    ]
    # A regional spelling beside a rewording keeps its own kind.
    assert ("honor", "honour", ChangeKind.SPELLING) in _pairs(
        "They gathered to honor the memory of the fallen troops.",
        "They met up to honour the memory of the soldiers who fell.",
    )
    # A one-word swap beside a shared "has" stays a one-word change.
    assert ("become", "been", ChangeKind.WORDING) in _pairs(
        "He has become a critic of the plan.",
        "He - a Ukraine backer - has been a critic of the plan.",
    )


def test_words_a_merge_swallows_still_count_as_shared() -> None:
    diff = diff_words(
        "Kyiv has said it has found North Korean shells.",
        "Ukraine, however, has reported finding North Korean shells.",
    )
    # "has", "North", "Korean", "shells", "." on both sides.
    assert diff.shared == 10
