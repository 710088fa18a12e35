"""A strict YAML reader that remembers where every value came from.

It reads what a person means and refuses what they would not: only `true`
and `false` are booleans (`no` stays text), a number with a leading zero is
refused rather than read as octal, dates stay text for the schema to check,
duplicate keys and tab indentation are errors, and all text is normalised to
Unicode NFC. Every key and list item keeps its line and column.

The data is built straight from libyaml's parser events, in one pass: about
twice as fast as composing PyYAML's node tree first, and it stops at the first
sign of a file too deep or too large.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..base.errors import MAX_BYTES, Location, Problem
from .yamlevents import Builder, Stop
from .yamlscalars import Parser
from .yamltext import (
    MAX_PROBLEMS,
    PathKey,
    Position,
    decode_utf8,
    find_control_characters,
    find_tab_indents,
    format_path,
    syntax_problem,
)

__all__ = ["LoadedFile", "PathKey", "format_path", "load_yaml"]


@dataclass
class LoadedFile:
    """The data of one YAML file, and where each key and item stands in it."""

    path: Path
    data: Any
    positions: dict[PathKey, Position] = field(default_factory=dict)

    def locate(self, path: PathKey) -> Location:
        """The location of `path`, or of its nearest ancestor that exists in the file."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found:
                return Location(self.path, *found)
        return Location(self.path, 1, 1)



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
    parser = Parser(text)
    builder = Builder(path, parser)
    try:
        data = builder.document()
    except yaml.MarkedYAMLError as error:
        return None, [syntax_problem(path, error)]
    except yaml.YAMLError as error:  # a ReaderError has no mark; find_control_characters leaves none
        return None, [Problem(Location(path, 1, 1), "", "yaml_syntax", {"problem": str(error)})]
    except Stop as stop:
        return None, [stop.problem]
    finally:
        parser.dispose()
    if builder.problems:
        return None, builder.problems
    if not isinstance(data, dict):
        return None, [Problem(Location(path, 1, 1), "", "yaml_not_mapping")]
    positions = dict(builder.positions)
    positions[()] = (1, 1)
    return LoadedFile(path, data, positions), []
