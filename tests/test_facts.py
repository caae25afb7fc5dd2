"""Fact extraction and cross-source fact matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts, fact_key
from newsdiff.core.model import Fact, FactKind
from newsdiff.core.text.segment import segment_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def facts_of(*sentences: str) -> list[Fact]:
    return extract_facts(list(sentences))


def texts(facts: list[Fact], kind: FactKind | None = None) -> list[str]:
    return [f.text for f in facts if kind is None or f.kind is kind]


def names(facts: list[Fact]) -> dict[str, FactKind]:
    return {
        f.text: f.kind
        for f in facts
        if f.kind in (FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION, FactKind.NAME)
    }


def only(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    diff = diff_facts(extract_facts(a), extract_facts(b))
    return [f.text for f in diff.only_a], [f.text for f in diff.only_b]


# ---------------------------------------------------------------- extraction: names


def test_sentence_initial_word_alone_is_not_a_name_unless_known_elsewhere() -> None:
    found = names(facts_of("Zelmark said the talks went well.", "Officials agreed."))
    assert "Zelmark" not in found and "Officials" not in found
    # a place or name the word list knows is a name anywhere ("Germany, in command, ...")
    found = names(facts_of("Moscow said the talks went well.", "Germany, in command, agreed."))
    assert "Moscow" in found and "Germany" in found
    # an English word capitalised elsewhere only inside a longer name is no name alone
    found = names(facts_of("Fraud investigators froze it.", "The Serious Fraud Office acted."))
    assert "Fraud" not in found
    found = names(facts_of("Moscow said the talks went well.", "He flew to Moscow."))
    assert found["Moscow"] is FactKind.PLACE


def test_multi_word_name_at_sentence_start_is_a_name() -> None:
    found = names(facts_of("Kim Jong-un invited the president to visit."))
    assert found == {"Kim Jong-un": FactKind.PERSON}


def test_common_opening_words_are_stripped_from_names() -> None:
    found = names(facts_of("Both Russia and China denied it.", "Now Russia finds itself alone."))
    assert set(found) == {"Russia", "China"}


def test_titles_split_off_and_make_a_person() -> None:
    found = names(
        facts_of(
            "He will be joined by Foreign Minister Sergey Lavrov and First Deputy Prime "
            "Minister Denis Manturov, said Russian President Vladimir Putin."
        )
    )
    assert found["Sergey Lavrov"] is FactKind.PERSON
    assert found["Denis Manturov"] is FactKind.PERSON
    assert found["Vladimir Putin"] is FactKind.PERSON
    assert found["Russian"] is FactKind.PLACE  # a demonym stands for its place
    assert not any("Minister" in name or "President" in name for name in found)


def test_lower_case_cues_and_surname_mentions_share_the_person_kind() -> None:
    found = names(
        facts_of(
            "The documents will be signed with leader Kim Jong Un on Wednesday.",
            "Later, Kim spoke to the press.",
            "Kremlin aide Yuri Ushakov said so, and Ushakov added more.",
        )
    )
    assert found["Kim Jong Un"] is FactKind.PERSON
    assert found["Kim"] is FactKind.PERSON
    assert found["Ushakov"] is FactKind.PERSON


def test_organisations_places_and_acronyms_are_typed() -> None:
    found = names(
        facts_of(
            "A spokesman for the Foreign Ministry said NATO and the UN Security Council "
            "would meet in Pyongyang, near the Russian Far East."
        )
    )
    assert found["Foreign Ministry"] is FactKind.ORGANISATION
    assert found["NATO"] is FactKind.ORGANISATION
    assert found["UN Security Council"] is FactKind.ORGANISATION
    assert found["Pyongyang"] is FactKind.PLACE
    assert found["Russian Far East"] is FactKind.PLACE


def test_initials_connectors_possessives_and_glued_words() -> None:
    found = names(
        facts_of(
            "Putin flew to N. Korea, the Democratic People's Republic of Korea, on a visit.",
            "It was Russia's biggest deal, said AndPresident Yoon Suk Yeol of the Bank of England.",
        )
    )
    assert "N. Korea" in found
    assert "Democratic People's Republic of Korea" in found
    assert "Russia" in found  # the possessive ends the name and is dropped
    assert found["Yoon Suk Yeol"] is FactKind.PERSON
    assert "Bank of England" in found


def test_months_weekdays_shouted_words_and_title_case_headlines_are_not_names() -> None:
    found = names(
        facts_of(
            "Putin Travels To North Korea TOMORROW For Friendly State Visit",
            "Officials said Putin will arrive in North Korea on Tuesday, not in June.",
        )
    )
    assert set(found) == {"Putin", "North Korea"}


# ---------------------------------------------------------------- extraction: values


def test_dates_in_many_shapes() -> None:
    facts = facts_of(
        "They met on June 18 and again on 18 June 2024, then on Sept. 13, 2023.",
        "The visit is on Tuesday, after talks in September 2023 and a trip in 2000.",
        "The ties go back to the 1950s.",
    )
    assert texts(facts, FactKind.DATE) == [
        "June 18",
        "18 June 2024",
        "Sept. 13, 2023",
        "Tuesday",
        "September 2023",
        "2000",
        "1950s",
    ]


def test_relative_dates_are_dates_and_verbs_named_like_months_are_not() -> None:
    facts = facts_of(
        "This may include a treaty, he said last month.",
        "They will march tomorrow, and May said so last week.",
    )
    assert texts(facts, FactKind.DATE) == ["last month", "tomorrow", "last week"]


def test_numbers_with_units() -> None:
    facts = facts_of(
        "It comes nine months after a trip 24 years ago, with a 240mm rocket.",
        "Aid of $5 million reached 90% of the 2,000 troops during a two-day visit.",
    )
    assert texts(facts, FactKind.NUMBER) == [
        "nine months",
        "24 years ago",
        "240mm",
        "$5 million",
        "90%",
        "2,000 troops",
        "two-day visit",
    ]


def test_spelled_numbers_need_a_unit_and_codes_are_not_numbers() -> None:
    facts = facts_of(
        "Russia was one of the few countries, and the two symbolically met.",
        "The F-16 jets and T-72B3 tanks arrived, one signed in 1961.",
        "He will stay for one night.",
    )
    assert texts(facts, FactKind.NUMBER) == ["one night"]
    assert texts(facts, FactKind.DATE) == ["1961"]


def test_quotations_of_four_words_or_more() -> None:
    facts = facts_of(
        'The Kremlin called it a "friendly state visit" and a "friendly" one.',
        "Kim said ties had 'developed into an unbreakable relationship' with Putin's Russia.",
        "He called him “the closest friend of the Korean people” and Kim’s ally.",
        "It was the ‘best visit ever’, Putin’s aide said.",
    )
    # "friendly state visit" and "best visit ever" are scare quotes, not statements
    assert texts(facts, FactKind.QUOTE) == [
        "developed into an unbreakable relationship",
        "the closest friend of the Korean people",
    ]


def test_quotation_running_over_a_sentence_end_belongs_to_its_first_sentence() -> None:
    sentences = [s.text for s in segment_text("He said: “We will sign. It is historic,” and left.")]
    assert len(sentences) == 2
    facts = extract_facts(sentences)
    quotes = [f for f in facts if f.kind is FactKind.QUOTE]
    assert [(q.text, q.sentence) for q in quotes] == [("We will sign. It is historic", 0)]


# ---------------------------------------------------------------- matching names


def test_name_spellings_match() -> None:
    a, b = only(
        ["They met Kim Jong Un and Yuri Ushakov in Pyongyang."],
        ["They met KIM JONG UN and Yury Ushakov in Pyongyang.", "Kim Jong-un smiled."],
    )
    assert a == [] and b == []


def test_surname_and_short_forms_match_full_names() -> None:
    a, b = only(
        ["Russian President Vladimir Putin met Kremlin aide Yuri Ushakov."],
        ["In the Kremlin, Putin listened as Ushakov spoke of Russia."],
    )
    assert a == [] and b == []


def test_different_people_with_a_shared_family_name_do_not_match() -> None:
    a, b = only(
        ["He met the leader Kim Jong Un in the capital."],
        ["He once met the leader Kim Jong Il in the capital."],
    )
    assert a == ["Kim Jong Un"] and b == ["Kim Jong Il"]


def test_initials_and_acronyms_match_their_expansions() -> None:
    a, b = only(
        [
            "Putin went to N. Korea with the UN envoy.",
            "He is wanted by the ICC in The Hague.",
        ],
        [
            "Putin went to North Korea with the United Nations envoy.",
            "He is wanted by the International Criminal Court in The Hague.",
            "The U.N. said nothing.",
        ],
    )
    assert a == [] and b == []


def test_demonyms_match_their_places_but_not_lookalikes() -> None:
    a, b = only(
        ["The Russian and Chinese envoys arrived."],
        ["Envoys from Russia and China arrived."],
    )
    assert a == [] and b == []
    # "Australian" is not Austria's; alone, an adjective of origin is no fact to list
    a, b = only(["The Australian envoy arrived."], ["The envoy of Austria arrived."])
    assert a == [] and b == ["Austria"]


def test_run_together_typos_still_match_the_name() -> None:
    a, b = only(
        [
            "Putin hosted North Korean leader Kim Jong Unon a trip.",
            "Western countries and Kyivhave said so.",
        ],
        ["Putin hosted North Korean leader Kim Jong Un on a trip to Kyiv."],
    )
    assert a == [] and b == []


def test_each_distinct_fact_is_reported_once_at_its_fullest_first_form() -> None:
    diff = diff_facts(
        extract_facts(
            [
                "In Moscow, Putin met Foreign Minister Sergey Lavrov.",
                "Later, Lavrov said the talks with Sergey Lavrov's team were good.",
                "It was a friendly state visit, Lavrov said.",
            ]
        ),
        extract_facts(["In Moscow, Putin met reporters."]),
    )
    assert [(f.text, f.kind, f.sentence) for f in diff.only_a] == [
        ("Sergey Lavrov", FactKind.PERSON, 0)
    ]
    assert diff.only_b == ()


# ---------------------------------------------------------------- matching values and quotes


def test_quotations_match_despite_punctuation_case_and_a_few_words() -> None:
    a, b = only(
        ['He said "Several documents will be signed, important ones" on Monday.'],
        ["He said ‘several documents will be signed - important ones’ on Monday."],
    )
    assert a == [] and b == []
    a, b = only(
        ['"The relationship between our countries is friendly and good," he said.'],
        ['"The relationship between our countries is very friendly and good," he said.'],
    )
    assert a == [] and b == []
    a, b = only(
        ['Kim said "we will respond decisively to provocations" in Seoul on Monday.'],
        ['Kim said "the situation will be closely monitored" in Seoul on Monday.'],
    )
    assert a == ["we will respond decisively to provocations"]
    assert b == ["the situation will be closely monitored"]


def test_numbers_compare_by_value_and_unit() -> None:
    a, b = only(
        ["It came nine months after the summit and cost $5 million."],
        ["It came 9 months after the summit and cost $5,000,000."],
    )
    assert a == [] and b == []


def test_number_conflict_in_the_same_slot() -> None:
    diff = diff_facts(
        extract_facts(["It will be his second visit after a trip 24 years ago to meet Kim."]),
        extract_facts(["It is his second visit, after a trip 20 years ago to meet Kim."]),
    )
    assert [(c.a, c.b, c.kind) for c in diff.conflicts] == [
        ("24 years ago", "20 years ago", FactKind.NUMBER)
    ]
    assert diff.only_a == () and diff.only_b == ()  # a conflict is not also only-in-one


def test_spelled_number_conflict() -> None:
    diff = diff_facts(
        extract_facts(["The trip comes nine months after Putin hosted Kim in the Far East."]),
        extract_facts(["The trip comes ten months after Putin hosted Kim in the Far East."]),
    )
    assert [(c.a, c.b) for c in diff.conflicts] == [("nine months", "ten months")]


def test_no_conflict_between_unrelated_numbers_or_different_slots() -> None:
    diff = diff_facts(
        extract_facts(["The war in the east has lasted 3 years, officials said."]),
        extract_facts(["A court jailed the journalist for 5 years on spying charges."]),
    )
    assert diff.conflicts == ()
    assert texts(list(diff.only_a)) == ["3 years"] and texts(list(diff.only_b)) == ["5 years"]
    diff = diff_facts(
        extract_facts(["He made his first trip to meet Kim 24 years ago."]),
        extract_facts(["He made his first trip to meet Kim 20 years later."]),
    )
    assert diff.conflicts == ()


def test_dates_match_when_compatible_and_conflict_in_the_same_slot() -> None:
    a, b = only(
        ["The leaders last met in September at the cosmodrome."],
        ["The leaders last met on Sept. 13, 2023 at the cosmodrome."],
    )
    assert a == [] and b == []
    diff = diff_facts(
        extract_facts(["Putin will travel to North Korea on Tuesday for a rare visit."]),
        extract_facts(["Putin will travel to North Korea on Wednesday for a rare visit."]),
    )
    assert [(c.a, c.b, c.kind) for c in diff.conflicts] == [("Tuesday", "Wednesday", FactKind.DATE)]


def test_plain_facts_are_accepted() -> None:
    a = [Fact("24 years", FactKind.NUMBER, 0), Fact("Vladimir Putin", FactKind.PERSON, 1)]
    b = [Fact("20 years", FactKind.NUMBER, 3), Fact("Putin", FactKind.PERSON, 0)]
    diff = diff_facts(a, b)
    assert [(c.a, c.b, c.a_sentence, c.b_sentence) for c in diff.conflicts] == [
        ("24 years", "20 years", 0, 3)
    ]
    assert diff.only_a == () and diff.only_b == ()


def test_extracted_facts_compare_equal_to_plain_facts() -> None:
    fact = extract_facts(["It came nine months later."])[0]
    assert fact == Fact("nine months later", FactKind.NUMBER, 0)
    assert Fact("nine months later", FactKind.NUMBER, 0) == fact
    assert hash(fact) == hash(Fact("nine months later", FactKind.NUMBER, 0))


def test_fact_key_normalises_but_stays_context_free() -> None:
    def key(text: str, kind: FactKind) -> str:
        return fact_key(Fact(text, kind, 0))

    assert key("Kim Jong Un", FactKind.PERSON) == key("KIM JONG-UN", FactKind.NAME)
    assert key("Yuri Ushakov", FactKind.PERSON) == key("Yury Ushakov", FactKind.PERSON)
    assert key("U.S.", FactKind.ORGANISATION) == key("US", FactKind.PLACE)
    assert key("nine months", FactKind.NUMBER) == key("9 months", FactKind.NUMBER)
    assert key("$5 million", FactKind.NUMBER) == key("$5,000,000", FactKind.NUMBER)
    assert key("Sept. 13, 2023", FactKind.DATE) == key("13 September 2023", FactKind.DATE)
    assert key("“Several documents,” he", FactKind.QUOTE) == key(
        '"several documents" he', FactKind.QUOTE
    )
    # coarser than diff_facts: the surname alone is another key
    assert key("Putin", FactKind.PERSON) != key("Vladimir Putin", FactKind.PERSON)


# ---------------------------------------------------------------- the sample story


def seed_sentences(prefix: str) -> list[str]:
    """Prose paragraphs of a seed article (long lines without photo credits)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    prose = [line for line in lines if len(line.split()) >= 12 and "©" not in line]
    return [s.text for s in segment_text("\n".join(dict.fromkeys(prose)))]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="sample articles not present")
