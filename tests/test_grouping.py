"""Automatic story grouping, and the outlet/headline/date guesses it relies on."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from newsdiff.core.model import Source
from newsdiff.core.stories import grouping
from newsdiff.core.stories.corpus import read_source
from newsdiff.core.stories.edit import unique_slug
from newsdiff.core.stories.grouping import content_terms, group_sources
from newsdiff.core.stories.outlets import (
    common_date,
    find_dates,
    guess_date,
    guess_headline,
    guess_outlet,
    strip_masthead,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

IZMIR = [
    (
        "ankara-daily",
        "Ankara Daily - Strong earthquake strikes Izmir, killing at least 12\n\n"
        "A magnitude 6.4 earthquake struck near the Turkish city of Izmir on March 3, 2021, "
        "killing at least 12 people and toppling several apartment blocks in the Bayrakli "
        "district, the disaster agency AFAD said.\n"
        "Rescuers pulled survivors from the rubble of a collapsed building in Bayrakli while "
        "aftershocks rattled the Aegean coast, AFAD said.\n"
        "Interior Minister Suleyman Soylu said 419 people were injured and that search teams "
        "from Ankara and Istanbul had been flown to Izmir overnight.\n",
    ),
    (
        "wire",
        "Quake kills 12 in Turkey's Izmir, buildings collapse\n\n"
        "IZMIR, Turkey (Reuters) - A magnitude 6.4 earthquake hit the Aegean city of Izmir on "
        "March 3, 2021, collapsing apartment blocks in Bayrakli and killing at least 12 people, "
        "Turkey's AFAD disaster agency said.\n"
        "Interior Minister Suleyman Soylu told reporters that 419 people had been injured and "
        "that rescuers were searching the rubble of the Bayrakli buildings for survivors.\n"
        "Aftershocks shook the coast through the night as families slept in the streets "
        "of Izmir.\n",
    ),
    (
        "morning-post",
        "Izmir earthquake: 12 dead as rescuers search rubble\n\n"
        "By Ayse Demir for the Morning Post\n"
        "At least 12 people died when a magnitude 6.4 earthquake shook Izmir on March 3, 2021, "
        "bringing down apartment blocks in the Bayrakli district, according to AFAD.\n"
        "Suleyman Soylu, the interior minister, said 419 people were hurt; rescuers from Ankara "
        "and Istanbul worked through the night in Bayrakli as aftershocks hit the Aegean coast.\n",
    ),
]
LIMA = (
    "lima-times",
    "Strong earthquake strikes Peru, killing at least 40\n\n"
    "A magnitude 7.1 earthquake struck near the Peruvian capital Lima on October 9, 2022, "
    "killing at least 40 people and toppling several houses in the Callao district, the civil "
    "defence institute INDECI said.\n"
    "Rescuers pulled survivors from the rubble of collapsed homes in Callao while aftershocks "
    "rattled the Pacific coast, INDECI said.\n"
    "Prime Minister Anibal Torres said 230 people were injured and that search teams from Cusco "
    "and Arequipa had been flown to Lima overnight.\n",
)


def _source(sid: str, text: str) -> Source:
    return Source(id=sid, outlet=sid, path=f"/corpus/{sid}.txt", text=text)


def _grouping(stories: list) -> set[frozenset[str]]:
    return {frozenset(s.id for s in story.sources) for story in stories}


def test_same_event_from_three_outlets_joins_and_lookalike_quake_stays_apart() -> None:
    sources = [_source(sid, text) for sid, text in [*IZMIR, LIMA]]
    stories = group_sources(sources)
    assert _grouping(stories) == {
        frozenset({"ankara-daily", "wire", "morning-post"}),
        frozenset({"lima-times"}),
    }
    assert stories[0].date == "2021-03-03"
    assert stories[1].date == "2022-10-09"


def test_two_trials_of_the_same_person_on_different_dates_stay_apart() -> None:
    template = (
        "{head}\n\n"
        "Former mayor Viktor Halas appeared before the Central District Court in Brno on {day}, "
        "where judge Petra Novak heard the case against him over the sale of city land.\n"
        "Prosecutors say Halas took bribes from the developer Marek Stary; Halas denies it and "
        "his lawyer Jan Dvorak said the court would find him innocent.\n"
        "{extra}\n"
    )
    first = [
        template.format(
            head=f"Ex-mayor Halas goes on trial over land sale ({n})",
            day="January 12, 2019",
            extra="The trial opened with the reading of the indictment and is set to last a week.",
        )
        for n in (1, 2)
    ]
    second = template.format(
        head="Ex-mayor Halas back in court in second bribery trial",
        day="June 3, 2023",
        extra="It is his second trial; an appeal court overturned the first verdict last year.",
    )
    sources = [_source("a1", first[0]), _source("a2", first[1]), _source("b", second)]
    assert _grouping(group_sources(sources)) == {frozenset({"a1", "a2"}), frozenset({"b"})}


def test_grouping_is_deterministic_under_shuffled_input() -> None:
    sources = [_source(sid, text) for sid, text in [*IZMIR, LIMA]]
    expected = group_sources(sources)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = sources[:]
        rng.shuffle(shuffled)
        assert group_sources(shuffled) == expected


def test_story_fields_titles_ids_outlets_and_order() -> None:
    sources = [_source(sid, text) for sid, text in [*IZMIR, LIMA]]
    stories = group_sources(sources)
    big, single = stories
    assert len(big.sources) == 3 and len(single.sources) == 1
    # The title is one of the member headlines, masthead removed; the id is its slug.
    headlines = {guess_headline(text) for _, text in IZMIR}
    assert big.title in headlines
    assert "Ankara Daily" not in big.title
    assert big.id == unique_slug(big.title, set())
    assert single.title == "Strong earthquake strikes Peru, killing at least 40"
    assert single.id == "strong-earthquake-strikes-peru-killing-at-least-40"
    outlets = {s.id: s.outlet for s in big.sources}
    assert outlets == {
        "ankara-daily": "Ankara Daily",
        "wire": "Reuters",
        "morning-post": "The Morning Post",
    }
    assert single.sources[0].outlet == "lima-times"  # nothing in the text: the file stem


def test_story_slugs_are_unique_and_bounded() -> None:
    used: set[str] = set()
    assert unique_slug("Storm warning!", used) == "storm-warning"
    assert unique_slug("Storm: warning?", used) == "storm-warning-2"
    assert unique_slug("¿¡!", used) == "story"
    assert len(unique_slug("word " * 40, used)) <= 60


def test_empty_input_gives_no_stories() -> None:
    assert group_sources([]) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_articles_are_one_story() -> None:
    sources = [read_source(path) for path in sorted(SEEDS.glob("*.txt"))]
    stories = group_sources(sources)
    assert len(stories) == 1
    assert len(stories[0].sources) == len(sources)
    assert "Putin" in stories[0].title


def test_sparse_similarities_equal_brute_force_cosine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocking by rare terms plus the exact completion loses no linked pair."""
    rng = random.Random(3)
    words = [f"w{k}" for k in range(60)]
    texts = []
    for _ in range(40):
        lines = [" ".join(rng.choice(words[: rng.choice((10, 60))]) for _ in range(8))]
        lines += [" ".join(rng.choice(words) for _ in range(12)) for _ in range(3)]
        texts.append("\n".join(lines))
    # A small RARE_DF sends most terms down the "common" path too.
    monkeypatch.setattr(grouping, "RARE_DF", 4)
    vocabulary: dict[str, int] = {}
    articles = [
        grouping._describe(_source(f"s{k:02d}", t), vocabulary) for k, t in enumerate(texts)
    ]
    got = {(i, j): sim for i, j, sim in grouping._similar_pairs(articles, len(vocabulary))}

    counts = np.zeros((len(articles), len(vocabulary)))
    for r, a in enumerate(articles):
        counts[r, a.term_ids] = a.counts
        assert dict(zip(a.term_ids.tolist(), a.counts.tolist(), strict=True)) == {
            vocabulary[t]: c for t, c in content_terms(texts[r]).items()
        }
    df = (counts > 0).sum(axis=0)
    idf = np.log((len(articles) + 1) / (df + 1)) + 1
    weights = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0) * idf
    weights /= np.linalg.norm(weights, axis=1, keepdims=True)
    sims = weights @ weights.T
    rare = df <= 4
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            rare_share = float((weights[i] * weights[j] * rare).sum())
            if sims[i, j] >= grouping.EDGE_FLOOR and rare_share >= grouping.RARE_SHARE_FLOOR:
                assert (i, j) in got
            if (i, j) in got:
                assert got[(i, j)] == pytest.approx(sims[i, j])
                assert got[(i, j)] >= grouping.EDGE_FLOOR


