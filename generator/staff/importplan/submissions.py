"""Where, how and until when dossiers are handed in (`submissions`), and who forwards them to whom and through
which unit by when (`forwarding`), with the units matched to the registry."""

from __future__ import annotations

import re
from typing import Any

from .body import Body, Item
from .draft import Context
from .nodes import Note, Todo, quote
from .wording import unit_words

DAY = r"(\d{1,2})/(\d{1,2})/(\d{4})"
BETWEEN = re.compile(r"từ\s+ngày\s+" + DAY + r"\s+đến\s+hết\s+ngày\s+" + DAY, re.IGNORECASE)
BEFORE = re.compile(r"trước\s+ngày\s+" + DAY, re.IGNORECASE)
# on the day too: "(đến) hết ngày", "chậm nhất (là) (vào) ngày"
THROUGH = re.compile(r"(?:đến\s+hết|hết|chậm\s+nhất(?:\s+là)?(?:\s+vào)?)\s+ngày\s+" + DAY, re.IGNORECASE)
URL = re.compile(r"https?://[^\s<>)\"]+")


def iso(day: str, month: str, year: str) -> str:
    """`YYYY-MM-DD`."""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def submission(item: Item, ctx: Context, number: int, dossiers: list[str]) -> dict[str, Any]:
    """Where and until when dossiers are handed in (the `number`th place, for `dossiers`), with the rule (before /
    through)."""
    text = item.text
    entry: dict[str, Any] = {"id": f"nop-ho-so-{number}"}
    entry["dossiers"] = dossiers
    after = re.split(r"\b(?:về|tại)\s+", text, maxsplit=1)[-1]
    unit = ctx.registry.unit_at_start(after)
    if unit is not None:
        entry["to"] = Note(unit[0], [f"nguồn/source {ctx.at(item.para)}: {quote(text, 200)}"])
        if (note := NOTE.match(after[len(unit[1]):])) is not None:
            entry["to_note"] = ctx.text(note.group(1).strip(), item.para)
    else:
        named = re.match(r"^([^()]{3,60}?)\s*\(([^)]{3,120})\)", after)
        near = ctx.registry.near_note(named.group(1) if named else after[:60])
        own = ctx.unit(named.group(1)) if named else None
        entry["to"] = Note(own, [f"nguồn/source {ctx.at(item.para)}: {quote(text, 200)}"]) if own else \
            ctx.todo("mã đơn vị nhận hồ sơ / receiving unit's id", item.para, near)
        if named is not None:
            entry["to_note"] = ctx.text(named.group(2).strip(), item.para)
    purpose, purpose_at = PURPOSE.search(after), None
    if purpose is not None:
        purpose_at = purpose.start(1)
    elif unit is not None and (purpose := BARE_PURPOSE.match(after[len(unit[1]):])) is not None:
        purpose_at = len(unit[1]) + purpose.start(1)
    if purpose is not None:
        entry["purpose"] = ctx.text(purpose.group(1), item.para)
    if (words := unit_words(receiver(after, purpose_at), entry["to"], ctx, item.para)) is not None:
        entry = {**{k: v for k, v in entry.items() if k in AHEAD}, "to_words": words,
                 **{k: v for k, v in entry.items() if k not in AHEAD}}        # beside `to`, as the records write it
    if (between := BETWEEN.search(text)) is not None:
        entry["opens"] = iso(*between.groups()[:3])
        entry["closes"] = {"date": iso(*between.groups()[3:]), "rule": "through"}
    elif (before := BEFORE.search(text)) is not None:
        entry["closes"] = {"date": iso(*before.groups()), "rule": "before"}
    elif (through := THROUGH.search(text)) is not None:
        entry["closes"] = {"date": iso(*through.groups()), "rule": "through"}
    add_channels(entry, text, ctx, item)
    return entry


AHEAD = ("id", "dossiers", "to")
# The words a time begins with, in any case ("CHẬM NHẤT LÀ NGÀY"): where a receiver's name or its purpose ends
TIME_WORDS = r"(?i:\btừ\s+ngày|\btrước\s+ngày|\bđến\s+hết|\bhết\s+ngày|\bchậm\s+nhất|\btrong\s+thời\s+gian)"
UNTIL = re.compile(r"\s*(?:" + TIME_WORDS + r"|;|(?<![A-ZĐ])\.(?=\s|$))")       # not "TP. Lạng Sơn"


def receiver(after: str, end: int | None) -> str:
    """Where dossiers go as the plan words it: from after "về"/"tại" to its purpose (at `end`), else to its time,
    without the bracketed note ("Văn phòng - Thống kê (công chức ...) của UBND xã": "... Thống kê của UBND xã");
    nothing if that runs on longer than a unit's name would."""
    if end is None:
        end = stop.start() if (stop := UNTIL.search(after)) is not None else len(after)
    text = after[:end]
    words = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).strip(" ,:")
    return words if len(words) <= MOST else ""