def test_sample_story_delegation_only_in_the_source_that_names_it() -> None:
    tag24 = extract_facts(seed_sentences("000"))
    unnamed = extract_facts(seed_sentences("003"))
    diff = diff_facts(tag24, unnamed)
    only_b = {f.text for f in diff.only_b}
    for member in ("Sergey Lavrov", "Denis Manturov", "Andrey Belousov", "Mikhail Murashko"):
        assert member in only_b
    both = {"Kim Jong-un", "Kim Jong Un", "Yuri Ushakov", "Ushakov", "Putin", "Vladimir Putin"}
    assert not both & ({f.text for f in diff.only_a} | only_b)
    assert "North Korea" not in only_b and "Pyongyang" not in only_b


@pytest.mark.skipif(not SEEDS.is_dir(), reason="sample articles not present")
def test_sample_story_copies_agree_on_shared_numbers() -> None:
    berliner = extract_facts(seed_sentences("001"))
    aggregator = extract_facts(seed_sentences("004"))
    diff = diff_facts(berliner, aggregator)
    assert diff.conflicts == ()
    shared = {"nine months", "24 years ago", "Kim Jong Il", "International Criminal Court"}
    assert not shared & {f.text for f in diff.only_a + diff.only_b}


def test_long_articles_match_themselves_in_any_order() -> None:
    # Speed is measured in benchmarks/, not here.
    given = "Ivan Olga Pavel Nina Oleg Irina Boris Vera Yuri Anna".split()
    family = "Petrov Sidorov Ivanova Orlov Volkov Sokolov Popov Lebedev Kozlov Novikov".split()
    towns = "Tver Omsk Perm Kazan Samara Tomsk Kursk Orel Pskov Vologda".split()
    sentences = [
        f"{given[i % 10]} {family[(i * 7) % 10]}{i % 31} told reporters in {towns[i % 10]} "
        f'that {i % 97} people had been hurt {i % 40} years ago, adding "we will rebuild '
        f'the town number {i}" on Tuesday.'
        for i in range(700)
    ]  # about 20k words
    a = extract_facts(sentences)
    b = extract_facts(sentences[::-1])
    diff = diff_facts(a, b)
    assert diff.only_a == () and diff.only_b == ()


