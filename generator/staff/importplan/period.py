"""The campaign's period: "từ ngày ban hành", day-to-day, month-only, and a stated number of days."""

from __future__ import annotations

import re
from typing import Any

DAY = r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
MONTH = r"tháng\s*(\d{1,2})\s*/\s*(\d{4})"
STARTS_AT_ISSUANCE = re.compile(r"từ\s+(?:ngày\s+)?(?:ban hành|ký)", re.IGNORECASE)
FROM_DAY = re.compile(r"từ\s+(?:ngày\s+)?" + DAY, re.IGNORECASE)
FROM_MONTH = re.compile(r"từ\s+" + MONTH, re.IGNORECASE)
TO_DAY = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?" + DAY, re.IGNORECASE)
TO_MONTH = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?" + MONTH, re.IGNORECASE)
DAYS = re.compile(r"(\d{1,4})\s+ngày\b", re.IGNORECASE)


def iso_day(day: str, month: str, year: str) -> str:
    """`YYYY-MM-DD` from the document's day, month and year."""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def read_period(text: str) -> dict[str, Any] | None:
    """The period one paragraph states, or None if it states no end."""
    period: dict[str, Any] = {}
    if (found := FROM_DAY.search(text)) is not None:
        period["starts"] = iso_day(*found.groups())
    elif (found := FROM_MONTH.search(text)) is not None:
        period["starts"] = f"{found.group(2)}-{int(found.group(1)):02d}"
    elif STARTS_AT_ISSUANCE.search(text):
        period["starts_at_issuance"] = True
    if (found := TO_DAY.search(text)) is not None:
        period["ends"] = iso_day(*found.groups())
    elif (found := TO_MONTH.search(text)) is not None:
        period["ends"] = f"{found.group(2)}-{int(found.group(1)):02d}"
    else:
        return None
    if (found := DAYS.search(text)) is not None and not TO_DAY.search(text[found.start() - 12: found.end()]):
        period["stated_days"] = int(found.group(1))
    return period
