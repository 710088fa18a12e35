import string
from pathlib import Path

import pytest

from generator.base.errors import Location, Problem
from generator.base.messages import CATALOGUE, PARTS, explain


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def shared_fields(template: str, language: str) -> set[str]:
    """A message's fields, a language's own ones (`kind_vi` / `kind_en`) named as one."""
    return {name.removesuffix(f"_{language}") for name in fields(template)}


def test_every_message_exists_in_both_languages_with_the_same_fields() -> None:
    for code, (vi, en) in CATALOGUE.items():
        assert vi and en, code
        assert shared_fields(vi, "vi") == shared_fields(en, "en"), code


def test_no_code_is_defined_in_two_parts_of_the_catalogue() -> None:
    codes = [code for part in PARTS for code in part]
    assert len(codes) == len(set(codes)) == len(CATALOGUE)


def test_every_message_says_what_to_do() -> None:
    for code, (vi, en) in CATALOGUE.items():
        if code != "duration_mismatch":
            assert "Cách sửa" in vi and "To fix" in en, code


def test_a_problem_without_a_message_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no message"):
        Problem(Location(tmp_path), "", "no_such_code")


def test_unknown_fields_show_as_themselves() -> None:
    vi, en = explain("percent_range", {})
    assert "{got}" in vi and "{got}" in en


@pytest.mark.parametrize("code", ["literal_error", "comparison"])
def test_a_list_of_allowed_values_says_what_to_do_when_none_fits(code: str) -> None:
    vi, en = explain(code, {"got": "'x'", "expected": "'a', 'b'"})
    assert "người bảo trì" in vi and "ask the maintainers" in en
    assert "generator/" in vi and "generator/" in en