def test_two_tight_lookalike_groups_loosely_tied_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cross similarity above the threshold but far below each group's own: two events."""
    inside = [(0, 1, 0.6), (0, 2, 0.55), (1, 2, 0.65), (3, 4, 0.5), (3, 5, 0.6), (4, 5, 0.55)]
    # Every cross pair shares the vocabulary of the kind of event (0.12 > LINK_THRESHOLD).
    cross = [(i, j, 0.12) for i in range(3) for j in range(3, 6)]
    edges = inside + cross
    assert grouping.LINK_THRESHOLD <= 0.12
    assert sorted(grouping._average_link(6, edges)) == [[0, 1, 2], [3, 4, 5]]
    monkeypatch.setattr(grouping, "COHESION_SHARE", 0.0)
    assert sorted(grouping._average_link(6, edges)) == [[0, 1, 2, 3, 4, 5]]


def test_cohesion_rule_does_not_stop_a_loose_group_growing() -> None:
    # A loose story (members 0.2 alike) still takes an article 0.15 alike to each.
    edges = [(0, 1, 0.2), (0, 2, 0.15), (1, 2, 0.15)]
    assert grouping._average_link(3, edges) == [[0, 1, 2]]


def test_lone_article_joins_the_story_it_clearly_matches_best() -> None:
    clusters = [[0, 1, 2], [3, 4], [5], [6]]
    # 5 matches story {0,1,2} (0.12) far better than {3,4} (0.03): adopted.
    # 6 matches both stories about as well: stays alone, no guess.
    edges = [(0, 5, 0.12), (3, 5, 0.03), (1, 6, 0.12), (4, 6, 0.11), (0, 1, 0.5)]
    assert grouping._adopt_loners(clusters, edges) == [[0, 1, 2, 5], [3, 4], [6]]
    # Two loners matching only each other are not made a story here.
    assert grouping._adopt_loners([[0], [1]], [(0, 1, 0.12)]) == [[0], [1]]


