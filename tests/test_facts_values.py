"""Numbers read whole: ranges, counts of two groups, figures that belong to a name."""

from __future__ import annotations

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.values import Quantity, parse_quantity
from newsdiff.core.model import FactKind


def numbers(sentence: str) -> list[str]:
    return [f.text for f in extract_facts([sentence]) if f.kind is FactKind.NUMBER]


def test_a_range_is_one_amount() -> None:
    assert numbers("The attack killed between 355 and 1,400 people in the suburbs.") == [
        "between 355 and 1,400 people"
    ]
    assert parse_quantity("between 355 and 1,400 people") == Quantity(355, "person", "", "-1400")
    one, other = parse_quantity("between 355 and 1,400 people"), parse_quantity("355 people")
    assert one and other and not one.same_amount(other)


def test_a_figure_after_a_name_is_part_of_it() -> None:
    assert numbers("He told Europe Radio 1 that it was deadly.") == []
    assert numbers("It is outside the Geneva 1 process, he said.") == []
    assert numbers("He was in Kiev 12 days ago.") == ["12 days ago"]
    assert numbers("Talks end on May 12, officials said.") == []  # a date, not a number


def test_one_count_of_two_groups_and_demonyms_before_the_unit() -> None:
    assert numbers("They add 15 people to a blacklist of 55 Russians and Ukrainians.") == [
        "15 people",
        "55 Russians and Ukrainians",
    ]
    assert numbers("Gunmen held 12 women and children.") == ["12 women and children"]
    quantity = parse_quantity("seven European military monitors")
    assert quantity and quantity.unit == "monitor"
    other = parse_quantity("seven monitors")
    assert other and quantity.same_amount(other) and other.unit == "monitor"
