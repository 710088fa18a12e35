"""A strict YAML reader that remembers where every value came from.

It reads what a person means and refuses what they would not: only `true`
and `false` are booleans (`no` stays text), a number with a leading zero is
refused rather than read as octal, dates stay text for the schema to check,
duplicate keys and tab indentation are errors, and all text is normalised to
Unicode NFC. Every key and list item keeps its line and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import MAX_BYTES, Location, Problem

PathKey = tuple[str | int, ...]
MAX_NODES = 200_000  # far above any real campaign, far below an alias bomb's expansion
MAX_DEPTH = 64       # nesting levels; a campaign uses about 8. Deeper crashes libyaml's composer (C recursion)
MAX_DIGITS = 100     # digits in a number; int() refuses more than 4300, and no document has more than a few
MAX_PROBLEMS = 100   # per file: the hundred-and-first duplicate key or tab adds nothing but time
# What YAML allows in a stream: anything else makes libyaml raise a ReaderError, which has no line.
NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc]
    """A loader whose implicit types are YAML 1.2 core, minus the surprises."""

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


TAG_NULL = "tag:yaml.org,2002:null"
TAG_BOOL = "tag:yaml.org,2002:bool"
TAG_INT = "tag:yaml.org,2002:int"
TAG_FLOAT = "tag:yaml.org,2002:float"
TAG_STR = "tag:yaml.org,2002:str"
TAG_MAP = "tag:yaml.org,2002:map"
TAG_SEQ = "tag:yaml.org,2002:seq"

_StrictLoader.add_implicit_resolver(TAG_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_StrictLoader.add_implicit_resolver(TAG_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_StrictLoader.add_implicit_resolver(TAG_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_StrictLoader.add_implicit_resolver(
    TAG_FLOAT,
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)

LEADING_ZERO = re.compile(r"^[-+]?0[0-9]+")


@dataclass
class LoadedFile:
    """The data of one YAML file, and where each key and item stands in it."""

    path: Path
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: PathKey) -> Location:
        """The location of `path`, or of its nearest ancestor that exists in the file."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found:
                return Location(self.path, *found)
        return Location(self.path, 1, 1)