def test_a_source_naming_itself_is_not_a_fact() -> None:
    from newsdiff.core.compare import analyse
    from newsdiff.core.model import Source

    text = (
        "Harbour Gazette - Storm closes the port of Dover\n\n"
        "The port of Dover closed on Monday as Storm Ciaran hit, officials said.\n"
        "Ferry operator P&O told the Harbour Gazette that crossings would resume soon.\n"
    )
    # Named by its masthead: the headline mention is dropped, a later one
    # (the story quoting the outlet) is kept.
    by_file = analyse(Source(id="gazette", outlet="gazette", path="/x/gazette.txt", text=text))
    gazette = [f for f in by_file.facts if "Gazette" in f.text]
    assert [f.sentence for f in gazette] == [2]
    # Named by its manifest outlet: no mention is a fact of the story.
    named = analyse(Source(id="g", outlet="Harbour Gazette (print)", path="/x/g.txt", text=text))
    assert not [f for f in named.facts if "Gazette" in f.text]
    # A file named after a person does not hide that person.
    putin = "Putin - the long road\n\nOn Wednesday Putin met Kim in Pyongyang.\n"
    facts = analyse(Source(id="putin", outlet="putin", path="/x/putin.txt", text=putin)).facts
    assert [f.sentence for f in facts if f.text == "Putin"] == [1]