def test_lone_article_with_only_a_weak_match_stays_alone() -> None:
    # Below LINK_THRESHOLD a lone match is a shared topic, not shared facts.
    clusters = [[0, 1], [2]]
    weak = grouping.LINK_THRESHOLD * 0.9
    assert grouping._adopt_loners(clusters, [(0, 1, 0.5), (0, 2, weak)]) == [[0, 1], [2]]


def test_weak_pairs_beyond_both_articles_closest_are_dropped() -> None:
    k = grouping.NEIGHBOURS
    hub = 0
    # Article 0 has k strong-ish partners (1..k) and one weaker one (k+1);
    # k+1 also has k closer partners of its own (k+2..2k+1).
    edges = [(hub, j, 0.15) for j in range(1, k + 1)]
    edges.append((hub, k + 1, 0.11))
    edges += [(k + 1, j, 0.14) for j in range(k + 2, 2 * k + 2)]
    kept = grouping._closest_pairs(2 * k + 2, edges)
    assert (hub, k + 1, 0.11) not in kept
    assert len(kept) == len(edges) - 1
    # A pair at STRONG_LINK is kept however many closer pairs its articles have.
    strong = (hub, k + 1, grouping.STRONG_LINK)
    edges[k] = strong
    assert strong in grouping._closest_pairs(2 * k + 2, edges)
    # An article with fewer than k pairs keeps all of them.
    assert grouping._closest_pairs(3, [(0, 1, 0.08), (1, 2, 0.09)]) == [(0, 1, 0.08), (1, 2, 0.09)]


def test_content_terms_repair_mojibake() -> None:
    # UTF-8 read as cp1252 splits words into junk terms ("doesnâ") that tie
    # every page of one broken site together.
    terms = content_terms(
        "Title\n\nThe minister doesn\u00e2\u20ac\u2122t know the caf\u00c3\u00a9 owner."
    )
    assert "doesn’t" in terms and "café" in terms
    assert not any("â" in t or "Ã" in t for t in terms)
    # Real accented text is left as it is, also where it looks like mojibake
    # ("ß" then a closing quote is two characters, not one).
    assert "señor" in content_terms("Title\n\nThe señor met the café owner in Málaga today.")
    assert "groß" in content_terms("Titel\n\nDer Andrang war „sehr groß“ am Montag.")