class _Builder:
    """Turns composed YAML nodes into plain Python data, collecting problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.positions: dict[PathKey, tuple[int, int]] = {}
        self.nodes_seen = 0
        self.active: set[int] = set()

    def problem(self, node: Node, where: PathKey, code: str, **params: object) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            return
        mark = node.start_mark
        location = Location(self.path, mark.line + 1, mark.column + 1)
        self.problems.append(Problem(location, format_path(where), code, params))

    def build(self, node: Node, where: PathKey) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > MAX_NODES:
            raise _TooBig(node, MAX_NODES)
        if len(where) > MAX_DEPTH:  # aliases can nest deeper than the text does
            raise _TooBig(node, MAX_DEPTH)
        if id(node) in self.active:
            self.problem(node, where, "yaml_alias_loop")
            return None
        self.active.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self.build_mapping(node, where)
            if isinstance(node, SequenceNode):
                return self.build_sequence(node, where)
            assert isinstance(node, ScalarNode)
            return self.build_scalar(node, where)
        finally:
            self.active.discard(id(node))

    def build_mapping(self, node: MappingNode, where: PathKey) -> dict[str, Any]:
        self.check_tag(node, where, TAG_MAP)
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.build_key(key_node, where)
            if key is None:
                continue
            if key in result:
                self.problem(key_node, where + (key,), "yaml_duplicate_key", key=key, first=first_lines[key])
                continue
            first_lines[key] = key_node.start_mark.line + 1
            self.positions[where + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, where + (key,))
        return result

    def build_key(self, node: Node, where: PathKey) -> str | None:
        if not isinstance(node, ScalarNode):
            self.problem(node, where, "yaml_syntax", problem="a key must be plain text")
            return None
        return unicodedata.normalize("NFC", str(node.value))

    def build_sequence(self, node: SequenceNode, where: PathKey) -> list[Any]:
        self.check_tag(node, where, TAG_SEQ)
        items = []
        for index, item in enumerate(node.value):
            self.positions[where + (index,)] = (item.start_mark.line + 1, item.start_mark.column + 1)
            items.append(self.build(item, where + (index,)))
        return items

    def build_scalar(self, node: ScalarNode, where: PathKey) -> Any:
        value = str(node.value)
        if node.tag == TAG_NULL:
            return None
        if node.tag == TAG_BOOL:
            return value.lower() == "true"
        if node.tag in (TAG_INT, TAG_FLOAT) and not self.is_sane_number(node, where, value):
            return None
        if node.tag == TAG_INT:
            if LEADING_ZERO.match(value):
                self.problem(node, where, "yaml_leading_zero", got=value, fixed=str(int(value)))
            return int(value)
        if node.tag == TAG_FLOAT:
            return Decimal(value)
        self.check_tag(node, where, TAG_STR)
        return unicodedata.normalize("NFC", value)

    def is_sane_number(self, node: Node, where: PathKey, value: str) -> bool:
        """Refuse figures no document has, which int() and Decimal() raise on: thousands of digits, huge exponents."""
        digits, _, exponent = value.lower().partition("e")
        if len(digits) <= MAX_DIGITS and len(exponent.lstrip("+-")) <= 3:
            return True
        shown = value if len(value) <= 20 else value[:19] + "…"
        self.problem(node, where, "number_range", got=shown, limit=f"{MAX_DIGITS} digits")
        return False

    def check_tag(self, node: Node, where: PathKey, expected: str) -> None:
        if node.tag != expected:
            self.problem(node, where, "yaml_tag", tag=node.tag)


class _TooBig(Exception):
    def __init__(self, node: Node, limit: int) -> None:
        self.node = node
        self.limit = limit


def format_path(where: PathKey) -> str:
    """`('targets', 1, 'value')` as `targets[1].value`."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load_yaml(path: Path) -> tuple[LoadedFile | None, list[Problem]]:
    """Read one YAML file strictly; return its data, or the problems that stop it."""
    with path.open("rb") as file:
        raw = file.read(MAX_BYTES + 1)  # never more, however large the file
    if len(raw) > MAX_BYTES:
        return None, [Problem(Location(path, 1, 1), "", "yaml_too_big", {"limit": MAX_BYTES})]
    text, problems = decode_utf8(path, raw)
    if text is None:
        return None, problems
    problems = find_control_characters(path, text) or find_tab_indents(path, text)
    if problems:
        return None, problems[:MAX_PROBLEMS]
    try:
        refused = find_too_big(path, text)
        if refused:
            return None, [refused]
        root = yaml.compose(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        return None, [syntax_problem(path, error)]
    except yaml.YAMLError as error:  # a ReaderError has no mark; find_control_characters leaves none
        return None, [Problem(Location(path, 1, 1), "", "yaml_syntax", {"problem": str(error)})]
    if root is None:
        return None, [Problem(Location(path, 1, 1), "", "yaml_empty")]
    builder = _Builder(path)
    try:
        data = builder.build(root, ())
    except _TooBig as too_big:
        mark = too_big.node.start_mark
        return None, [Problem(Location(path, mark.line + 1, mark.column + 1), "", "yaml_too_big",
                              {"limit": too_big.limit})]
    if builder.problems:
        return None, builder.problems
    if not isinstance(data, dict):
        return None, [Problem(Location(path, 1, 1), "", "yaml_not_mapping")]
    builder.positions[()] = (1, 1)
    return LoadedFile(path, data, builder.positions), []


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
    """A problem for every character YAML does not allow (NUL, ESC, DEL, U+FFFE, ...), often pasted from Word."""
    problems = []
    for match in NOT_PRINTABLE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        location = Location(path, text.count("\n", 0, match.start()) + 1, match.start() - line_start + 1)
        problems.append(Problem(location, "", "control_character", {"char": f"U+{ord(match.group()):04X}"}))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def find_too_big(path: Path, text: str) -> Problem | None:
    """A problem at the first collection nested deeper than MAX_DEPTH, or the first node beyond MAX_NODES.

    Checked on the event stream, which stops early, before composing: libyaml's composer recurses in C
    and crashes the interpreter on deep nesting, and it would spend seconds on a million nodes.
    """
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_StrictLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
            continue
        elif not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            continue
        nodes += 1
        if depth > MAX_DEPTH or nodes > MAX_NODES:
            line, column = (event.start_mark.line + 1, event.start_mark.column + 1) if event.start_mark else (1, 1)
            return Problem(Location(path, line, column), "", "yaml_too_big",
                           {"limit": MAX_DEPTH if depth > MAX_DEPTH else MAX_NODES})
    return None


def find_tab_indents(path: Path, text: str) -> list[Problem]:
    """A problem for every line whose indentation contains a tab."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            problems.append(Problem(Location(path, number, indent.index("\t") + 1), "", "yaml_tab"))
    return problems


def syntax_problem(path: Path, error: yaml.MarkedYAMLError) -> Problem:
    """A located problem from PyYAML's own syntax error."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    detail = " ".join(part for part in (error.context, error.problem) if part)
    return Problem(Location(path, line, column), "", "yaml_syntax", {"problem": detail})
