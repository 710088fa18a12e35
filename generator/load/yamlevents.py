"""Plain Python data built straight from libyaml's parser events, in one pass, with every value's position.

Reading events rather than PyYAML's composed nodes parses the text once and bounds the work (see `Builder`)."""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from ..base.errors import Location, Problem
from .yamlscalars import (
    LEADING_ZERO,
    MAX_DIGITS,
    NON_SPECIFIC,
    TAG_BOOL,
    TAG_FLOAT,
    TAG_INT,
    TAG_MAP,
    TAG_NULL,
    TAG_SEQ,
    TAG_STR,
    TYPE_PATTERNS,
    Parser,
    can_be,
)
from .yamltext import MAX_PROBLEMS, PathKey, Position, format_path, mark_position

MAX_NODES = 200_000  # far above any real campaign, far below an alias bomb's expansion
MAX_DEPTH = 64       # nesting levels; a campaign uses about 8. The builder below recurses once per level


def position(event: yaml.Event) -> Position:
    """Where an event starts (libyaml marks every event)."""
    return mark_position(event.start_mark)


@dataclass
class Anchor:
    """A node with an anchor, for its aliases: its data, size, depth, and where its keys and items stand."""

    at: Position
    where: PathKey
    first_position: int                 # its entries in Builder.positions: [first_position:last_position]
    first_node: int                     # Builder.nodes_seen when it opened
    deepest_outside: int                # Builder.deepest when it opened
    last_position: int = -1             # -1 while it is being built
    value: Any = None
    raw: str | None = None              # a scalar's text as written, should an alias of it be used as a key
    nodes: int = 0
    depth: int = 0

    @property
    def done(self) -> bool:
        return self.last_position >= 0


