"""Independent write-ups: sentences that state one claim in other words line up."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.align.claims import Weights
from newsdiff.core.align.sentences import CLAIM_MIN_SPECIFIC, align_sentences
from newsdiff.core.align.split_claims import SPLIT_COVER, SPLIT_PART, split_claims
from newsdiff.core.compare import compare
from newsdiff.core.model import Closeness, RowKind, Source
from newsdiff.core.words.paraphrases import related_keys

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed(name: str) -> Source:
    path = SEEDS / name
    return Source(id=path.stem, outlet=path.stem, path=str(path), text=path.read_text("utf-8"))


def _aligned_texts(a: str, b: str) -> list[tuple[str, str, Closeness]]:
    c = compare(_seed(a), _seed(b))
    return [(c.a.row_text(r.a), c.b.row_text(r.b), r.closeness) for r in c.rows if r.a and r.b]


def test_a_sentence_rewritten_as_two_is_one_row() -> None:
    # Berliner Tageblatt's one sentence is two in Krone's translation.
    rows = _aligned_texts("001_f510fac3791cd359.txt", "002_4adc5c33957447b1.txt")
    [(a, b, _)] = [row for row in rows if "second visit" in row[0]]
    assert "24 years ago" in a
    assert "second visit" in b and "Shortly after taking office" in b


def test_travel_on_to_vietnam_is_aligned() -> None:
    rows = _aligned_texts("001_f510fac3791cd359.txt", "002_4adc5c33957447b1.txt")
    [(_, b, closeness)] = [row for row in rows if "Vietnam" in row[0]]
    assert "Putin will travel to Vietnam" in b
    assert closeness is Closeness.FULL


def test_a_concert_in_his_honour_is_aligned() -> None:
    rows = _aligned_texts("000_c92a4f9a13c88254.txt", "003_e725108744faafc6.txt")
    [(_, b, _)] = [row for row in rows if "concert in his honor" in row[0]]
    assert "state concert being held in honor of his visit" in b


UNRELATED_A = [
    "The city council voted on Monday to close the old library on Elm Street.",
    "Residents protested outside the town hall, saying the building is a landmark.",
    "The mayor said the library would reopen in a new building next year.",
    "Budget cuts of 2 million dollars forced the decision, officials said.",
]
UNRELATED_B = [
    "Heavy rain flooded farmland across the southern province on Tuesday.",
    "Thousands of cattle were moved to higher ground as rivers burst their banks.",
    "Weather officials said more storms were expected later in the week.",
    "The government promised emergency aid for farmers who lost their crops.",
]


def test_unrelated_articles_align_nothing() -> None:
    assert not [g for g in align_sentences(UNRELATED_A, UNRELATED_B) if g.a and g.b]
    assert not [g for g in align_sentences(UNRELATED_B, UNRELATED_A) if g.a and g.b]


def test_sentences_sharing_only_a_name_stay_apart() -> None:
    a = ["President Bashar al-Assad's forces shelled the northern town of Idlib overnight."]
    b = ["Bashar al-Assad registered on Monday as a candidate in the June election."]
    assert not [g for g in align_sentences(a, b) if g.a and g.b]


def test_a_claim_inside_a_longer_sentence_is_a_partial_row() -> None:
    short = "The hotel in Aleppo was destroyed by a huge explosion on Thursday."
    longer = (
        "A huge explosion destroyed a hotel in Aleppo on Thursday, while rebels in the south "
        "seized three villages, activists reported, and talks in Geneva broke down over "
        "the release of prisoners held by both government and opposition forces."
    )
    c = compare("Opening line about nothing else.\n\n" + short, longer)
    [row] = [r for r in c.rows if r.a and r.b]
    assert row.closeness is Closeness.PARTIAL


def test_a_reworded_statement_is_a_full_row() -> None:
    a = "Moscow said Putin will travel on to Vietnam from North Korea."
    b = "Following his stay in North Korea, Putin will travel to Vietnam for a visit."
    c = compare(a, b)
    [row] = [r for r in c.rows if r.a and r.b]
    assert row.closeness is Closeness.FULL
    assert row.kind in (RowKind.CHANGED, RowKind.MOVED)


def test_coverage_weighs_rare_words_over_topic_words() -> None:
    # "Putin" is in every sentence: sharing it covers little; "Vietnam" covers a lot.
    a = ["Putin will visit Vietnam.", "Putin met Kim.", "Putin spoke."]
    b = ["Putin arrives in Vietnam.", "Putin left.", "Putin waved."]
    w = Weights(a, b)
    assert w.coverage((0,), (0,)).low > 2 * w.coverage((1,), (1,)).low


def test_wordnet_relates_derivations_and_synonyms() -> None:
    assert "invitation" in related_keys("invit")  # invite, invited -> invitation
    assert "journey" in related_keys("travel")
    assert related_keys("xqzzy") == frozenset()


def test_one_sided_rows_advance_through_both_articles_together() -> None:
    groups = align_sentences(UNRELATED_A, UNRELATED_B)
    sides = ["a" if g.a else "b" for g in groups]
    assert sides == ["a", "b"] * 4
    assert [g.a or g.b for g in groups] == [(k,) for k in range(4) for _ in "ab"]


def test_one_sided_rows_interleave_between_anchors() -> None:
    shared = "The council met on Monday to vote on the new bridge over the river."
    a = [shared, *UNRELATED_A[:2]]
    b = [shared, *UNRELATED_B]
    groups = align_sentences(a, b)
    assert (groups[0].a, groups[0].b) == ((0,), (0,))
    order = [("a", g.a[0]) if g.a else ("b", g.b[0]) for g in groups[1:]]
    # Two A sentences against four B sentences: each A one after two of B's
    # at most, never all of one side first.
    assert order == [("b", 1), ("a", 1), ("b", 2), ("b", 3), ("a", 2), ("b", 4)]


# The story's words ("Obama", "new", "sanctions", "Russia", "Ukraine",
# "economy") run through both articles; the first two sentences share only them.
TOPIC_A = [
    "Obama to announce new sanctions against Russia's economy over Ukraine.",
    "The new sanctions target Russian banks and the economy, Obama said in Manila.",
    "Russia called Obama's new sanctions on Ukraine's economy unlawful.",
    "European diplomats will discuss Ukraine and sanctions against Russia on Friday.",
]
TOPIC_B = [
    "Germany's chancellor flew to Warsaw for new talks with Obama on the economy.",
    "Critics said new sanctions on Russia's economy would not change Obama's view of Ukraine.",
    "Moscow warned new sanctions on Russia would backfire on the economy as Ukraine talks stalled.",
    "Obama's aides said Russia faced more sanctions if Ukraine's crisis deepened.",
]


def test_specific_weight_counts_only_words_of_a_sentence_or_two() -> None:
    w = Weights(TOPIC_A, TOPIC_B)
    topic_only = w.coverage((0,), (1,))
    assert topic_only.shared > 0.8 and topic_only.specific == 0.0
    # "Friday" and "talks" are each in one sentence a side.
    more = Weights([*TOPIC_A, "Talks resume on Friday."], TOPIC_B)
    assert more.coverage((4,), (2,)).specific > 0


def test_sentences_sharing_only_the_story_s_words_stay_apart() -> None:
    for a, b in ((TOPIC_A, TOPIC_B), (TOPIC_B, TOPIC_A)):
        assert not [g for g in align_sentences(a, b) if g.a and g.b]


def test_two_headlines_sharing_only_the_story_s_words_align() -> None:
    # Both open their articles: their place vouches for what their words share.
    a = ["Syrian rebels to abandon Homs district in deal", *UNRELATED_A]
    b = ["Rebels evacuated from Homs, cradle of Syrian uprising", *UNRELATED_B]
    for k in (1, 2):  # the story's words: in three sentences a side
        a[k] += " Rebels in Homs and Syrian troops agreed."
        b[k] += " Homs rebels and the Syrian army talked."
    [row] = [g for g in align_sentences(a, b) if g.a and g.b]
    assert (row.a, row.b) == ((0,), (0,))


CONTINUED_A = [
    "Ukraine's prime minister, who visited Odessa on Sunday, blamed the deaths on "
    'what he called "inefficient" police who did nothing.',
    *UNRELATED_A,
]
CONTINUED_B = [
    "The prime minister told the BBC that the Odessa security forces were responsible "
    "for the deaths.",
    '"I personally blame the security services and the law enforcement office, which did '
    'nothing while the city burned," he said. "They are inefficient."',
    *UNRELATED_B,
]


def test_a_claim_carried_on_in_the_next_sentence_joins_its_row() -> None:
    for a, b, own, other in (
        (CONTINUED_A, CONTINUED_B, "a", "b"),
        (CONTINUED_B, CONTINUED_A, "b", "a"),
    ):
        [row] = [g for g in align_sentences(a, b) if g.a and g.b]
        sides = {"a": row.a, "b": row.b}
        assert sides[own] == (0,) and sides[other] == (0, 1)


def test_a_neighbour_sharing_only_a_word_used_elsewhere_stays_out() -> None:
    b = [*CONTINUED_B[:3], "Critics blamed the inefficient ministry for doing nothing."]
    [row] = [g for g in align_sentences(CONTINUED_A, b) if g.a and g.b]
    assert (row.a, row.b) == ((0,), (0,))


def test_a_sentence_condensing_two_is_one_row() -> None:
    # The unnamed outlet states in one sentence what TAG24 says in two in a
    # row (documents to be signed, per Ushakov; a strategic partnership one).
    rows = _aligned_texts("000_c92a4f9a13c88254.txt", "003_e725108744faafc6.txt")
    [(a, _, closeness)] = [row for row in rows if "number of documents" in row[1]]
    assert "Several documents will be signed" in a
    assert '"strategic partnership" document' in a
    assert closeness is Closeness.PARTIAL


def test_two_neighbours_each_touching_a_short_sentence_are_no_row() -> None:
    a = [
        "Storm hits the coast.",
        "The river burst its banks near the old mill.",
        "Farmers moved their cattle to higher fields.",
        "Roads reopened on Friday.",
    ]
    b = [
        "Storm hits the coast.",
        "Cattle were moved as the mill flooded.",
        "Roads reopened on Friday.",
    ]
    weights = Weights(a, b)
    anchors = [((0,), (0,)), ((3,), (2,))]
    # The two carry most of it, but share too little with it to be its claims.
    assert weights.coverage((1, 2), (1,)).cover_b > SPLIT_COVER
    assert split_claims(weights, anchors, [1, 2], [1], CLAIM_MIN_SPECIFIC) == []
    assert [g for g in align_sentences(a, b) if len(g.a) + len(g.b) == 3] == []


def test_a_common_word_is_no_sentence_s_part_of_a_condensed_claim() -> None:
    a = [
        "Report finds torture in Syrian jails.",
        "Many detainees died after beatings by prison guards, the report says.",
        "The conflict has killed more than 150,000 people, it adds.",
        "The government denied the findings.",
    ]
    b = [
        "Report finds torture in Syrian jails.",
        "Detainees died during the conflict.",
        "The government denied the findings.",
    ]
    weights = Weights(a, b)
    anchors = [((0,), (0,)), ((3,), (2,))]
    # "conflict" is a fifth of the short sentence, but only that one word.
    assert weights.coverage((2,), (1,)).cover_b > SPLIT_PART
    assert weights.coverage((1, 2), (1,)).cover_b > 0.9
    assert split_claims(weights, anchors, [1, 2], [1], CLAIM_MIN_SPECIFIC) == []
    assert [g for g in align_sentences(a, b) if len(g.a) + len(g.b) == 3] == []