def test_a_short_sentence_full_of_names_is_not_a_title_case_headline() -> None:
    # Five capitalised words of eight, but "met" is a lower-case verb: prose.
    facts = extract_facts(["President Putin met Kim in Pyongyang on Wednesday."])
    assert {f.text for f in facts} >= {"Putin", "Kim", "Pyongyang", "Wednesday"}


def kinds_of(sentences: list[str]) -> dict[str, FactKind]:
    """Each fact's text with the kind it was given."""
    return {f.text: f.kind for f in extract_facts(sentences)}


def test_countries_are_places_not_people() -> None:
    # Two capitalised words and no cue look like a personal name ("Yuri Ushakov").
    kinds = kinds_of(["Kyiv bought shells from Saudi Arabia and Sri Lanka, Yuri Ushakov said."])
    assert kinds["Saudi Arabia"] is FactKind.PLACE
    assert kinds["Sri Lanka"] is FactKind.PLACE
    assert kinds["Yuri Ushakov"] is FactKind.PERSON


def test_multi_word_cities_and_strips_are_places() -> None:
    kinds = kinds_of(["Rockets hit Tel Aviv and Gaza City as the Gaza Strip burned."])
    assert kinds["Tel Aviv"] is FactKind.PLACE
    assert kinds["Gaza City"] is FactKind.PLACE
    assert kinds["Gaza Strip"] is FactKind.PLACE


