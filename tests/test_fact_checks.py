"""One-source facts a fact-checker can trust: whole facts, no group words, titles off names."""

from __future__ import annotations

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts
from newsdiff.core.model import FactKind


def only(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    diff = diff_facts(extract_facts(a), extract_facts(b))
    return [f.text for f in diff.only_a], [f.text for f in diff.only_b]


def kinds_of(sentences: list[str]) -> dict[str, FactKind]:
    return {f.text: f.kind for f in extract_facts(sentences)}


def test_group_and_nationality_words_are_not_listed() -> None:
    a, _ = only(
        [
            "Republicans and Democrats argued, and Swedish and Polish envoys left.",
            "Sunni Muslim leaders met Russians in Damascus.",
        ],
        ["The talks in Damascus ended."],
    )
    assert a == []


def test_a_place_its_adjective_joined_stands_for_the_entity() -> None:
    a, _ = only(["The Swedish envoy said Sweden would help."], ["Nothing was said."])
    assert a == ["Sweden"]


def test_hyphenated_titles_are_taken_off_the_name() -> None:
    kinds = kinds_of(["It was U.N. Secretary-General Ban Ki-moon who spoke."])
    assert kinds.get("Ban Ki-moon") is FactKind.PERSON
    assert "Secretary-General Ban Ki-moon" not in kinds


def test_organisation_names_run_over_for_and_match_their_acronym() -> None:
    facts = kinds_of(
        ["The Organisation for the Prohibition of Chemical Weapons said it had help.",
         "Later the Syrian Observatory for Human Rights reported more."]
    )  # fmt: skip
    assert facts["Organisation for the Prohibition of Chemical Weapons"] is FactKind.ORGANISATION
    assert "Syrian Observatory for Human Rights" in facts
    a, b = only(
        ["The OPCW said so."],
        ["The Organization for the Prohibition of Chemical Weapons said so."],
    )
    assert a == [] and b == []


def test_common_noun_abbreviations_are_not_names() -> None:
    kinds = kinds_of(["The rebels left their HQ and spoke on TV with the UN."])
    assert "HQ" not in kinds and "TV" not in kinds and "UN" in kinds


def test_weekdays_and_relative_dates_are_shared_only_where_their_words_agree() -> None:
    a, b = only(
        ["Rebels shelled Homs on Sunday.", "The envoy arrived last week."],
        ["Rebels shelled Homs again on Sunday.", "On Sunday the vote was counted."],
    )
    assert a == ["last week"]
    assert b == []  # the second Sunday is about the vote, but the first matched already
    a, b = only(["Talks in Geneva ended on Thursday."], ["A ship sank off Crete on Thursday."])
    assert "Thursday" in a and "Thursday" in b


def test_party_and_state_after_a_name_is_a_place_matching_the_state() -> None:
    kinds = kinds_of(["Sen. John McCain (R-Ariz.) and Rep. Paul Ryan, R-Wis., spoke."])
    assert kinds.get("Ariz.") is FactKind.PLACE and kinds.get("Wis.") is FactKind.PLACE
    assert kinds.get("John McCain") is FactKind.PERSON
    assert not [k for k in kinds if k.startswith("R-")]
    a, b = only(
        ["Sen. John McCain (R-Ariz.) spoke in the U.S. Senate."],
        ["John McCain of Arizona spoke in the United States Senate."],
    )
    assert a == [] and b == []


def test_countries_and_first_names_match_however_written() -> None:
    a, b = only(
        ["The US and N. Korea talked, Bill Kristol wrote.", "They said Britain agreed."],
        [
            "The United States and North Korea talked, William Kristol wrote.",
            "They said the UK agreed.",
        ],
    )
    assert a == [] and b == []


def test_numbers_are_whole_with_their_hedge_and_what_they_count() -> None:
    kinds = kinds_of(
        [
            "More than 40 people died and 55 Russians, three Ukrainian soldiers and"
            " about a dozen towns were hit by at least 85 barrel bomb attacks."
        ]
    )
    numbers = [t for t, k in kinds.items() if k is FactKind.NUMBER]
    assert numbers == [
        "More than 40 people",
        "55 Russians",
        "three Ukrainian soldiers",
        "about a dozen towns",
        "at least 85 barrel bomb attacks",
    ]


def test_a_dozen_is_twelve_and_hedges_do_not_change_the_value() -> None:
    a, b = only(
        ["Police said a dozen towns were hit and more than 40 people died."],
        ["Police said 12 towns were hit and 40 people died."],
    )
    assert a == [] and b == []


def test_clock_times_are_whole_dates() -> None:
    kinds = kinds_of(["The vote is at 5 p.m. and the Senate met at 10:30 a.m. on Tuesday."])
    assert kinds["5 p.m."] is FactKind.DATE and kinds["10:30 a.m."] is FactKind.DATE
    assert "5 p" not in kinds and "10" not in kinds


def test_credits_are_no_facts_and_a_dateline_place_is_carried_not_listed() -> None:
    kinds = kinds_of(["CreditJoshua Roberts/Reuters", "Photo: Jim Smith"])
    assert "Joshua Roberts" not in kinds and "CreditJoshua Roberts" not in kinds
    assert "Jim Smith" not in kinds
    a, b = only(
        ["Senate vote due", "WASHINGTON — The Senate voted on the budget."],
        ["The Senate in Washington voted on the budget."],
    )
    assert a == [] and b == []


def test_a_person_of_a_place_or_body_is_two_facts_but_a_named_body_is_one() -> None:
    kinds = kinds_of(
        ["Cardinal Joseph Ratzinger of Germany met Stefanie Komossa of the Max Planck"
         " Institute and the Bank of England."]
    )  # fmt: skip
    assert kinds["Joseph Ratzinger"] is FactKind.PERSON and kinds["Germany"] is FactKind.PLACE
    assert kinds["Stefanie Komossa"] is FactKind.PERSON
    assert kinds["Max Planck Institute"] is FactKind.ORGANISATION
    assert kinds["Bank of England"] is FactKind.ORGANISATION


def test_title_case_headline_words_are_not_names() -> None:
    kinds = kinds_of(
        [
            "An Explosion and a Blockade, and a Syrian Pact Is in Limbo",
            "The pact on Homs was in limbo after an explosion and a blockade, officials said.",
        ]
    )
    assert not {"Explosion", "Blockade", "Limbo", "Pact"} & set(kinds)


def test_an_adjective_of_origin_is_no_short_form_of_a_longer_name() -> None:
    a, _ = only(
        ["The Syrian National Coalition called for an inquiry."],
        ["Syrian forces shelled the town, a Syrian official said."],
    )
    assert a == ["Syrian National Coalition"]


def test_quotations_between_mojibake_quote_marks_are_found_whole() -> None:
    mangled = (
        "\u00e2\x80\x9cBlatant disregard for the rules is causing millions to suffer,\u00e2\x80\x9d"
    )
    facts = extract_facts([mangled + " the letter said."])
    quotes = [f.text for f in facts if f.kind is FactKind.QUOTE]
    assert quotes == ["Blatant disregard for the rules is causing millions to suffer"]


def test_photo_captions_and_mojibake_apostrophes_leave_no_fragments() -> None:
    kinds = kinds_of(
        [
            "Men guard a building in the al-Meridian district of Aleppo May 7, 2014.",
            "The rebels said Assad\u00e2\x80\x99s forces and Swedes left Homs.",
        ]
    )
    assert "May 7, 2014" not in kinds and "al-Meridian" not in kinds
    assert "Assad" in kinds and not [k for k in kinds if k.endswith("\u00e2")]
    a, _ = only(["The rebels said Swedes left Homs."], ["The city of Homs fell."])
    assert a == []