def test_boilerplate_heavy_page_still_groups_with_its_event() -> None:
    chrome = "\n".join(
        [
            "Accept all cookies to continue browsing our website and partner offers",
            "Home | World | Business | Sport | Culture | Travel | Weather | Video",
            "Most read: Celebrity chef opens a new restaurant in the old harbour district",
            "Most read: Local council approves budget for new cycle lanes next spring",
            "Most read: Football club signs young striker on a five year contract",
            "Subscribe to our newsletter for the best stories delivered every morning",
            "Share this article on social media with your friends and your family",
            "Follow us on all the usual platforms for breaking news and live updates",
        ]
    )
    heavy = (
        "Izmir earthquake latest\n"
        f"{chrome}\n"
        "A magnitude 6.4 earthquake struck Izmir, the AFAD disaster agency said, and rescuers "
        "searched collapsed apartment blocks in Bayrakli for survivors.\n"
        f"{chrome}\n"
    )
    sources = [_source(sid, text) for sid, text in [*IZMIR, LIMA, ("portal", heavy)]]
    grouped = _grouping(group_sources(sources))
    assert frozenset({"ankara-daily", "wire", "morning-post", "portal"}) in grouped
    assert frozenset({"lima-times"}) in grouped


def test_content_terms_skip_tickers_and_repeated_lines() -> None:
    text = (
        "Putin to visit North Korea\n"
        "RBGPF 100% 55.646 $\n"
        "Russian President Vladimir Putin will travel to North Korea on Tuesday.\n"
        "Russian President Vladimir Putin will travel to North Korea on Tuesday.\n"
    )
    terms = content_terms(text)
    assert "rbgpf" not in terms
    assert terms["putin"] == 3  # twice for the headline, once for the (deduplicated) line
    assert "vladimir_putin" in terms and "the" not in terms
    assert terms["korea"] == 3


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Berliner Tageblatt - Putin to visit N. Korea as Kremlin floats treaty\n\nBody.",
            "Berliner Tageblatt",
        ),
        ("Putin lands in Pyongyang for rare visit | The Guardian\n\nBody.", "The Guardian"),
        (
            "Putin lands in Pyongyang\n\nMOSCOW (Reuters) - Russian President Vladimir Putin...",
            "Reuters",
        ),
        ("Gaza evacuation\n\nGAZA CITY, Gaza Strip (AP) — Thousands of residents fled.", "AP"),
        ("Headline here\nBy Jon Smith for the Guardian\nBody text follows.", "The Guardian"),
        (
            "Headline here\nBody.\nCopyright 2014 The Associated Press. All rights reserved.",
            "The Associated Press",
        ),
        ("UPDATE 2 - Stocks fall sharply on rate fears\n\nBody.", ""),
        ("Ukraine crisis: Putin has caught the west napping again\n\nBody.", ""),
        ("Headline here\nBody.\n© Alexey NIKOLSKY / SPUTNIK / AFP", ""),
        ("Headline here\nBy Jane Doe, Staff Writer\nBody.", ""),
        ("NASA adds planets\n\nCAPE CANAVERAL (Florida) — Scientists added planets.", ""),
        ("Ottawa weighs its options on Russia - National\n\nBody.", ""),
        ("Putin arrives in North Korea for rare visit - The National\n\nBody.", "The National"),
    ],
)
def test_guess_outlet(text: str, outlet: str) -> None:
    assert guess_outlet(text) == outlet


def test_guess_headline_and_masthead() -> None:
    assert guess_headline("\n\n  Berliner Tageblatt - Putin to visit N. Korea  \nBody") == (
        "Putin to visit N. Korea"
    )
    assert strip_masthead("Putin lands in Pyongyang for visit - BBC News") == (
        "Putin lands in Pyongyang for visit"
    )
    long_first_line = " ".join(["word"] * 40)
    assert guess_headline(long_first_line) == ""
    assert guess_headline("") == ""


def test_find_and_guess_dates() -> None:
    text = "On Sept. 13, 2023 they met; on 17 June 2024 he flew; see 2024-06-18 and June 31, 2024."
    assert find_dates(text) == ["2023-09-13", "2024-06-17", "2024-06-18"]
    assert guess_date(text) == "2024-06-18"
    # A date line near the top is the publication date, whatever else is mentioned.
    assert guess_date("Headline\nPublished 3 May 2014\nIn June 2014 the vote...") == "2014-05-03"
    # A birth date in an obituary is not the article's date: 2012 is the latest year named.
    assert guess_date("He was born on July 19, 1922. He ran for president in 2012.") == ""
    assert guess_date("The vote planned for May 2014 was postponed.") == "2014-05"
    assert guess_date("No dates here at all.") == ""