def test_a_qualified_name_stands_apart_from_the_name_it_qualifies() -> None:
    # "Kremlin-backed" qualifies "Life News"; "in" speaks of Gaza, not of Hamas.
    kinds = kinds_of(
        [
            "Rockets flew from Hamas-controlled Gaza overnight.",
            "The Kremlin-backed Life News channel showed the launch.",
        ]
    )
    assert {"Hamas", "Gaza", "Kremlin", "Life News"} <= set(kinds)
    assert not any("-" in t for t in kinds if t[0].isalpha())
    assert kinds["Gaza"] is FactKind.PLACE
    assert kinds["Hamas"] is not FactKind.PLACE


def test_a_name_its_members_are_counted_from_is_an_organisation() -> None:
    kinds = kinds_of(
        [
            "Israeli jets struck the homes of wanted Hamas militants.",
            "Islamic Jihad fighters fired rockets, a Hamas official said.",
            "Nothing was hit, Russian officials said.",
        ]
    )
    assert kinds["Hamas"] is FactKind.ORGANISATION
    assert kinds["Islamic Jihad"] is FactKind.ORGANISATION
    assert kinds["Russian"] is FactKind.PLACE  # an adjective of origin, not a group


def test_names_ending_in_an_institution_word_are_organisations() -> None:
    kinds = kinds_of(
        ["Officials at the White House and the United Nations met Delta Air Lines staff."]
    )
    assert kinds["White House"] is FactKind.ORGANISATION
    assert kinds["United Nations"] is FactKind.ORGANISATION
    assert kinds["Delta Air Lines"] is FactKind.ORGANISATION


