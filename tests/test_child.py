"""Half of a one-shot comparison in a forked child: same result, never lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsdiff.core.compare as compare_module
from newsdiff.core.child import Child, can_fork
from newsdiff.render.json_out import comparison_json

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

needs_fork = pytest.mark.skipif(not can_fork(), reason="fork is not used on this machine")


@needs_fork
def test_a_child_returns_its_value_from_another_process() -> None:
    assert Child(os.getpid).result() != os.getpid()


def test_a_failing_job_fails_in_the_caller_with_its_own_error() -> None:
    with pytest.raises(ZeroDivisionError):
        Child(lambda: 1 / 0).result()


@needs_fork
def test_a_forked_comparison_equals_the_plain_one(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = (next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8") for n in ("001", "004"))
    plain = comparison_json(compare_module.compare(a, b))
    compare_module.analyse.cache_clear()
    forked_children: list[int] = []
    real_child = compare_module.Child

    def counting_child(job):  # type: ignore[no-untyped-def]
        forked_children.append(1)
        return real_child(job)

    monkeypatch.setattr(compare_module, "Child", counting_child)
    forked = comparison_json(compare_module.compare(a, b, fork=True))
    assert len(forked_children) == 1  # the typo and fact scan of both sides
    assert forked == plain


@needs_fork
def test_a_child_that_dies_mid_way_leaves_the_job_to_the_caller() -> None:
    caller = os.getpid()

    def job() -> int:
        if os.getpid() != caller:
            os._exit(3)  # killed before it could send anything
        return 42

    assert Child(job).result() == 42


@needs_fork
def test_a_value_that_cannot_cross_the_pipe_is_computed_in_the_caller() -> None:
    caller = os.getpid()

    def job() -> object:
        # A lambda does not pickle; in the caller the value is kept as it is.
        return (lambda: "here") if os.getpid() != caller else "caller"

    assert Child(job).result() == "caller"
