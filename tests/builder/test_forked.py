import os
from pathlib import Path

import pytest

from generator.base.errors import InputProblems, Location, Problem, UserError, WorkerFailed
from generator.builder.forked import for_each_language


def pid_and_code(code: str) -> tuple[int, str]:
    return os.getpid(), code


def test_each_language_works_in_a_process_of_its_own() -> None:
    done = for_each_language(pid_and_code, ["vi", "en"])
    assert [code for _, code in done.values()] == ["vi", "en"] and list(done) == ["vi", "en"]
    assert len({pid for pid, _ in done.values()} | {os.getpid()}) == 3


def test_one_after_the_other_here_when_not_parallel() -> None:
    assert {pid for pid, _ in for_each_language(pid_and_code, ["vi", "en"], parallel=False).values()} == {os.getpid()}


def fails_for_staff(code: str) -> None:
    if code == "en":
        raise UserError(f"Sửa trang {code}. / Fix the {code} page.")


def test_an_error_staff_can_fix_keeps_its_message() -> None:
    with pytest.raises(UserError, match=r"Sửa trang en\. / Fix the en page\."):
        for_each_language(fails_for_staff, ["vi", "en"])


def has_a_bug(code: str) -> None:
    raise KeyError(code)


def test_a_bug_comes_back_with_its_traceback() -> None:
    with pytest.raises(WorkerFailed) as caught:
        for_each_language(has_a_bug, ["vi", "en"])
    assert "[vi]" in str(caught.value) and "KeyError: 'vi'" in str(caught.value) and "Traceback" in str(caught.value)


def dies(code: str) -> None:
    os._exit(3)


def test_a_process_that_dies_is_reported() -> None:
    with pytest.raises(WorkerFailed, match=r"ended without an answer \(exit code 3\)"):
        for_each_language(dies, ["vi", "en"])


def problems_in_a_catalogue(code: str) -> None:
    raise InputProblems([Problem(Location(Path("generator/base/locales/en.yaml"), 3, 1), "share_link",
                                 "missing_translation",
                                 {"key": "share_link", "language": code})])


def test_located_problems_come_back_whole() -> None:
    with pytest.raises(InputProblems) as caught:
        for_each_language(problems_in_a_catalogue, ["vi", "en"])
    [problem] = caught.value.problems
    assert (problem.location.line, problem.code, problem.params["language"]) == (3, "missing_translation", "vi")
