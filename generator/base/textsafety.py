"""Characters that change what a reader sees without being seen, and text made safe for a terminal.

Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) can show a date or a name
reversed; zero-width and other invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD,
U+180E) make two texts that look the same differ. Records refuse them with a located message, as the
YAML reader refuses control characters. Nothing from the data reaches a terminal raw: escape sequences
and these characters are shown as `<U+001B>`.
"""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")        # all but tab and newline
UNSAFE_FOR_TERMINAL = re.compile(f"{CONTROL.pattern}|{INVISIBLE.pattern}")


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def first_unsafe(text: str) -> re.Match[str] | None:
    """The first control or invisible character in `text`, if any."""
    return UNSAFE_FOR_TERMINAL.search(text)


def terminal_safe(text: str) -> str:
    """`text` with every control or invisible character written as `<U+XXXX>`: never run by a terminal."""
    return UNSAFE_FOR_TERMINAL.sub(lambda m: f"<{code_point(m.group())}>", text)