def test_states_and_provinces_are_places() -> None:
    kinds = kinds_of(["Storms hit Florida and Queensland, then Nova Scotia."])
    assert kinds["Florida"] is FactKind.PLACE
    assert kinds["Queensland"] is FactKind.PLACE
    assert kinds["Nova Scotia"] is FactKind.PLACE


def test_a_quantity_is_read_by_the_unit_right_after_its_number() -> None:
    a = extract_facts(
        [
            "A crucifix killed a 21-year-old man in Cevo.",
            "The 30-metre-high cross fell during a ceremony.",
        ]
    )
    b = extract_facts(
        [
            "A 21-year old man died after the crucifix fell in Cevo.",
            "Part of the 30m-high sculpture fell at a ceremony.",
        ]
    )
    numbers = diff_facts(a, b)
    assert not [f for f in numbers.only_a if f.kind is FactKind.NUMBER]
    assert not [f for f in numbers.only_b if f.kind is FactKind.NUMBER]


def test_a_word_qualifying_the_counted_noun_is_not_the_unit() -> None:
    facts = extract_facts(["Two security guards found two mass graves and 40 armed men."])
    numbers = [f.text for f in facts if f.kind is FactKind.NUMBER]
    assert numbers == ["Two security guards", "two mass graves", "40 armed men"]
    a = extract_facts(["Villagers found two mass graves."])
    b = extract_facts(["Villagers found three graves."])
    (conflict,) = diff_facts(a, b).conflicts
    assert (conflict.a, conflict.b) == ("two mass graves", "three graves")


def test_st_and_mt_with_a_full_stop_stay_inside_the_name() -> None:
    kinds = kinds_of(["He spoke in St. Petersburg before they climbed Mt. Everest."])
    assert kinds == {"St. Petersburg": FactKind.PLACE, "Mt. Everest": FactKind.PLACE}
    same = diff_facts(
        extract_facts(["He flew to St. Petersburg today."]),
        extract_facts(["He flew to St Petersburg today."]),
    )
    assert not same.only_a and not same.only_b


def test_a_number_with_a_thousands_comma_and_a_glued_unit_is_read_whole() -> None:
    facts = extract_facts(["The statue weighs 600kg (1,320lb) and a 5,000lb bomb fell."])
    assert [f.text for f in facts if f.kind is FactKind.NUMBER] == ["600kg", "1,320lb", "5,000lb"]
    assert not [f for f in extract_facts(["Code 1,320xyz here."]) if f.kind is FactKind.NUMBER]


def test_a_person_followed_by_spokesman_or_officials_stays_a_person() -> None:
    kinds = kinds_of(
        [
            "Vladimir Putin arrived in Pyongyang on Tuesday.",
            "On Wednesday, Putin spokesman Dmitry Peskov said the talks went well.",
        ]
    )
    assert kinds["Vladimir Putin"] is FactKind.PERSON
    assert kinds["Putin"] is FactKind.PERSON


def test_two_dozen_is_not_two() -> None:
    a = extract_facts(["Gunmen killed two dozen soldiers near the border."])
    b = extract_facts(["Gunmen killed 24 soldiers near the border."])
    assert not diff_facts(a, b).conflicts


def test_st_closing_a_sentence_does_not_swallow_the_next_one() -> None:
    facts = extract_facts(["A car hit a house on Oak St. Police said nobody was hurt."])
    assert "Oak St. Police" not in {f.text for f in facts}


def test_a_region_that_is_also_a_first_name_is_not_made_a_place() -> None:
    facts = extract_facts(
        ["Victoria Beckham opened the show.", "Later, Victoria said it went well."]
    )
    assert FactKind.PLACE not in {f.kind for f in facts if "Victoria" in f.text}


def test_a_scan_without_quotations_to_score_leaves_rapidfuzz_unloaded() -> None:
    # Importing rapidfuzz costs a one-shot's forked scan ~8 ms: the name matching
    # computes its ratios itself, and only scoring a quotation loads it.
    import subprocess
    import sys

    code = (
        "import sys; from newsdiff.core import compare as C;"
        f"a, b = (open(p, encoding='utf-8').read() for p in {[str(p) for p in _pair()]!r});"
        "sa, sb = C._as_source(a, 'a'), C._as_source(b, 'b');"
        "s = C._scan(sa, sb, C._sentences(sa).texts, C._sentences(sb).texts);"
        "print(len(s[2].only_a) > 0, 'rapidfuzz' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def _pair() -> tuple[Path, Path]:
    return next(SEEDS.glob("001_*.txt")), next(SEEDS.glob("004_*.txt"))