class Stop(Exception):
    """A problem that ends the reading of a file: it is too big, or not one well-formed document."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


class Builder:
    """Builds plain Python data from libyaml's events in one pass, collecting problems.

    Reading events rather than PyYAML's composed nodes parses the text once, keeps nothing but the data,
    and bounds the work: nesting deeper than MAX_DEPTH or more than MAX_NODES values (aliases counted as
    often as they are used) stop the build at once. libyaml's own composer recurses in C and crashes the
    interpreter on deep nesting; this recursion is Python's, and never deeper than MAX_DEPTH.
    """

    def __init__(self, path: Path, parser: Parser) -> None:
        self.path = path
        self.parser = parser
        self.problems: list[Problem] = []
        self.positions: list[tuple[PathKey, Position]] = []
        self.nodes_seen = 0
        self.deepest = 0        # the longest path built since the innermost open anchor opened, aliases expanded
        self.anchors: dict[str, Anchor] = {}
        self.muted = 0          # inside a key or value that is dropped: build it for its anchors, report nothing

    def problem(self, at: Position, where: PathKey, code: str, **params: object) -> None:
        if self.muted or len(self.problems) >= MAX_PROBLEMS:
            return
        self.problems.append(Problem(Location(self.path, *at), format_path(where), code, params))

    def stop(self, at: Position, code: str, **params: object) -> Stop:
        return Stop(Problem(Location(self.path, *at), "", code, params))

    def check_size(self, at: Position, depth: int) -> None:
        if self.nodes_seen > MAX_NODES:
            raise self.stop(at, "yaml_too_big", limit=MAX_NODES)
        if depth > MAX_DEPTH:
            raise self.stop(at, "yaml_too_big", limit=MAX_DEPTH)

    def document(self) -> Any:
        """The stream's one document; a file with none (only comments, or nothing) is a problem."""
        self.parser.get_event()                                   # stream start
        if isinstance(self.parser.peek_event(), yaml.StreamEndEvent):
            raise self.stop((1, 1), "yaml_empty")
        self.parser.get_event()                                   # document start
        data = self.node(self.parser.get_event(), ())
        self.parser.get_event()                                   # document end
        after = self.parser.get_event()
        if not isinstance(after, yaml.StreamEndEvent):
            raise self.stop(position(after), "yaml_syntax",
                            problem="expected a single document in the stream but found another document")
        return data

    def node(self, event: yaml.Event, where: PathKey) -> Any:
        self.nodes_seen += 1
        self.deepest = max(self.deepest, len(where))
        if self.nodes_seen > MAX_NODES or len(where) > MAX_DEPTH:
            self.check_size(position(event), len(where))
        if isinstance(event, yaml.AliasEvent):
            return self.alias(event, where)
        assert isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)), event
        anchor = self.open_anchor(event.anchor, event, where) if event.anchor is not None else None
        if isinstance(event, yaml.MappingStartEvent):
            value: Any = self.mapping(event, where)
        elif isinstance(event, yaml.SequenceStartEvent):
            value = self.sequence(event, where)
        else:
            assert isinstance(event, yaml.ScalarEvent)
            value = self.scalar(event, where)
            if anchor is not None:
                anchor.raw = unicodedata.normalize("NFC", event.value)
        if anchor is not None:
            self.close_anchor(anchor, value)
        return value

    def open_anchor(self, name: str, event: yaml.Event, where: PathKey) -> Anchor:
        if name in self.anchors:
            first = self.anchors[name].at
            raise self.stop(position(event), "yaml_syntax",
                            problem=f"found duplicate anchor &{name}; first occurrence at line {first[0]}")
        anchor = Anchor(position(event), where, len(self.positions), self.nodes_seen, self.deepest)
        self.anchors[name] = anchor
        self.deepest = len(where)
        return anchor

    def close_anchor(self, anchor: Anchor, value: Any) -> None:
        """Its data, and its size and depth, counted as built (also when muted, so aliases of it are bounded)."""
        anchor.value, anchor.last_position = value, len(self.positions)
        anchor.nodes = self.nodes_seen - anchor.first_node + 1
        anchor.depth = self.deepest - len(anchor.where)
        self.deepest = max(self.deepest, anchor.deepest_outside)

    def alias(self, event: yaml.AliasEvent, where: PathKey) -> Any:
        """A copy of the anchored node's data, with its positions under `where`."""
        anchor = self.anchors.get(event.anchor or "")
        if anchor is None:
            raise self.stop(position(event), "yaml_syntax", problem=f"found undefined alias *{event.anchor}")
        if not anchor.done:
            self.problem(anchor.at, where, "yaml_alias_loop")
            return None
        self.nodes_seen += anchor.nodes - 1
        self.deepest = max(self.deepest, len(where) + anchor.depth)
        self.check_size(position(event), len(where) + anchor.depth)
        if not self.muted:
            self.positions += [(where + key[len(anchor.where):], at)
                               for key, at in self.positions[anchor.first_position:anchor.last_position]]
        return copy.deepcopy(anchor.value)

    def mapping(self, event: yaml.MappingStartEvent, where: PathKey) -> dict[str, Any]:
        self.check_tag(event, where, TAG_MAP)
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        while not isinstance(key_event := self.parser.get_event(), yaml.MappingEndEvent):
            key = self.key(key_event, where)
            at = position(key_event)
            if key is not None and key in result:
                self.problem(at, where + (key,), "yaml_duplicate_key", key=key, first=first_lines[key])
                key = None
            if key is None:
                self.dropped(self.parser.get_event(), where)
                continue
            first_lines[key] = at[0]
            if not self.muted:
                self.positions.append((where + (key,), at))
            result[key] = self.node(self.parser.get_event(), where + (key,))
        return result

    def key(self, event: yaml.Event, where: PathKey) -> str | None:
        """A mapping key as written (`1` and `no` stay text); None, after saying so, if it is not plain text."""
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                self.dropped(event, where)     # for the anchor: an alias of it may be a key or a value
            return unicodedata.normalize("NFC", event.value)
        anchor = self.anchors.get(event.anchor or "") if isinstance(event, yaml.AliasEvent) else None
        if anchor is not None and anchor.raw is not None:
            return anchor.raw
        self.dropped(event, where)
        self.problem(position(event), where, "yaml_syntax", problem="a key must be plain text")
        return None

    def dropped(self, event: yaml.Event, where: PathKey) -> None:
        """Build a node that is not kept (a duplicate key's value, a key that is not text) for its anchors."""
        self.muted += 1
        try:
            self.node(event, where)
        finally:
            self.muted -= 1

    def sequence(self, event: yaml.SequenceStartEvent, where: PathKey) -> list[Any]:
        self.check_tag(event, where, TAG_SEQ)
        items: list[Any] = []
        while not isinstance(item := self.parser.get_event(), yaml.SequenceEndEvent):
            index = len(items)
            if not self.muted:
                self.positions.append((where + (index,), position(item)))
            items.append(self.node(item, where + (index,)))
        return items

    def scalar(self, event: yaml.ScalarEvent, where: PathKey) -> Any:
        value = event.value
        tag = event.tag
        if tag in NON_SPECIFIC:
            tag = self.parser.resolve(yaml.ScalarNode, value, event.implicit)
        elif tag in TYPE_PATTERNS and not can_be(tag, value):     # `!!int many`
            self.problem(position(event), where, "yaml_tag", tag=tag)
            return None
        if tag == TAG_NULL:
            return None
        if tag == TAG_BOOL:
            return value.lower() == "true"
        if tag in (TAG_INT, TAG_FLOAT) and not self.is_sane_number(event, where, value):
            return None
        if tag == TAG_INT:
            if LEADING_ZERO.match(value):
                self.problem(position(event), where, "yaml_leading_zero", got=value, fixed=str(int(value)))
            return int(value)
        if tag == TAG_FLOAT:
            return Decimal(value)
        if tag != TAG_STR:
            self.problem(position(event), where, "yaml_tag", tag=tag)
        return unicodedata.normalize("NFC", value)

    def is_sane_number(self, event: yaml.ScalarEvent, where: PathKey, value: str) -> bool:
        """Refuse figures no document has, which int() and Decimal() raise on: thousands of digits, huge exponents."""
        digits, _, exponent = value.lower().partition("e")
        if len(digits) <= MAX_DIGITS and len(exponent.lstrip("+-")) <= 3:
            return True
        shown = value if len(value) <= 20 else value[:19] + "…"
        self.problem(position(event), where, "number_range", got=shown, limit=f"{MAX_DIGITS} digits")
        return False

    def check_tag(self, event: yaml.CollectionStartEvent, where: PathKey, expected: str) -> None:
        if event.tag not in NON_SPECIFIC and event.tag != expected:
            self.problem(position(event), where, "yaml_tag", tag=event.tag)
