"""What a plain YAML scalar may be: YAML 1.2's core types minus the surprises (`no` is text, `010` is refused).

libyaml's parser is used with these resolvers only; the data itself is built by `yamlevents`."""

from __future__ import annotations

import re

import yaml

MAX_DIGITS = 100     # digits in a number; int() refuses more than 4300, and no document has more than a few

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Parser(_BaseLoader):  # type: ignore[misc]
    """libyaml's parser and PyYAML's resolver with the types below: only the events and the resolver are used;
    the data is built from them here, not by PyYAML."""

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


TAG_NULL = "tag:yaml.org,2002:null"
TAG_BOOL = "tag:yaml.org,2002:bool"
TAG_INT = "tag:yaml.org,2002:int"
TAG_FLOAT = "tag:yaml.org,2002:float"
TAG_STR = "tag:yaml.org,2002:str"
TAG_MAP = "tag:yaml.org,2002:map"
TAG_SEQ = "tag:yaml.org,2002:seq"
NON_SPECIFIC = (None, "!")     # no tag, or `!`: the tag comes from the value (plain scalars) or the kind

# What a scalar of each type looks like: YAML 1.2 core minus the surprises.
TYPE_PATTERNS = {
    TAG_BOOL: re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    TAG_NULL: re.compile(r"^(?:~|null|Null|NULL|)$"),
    TAG_INT: re.compile(r"^[-+]?[0-9]+$"),
    TAG_FLOAT: re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
}
# The types a plain scalar may have, by its first character, in the order they are tried.
Parser.add_implicit_resolver(TAG_BOOL, TYPE_PATTERNS[TAG_BOOL], list("tTfF"))
Parser.add_implicit_resolver(TAG_NULL, TYPE_PATTERNS[TAG_NULL], ["~", "n", "N", ""])
Parser.add_implicit_resolver(TAG_INT, TYPE_PATTERNS[TAG_INT], list("-+0123456789"))
Parser.add_implicit_resolver(TAG_FLOAT, TYPE_PATTERNS[TAG_FLOAT], list("-+0123456789."))

LEADING_ZERO = re.compile(r"^[-+]?0[0-9]+")


def can_be(tag: str, value: str) -> bool:
    """Whether a scalar tagged `tag` by hand can be read as that type (`!!float 5` can)."""
    return bool(TYPE_PATTERNS[tag].match(value) or (tag == TAG_FLOAT and TYPE_PATTERNS[TAG_INT].match(value)))
