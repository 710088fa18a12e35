"""A YAML file's text before it is parsed, and PyYAML's own syntax errors, as located problems.

The text must be UTF-8 (a byte-order mark is dropped), hold only characters YAML allows and no
invisible ones that change what readers see, and be indented with spaces; a syntax error points
where a person would look: where an unclosed quote or bracket opens, not where PyYAML gave up.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..base.errors import Location, Problem
from ..base.textsafety import INVISIBLE

MAX_PROBLEMS = 100   # per file: the hundred-and-first duplicate key or tab adds nothing but time
# What YAML allows in a stream: anything else makes libyaml raise a ReaderError, which has no line.
NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
Position = tuple[int, int]
PathKey = tuple[str | int, ...]    # where a value stands: keys and list indexes from the top of its file


def mark_position(mark: yaml.Mark | yaml._yaml.Mark | None) -> Position:
    """A PyYAML mark as a line and a column counted from 1; the file's start if there is none."""
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def decode_utf8(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The text of `raw` as UTF-8 (a byte-order mark is dropped), or where it stops being UTF-8."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        good = raw[: error.start].decode("utf-8-sig", errors="replace")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        return None, [Problem(Location(path, line, column), "", "not_utf8", {"byte": f"0x{raw[error.start]:02X}"})]


def find_control_characters(path: Path, text: str) -> list[Problem]:
    """A problem for every character YAML does not allow (NUL, ESC, DEL, U+FFFE, ...), often pasted from Word,
    then for every invisible one that changes what readers see (bidirectional overrides, zero-width spaces)."""
    return (find_characters(path, text, NOT_PRINTABLE, "control_character")
            or find_characters(path, text, INVISIBLE, "invisible_character"))


def find_characters(path: Path, text: str, pattern: re.Pattern[str], code: str) -> list[Problem]:
    problems = []
    for match in pattern.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        location = Location(path, text.count("\n", 0, match.start()) + 1, match.start() - line_start + 1)
        problems.append(Problem(location, "", code, {"char": f"U+{ord(match.group()):04X}"}))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def find_tab_indents(path: Path, text: str) -> list[Problem]:
    """A problem for every line whose indentation contains a tab."""
    if "\t" not in text:               # nearly every file: skip the line-by-line look
        return []
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            problems.append(Problem(Location(path, number, indent.index("\t") + 1), "", "yaml_tab"))
    return problems


UNCLOSED = ("while scanning a quoted scalar", "while parsing a flow mapping", "while parsing a flow sequence")
RAN_ON = ("found unexpected end of stream", "found unexpected document", "did not find expected")


def unclosed(error: yaml.MarkedYAMLError) -> bool:
    """A quote or bracket left open on an earlier line than the one where PyYAML gave up looking for its end."""
    start, stop = error.context_mark, error.problem_mark
    return bool(start and stop and start.line < stop.line and (error.context or "").startswith(UNCLOSED)
                and (error.problem or "").startswith(RAN_ON))


def syntax_problem(path: Path, error: yaml.MarkedYAMLError) -> Problem:
    """A located problem from PyYAML's own syntax error."""
    mark = error.problem_mark or error.context_mark
    if unclosed(error):
        mark = error.context_mark        # where the quote or bracket opens, not a later line it ran into
    line, column = mark_position(mark)
    detail = " ".join(part for part in (error.context, error.problem) if part)
    return Problem(Location(path, line, column), "", "yaml_syntax", {"problem": detail})


def format_path(where: PathKey) -> str:
    """`('targets', 1, 'value')` as `targets[1].value`."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
