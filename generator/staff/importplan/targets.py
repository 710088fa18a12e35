"""Targets in the body's words: indicator, comparison word, figure and unit, matched to the registry by name."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from decimal import Decimal

from .memory import key

# "... đạt từ 98% trở lên", "... trên 45%", "tối thiểu 90%", "ít nhất 01 lần/tháng"
TARGET = re.compile(
    r"(?P<what>(?:tỷ lệ|tỉ lệ|mức độ|số)\s[^;:%()]{3,160}?)\s+"
    r"(?P<word>đạt\s+từ|đạt\s+trên|đạt\s+tối\s+thiểu|đạt|từ|trên|tối\s+thiểu|ít\s+nhất|không\s+quá|tối\s+đa|dưới)\s+"
    r"(?P<figure>\d+(?:[.,]\d+)?)\s*(?P<unit>%|lần\s*/\s*tháng|lần/tháng)?(?P<up>\s+trở\s+lên)?",
    re.IGNORECASE,
)
RATE = re.compile(r"(?:tỷ lệ|tỉ lệ|mức độ)\s", re.IGNORECASE)     # measured in %, as the site writes it
WORDS = {"đạt trên": "trên", "đạt tối thiểu": "tối thiểu"}


@dataclass
class FoundTarget:
    """One target as written, with the registry id chosen (an exact name) or the ids proposed (near names)."""

    phrase: str
    word: str
    value: Decimal
    unit: str
    indicator: str | None
    proposals: list[str]
    footnotes: list[int]
    named: bool = True           # the phrase names the indicator ("Tỷ lệ ... đạt 90%"), not a whole clause
    written: str = ""            # a rate's figure written without its unit ("đạt 100"), as the document words it


def comparison_word(word: str, up: bool) -> str:
    """The record's comparison word for the words around the figure ("đạt từ" + "trở lên" -> "đạt từ … trở lên")."""
    word = " ".join(word.split()).casefold()
    word = WORDS.get(word, word)
    if up and word in {"từ", "đạt từ"}:
        return f"{word} … trở lên"
    return word


def match_indicator(phrase: str, names: dict[str, str]) -> tuple[str | None, list[str]]:
    """The indicator whose whole registry name begins the phrase (the longest), else up to 3 near names."""
    wanted = key(phrase)
    exact = [(len(name), ident) for name, ident in names.items() if wanted.startswith(name)]
    if exact:
        return max(exact)[1], []
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    return None, [names[name] for name in close]


def find_targets(text: str, names: dict[str, str]) -> list[FoundTarget]:
    """Every target phrase in one paragraph, in order."""
    found: list[FoundTarget] = []
    for match in TARGET.finditer(text):
        what = match.group("what")
        what = re.split(r"\.\s+|(?:[;,]\s*|\bvà\s+)(?=(?:tỷ lệ|tỉ lệ|mức độ)\s)", what, flags=re.IGNORECASE)[-1]
        indicator, proposals = match_indicator(what, names)
        unit = "percent" if match.group("unit") == "%" else ("times_per_month" if match.group("unit") else "")
        clause = text[match.end():].split(";")[0]
        after = re.search(r"\[\^(\d+)\]", text[match.end():])       # else the first mark that follows it
        notes = [int(n) for n in re.findall(r"\[\^(\d+)\]", clause)] or ([int(after.group(1))] if after else [])
        bare = not match.group("unit") and RATE.match(what.strip()) is not None    # a rate with no "%"
        found.append(FoundTarget(what.strip(), comparison_word(match.group("word"), bool(match.group("up"))),
                                 Decimal(match.group("figure").replace(",", ".")), unit, indicator, proposals, notes,
                                 written=" ".join(text[match.start("word"):match.end()].split()) if bare else ""))
    return found


# "100% người dân ... được hướng dẫn", "Ít nhất 90% người dân ...": the figure first, often with no comparison word
FIGURE_FIRST = re.compile(
    r"^(?:(?P<word>ít nhất|tối thiểu|trên|từ)\s+)?(?P<figure>\d+(?:[.,]\d+)?)\s*%\s+(?P<what>\S.{8,})$", re.IGNORECASE)
GROUP = re.compile(r"^(Nhóm chỉ tiêu[^:]{3,120}):\s*(.*)$", re.IGNORECASE)
LEAD = re.compile(r"^(?:phấn đấu(?:\s+thực hiện các chỉ tiêu)?\s*:?\s*)", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """A paragraph cut at ";", ". ", ": " and before a figure that begins a list member ("..., 50% bộ phận ..."),
    each piece trimmed."""
    pieces = re.split(r";\s*|\.\s+|:\s+|,\s+(?=\d+(?:[.,]\d+)?\s*%\s)", text)    # "A, 50% B ...": a new member
    return [piece.strip(" .") for piece in pieces if piece.strip(" .")]


def find_figure_first(text: str, names: dict[str, str]) -> tuple[str | None, list[FoundTarget]]:
    """The group a paragraph names ("Nhóm chỉ tiêu về ...:") and its figure-first targets; a missing comparison
    word is left empty (the draft makes it a TODO: the importer never supplies one)."""
    group = None
    if (named := GROUP.match(text)) is not None:
        group, text = named.group(1).strip(), named.group(2)
    found: list[FoundTarget] = []
    for clause in clauses(text):
        match = FIGURE_FIRST.match(LEAD.sub("", clause))
        if match is None or TARGET.search(clause):
            continue
        what = match.group("what")
        indicator, proposals = match_indicator(what, names)
        if indicator is None and not proposals:
            proposals = [names[n] for n in difflib.get_close_matches(key("tỷ lệ " + what), list(names), 3, 0.4)]
        marks = [int(n) for n in re.findall(r"\[\^(\d+)\]", clause)]
        found.append(FoundTarget(clause, (match.group("word") or "").casefold(),
                                 Decimal(match.group("figure").replace(",", ".")), "percent", None, proposals, marks,
                                 named=False))
    return group, found
