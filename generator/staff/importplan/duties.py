"""The draft's duties: who is responsible for what (units named by the plan's words, the registry's proposed), and
where and how often they report."""

from __future__ import annotations

import re
from typing import Any

from .body import Body, Item
from .draft import Context
from .draft_body import split_duties, texts
from .nodes import Note, Pair, Todo
from .registry import near_note
from .submissions import unit_or_todo
from .wording import unit_words

CADENCES = (("hằng tháng", "monthly"), ("hàng tháng", "monthly"), ("quý", "quarterly"), ("6 tháng", "half_yearly"),
            ("năm", "yearly"))


def responsibilities(body: Body, ctx: Context) -> list[Any]:
    """Each numbered item of "Tổ chức thực hiện": its unit when it begins with a registry name."""
    entries: list[Any] = []
    asked: dict[str, Any] | None = None
    for item in body.topic("responsibilities"):
        if entries and not item.number and not ctx.registry.unit_at_start(item.text):
            entries[-1]["duties"].append(ctx.text(item.text, item.para))
            continue
        assigned = re.sub(r"^Giao\s+", "", item.text)
        start = ctx.registry.unit_at_start(assigned + " ")
        if start is None and assigned != item.text and (named := re.match(r"^([^:;]{3,80}):\s*(.+)$", assigned)):
            given = who_entry(named.group(1), item, ctx)
            given["duties"] = [ctx.text(d[:1].upper() + d[1:], item.para) for d in split_duties(named.group(2))]
            entries.append(given)
            continue
        if start is None and body.requester and not ACTOR.match(item.text):
            if asked is None:
                asked = who_entry(body.requester, item, ctx)
                asked["duties"] = []
                entries.append(asked)
            asked["duties"].append(ctx.text(item.text, item.para))
            continue
        entry: dict[str, Any] = {}
        if item.number and not item.text.endswith((".", ";")) and len(item.text) < 90:
            entry = {"unit": start[0]} if start and len(start[1]) >= len(item.text.strip()) - 1 else \
                who(item, ctx)
            entry["duties"] = []
            entries.append(entry)
            continue
        if start:
            rest = assigned[len(start[1]):].strip()
            level = re.match(r"^(?:xã|huyện|tỉnh|thành phố|phường|thị trấn|sở)\b", rest)
            heading = f"{start[1]} {level.group(0)}" if level else start[1]            # as the plan heads it
            entry["who"], entry["unit"] = ctx.text(heading.strip(" ,:"), item.para), start[0]
            duty = rest[level.end():] if level else rest
            duty = duty.strip(" :,")
            duty = duty[:1].upper() + duty[1:]
        elif (split := ACTOR.match(assigned)) is not None:
            entry = who_entry(split.group(1).strip(" ,:"), item, ctx)
            duty = split.group(2)[:1].upper() + split.group(2)[1:]
        else:
            entry["unit"] = ctx.todo("mã đơn vị / unit id (hoặc/or who: {vi, en})", item.para,
                                     "không thấy đơn vị trong danh mục / no registry unit at the start")
            duty = item.text
        entry["duties"] = [ctx.text(sentence, item.para) for sentence in sentences(duty)]
        entries.append(entry)
    for entry in entries:
        if not entry["duties"]:
            entry["duties"] = [Pair("TODO nhiệm vụ", None, ["không thấy nhiệm vụ / no duties found"])]
    return entries


def sentences(text: str) -> list[str]:
    """A duty paragraph's sentences, one duty each, where every one is long enough to be a duty of its own."""
    parts = re.split(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])", text)
    return parts if len(parts) > 1 and all(len(part) > 40 for part in parts) else [text]


NOT_ACTOR = r"(?!(?:căn cứ|tổ chức|thực hiện|kết thúc|tăng cường|triển khai|đẩy mạnh|phối hợp|chủ trì|theo dõi|" \
            r"tham mưu|giao)\b)"
ACTOR = re.compile(r"^" + NOT_ACTOR + r"((?:\S+\s+){1,9}?)((?:căn cứ|có trách nhiệm|chủ trì|chủ động|phối hợp|"
                   r"theo dõi|tổ chức|thẩm định|tham mưu)\b.+)$", re.IGNORECASE)


def who(item: Item, ctx: Context) -> dict[str, Any]:
    """A heading that names who is responsible."""
    return who_entry(item.text.strip(" :"), item, ctx)


POSITION = re.compile(r"^(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Thủ trưởng|Trưởng|Phó)\s+", re.IGNORECASE)


def who_entry(name: str, item: Item, ctx: Context) -> dict[str, Any]:
    """A responsibility named by words; registry units with a near name are proposed, never chosen."""
    entry: dict[str, Any] = {"who": ctx.text(name, item.para)}
    near = ctx.registry.near_units(name)
    if (own := ctx.unit(name) or ctx.unit(POSITION.sub("", name))) is not None:
        entry["unit"] = Note(own, [f"đơn vị của cơ quan ban hành / the issuer's own unit: \"{name}\""])
    elif near:
        entry["unit"] = Todo("mã đơn vị hoặc xóa dòng / unit id, or delete the line",
                             [near_note(near)])
    return entry


def reporting(body: Body, ctx: Context, placed: set[int]) -> Any:
    """The reporting cadence, from the words of the "báo cáo" section; who reports (the subject before "định kỳ"),
    and the section's paragraphs kept in the document's words as its notes (`placed` gets them)."""
    text = " ".join(item.text for item in body.topic("reporting")).casefold()
    cadence = [code for word, code in CADENCES if word in text]
    cadence = list(dict.fromkeys(cadence))
    if not cadence:
        return None
    item = body.topic("reporting")[0]
    block: dict[str, Any] = {"cadence": cadence}
    for each in body.topic("reporting"):
        if (found := re.search(r"\bvề\s+(.{3,80}?)\s+(?:để|theo)\b", each.text)) is not None:
            block["to"] = unit_or_todo(found.group(1), ctx, each)
            if (words := unit_words(found.group(1), block["to"], ctx, each.para)) is not None:
                block["to_words"] = words
            break
    for each in body.topic("reporting"):
        if (found := re.match(r"^([^;:.]{3,80}?)\s+định kỳ\b", each.text)) is not None:
            block["by"] = ctx.text(found.group(1), each.para)
            break
    block["note"] = texts(body.topic("reporting"), ctx)
    placed.update(each.index for each in body.topic("reporting"))
    return Note(block, [f"nguồn/source {ctx.at(item.para)}: soát / check"])
