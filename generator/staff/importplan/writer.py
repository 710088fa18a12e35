"""Write a draft (dicts, lists, scalars, Pair, Todo, Note) as block YAML with comments, one value per line."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from .nodes import Note, Pair, Todo

ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")

HEADER = """\
# yaml-language-server: $schema=../_schema/campaign.schema.json
# Bản nháp do lệnh import-plan tạo từ {source}: soát từng mục với văn bản đã ký,
# điền mọi chỗ TODO, xóa các dòng chú thích REVIEW khi đã soát, rồi chạy "make check".
# Draft made by import-plan from {source}: check every item against the signed document,
# fill in every TODO, delete the REVIEW comments once checked, then run "make check".
"""


def scalar(value: Any) -> str:
    """One YAML scalar on one line, quoted only where YAML needs it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and ISO_DATE.match(value):
        return value                 # a date (or a month) reads as the model expects, unquoted like the records
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**9)
    return text.removesuffix("\n...\n").rstrip("\n")


def comment_lines(comments: list[str], indent: int) -> list[str]:
    """Each comment as `# ...` at `indent`, never breaking out of the comment."""
    return [" " * indent + "# " + " ".join(c.split()) for c in comments]


def unwrap(value: Any) -> tuple[Any, list[str]]:
    """A Note's value and comments; any other value and no comment."""
    if isinstance(value, Note):
        inner, more = unwrap(value.value)
        return inner, value.comments + more
    if isinstance(value, (Todo, Pair)):
        return value, list(value.comments)
    return value, []


def pair_map(value: Pair) -> dict[str, Any]:
    """A Pair as the mapping written: vi, en (or its TODO), then any extra keys."""
    return {"vi": value.vi, "en": value.en if value.en is not None else "TODO dịch / translate", **value.extra}


def emit(value: Any, indent: int, lead: str) -> list[str]:
    """Lines for `value`, the first one starting with `lead` (a key "name:" or a list dash "-")."""
    value, comments = unwrap(value)
    pad = " " * indent
    out = comment_lines(comments, indent)
    if isinstance(value, Pair):
        value = pair_map(value)
    if isinstance(value, Todo):
        return out + [f"{pad}{lead} {scalar(f'TODO {value.hint}'.strip())}"]
    if isinstance(value, dict) and value:
        return out + mapping(value, indent, lead)
    if isinstance(value, list) and value:
        if lead == "-":
            return out + [f"{pad}-"] + sequence(value, indent + 2)
        return out + [f"{pad}{lead}"] + sequence(value, indent + 2)
    empty = "{}" if isinstance(value, dict) else "[]" if isinstance(value, list) else scalar(value)
    return out + [f"{pad}{lead} {empty}"]


def mapping(value: dict[str, Any], indent: int, lead: str) -> list[str]:
    """A mapping; under a list dash its first key shares the dash's line."""
    lines: list[str] = []
    inner = indent + 2
    first = True
    for name, item in value.items():
        if lead == "-" and first:
            sub = emit(item, inner, f"{name}:")
            comments = [line for line in sub if line.lstrip().startswith("#")]
            rest = sub[len(comments):]
            lines += comments + [" " * indent + "- " + rest[0].lstrip()] + rest[1:]
        else:
            lines += emit(item, inner if lead == "-" else (indent + 2 if lead else indent), f"{name}:")
        first = False
    if lead and lead != "-":
        return [" " * indent + lead] + lines
    return lines


def sequence(items: list[Any], indent: int) -> list[str]:
    """A block sequence at `indent`."""
    lines: list[str] = []
    for item in items:
        lines += emit(item, indent, "-")
    return lines


REGISTRY_HEADER = """\
# yaml-language-server: $schema=../_schema/registry.schema.json
# Văn bản được dẫn trong {source} mà danh mục chưa có (lệnh import-plan): soát, điền chỗ TODO;
# có thể chuyển các mục này sang documents.yaml. / Documents cited in {source} that the registry lacks
# (import-plan): check them, fill in the TODOs; they may be moved into documents.yaml.
"""


def write_draft(record: dict[str, Any], source_name: str, header: str = HEADER) -> str:
    """The whole draft (a record, or registry entries) as text."""
    lines: list[str] = []
    for name, value in record.items():
        lines += emit(value, 0, f"{name}:")
        if isinstance(unwrap(value)[0], (dict, list)):
            lines.append("")
    return header.format(source=source_name) + "\n".join(lines).rstrip() + "\n"
