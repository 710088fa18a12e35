"""The Vietnamese comparison words used in targets, and what each one means."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from .measures import Scale

Operator = Literal[">", ">=", "=", "<", "<="]


@dataclass(frozen=True)
class Comparison:
    """One comparison word: its Vietnamese wording pattern and its meaning."""

    word: str
    operator: Operator
    vi_pattern: str
    en_pattern: str = ""         # where the word says more than its operator ("an increase of at least {v}")
    bare: bool = False           # the figure without its unit ("trong nhóm 10 dẫn đầu", not "hạng 10")
    scale: Scale = "number"      # what it compares: a number, a grade, or done / not done

    @property
    def meaning_key(self) -> str:
        """The UI catalogue key that explains this word."""
        if self.scale != "number":
            return f"op_{self.scale}_{MEANING_KEYS[self.operator]}"
        return "op_eq_all" if self.word == "đạt" else MEANING_KEYS[self.operator]

    @property
    def sample(self) -> str:
        """The placeholder the glossary shows for the figure: "X%", a grade "X", or none."""
        return "X" if self.bare else {"number": "X%", "grade": "X", "done": ""}[self.scale]

    def english(self, figure: str, is_all: bool) -> str:
        """The English wording: "above 45%", "at least 90%", "all (100%)"."""
        if is_all and self.operator in (">=", "="):
            return f"all ({figure})"
        return (self.en_pattern or ENGLISH_PATTERNS[self.operator]).format(v=figure)

    def vietnamese(self, figure: str) -> str:
        """The document's own wording: "trên 45%", "đạt từ 98% trở lên"."""
        return self.vi_pattern.format(v=figure)

    def is_met(self, value: Decimal, target: Decimal) -> bool:
        """True when `value` satisfies this comparison against `target`."""
        return OPERATORS[self.operator](value, target)


OPERATORS: dict[Operator, Callable[[Decimal, Decimal], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "=": operator.eq,
    "<": operator.lt,
    "<=": operator.le,
}

ENGLISH_PATTERNS: dict[Operator, str] = {
    ">": "above {v}", ">=": "at least {v}", "=": "exactly {v}", "<": "below {v}", "<=": "at most {v}",
}
MEANING_KEYS: dict[Operator, str] = {">": "op_gt", ">=": "op_ge", "=": "op_eq_all", "<": "op_lt", "<=": "op_le"}
# meaning keys of grade and done words: op_grade_op_ge ("this grade or a better one"), op_done_op_eq_all

# "đạt X" means "reaches X": at least X, and "all" when X is 100%.
# Ordered from the most to the least common in plans. `{v}` is the figure.
VOCABULARY: tuple[Comparison, ...] = (
    Comparison("trên", ">", "trên {v}"),
    Comparison("từ", ">=", "từ {v}"),
    Comparison("đạt từ", ">=", "đạt từ {v}"),
    Comparison("từ … trở lên", ">=", "từ {v} trở lên"),
    Comparison("đạt từ … trở lên", ">=", "đạt từ {v} trở lên"),
    Comparison("tối thiểu", ">=", "tối thiểu {v}"),
    Comparison("ít nhất", ">=", "ít nhất {v}"),
    Comparison("đạt", ">=", "đạt {v}"),
    Comparison("dưới", "<", "dưới {v}"),
    Comparison("không quá", "<=", "không quá {v}"),
    Comparison("tối đa", "<=", "tối đa {v}"),
    Comparison("giảm xuống dưới", "<", "giảm xuống dưới {v}", "down to below {v}"),
    Comparison("giảm xuống còn", "<=", "giảm xuống còn {v}", "down to {v} or less"),
    Comparison("tăng", ">=", "tăng {v}", "an increase of at least {v}"),
    Comparison("tăng trên", ">", "tăng trên {v}", "an increase of more than {v}"),
    Comparison("giảm", ">=", "giảm {v}", "a reduction of at least {v}"),
    Comparison("giảm trên", ">", "giảm trên {v}", "a reduction of more than {v}"),
    Comparison("xếp loại … trở lên", ">=", "xếp loại {v} trở lên", "graded {v} or better", scale="grade"),
    Comparison("đạt loại … trở lên", ">=", "đạt loại {v} trở lên", "graded {v} or better", scale="grade"),
    Comparison("xếp loại", "=", "xếp loại {v}", "graded {v}", scale="grade"),
    Comparison("trong nhóm … dẫn đầu", "<=", "trong nhóm {v} dẫn đầu", "among the top {v}", bare=True),
    Comparison("hoàn thành", "=", "hoàn thành", "done", scale="done"),
)

BY_WORD: dict[str, Comparison] = {c.word: c for c in VOCABULARY}
WORDS: tuple[str, ...] = tuple(BY_WORD)

ComparisonWord = Literal[
    "trên",
    "từ",
    "đạt từ",
    "từ … trở lên",
    "đạt từ … trở lên",
    "tối thiểu",
    "ít nhất",
    "đạt",
    "dưới",
    "không quá",
    "tối đa",
    "giảm xuống dưới",
    "giảm xuống còn",
    "tăng",
    "tăng trên",
    "giảm",
    "giảm trên",
    "xếp loại … trở lên",
    "đạt loại … trở lên",
    "xếp loại",
    "trong nhóm … dẫn đầu",
    "hoàn thành",
]


def is_at_least_as_strict(child: Comparison, child_value: Decimal,
                          parent: Comparison, parent_value: Decimal) -> bool:
    """True when every figure that meets the child target also meets the parent's."""
    if parent.operator in (">", ">="):
        if child.operator not in (">", ">=", "="):
            return False
        if child_value != parent_value:
            return child_value > parent_value
        return not (parent.operator == ">" and child.operator == ">=")
    if parent.operator in ("<", "<="):
        if child.operator not in ("<", "<=", "="):
            return False
        if child_value != parent_value:
            return child_value < parent_value
        return not (parent.operator == "<" and child.operator == "<=")
    return child.operator == "=" and child_value == parent_value
