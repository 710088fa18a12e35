"""The dates, numbers and footnote marks a built page, calendar or feed entry shows, and those a record states.

Shown facts are read from a page's main content only (its <article>): the header, navigation, footer and
contact block are outside it, so site-wide chrome is left out by the page's structure. A value the page
labels as computed (generator/compute/labels.py) is taken out of the text with its label and checked on
its own: a "last day" is the day before a stated date, "today" is the build's today.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from typing import Any

from generator.compute.labels import COMPUTED_VALUES, ComputedKind

Day = tuple[int, ...]          # (y, m, d) a day, (y, m) a month, (y,) a year
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH = "|".join(MONTHS)
DATE = (rf"\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}} (?:{MONTH}) \d{{4}}|[Tt]háng \d{{1,2}}(?:/| năm )\d{{4}}"
        rf"|(?:{MONTH}) \d{{4}}")
DATE_FORMS: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), lambda m: (int(m[3]), int(m[2]), int(m[1]))),
    (re.compile(rf"\b(\d{{1,2}}) ({MONTH}) (\d{{4}})\b"), lambda m: (int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"[Tt]háng (\d{1,2})(?:/| năm )(\d{4})\b"), lambda m: (int(m[2]), int(m[1]))),
    (re.compile(rf"\b({MONTH}) (\d{{4}})\b"), lambda m: (int(m[2]), MONTHS.index(m[1]) + 1)),
    (re.compile(r"\b(\d{1,2})/(\d{4})\b(?!/)"), lambda m: (int(m[2]), int(m[1]))),
]
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
URL = re.compile(r"https?://\S+")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass
class Facts:
    """Dates, numbers and footnote marks, as shown or as stated."""

    dates: set[Day] = field(default_factory=set)
    numbers: set[Decimal] = field(default_factory=set)
    marks: set[int] = field(default_factory=set)

    def __ior__(self, other: Facts) -> Facts:
        self.dates |= other.dates
        self.numbers |= other.numbers
        self.marks |= other.marks
        return self


def valid(day: Day) -> bool:
    try:
        if len(day) == 3:
            dt.date(*day)
        return len(day) != 2 or 1 <= day[1] <= 12
    except ValueError:
        return False


def number(token: str, lang: str) -> Decimal | None:
    """ "1.200" or "98,5" in Vietnamese, "1,200" or "98.5" in English; a leading zero dropped ("01" is 1)."""
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    groups = token.split(thousands)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and decimal not in token:
        token = "".join(groups)
    token = token.split(thousands)[0].replace(decimal, ".")
    try:
        return Decimal(token).normalize()
    except InvalidOperation:
        return None


def text_facts(text: str, lang: str) -> Facts:
    """The dates (whole, or a month, as written in either language) and the other numbers of a text."""
    found = Facts()
    text = URL.sub(" ", unicodedata.normalize("NFC", text))
    for pattern, parts in DATE_FORMS:
        def take(m: re.Match[str], parts: Any = parts) -> str:
            day = parts(m)
            if not valid(day):
                return m[0]
            found.dates.add(day)
            return " "
        text = pattern.sub(take, text)
    found.numbers = {n for token in NUMBER.findall(text) if (n := number(token, lang)) is not None}
    return found


def first_and_last(day: Day) -> tuple[dt.date, dt.date]:
    """The first and the last day a date covers: a day, a month or a year."""
    if len(day) == 3:
        return dt.date(*day), dt.date(*day)
    if len(day) == 2:
        after = dt.date(day[0] + day[1] // 12, day[1] % 12 + 1, 1)
        return dt.date(day[0], day[1], 1), after - dt.timedelta(days=1)
    return dt.date(day[0], 1, 1), dt.date(day[0], 12, 31)


# --- What a record states ------------------------------------------------------------------------------

ISO_PART = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def record_facts(value: object, lang: str | None = None, ids: set[str] | None = None) -> Facts:
    """Every date, number and footnote number in a record's YAML leaves (texts read in their language);
    the registry ids it names are added to `ids`."""
    found = Facts()
    if isinstance(value, dict):
        for key, item in value.items():
            found |= record_facts(item, key if key in ("vi", "en") else lang, ids)
            if key == "footnotes":
                found.marks |= {int(note["number"]) for note in item}
    elif isinstance(value, list):
        for item in value:
            found |= record_facts(item, lang, ids)
    elif isinstance(value, dt.date):
        found.dates.add((value.year, value.month, value.day))
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        found.numbers.add(Decimal(str(value)).normalize())
    elif isinstance(value, str):
        if m := ISO_PART.match(value):
            found.dates.add((int(m[1]), int(m[2])) if m[2] else (int(m[1]),))
        if ids is not None:
            ids.add(value)
        for side in [lang] if lang else ["vi", "en"]:
            found |= text_facts(value, side)
    return found


# --- What a page shows ---------------------------------------------------------------------------------

VOID = {"br", "img", "input", "meta", "link", "hr", "col", "source", "wbr"}


class Article(HTMLParser):
    """The text of a page's <article>, its footnote marks, and where its links go."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.skip, self.in_mark = 0, 0, 0
        self.parts: list[str] = []
        self.marks: set[int] = set()
        self.links: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if not self.depth:
            self.depth = 1 if tag == "article" and "md-content__inner" in a.get("class", "") else 0
            return
        self.skip += tag in ("script", "style")
        self.in_mark += tag == "sup" and "footnote-ref" in a.get("class", "")
        if tag == "li" and a.get("id", "").startswith("fn-"):
            self.marks.add(int(a.get("value") or a["id"][3:]))
        if tag == "a" and a.get("href"):
            self.links.add(a["href"])
        self.depth += tag not in VOID
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.skip -= tag in ("script", "style")
            self.in_mark -= bool(tag == "sup" and self.in_mark)
            self.depth -= tag not in VOID
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            if self.in_mark and data.strip().isdigit():
                self.marks.add(int(data))
            elif not self.in_mark:
                self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def article(html: str) -> Article:
    found = Article()
    found.feed(html)
    return found


# --- Labels: computed values and the site's own wording ------------------------------------------------

def label_pattern(message: str, holder: str) -> re.Pattern[str]:
    """A message as a pattern: the computed placeholder captured ("" for the timeline date just before it)."""
    pieces, last = [], 0
    for m in PLACEHOLDER.finditer(message):
        pieces.append(re.escape(message[last:m.start()]))
        pieces.append(rf"(?P<value>{DATE}|\d+)" if m[1] == holder else r".+?")
        last = m.end()
    pieces.append(re.escape(message[last:]))
    body = "".join(pieces)
    return re.compile(rf"(?P<value>{DATE}) {body}" if holder == "" else body)


def computed(text: str, strings: dict[str, str]) -> tuple[str, list[tuple[str, ComputedKind]]]:
    """The text without the values its labels say are computed, and those values with what they are."""
    found: list[tuple[str, ComputedKind]] = []
    for key, (holder, kind) in COMPUTED_VALUES.items():
        def take(m: re.Match[str], kind: ComputedKind = kind) -> str:
            found.append((m["value"], kind))
            return m[0][:m.start("value") - m.start()] + " " + m[0][m.end("value") - m.start():]
        text = label_pattern(strings[key], holder).sub(take, text)
    return text, found


def site_wording(text: str, strings: dict[str, str]) -> str:
    """The text without the site's own words that hold digits ("(UTC+7)"): wording, not a fact of a record."""
    for message in strings.values():
        for piece in PLACEHOLDER.split(message)[::2]:
            if re.search(r"\d", piece) and len(piece.strip()) > 3:
                text = text.replace(piece.strip(), " ")
    return text
