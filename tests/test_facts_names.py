"""Names: sentence openers, mojibake quote marks, contractions, transliterations."""

from __future__ import annotations

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts
from newsdiff.core.model import FactKind

NAMES = (FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION, FactKind.NAME)


def names(*sentences: str) -> list[str]:
    return [f.text for f in extract_facts(list(sentences)) if f.kind in NAMES]


def test_known_names_opening_a_sentence_are_names() -> None:
    assert names("Iran has supported Assad in the war.") == ["Iran", "Assad"]
    assert names("SANA, the state news agency, said so.") == ["SANA"]
    assert "Nato" in names('The rebels called them "Nato spies" openly.')


def test_mojibake_quote_marks_open_a_sentence_and_contractions_are_no_names() -> None:
    quoted = "He said. \u00e2\x80\x9cBlatant disregard for law,\u00e2\x80\x9d he said."
    assert names(quoted) == []
    assert names("He said: \u00e2\x80\x9cDon\u00e2\x80\x99t think that I am angry.") == []
    assert names("Asked, Burns said: \"The answer is: 'We'll see.'\"") == ["Burns"]


def test_glued_brands_hyphen_qualifiers_directions_and_creeds() -> None:
    assert names("Videos posted on YouTube showed it.") == ["YouTube"]
    assert names("It blamed the al-Qaida-aligned rebel group.") == ["al-Qaida"]
    assert names("It was the worst East-West standoff in years.") == []
    diff = diff_facts(extract_facts(["They follow Shia Islam."]), extract_facts(["No."]))
    assert diff.only_a == ()


def test_transliterations_differing_in_vowels_match() -> None:
    diff = diff_facts(
        extract_facts(["Militia fighters in Slovyansk reacted angrily."]),
        extract_facts(["Rebels in Slaviansk said they would vote."]),
    )
    assert diff.only_a == () and diff.only_b == ()
    diff = diff_facts(
        extract_facts(["Gunmen held the town of Horlivka."]),
        extract_facts(["Gunmen held the town of Harlow."]),
    )
    assert [f.text for f in diff.only_a] == ["Horlivka"]