def test_common_date_prefers_agreement_then_earliest() -> None:
    assert common_date(["2024-06-17", "2024-06-18", "2024-06-17", "2024-06"]) == "2024-06-17"
    assert common_date(["2024-06-18", "2024-06-17"]) == "2024-06-17"
    assert common_date(["2024-06"]) == "2024-06"
    assert common_date([]) == ""


def test_dates_in_photo_captions_are_not_the_article_date() -> None:
    text = (
        "Putin to visit North Korea (2024)\n"
        "This picture taken on May 10, 2024 and released on May 11, 2024 shows Kim Jong Un.\n"
        "1 of 12. Soldiers march in Pyongyang, April 25, 2024.\n"
        "Putin and Kim last met in September 2023 at a space centre in Russia's far east.\n"
    )
    assert guess_date(text) == ""
    assert guess_date(text + "The visit was announced on June 17, 2024.\n") == "2024-06-17"


def test_story_date_ignores_background_dates_older_than_the_story() -> None:
    common = "Putin will travel to Pyongyang for talks with Kim Jong Un on a treaty.\n"
    sources = [
        _source("a", "Putin to visit Pyongyang\n" + common + "They met in September 2023.\n"),
        _source(
            "b",
            "Putin heads to Pyongyang\n" + common + "It is his first trip since 2000; "
            "the treaty may be signed in 2024.\n",
        ),
    ]
    stories = group_sources(sources)
    assert len(stories) == 1
    assert stories[0].date == ""  # September 2023 is background: b names 2024


def test_a_wire_story_carried_by_more_outlets_than_rare_df_stays_one_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past RARE_DF copies every term of the story is "common" and proposes no
    # pair; 100 copies made one story and 101 made 56 (issue 18). A small
    # RARE_DF shows the same at a size a unit test can afford.
    monkeypatch.setattr(grouping, "RARE_DF", 10)
    story = (SEEDS / "001_f510fac3791cd359.txt").read_text(encoding="utf-8").splitlines()
    other = (SEEDS / "000_c92a4f9a13c88254.txt").read_text(encoding="utf-8")
    sources = [
        _source(f"c{k:02d}", "\n".join([story[0], f"Carried by outlet {k} today", *story[1:]]))
        for k in range(30)
    ]
    stories = group_sources([*sources, _source("other", other)])
    assert len(stories) == 2
    assert len(stories[0].sources) == 30
    assert [s.id for s in stories[1].sources] == ["other"]


def test_copy_prefixes_find_every_pair_at_copy_similarity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pair of cosine >= COPY_LINK shares a term of both copy prefixes."""
    rng = random.Random(5)
    words = [f"w{k}" for k in range(30)]
    # Four overlapping topics of seven words, so pairs range from unrelated to copies.
    texts = []
    for _ in range(60):
        topic = rng.randrange(4) * 6
        texts.append(" ".join(rng.choice(words[topic : topic + 7]) for _ in range(30)))
    monkeypatch.setattr(grouping, "RARE_DF", 2)  # nearly every term common
    monkeypatch.setattr(grouping, "RARE_SHARE_FLOOR", 1.0)  # rare terms propose nothing
    vocabulary: dict[str, int] = {}
    articles = [
        grouping._describe(_source(f"s{k:02d}", t), vocabulary) for k, t in enumerate(texts)
    ]
    got = {(i, j) for i, j, _ in grouping._similar_pairs(articles, len(vocabulary))}
    counts = np.zeros((len(articles), len(vocabulary)))
    for r, a in enumerate(articles):
        counts[r, a.term_ids] = a.counts
    df = (counts > 0).sum(axis=0)
    idf = np.log((len(articles) + 1) / (df + 1)) + 1
    weights = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0) * idf
    weights /= np.linalg.norm(weights, axis=1, keepdims=True)
    sims = weights @ weights.T
    want = {
        (i, j)
        for i in range(len(articles))
        for j in range(i + 1, len(articles))
        if sims[i, j] >= grouping.COPY_LINK + 1e-9
    }
    assert len(want) > 50, len(want)
    assert want <= got