MOST = 100          # characters: a unit's name as a plan words it, not a clause


VIA = re.compile(r"gửi qua\s+(.+?)(?=\s+hoặc\b|[;.]|$)", re.IGNORECASE)
IN_PERSON = re.compile(r"(?:nộp\s+)?trực tiếp tại\s+(.+?)(?=\s+hoặc\b|[;.]|$)", re.IGNORECASE)
ONLINE = re.compile(r"trực tuyến\s+(?:trên|qua)\s+(.+?)\s+(?:tại\s+)?(?:địa chỉ\s+)?(?=https?://)", re.IGNORECASE)
# what the receiver does with the dossiers, before the time: "... về Sở Nội vụ (để) tổng hợp, thẩm định từ ngày ..."
WHEN = r"(?=\s*(?:" + TIME_WORDS + r"|[.;]|$))"
PURPOSE = re.compile(r"\b(để\s+[^.;()]{3,120}?)" + WHEN)
BARE_PURPOSE = re.compile(r"^(?:\s*\([^)]*\))?\s+(?!của\s|" + TIME_WORDS + r")([a-zđà-ỹ][^.;()]{2,120}?)" + WHEN)
NOTE = re.compile(r"^\s*\(\s*([^)]{3,120})\)")


def add_channels(entry: dict[str, Any], text: str, ctx: Context | None = None, item: Item | None = None) -> None:
    """The ways to hand in a paragraph names: "gửi qua" a desk, "trực tiếp tại" a place, an online system."""
    channels = entry.setdefault("channels", [])
    for pattern, kind in ((VIA, "via"), (IN_PERSON, "in_person")):
        if ctx is not None and (found := pattern.search(text)) is not None:
            channels.append({"kind": kind, "place": ctx.text(found.group(1).strip(), item.para if item else None)})
    urls = URL.findall(text)
    if urls:
        channel: dict[str, Any] = {"kind": "online"}
        if ctx is not None and (named := ONLINE.search(text)) is not None:
            name = named.group(1).strip()
            channel["name"] = ctx.text(name[:1].upper() + name[1:], item.para if item else None)
        channel["url"] = urls[0].rstrip(".,")
        channels.append(channel)
    if not channels:
        del entry["channels"]


FORWARD = re.compile(r"gửi\s+hồ sơ\s+(?:lên|về)\s+(.+?)\s*(?:\(qua\s+([^)]+)\))?\s*trước\s+ngày\s+" + DAY,
                     re.IGNORECASE)


def read_forwarding(body: Body, ctx: Context) -> list[Any]:
    """"... gửi hồ sơ về UBND huyện (qua Phòng Nội vụ) trước ngày 05/01/2025": who forwards, to whom, by when."""
    entries: list[Any] = []
    for item in body.topic("responsibilities"):
        found = FORWARD.search(item.text)
        if found is None:
            continue
        by = ctx.registry.unit_at_start(item.text + " ")
        entry: dict[str, Any] = {"by": by[0] if by else unit_or_todo(item.text[:60], ctx, item)}
        if by is not None:
            worded(entry, "by", forwarder(item.text, by[1]), ctx, item)
        entry["to"] = unit_or_todo(found.group(1), ctx, item)
        worded(entry, "to", found.group(1), ctx, item)
        if found.group(2):
            entry["via"] = unit_or_todo(found.group(2), ctx, item)
            worded(entry, "via", found.group(2), ctx, item)
        entry["deadline"] = {"date": iso(*found.groups()[2:5]), "rule": "before"}
        entries.append(Note(entry, [f"nguồn/source {ctx.at(item.para)}: {quote(item.text, 200)}"]))
    return entries


LEVEL = re.compile(r"^(?:xã|huyện|tỉnh|thành phố|phường|thị trấn|sở)\b")


def forwarder(text: str, name: str) -> str:
    """Who forwards as the plan heads its paragraph: the unit's name as written, with the level word after it
    ("Văn phòng - Thống kê xã có trách nhiệm ...": "Văn phòng - Thống kê xã")."""
    level = LEVEL.match(" ".join(text.split())[len(name):].strip())
    return f"{name} {level.group(0)}" if level else name


def worded(entry: dict[str, Any], part: str, words: str, ctx: Context, item: Item) -> None:
    """Add `<part>_words` where the plan words the unit of `part` otherwise than the registry names it."""
    if (named := unit_words(words, entry[part], ctx, item.para)) is not None:
        entry[f"{part}_words"] = named


def unit_or_todo(name: str, ctx: Context, item: Item) -> Any:
    """The unit with exactly this name, else a TODO proposing near ones."""
    exact = ctx.unit(name.strip())
    if exact:
        return exact
    return Todo(f"mã đơn vị / unit id: \"{name.strip()}\"", [ctx.registry.near_note(name)])
