"""Languages: the UI catalogues, and dates and numbers written the local way."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal

from ..base.errors import InputProblems, Location, Problem
from ..load.yamlload import load_yaml
from ..model.campaign import Text
from ..model.catalogues import Kind
from ..model.dates import PartialDate
from ..model.fields import LANGUAGES

LOCALES_DIR = Path(__file__).resolve().parents[1] / "base" / "locales"


@dataclass(frozen=True)
class Language:
    """One language of the site: its code, its UI strings and its ways of writing."""

    code: str
    strings: dict[str, str]

    @property
    def is_default(self) -> bool:
        return self.code == LANGUAGES[0]

    @property
    def prefix(self) -> str:
        """Where this language's pages live under the site root: "" for Vietnamese, "en/" for English."""
        return "" if self.is_default else f"{self.code}/"

    def url(self, site_url: str, path: str = "") -> str:
        """A page's public address in this language: `phong-trao/x/` -> https://…/en/phong-trao/x/."""
        return f"{site_url.rstrip('/')}/{self.prefix}{path}"

    def t(self, key: str, **values: object) -> str:
        """A UI string, with `{name}` fields filled in."""
        return self.strings[key].format(**values) if values else self.strings[key]

    def plural(self, key: str, count: int, **values: object) -> str:
        """A UI string for `count` of something: the `<key>_one` form, where there is one, for exactly one ("1 set",
        "1 day left")."""
        one = f"{key}_one"
        return self.t(one if count == 1 and one in self.strings else key, **values)

    def text(self, text: Text) -> str:
        """This language's side of a bilingual text."""
        return str(getattr(text, self.code))

    def name(self, entry: Kind) -> str:
        """This language's name of a catalogue entry (a kind of document, an award, a recipient)."""
        return entry.vi if self.code == "vi" else entry.en

    def day(self, day: dt.date) -> str:
        """12/06/2024 in Vietnamese, 12 June 2024 in English."""
        if self.code == "vi":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return local_date(day, "d MMMM y", self.code)

    def short_day(self, day: dt.date) -> str:
        """12/06/2024 in Vietnamese, 12 Jun 2024 in English: for a chart's axis."""
        return self.day(day) if self.code == "vi" else local_date(day, "d MMM y", self.code)

    def date(self, date: PartialDate) -> str:
        """A date at the precision it is known: "tháng 6/2024" / "June 2024" when the day is unknown."""
        if date.day is not None:
            return self.day(date.first_day())
        if date.month is not None:
            if self.code == "vi":
                return f"tháng {date.month}/{date.year}"
            return local_date(date.first_day(), "MMMM y", self.code)
        return f"năm {date.year}" if self.code == "vi" else str(date.year)

    def date_phrase(self, date: PartialDate) -> str:
        """A date inside a sentence: "ngày 12/06/2024" / "tháng 6/2024" in Vietnamese, as `date` in English."""
        if self.code == "vi" and date.day is not None:
            return f"ngày {self.date(date)}"
        return self.date(date)

    def number(self, value: Decimal) -> str:
        """98,5 in Vietnamese, 98.5 in English; no trailing zeros."""
        normalized = value.normalize() if value == value.to_integral_value() else value
        return local_decimal(str(normalized), self.code)


# Babel's formatting is slow and a province's pages repeat the same dates and figures thousands of
# times: each is formatted once. A figure is keyed by its text, since Decimal("45") == Decimal("45.0").

@functools.lru_cache(maxsize=1 << 14)
def local_date(day: dt.date, pattern: str, locale: str) -> str:
    return format_date(day, pattern, locale=locale)


@functools.lru_cache(maxsize=1 << 14)
def local_decimal(digits: str, locale: str) -> str:
    return format_decimal(Decimal(digits), locale=locale, decimal_quantization=False)


def sentence_start(text: str) -> str:
    """`text` to begin a sentence or a table cell: with a capital first letter. Names written for the middle of a
    sentence ("reception and results section of ...") keep their case there."""
    return text[:1].upper() + text[1:]


def load_languages(locales_dir: Path = LOCALES_DIR) -> dict[str, Language]:
    """Both catalogues; a key present in one and missing in the other is an error, not a fallback."""
    catalogues: dict[str, dict[str, str]] = {}
    problems: list[Problem] = []
    for code in LANGUAGES:
        loaded, found = load_yaml(locales_dir / f"{code}.yaml")
        problems.extend(found)
        catalogues[code] = {str(k): str(v) for k, v in (loaded.data if loaded else {}).items()}
    for code in LANGUAGES:
        for other in LANGUAGES:
            for key in sorted(set(catalogues[other]) - set(catalogues[code])):
                problems.append(Problem(Location(locales_dir / f"{code}.yaml"), key, "missing_translation",
                                        {"key": key, "language": code}))
    if problems:
        raise InputProblems(problems)
    return {code: Language(code, catalogues[code]) for code in LANGUAGES}
