"""Sentence alignment: anchors first, then leftovers paired by their place."""

from __future__ import annotations

from newsdiff.core.align.sentences import ALIGN_THRESHOLD, GAP_THRESHOLD, align_sentences
from newsdiff.core.align.similarity import pair_score

BEFORE = "The council met on Monday to vote on the new bridge over the river."
AFTER = "Construction is due to start in the spring and last two years."
# One outlet's sentence rewritten by another: the same fact, other words.
REWRITE_A = (
    "A giant crucifix erected in honour of late Pope John Paul II has collapsed and "
    "killed a 21-year-old man in northern Italy - just days before the papal canonisation."
)
REWRITE_B = (
    "A 21-year old man has died after being crushed by a crucifix erected in honour "
    "of Pope John Paul II in northern Italy."
)
UNRELATED = "Tickets for the summer festival went on sale at noon and sold out quickly."


def _pairs(a: list[str], b: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.a, g.b) for g in align_sentences(a, b) if g.a and g.b]


def test_the_rewrite_scores_between_the_two_thresholds() -> None:
    assert GAP_THRESHOLD <= pair_score(REWRITE_A, REWRITE_B) < ALIGN_THRESHOLD


def test_a_rewrite_between_the_same_aligned_neighbours_is_aligned() -> None:
    a = [BEFORE, REWRITE_A, AFTER]
    b = [BEFORE, REWRITE_B, AFTER]
    assert _pairs(a, b) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert _pairs(b, a) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_rewrite_in_another_gap_is_aligned_as_moved() -> None:
    # REWRITE_A sits before the anchor in A, REWRITE_B after it in B: their
    # place does not vouch for them, but the rare words they share (crucifix,
    # John Paul, 21, northern Italy) do; order is a hint, not a rule.
    a = [REWRITE_A, BEFORE, AFTER]
    b = [BEFORE, REWRITE_B, AFTER]
    groups = {(g.a, g.b): g for g in align_sentences(a, b)}
    assert groups[(0,), (1,)].moved
    assert not groups[(1,), (0,)].moved


def test_an_unrelated_leftover_stays_on_its_own() -> None:
    a = [BEFORE, UNRELATED, AFTER]
    b = [BEFORE, REWRITE_B, AFTER]
    assert _pairs(a, b) == [((0,), (0,)), ((2,), (2,))]


def test_every_sentence_appears_once_with_gap_pairs() -> None:
    a = [REWRITE_A, BEFORE, UNRELATED, AFTER]
    b = [REWRITE_B, BEFORE, AFTER, UNRELATED]
    groups = align_sentences(a, b)
    assert sorted(i for g in groups for i in g.a) == list(range(len(a)))
    assert sorted(j for g in groups for j in g.b) == list(range(len(b)))
    assert ((0,), (0,)) in [(g.a, g.b) for g in groups]


def test_gap_pairs_mirror_when_equal_chains_tie() -> None:
    # Two repeated sentences placed crosswise: the chain can keep either, and
    # the leftover pair must be found (or not) the same way from both sides.
    x = "Kim met Putin in Pyongyang on Wednesday and signed a defence pact."
    z = "Putin said the two countries would help each other if attacked."
    y = "Kim and Putin were said to have met in Pyongyang on Wednesday."
    a, b = [x, y, z], [x.replace("Wednesday", "Tuesday"), z, x]
    forward = {(g.a, g.b) for g in align_sentences(a, b)}
    backward = {(g.b, g.a) for g in align_sentences(b, a)}
    assert forward == backward


def test_a_quotation_wrapped_in_attribution_aligns_with_the_bare_quotation() -> None:
    bare = "The only working-class people who still have well-paid jobs in London are his members."
    wrapped = (
        "Tributes were led by the former London mayor Ken Livingstone, who said that while "
        'Crow was often demonised by the rightwing press: "The only working-class people who '
        'still have well-paid jobs in London are his members."'
    )
    assert pair_score(bare, wrapped) < GAP_THRESHOLD
    a = [BEFORE, bare, AFTER]
    b = [BEFORE, wrapped, AFTER]
    assert ((1,), (1,)) in _pairs(a, b)
    assert ((1,), (1,)) in _pairs(b, a)


QUOTE_A = [
    "The president spoke in Manila on Monday.",
    '"The goal here is not to go after Mr Putin personally," Obama said.',
    '"The goal is to change his calculus on how his actions hurt Russia’s economy."',
    "Officials will name the targets on Tuesday.",
]
QUOTE_B = [
    "The president spoke in Manila on Monday.",
    "“The goal is not to go after Mr Putin personally.",
    "The goal is to change his calculus on how his actions hurt Russia’s economy,” Obama said.",
    "Officials will name the targets on Tuesday.",
]


def test_a_quotation_attributed_after_another_sentence_is_one_row() -> None:
    for a, b in ((QUOTE_A, QUOTE_B), (QUOTE_B, QUOTE_A)):
        groups = align_sentences(a, b)
        assert [(g.a, g.b) for g in groups] == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
        assert groups[1].full


def test_a_quotation_attributed_alike_stays_sentence_by_sentence() -> None:
    b = [*QUOTE_A[:2], QUOTE_B[2].replace(", Obama said", ""), QUOTE_A[3]]
    b[2] = b[2].replace("”", "")
    groups = align_sentences(QUOTE_A, b)
    assert [(g.a, g.b) for g in groups] == [((k,), (k,)) for k in range(4)]
