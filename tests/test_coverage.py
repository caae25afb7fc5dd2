"""Coverage of one story by several sources: fact × source matrix and shared wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.model import Source
from newsdiff.core.stories import coverage as coverage_module
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.core.stories.coverage import story_coverage

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

WIRE = (
    "Rescuers searched the rubble of two apartment blocks in Bayrakli on Saturday after a "
    "magnitude 6.4 earthquake struck the Aegean city of Izmir, the disaster agency AFAD said.\n"
    "Interior Minister Suleyman Soylu said 419 people were injured and 12 were killed.\n"
    "Teams from Ankara and Istanbul were flown to Izmir overnight, Soylu said.\n"
)
REPRINT = WIRE + "The city's mayor Tunc Soyer asked residents to stay out of damaged homes.\n"
OWN_REPORT = (
    "Families slept in the streets of Izmir as aftershocks rattled the coast.\n"
    "Speaking in Ankara, Soylu put the number of injured at 420 and praised the volunteers.\n"
)


def _source(sid: str, text: str) -> Source:
    return Source(id=sid, outlet=sid, path=f"/corpus/{sid}.txt", text=text)


def test_reprint_is_close_own_report_distinct_and_matrix_is_symmetric() -> None:
    sources = [_source("wire", WIRE), _source("own", OWN_REPORT), _source("reprint", REPRINT)]
    cov = story_coverage(sources)
    assert cov.sources == ("wire", "own", "reprint")
    sim = cov.similarity
    for s in range(3):
        assert sim[s][s] == 1.0
        for t in range(3):
            assert sim[s][t] == sim[t][s]
            assert 0.0 <= sim[s][t] <= 1.0
    # The reprint holds all of the wire copy: containment of the shorter is ~1.
    assert sim[0][2] > 0.9
    assert sim[0][1] < 0.2 and sim[1][2] < 0.2
    assert cov.closest() == ("wire", "reprint", pytest.approx(sim[0][2]))
    assert cov.most_different() is not None and "own" in cov.most_different()[:2]
    assert cov.copy_groups() == [["wire", "reprint"]]


def test_facts_merge_across_sources_and_surnames_join_full_names() -> None:
    sources = [_source("wire", WIRE), _source("own", OWN_REPORT), _source("reprint", REPRINT)]
    cov = story_coverage(sources)
    by_text = dict(zip(cov.facts, cov.carried, strict=True))
    # "Soylu" alone (own report) is the same person as "Suleyman Soylu" (wire).
    assert "Soylu" not in by_text
    assert by_text["Suleyman Soylu"] == (True, True, True)
    assert by_text["Tunc Soyer"] == (False, False, True)
    assert by_text["419 people"] == (True, False, True)
    assert by_text["420"] == (False, True, False)
    # Most widely carried first.
    widths = [sum(row) for row in cov.carried]
    assert widths == sorted(widths, reverse=True)
    data = cov.to_dict()
    assert data["sources"] == ["wire", "own", "reprint"]
    soylu = next(f for f in data["facts"] if f["text"] == "Suleyman Soylu")
    # Each source names him in its second sentence (the own report as "Soylu").
    assert soylu == {
        "text": "Suleyman Soylu",
        "kind": "person",
        "carried_by": list(cov.sources),
        "sentences": {"wire": 1, "own": 1, "reprint": 1},
    }
    # Every carrier's sentence states the fact; non-carriers have none.
    for label, row, where in zip(cov.facts, cov.carried, cov.sentences, strict=True):
        for carried, sentence in zip(row, where, strict=True):
            assert (sentence >= 0) == carried, label
    assert data["closest"][:2] == ["wire", "reprint"]
    assert len(data["similarity"]) == 3 and data["copy_groups"] == [["wire", "reprint"]]


def test_surname_shared_by_two_full_names_stays_apart() -> None:
    sources = [
        _source("a", "Anna Berg met Peter Berg in Oslo on Monday to sign the deal.\n"),
        _source("b", "In Oslo, Berg said the deal would be signed within the week.\n"),
    ]
    facts = story_coverage(sources).facts
    assert "Anna Berg" in facts and "Peter Berg" in facts and "Berg" in facts


def test_one_person_however_written_is_one_fact_and_group_words_are_none() -> None:
    sources = [
        _source("a", "Weekly Standard Editor Bill Kristol spoke to Republicans in Ohio.\n"),
        _source("b", "William Kristol, the editor, spoke in Ohio on Monday.\n"),
        _source("c", "In Ohio, Kristol said little to the Republicans.\n"),
    ]
    cov = story_coverage(sources)
    kristol = [f for f in cov.facts if "Kristol" in f]
    assert len(kristol) == 1
    assert cov.carried[cov.facts.index(kristol[0])] == (True, True, True)
    assert "Republicans" not in cov.facts


def test_single_source_has_no_pairs() -> None:
    cov = story_coverage([_source("only", WIRE)])
    assert cov.similarity == ((1.0,),)
    assert cov.closest() is None and cov.most_different() is None
    data = cov.to_dict()
    assert data["closest"] is None and data["most_different"] is None
    assert data["copy_groups"] == []


def test_many_sources_use_shingles_with_the_same_ordering(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(coverage_module, "FULL_COMPARE_LIMIT", 1)
    sources = [_source("wire", WIRE), _source("own", OWN_REPORT), _source("reprint", REPRINT)]
    sim = story_coverage(sources).similarity
    assert sim[0][2] > 0.9 and sim[0][1] < 0.2 and sim[1][2] < 0.2


@pytest.mark.skipif(not (SEEDS / "stories.yaml").is_file(), reason="seed corpus not present")
@pytest.mark.parametrize("full_compare_limit", [10, 1])
def test_sample_story_wire_copies_close_krone_and_unnamed_distinct(
    monkeypatch: pytest.MonkeyPatch, full_compare_limit: int
) -> None:
    monkeypatch.setattr(coverage_module, "FULL_COMPARE_LIMIT", full_compare_limit)
    story = load_corpus(SEEDS).stories[0]
    cov = story_coverage(story.sources)
    index = {sid: k for k, sid in enumerate(cov.sources)}
    wire = ("tag24", "berliner-tageblatt", "aggregator")
    distinct = ("krone", "unnamed")

    def sim(a: str, b: str) -> float:
        return cov.similarity[index[a]][index[b]]

    # Every pair involving Krone or the unnamed outlet shares less wording than
    # the Berliner Tageblatt shares with either of the other wire copies.
    weakest_wire_link = min(
        sim("berliner-tageblatt", "tag24"), sim("berliner-tageblatt", "aggregator")
    )
    for other in distinct:
        for sid in cov.sources:
            if sid != other:
                assert sim(other, sid) < weakest_wire_link
    groups = cov.copy_groups()
    assert [sorted(g) for g in groups] == [sorted(wire)]
    closest = cov.closest()
    assert closest is not None and set(closest[:2]) <= set(wire)
    different = cov.most_different()
    assert different is not None and set(different[:2]) & set(distinct)
