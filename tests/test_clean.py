"""Tests of the boilerplate cleaner: what goes, what must stay, and that nothing is lost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.text.clean import Cleaned, clean_text
from newsdiff.core.text.clean_rules import RemovalReason

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PROSE = [
    "The finance minister said on Monday that the budget would be presented to parliament soon.",
    "Opposition leaders have criticised the plan, saying it would raise taxes for families.",
    "The government insists that the measures are needed to reduce the deficit by 2027.",
    "Economists expect growth to slow to 1.2 percent this year before recovering in 2026.",
    "The minister will meet union representatives on Thursday to discuss the proposals.",
]


def article(*lines: str) -> str:
    """Paragraphs separated by blank lines, as scraped articles usually are."""
    return "\n\n".join(lines)


def removed_texts(cleaned: Cleaned) -> dict[str, str]:
    return {r.text.strip(): r.reason for r in cleaned.removed}


def kept_texts(cleaned: Cleaned) -> list[str]:
    return [line.strip() for line in cleaned.lines if line.strip()]


def assert_nothing_lost(text: str, cleaned: Cleaned) -> None:
    """Every non-blank input line is kept unchanged in place, or listed as removed."""
    lines = text.split("\n")
    assert len(cleaned.lines) == len(lines)
    removed_by_line = {r.line: r for r in cleaned.removed}
    for number, line in enumerate(lines, start=1):
        if number in removed_by_line:
            assert removed_by_line[number].text == line
            assert removed_by_line[number].reason
            assert cleaned.lines[number - 1] == ""
        else:
            assert cleaned.lines[number - 1] == line
    assert [r.line for r in cleaned.removed] == sorted(removed_by_line)


# --- nothing lost, positions kept ------------------------------------------------


def test_plain_article_is_untouched() -> None:
    text = article("Budget plan to be unveiled next week", *PROSE)
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert cleaned.text == text


def test_removed_lines_are_blanked_in_place_with_1_based_numbers() -> None:
    text = "Headline of the day\nText size:\n" + PROSE[0]
    cleaned = clean_text(text)
    assert cleaned.lines == ("Headline of the day", "", PROSE[0])
    assert [(r.line, r.text, r.reason) for r in cleaned.removed] == [
        (2, "Text size:", RemovalReason.PAGE_FURNITURE.value)
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "",
                    "  ",
                    "Text size:",
                    "AAPL -1.2% 190.1 $",
                    "Photo: © AFP",
                    "Views: 123",
                    *PROSE,
                    "- Talks resume -",
                    "Kim Jong Un (L) meets Vladimir Putin (R) in Vladivostok, April 25, 2019",
                ]
            ),
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
        ),
        max_size=30,
    )
)
def test_every_line_is_kept_verbatim_or_listed_as_removed(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ") for line in lines)
    assert_nothing_lost(text, clean_text(text))


def test_empty_and_blank_input() -> None:
    assert clean_text("") == Cleaned(lines=("",), removed=())
    assert clean_text("\n \n").removed == ()


# --- stock tickers -----------------------------------------------------------------


def test_stock_ticker_run_is_removed() -> None:
    tickers = ["AAPL +1.24% 190.10", "MSFT -0.5% 410.2 $", "TSLA 3.10% 250 USD", "DAX 18,250.50"]
    text = article("Markets wobble as rates stay high", *tickers, *PROSE[:2])
    removed = removed_texts(clean_text(text))
    assert set(removed) == set(tickers)
    assert set(removed.values()) == {"stock ticker"}


def test_symbol_and_number_alone_is_not_a_ticker() -> None:
    text = article("Alliance summit", PROSE[0], "NATO 75", PROSE[1])
    assert clean_text(text).removed == ()


# --- photo credits and captions -------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "© Reuters",
        "Photo: Jane Doe / EPA",
        "Cover photo: John Smith / AP / Getty",
        "(Photo by Mario Rossi/Getty Images)",
        "Image credit: NASA",
    ],
)
def test_credit_lines_are_removed(credit: str) -> None:
    text = article("Storm hits the coast", PROSE[0], credit, PROSE[1])
    assert removed_texts(clean_text(text)) == {credit: "photo credit"}


def test_caption_followed_by_its_credited_copy_goes_but_later_prose_stays() -> None:
    caption = "Firefighters (l.) battle the blaze near the harbour on Sunday evening."
    prose = "Firefighters battled the blaze near the harbour on Sunday evening."
    text = article(
        "Fire at the harbour",
        PROSE[0],
        caption,
        caption + "\u00a0\u00a0© Jane Doe / AFP",
        PROSE[1],
        prose,
    )
    cleaned = clean_text(text)
    assert removed_texts(cleaned) == {
        caption: "photo caption",
        caption + "\u00a0\u00a0© Jane Doe / AFP": "photo credit",
    }
    assert prose in kept_texts(cleaned)


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: The central bank building in Frankfurt, Germany",
        "Protesters (L) and riot police (R) face each other outside the parliament building",
        "The two leaders, left, shake hands before their talks at the presidential palace",
        "This picture taken on March 3 shows smoke rising over the industrial district",
        "In this handout image, rescue workers search the rubble of a collapsed building",
    ],
)
def test_marked_captions_are_removed(caption: str) -> None:
    text = article("Leaders meet", PROSE[0], caption, PROSE[1], PROSE[2])
    assert removed_texts(clean_text(text)) == {caption: "photo caption"}


def test_captions_ending_in_a_date_go_in_pairs_not_alone() -> None:
    dated = [
        "Rescue workers search the rubble of a collapsed building in Antakya, 8 February 2023",
        "The prime minister arrives at the summit in Brussels on Oct. 26, 2023",
    ]
    text = article("Leaders meet", PROSE[0], *dated, PROSE[1], dated[0], PROSE[2])
    cleaned = clean_text(text)
    assert [r.line for r in cleaned.removed] == [5, 7]
    assert dated[0] in kept_texts(cleaned)


def test_party_letter_and_credit_word_in_prose_are_not_captions() -> None:
    lines = [
        "Senator John Smith (R) voted against the bill in the chamber on Tuesday",
        "Credit: the budget plan offers cheap loans to families",
    ]
    text = article("Budget plan", PROSE[0], lines[0], PROSE[1], lines[1], PROSE[2])
    assert clean_text(text).removed == ()


def test_gallery_of_unmarked_captions_is_removed() -> None:
    gallery = [
        "Smoke rises above the refinery after the explosion in the early hours",
        "Residents gather outside the evacuation centre set up in the town hall",
        "A firefighter walks past burnt-out cars in the car park of the plant",
    ]
    text = article("Refinery blast", PROSE[0], *gallery, PROSE[1], PROSE[2])
    cleaned = clean_text(text)
    assert removed_texts(cleaned) == dict.fromkeys(gallery, "photo caption")
    assert kept_texts(cleaned) == ["Refinery blast", *PROSE[:3]]


# --- what must stay -------------------------------------------------------------------


def test_headline_standfirst_and_crossheads_stay() -> None:
    text = article(
        "Budget plan to be unveiled next week",
        "Minister promises relief for families despite deficit",
        PROSE[0],
        "- Economic ties -",
        PROSE[1],
        "Unions call plan “reckless”",
        PROSE[2],
        "Talks to resume on Thursday",
        PROSE[3],
    )
    assert clean_text(text).removed == ()


def test_dateline_quote_and_short_sentence_stay() -> None:
    text = article(
        "Talks collapse",
        "WASHINGTON (AP) —",
        "MOSCOW (Reuters) - Talks between the two sides broke down on Friday, officials said.",
        '"We will not back down."',
        "He declined to comment.",
        PROSE[0],
    )
    assert clean_text(text).removed == ()


def test_truncated_prose_lines_stay() -> None:
    with_sentence_end = (
        "The ministry confirmed the figures on Tuesday. It said a further review would follow "
        "in the spring, with officials from the regions expected to join the working gro"
    )
    flowing = (
        "The delegation will include the ministers of foreign affairs, defence, health and "
        "transport, the head of the space agency, the chairman of the national railway company "
        "and the governor of the central bank, who is expected to sign several agreements on beh"
    )
    text = article("Delegation named", PROSE[0], with_sentence_end, flowing, PROSE[1])
    assert clean_text(text).removed == ()


def test_paragraphs_in_other_scripts_stay() -> None:
    chinese = "普京总统周二抵达平壤，开始为期两天的国事访问"
    arabic = "وصل الرئيس الروسي إلى بيونغ يانغ يوم الثلاثاء في زيارة دولة تستمر يومين"
    text = article("Putin arrives", PROSE[0], chinese, arabic, PROSE[1], PROSE[2])
    assert clean_text(text).removed == ()


def test_list_items_and_hard_wrapped_lines_stay() -> None:
    text = "\n".join(
        [
            "Inquiry terms",
            "",
            PROSE[0],
            "",
            "(a) where and when the accident took place;",
            "(b) the cause or causes of the accident;",
            "(c) the starting date and, where the contract is for a specified period of",
            "time, its duration and the conditions of the agreement.",
            "",
            PROSE[1],
        ]
    )
    assert clean_text(text).removed == ()


def test_source_label_after_a_prose_sentence_stays() -> None:
    line = (
        "The shooting was reported shortly after nine in the morning, police said. (Source: WFSB)"
    )
    text = article("Shooting reported", PROSE[0], line, PROSE[1])
    assert clean_text(text).removed == ()


def test_misdecoded_accent_is_not_a_copyright_sign() -> None:
    line = "The Sinn FÃ©in president was questioned by police on Wednesday evening in Antrim."
    text = article("Adams questioned", PROSE[0], line, PROSE[1])
    assert clean_text(text).removed == ()


# --- repetition --------------------------------------------------------------------------


def test_repeated_headline_is_removed_first_copy_kept() -> None:
    headline = "Budget plan to be unveiled next week"
    text = article(headline, headline, *PROSE[:3], headline)
    cleaned = clean_text(text)
    assert [r.line for r in cleaned.removed] == [3, 11]
    assert {r.reason for r in cleaned.removed} == {"repeated headline"}
    assert cleaned.lines[0] == headline


def test_headline_with_outlet_name_then_bare_copy() -> None:
    text = article(
        "Daily Courier - Budget plan to be unveiled next week",
        "Budget plan to be unveiled next week",
        *PROSE[:2],
    )
    assert removed_texts(clean_text(text)) == {
        "Budget plan to be unveiled next week": "repeated headline"
    }


def test_sentence_repeated_later_with_a_credit_is_removed() -> None:
    text = article("Budget day", *PROSE[:3], PROSE[0] + " Jane Doe / REUTERS")
    removed = removed_texts(clean_text(text))
    assert list(removed) == [PROSE[0] + " Jane Doe / REUTERS"]


def test_short_sentences_may_recur() -> None:
    text = article(
        "Convention transcript",
        PROSE[0],
        "All those opposed say no.",
        PROSE[1],
        "All those opposed say no.",
        PROSE[2],
    )
    assert clean_text(text).removed == ()


def test_long_paragraph_repeated_word_for_word_is_removed() -> None:
    text = article("Budget day", *PROSE[:3], PROSE[1].replace("criticised", "CRITICISED"))
    cleaned = clean_text(text)
    assert [r.reason for r in cleaned.removed] == ["repeated line"]
    assert cleaned.removed[0].line == 9


# --- teasers -------------------------------------------------------------------------------


def test_teaser_pair_for_an_unrelated_story_is_removed() -> None:
    teaser = "Celebrity chef opens floating restaurant on the Thames: “It’s a dream!”"
    copy = "Gordon Smith " + teaser
    text = article("Budget plan", *PROSE[:2], teaser, copy, *PROSE[2:])
    assert removed_texts(clean_text(text)) == {
        teaser: "teaser for another story",
        copy: "teaser for another story",
    }


def test_unrelated_headline_mid_article_is_a_teaser_related_one_is_not() -> None:
    teaser = "Football club signs teenage striker from Brazilian champions"
    related = "Opposition warns budget plan would raise taxes for families"
    text = article("Budget plan", *PROSE[:2], teaser, PROSE[2], related, *PROSE[3:])
    assert removed_texts(clean_text(text)) == {teaser: "teaser for another story"}


def test_line_introducing_a_quote_is_not_a_teaser() -> None:
    line = "Powell explained his choice to reporters at the White House:"
    text = article("Budget plan", *PROSE[:2], line, *PROSE[2:])
    assert clean_text(text).removed == ()


# --- furniture, link lists, author blocks, notes -------------------------------------------


def test_page_furniture_is_removed() -> None:
    furniture = [
        "Text size:",
        "Share this article",
        "Advertisement",
        "Most Popular",
        "Log in | Subscribe",
    ]
    text = article("Budget plan", PROSE[0], *furniture, PROSE[1])
    removed = removed_texts(clean_text(text))
    assert set(removed) == set(furniture)


def test_link_lists_are_removed() -> None:
    text = article(
        "Budget plan",
        PROSE[0],
        "Related stories",
        "Analysis: What the budget means for pensioners",
        "Five charts that explain the deficit",
        PROSE[1],
        "More on CNN: How the budget is made",
        PROSE[2],
        "More on the finance minister:",
    )
    removed = removed_texts(clean_text(text))
    assert set(removed.values()) == {"link list"}
    assert len(removed) == 5
    assert PROSE[1] not in removed


def test_address_lines_are_removed_but_prose_with_an_address_stays() -> None:
    junk = ["Google Play: http://example.com/app", "Jane Doe can be reached at jane@example.org"]
    prose = "The minister [bold]resigned[/bold] on [link=http://x]Monday[/link]."
    text = article("Budget plan", PROSE[0], *junk, prose, PROSE[1])
    assert removed_texts(clean_text(text)) == dict.fromkeys(junk, "link list")


def test_author_profile_block_at_the_end_is_removed_as_a_whole() -> None:
    block = [
        "Most Read",
        "Author: Jane Roe",
        "Last updated:",
        "Views: 1,204",
        "Rating: 3.5 / 5 (12 votes)",
        "Author details",
        "Email: jane@example.org",
        "Location: Springfield",
        "Introduction: I am Jane, a writer who loves gardening and long walks.",
    ]
    text = article("Budget plan", *PROSE, *block)
    cleaned = clean_text(text)
    assert set(removed_texts(cleaned)) == set(block)
    assert kept_texts(cleaned) == ["Budget plan", *PROSE]


def test_a_single_labelled_line_in_prose_stays() -> None:
    text = article("Budget plan", PROSE[0], "Location: the old parliament building", PROSE[1])
    assert clean_text(text).removed == ()


def test_fact_box_without_author_or_counters_stays() -> None:
    box = ["Name: Maria Lopez", "Age: 34", "Occupation: nurse", "Location: Valencia"]
    text = article("Nurse honoured", *PROSE[:2], *box, PROSE[2])
    assert clean_text(text).removed == ()


def test_translation_notes_are_removed() -> None:
    notes = ["This text was machine translated.", "Read the original version here."]
    text = article("Budget plan", *PROSE[:2], *notes)
    assert removed_texts(clean_text(text)) == dict.fromkeys(notes, "translation note")


def test_bylines_and_staff_credits_are_removed() -> None:
    lines = [
        "By Jane Doe and John Roe, Reuters",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "With files from The Associated Press",
    ]
    text = article("Budget plan", lines[0], *PROSE[:2], *lines[1:])
    assert removed_texts(clean_text(text)) == dict.fromkeys(lines, "byline")


def test_sentence_starting_with_by_stays() -> None:
    text = article(
        "Budget plan", PROSE[0], "By Tuesday, the ministry had received 400 letters", PROSE[1]
    )
    assert clean_text(text).removed == ()


@pytest.mark.parametrize(
    "stamp",
    [
        "June 17, 2024",
        "Published: Mon 17 Jun 2024 10.32 BST",
        "Updated 3 hours ago",
        "2024-06-17 10:32",
        "17.06.2024",
    ],
)
def test_timestamp_lines_are_removed(stamp: str) -> None:
    text = article("Budget plan", stamp, *PROSE[:2])
    assert removed_texts(clean_text(text)) == {stamp: "timestamp"}


@pytest.mark.parametrize("figures", ["+81 158-23-2012", "0800 123 2019", "Tel. 555-0199 2020"])
def test_phone_numbers_holding_a_year_are_not_timestamps(figures: str) -> None:
    text = article("Budget plan", *PROSE[:2], figures)
    assert "timestamp" not in removed_texts(clean_text(text)).values()


def test_bullet_points_and_prose_without_full_stop_are_not_teasers() -> None:
    bullets = [
        "• Pensioners will receive a one-off winter payment of 300 euros",
        "• Fuel duty is frozen for a further twelve months on all vehicles",
    ]
    unfinished = "In a separate move the central bank kept interest rates at a record high"
    text = article("Budget plan", *PROSE[:2], *bullets, PROSE[2], unfinished, *PROSE[3:])
    assert clean_text(text).removed == ()


# --- speed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "word " * 800_000,
        "(" * 1_000_000 + "/ " * 1_000_000 + ":" * 1_000_000,
        "This is a sentence. " * 200_000,
        "AFP / " * 700_000,
    ],
    ids=["words", "punctuation", "sentences", "credit-chain"],
)
def test_a_4mb_single_line_is_fast(text: str) -> None:
    start = time.perf_counter()
    cleaned = clean_text(text)
    assert time.perf_counter() - start < 3.0
    assert cleaned.lines == (text,)


def test_many_lines_scale_linearly() -> None:
    text = article(*(f"Caption {i} shows a scene in the city, May 1, 2024" for i in range(5000)))
    start = time.perf_counter()
    clean_text(text)
    assert time.perf_counter() - start < 3.0


# --- the sample articles ---------------------------------------------------------------------

SEED_REMOVALS = {
    "000_c92a4f9a13c88254.txt": {5, 6, 14, 15, 29, 31},
    "001_f510fac3791cd359.txt": {*range(3, 21), 22, 26},
    "002_4adc5c33957447b1.txt": {16, 17},
    "003_e725108744faafc6.txt": set(),
    "004_1969f48877dd26e9.txt": {*range(13, 24, 2), *range(47, 58, 2), 79, 80, 81, 82}
    | set(range(84, 109, 2)),
}


@pytest.mark.parametrize("name", sorted(SEED_REMOVALS))
def test_sample_articles_lose_their_boilerplate_and_keep_their_prose(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert_nothing_lost(text, cleaned)
    assert {r.line for r in cleaned.removed} == SEED_REMOVALS[name]
    assert all(r.reason in {reason.value for reason in RemovalReason} for r in cleaned.removed)


def test_cleaning_compiles_nothing_at_import() -> None:
    from test_classify import built_at_import

    stages = ("clean", "clean_rules", "clean_furniture", "clean_credits", "clean_teasers")
    modules = [f"newsdiff.core.text.{name}" for name in (*stages, "clean_repeats")]
    assert built_at_import(*modules) == []
