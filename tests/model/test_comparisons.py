from decimal import Decimal
from typing import get_args

import pytest

from generator.model.comparisons import BY_WORD, WORDS, ComparisonWord, is_at_least_as_strict


def test_schema_words_are_the_vocabulary() -> None:
    assert set(get_args(ComparisonWord)) == set(WORDS)


@pytest.mark.parametrize("word, value, target, met", [
    ("trên", "45.0", "45", False),        # "trên 45%" is strictly above: 45.0 is NOT met
    ("trên", "45.01", "45", True),
    ("từ", "90.0", "90", True),           # "từ 90%" is at least: 90.0 is met
    ("tối thiểu", "89.99", "90", False),
    ("đạt", "100", "100", True),
    ("dưới", "5", "5", False),
    ("không quá", "5", "5", True),
])
def test_meaning_of_each_word(word: str, value: str, target: str, met: bool) -> None:
    assert BY_WORD[word].is_met(Decimal(value), Decimal(target)) is met


@pytest.mark.parametrize("word, english", [
    ("trên", "above 45%"), ("từ", "at least 45%"), ("tối thiểu", "at least 45%"),
    ("ít nhất", "at least 45%"), ("dưới", "below 45%"), ("tối đa", "at most 45%"),
])
def test_english_wording(word: str, english: str) -> None:
    assert BY_WORD[word].english("45%", is_all=False) == english


def test_all_for_a_full_hundred() -> None:
    assert BY_WORD["đạt"].english("100%", is_all=True) == "all (100%)"
    assert BY_WORD["đạt từ … trở lên"].vietnamese("98%") == "đạt từ 98% trở lên"


@pytest.mark.parametrize("child, parent, ok", [
    (("trên", "45"), ("trên", "45"), True),
    (("từ", "45"), ("trên", "45"), False),   # at least 45 admits exactly 45, which the parent refuses
    (("từ", "50"), ("trên", "45"), True),
    (("trên", "40"), ("trên", "45"), False),
    (("đạt", "100"), ("trên", "90"), True),
    (("dưới", "5"), ("không quá", "5"), True),
    (("trên", "5"), ("không quá", "5"), False),
])
def test_child_targets_must_be_at_least_as_strict(child: tuple[str, str], parent: tuple[str, str], ok: bool) -> None:
    assert is_at_least_as_strict(BY_WORD[child[0]], Decimal(child[1]), BY_WORD[parent[0]], Decimal(parent[1])) is ok
