"""Dates known to the precision a document gives: a year, a month or a day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)  # not Arabic-Indic digits
JSON_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date that may lack its day, or its day and month ("ngày tháng 6 năm 2024")."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def first_day(self) -> dt.date:
        """The earliest calendar day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def parse_partial_date(value: Any) -> PartialDate:
    """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; refuse anything else, and impossible days."""
    if isinstance(value, PartialDate):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("date_format", "not a date", {"got": repr(value)})
    match = ISO_PARTIAL.match(value.strip())
    if not match:
        raise PydanticCustomError("date_format", "not a date", {"got": value})
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < dt.MINYEAR or (month is not None and not 1 <= month <= 12):
        raise PydanticCustomError("date_invalid", "no such date", {"got": value})
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except ValueError:
            raise PydanticCustomError("date_invalid", "no such date", {"got": value}) from None
    return PartialDate(year, month, day)


def parse_full_date(value: Any) -> PartialDate:
    """Like `parse_partial_date`, but the day is required (deadlines, windows)."""
    parsed = parse_partial_date(value)
    if not parsed.is_full:
        raise PydanticCustomError("date_needs_day", "needs a day", {"got": str(parsed)})
    return parsed


Partial = Annotated[
    PartialDate,
    PlainValidator(parse_partial_date),
    PlainSerializer(str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": JSON_PATTERN,
            "description": "YYYY-MM-DD, YYYY-MM hoặc YYYY / YYYY-MM-DD, YYYY-MM or YYYY",
        }
    ),
]

Full = Annotated[
    PartialDate,
    PlainValidator(parse_full_date),
    PlainSerializer(str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}$",
            "description": "YYYY-MM-DD (đủ ngày / a full date)",
        }
    ),
]
