"""The body between the title and the signature: numbered sections, what each holds, footnotes, closing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .source import Para

ROMAN = re.compile(r"^([IVX]+)\s*[./]\s*(.+)$")
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\s*[./)]\s*(.+)$")
LETTERED = re.compile(r"^([a-zđ])\)\s*(.+)$")
FOOTNOTE = re.compile(r"^\[\^(\d+)\]\s*(.+)$")
REQUEST = re.compile(r"đề nghị\s+(.{3,120}?)\s+(?:thực hiện|triển khai)", re.IGNORECASE)

# heading words -> the record's section; the first that matches wins
TOPICS: tuple[tuple[str, str], ...] = (
    ("mục đích", "purposes"), ("yêu cầu", "requirements"), ("nội dung", "contents"), ("chỉ tiêu", "targets"),
    ("giải pháp", "solutions"), ("thời gian", "period"), ("đối tượng", "participants"),
    ("hình thức", "awards"), ("khen thưởng", "awards"), ("tiêu chuẩn", "awards"), ("hồ sơ", "awards"),
    ("báo cáo", "reporting"), ("tổ chức thực hiện", "responsibilities"), ("trách nhiệm", "responsibilities"),
)


@dataclass
class Item:
    """A paragraph of the body, its number as written ("2.1", "a") and the section it falls in."""

    text: str
    para: Para
    index: int
    topic: str
    number: str = ""
    heading: bool = False            # a sub-heading ("2. Tiêu chuẩn tặng Bằng khen ..."): structure, not content


@dataclass
class Body:
    """The body sorted by topic, with the footnotes and the closing paragraph apart."""

    items: list[Item] = field(default_factory=list)
    footnotes: list[tuple[int, str, Para, int]] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    requester: str = ""       # a letter's "đề nghị <who> thực hiện các nội dung sau:": its numbered items are duties

    def topic(self, name: str, headings: bool = False) -> list[Item]:
        """The items of one topic, in order; sub-headings only if asked for."""
        return [item for item in self.items if item.topic == name and (headings or not item.heading)]


def topic_of(heading: str) -> str | None:
    """The section a heading opens, by its words; None for a heading the importer does not know."""
    words = heading.casefold()
    if "mục đích" in words and "yêu cầu" in words:
        return "purposes"
    return next((topic for word, topic in TOPICS if word in words), None)


def is_heading(text: str, para: Para) -> bool:
    """A short line that names a part rather than saying something: no end mark, or bold, or upper case."""
    if len(text) > 90:
        return False
    return para.bold or text.isupper() or text.endswith(":") or not text.endswith((".", ";", ".."))


def read_body(paras: tuple[Para, ...], start: int, used: set[int]) -> Body:
    """Walk the body from `start`, skipping paragraphs the header took, and file each under its topic."""
    body = Body()
    topic, top = "preamble", "preamble"
    for index in range(start, len(paras)):
        if index in used:
            continue
        para = paras[index]
        text = re.sub(r"^[-+•]\s+(?=(?:\d+(?:\.\d+)*|[a-zđ])[.)])", "", para.text)
        if found := FOOTNOTE.match(text):
            body.footnotes.append((int(found.group(1)), found.group(2).strip(), para, index))
            continue
        roman = ROMAN.match(text)
        numbered = NUMBERED.match(text) or LETTERED.match(text)
        if roman and len(text) < 90:
            top = topic = topic_of(roman.group(2)) or "unknown"
            body.headings.add(index)
            continue
        if numbered and is_heading(numbered.group(2), para) and topic_of(numbered.group(2)):
            topic = topic_of(numbered.group(2)) or top
            body.headings.add(index)
            body.items.append(Item(numbered.group(2), para, index, topic, numbered.group(1), heading=True))
            continue
        if topic == "preamble" and text.endswith("sau:") and (asked := REQUEST.search(text)) is not None:
            body.requester = asked.group(1)
        elif body.requester and numbered and "." not in numbered.group(1) and not LETTERED.match(text):
            topic = "responsibilities"
        if text.endswith("./.") or text.endswith("/."):
            body.items.append(Item(text, para, index, "closing"))
            continue
        number = numbered.group(1) if numbered else ""
        clean = numbered.group(2) if numbered else text.lstrip("-+• ").strip()
        body.items.append(Item(clean, para, index, topic, number))
    return body
