"""Conflicts: the same thing given two values is one conflict, not two one-sided facts."""

from __future__ import annotations

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts
from newsdiff.core.facts.values import parse_date, parse_quantity
from newsdiff.core.model import FactDiff, FactKind


def diff(a: str, b: str) -> FactDiff:
    return diff_facts(extract_facts([a]), extract_facts([b]))


def pairs(d: FactDiff) -> list[tuple[str, str]]:
    return [(c.a, c.b) for c in d.conflicts]


def test_hedges_are_read_as_bounds() -> None:
    assert parse_quantity("more than 40 people") == parse_quantity("40 people").__class__(
        40.0, "person", "", ">"
    )
    assert parse_quantity("nearly 1,000").bound == "<"  # type: ignore[union-attr]
    assert parse_quantity("about 30 people").bound == "~"  # type: ignore[union-attr]
    about, exact = parse_quantity("about 30 people"), parse_quantity("30 people")
    assert about and exact and about.same_amount(exact)
    more, nearly = parse_quantity("more than two years"), parse_quantity("nearly two years")
    assert more and nearly and not more.same_amount(nearly)


def test_one_figure_hedged_apart_is_a_conflict() -> None:
    d = diff(
        "Rebels were holed up under a crippling government siege for more than two years.",
        "The deal was a turning point after a nearly two-year standoff in the old city.",
    )
    assert pairs(d) == [("more than two years", "nearly two-year standoff")]
    assert d.only_a == () and d.only_b == ()


def test_nearly_equal_amounts_of_one_thing_are_a_conflict() -> None:
    d = diff(
        "The OPCW said 80% of Syria's chemical weapons had been handed over for destruction.",
        "The Syrian chemical weapons shipped for destruction reached just over 75 percent.",
    )
    assert pairs(d) == [("80%", "just over 75 percent")]
    d = diff(
        "The observatory said more than 960 had left the city on Wednesday.",
        "Hundreds remained in the old city after nearly 1,000 left on Wednesday.",
    )
    assert pairs(d) == [("more than 960", "nearly 1,000")]
    assert d.only_a == () and d.only_b == ()


def test_the_only_two_near_counts_of_one_unit_conflict() -> None:
    d = diff(
        "Militants stormed the police station in Odessa, where 42 people died in clashes.",
        "More than 40 people were killed on Friday during street battles.",
    )
    assert pairs(d) == [("42 people", "More than 40 people")]


def test_amounts_far_apart_or_of_other_things_do_not_conflict() -> None:
    d = diff(
        "About 1,000 fighters and their families are thought to remain in Homs.",
        "The observatory said the evacuation had transported 900 fighters out of the city.",
    )
    assert d.conflicts == ()
    d = diff(
        "Police said 45 people were arrested at the march.",
        "The fire destroyed 44 homes in the valley overnight.",
    )
    assert d.conflicts == ()
    # small counts are never "near": three and two of anything are different counts
    d = diff("Three people were hurt in the blast.", "Two people died in a car crash.")
    assert d.conflicts == ()


def test_a_month_told_more_precisely_conflicts_where_the_words_agree() -> None:
    assert parse_date("late February") == parse_date("February").__class__(month=2, part="late")
    assert parse_date("mid-2010") == parse_date("2010").__class__(year=2010, part="mid")
    d = diff(
        "A resolution passed in late February by the Security Council urged access.",
        "The U.N. Security Council agreed in February that all sides must allow access.",
    )
    assert [(c.a, c.b, c.kind) for c in d.conflicts] == [
        ("late February", "February", FactKind.DATE)
    ]
    d = diff("The talks began in late February.", "The harvest failed in February.")
    assert d.conflicts == ()
    assert [f.text for f in d.only_a] == ["late February"]
