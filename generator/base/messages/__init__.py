"""Every message staff can see, in Vietnamese and English: what is wrong, then what to do.

The catalogue is kept in parts by what the messages are about; a code is defined once."""

from __future__ import annotations

from collections.abc import Mapping

from .commands import COMMAND_MESSAGES
from .files import FILE_MESSAGES
from .hostile import HOSTILE_MESSAGES
from .importplan import IMPORT_MESSAGES
from .records import RECORD_MESSAGES
from .results import RESULT_MESSAGES
from .targets import TARGET_MESSAGES

PARTS = (FILE_MESSAGES, RECORD_MESSAGES, TARGET_MESSAGES, RESULT_MESSAGES, COMMAND_MESSAGES, HOSTILE_MESSAGES,
         IMPORT_MESSAGES)
# code -> (Vietnamese, English). `{name}` fields come from the problem's params.
CATALOGUE: dict[str, tuple[str, str]] = {code: texts for part in PARTS for code, texts in part.items()}


def explain(code: str, params: Mapping[str, object]) -> tuple[str, str]:
    """The Vietnamese and English message for `code`, filled with `params`."""
    vi, en = CATALOGUE.get(code, CATALOGUE["invalid"])
    safe = _Defaulting(params)
    return vi.format_map(safe), en.format_map(safe)


def bilingual(code: str, **params: object) -> str:
    """The message for `code` as two lines, Vietnamese first: for errors that have no place in a file."""
    vi, en = explain(code, params)
    return f"vi: {vi}\nen: {en}"


class _Defaulting(dict[str, object]):
    """Format params where a missing name shows as itself instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
