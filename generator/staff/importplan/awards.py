"""Award forms with their criteria for collectives and individuals, dossiers (sets, papers, forms cited) and
where, how and until when to submit, read from the award section in order."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from ...base.slugs import slugify
from .abbrev import expanded
from .body import Body, Item
from .citations import find_citations
from .draft import Context
from .memory import key
from .nodes import Note, Todo, quote
from .registry import LEVELS

FORM = re.compile(r"(Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Danh hiệu)\b[^:;.]*|"
                  r"Đề xuất cấp[^:;.]{0,40}?khen thưởng", re.IGNORECASE)     # a proposal to a higher level too
FOR_WHOM = re.compile(r"\s+(?=(?:đối với|cho)\s)", re.IGNORECASE)       # "Giấy khen ... đối với tập thể, ..."
BY = re.compile(r"\bcủa\s+(.{3,80})$")            # who confers it: "Bằng khen của Chủ tịch UBND tỉnh"
SETS = re.compile(r"\b0?(\d{1,2})\s*bộ\b", re.IGNORECASE)
DAY = r"(\d{1,2})/(\d{1,2})/(\d{4})"
BETWEEN = re.compile(r"từ\s+ngày\s+" + DAY + r"\s+đến\s+hết\s+ngày\s+" + DAY, re.IGNORECASE)
BEFORE = re.compile(r"trước\s+ngày\s+" + DAY, re.IGNORECASE)
THROUGH = re.compile(r"(?:đến\s+hết|hết)\s+ngày\s+" + DAY, re.IGNORECASE)
CASE = re.compile(r"^(?:Trường hợp|Riêng)\s", re.IGNORECASE)      # unmarked: "Trường hợp cá nhân là ..."
URL = re.compile(r"https?://[^\s<>)\"]+")
SEND = re.compile(r"\b(gửi|nộp)\b.*\bhồ sơ\b|\bhồ sơ\b.*\b(gửi|nộp)\b", re.IGNORECASE)


@dataclass
class Found:
    """What the award section says, in the record's shape."""

    awards: list[dict[str, Any]] = field(default_factory=list)
    dossiers: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)
    placed: set[int] = field(default_factory=set)       # indexes of the paragraphs used
    pending: dict[str, Any] = field(default_factory=dict)   # criteria given before any form is named


def iso(day: str, month: str, year: str) -> str:
    """`YYYY-MM-DD`."""
    return f"{year}-{int(month):02d}-{int(day):02d}"


def form_id(name: str, ctx: Context, item: Item) -> Any:
    """The registry's award form by its exact name; near names are proposed in a TODO, never chosen."""
    exact = ctx.registry.award_forms.get(key(name)) or ctx.registry.award_forms.get(expanded(name))
    if exact:
        return exact
    if home := form_of_home(name, ctx):       # inferred from the header's place: chosen, and said so for review
        return Note(home, [f"REVIEW: \"{name}\" đọc theo nơi ban hành / read with the issuer's place: {home}"])
    near = difflib.get_close_matches(key(name), list(ctx.registry.award_forms), 3, 0.6)
    proposals = ", ".join(sorted({ctx.registry.award_forms[n] for n in near})) or "không có / none"
    return Todo(f"mã hình thức khen thưởng / award form id: \"{name}\"",
                [f"gần giống / near: {proposals}", f"nguồn/source {ctx.at(item.para)}: {quote(item.text, 200)}"])


def form_of_home(name: str, ctx: Context) -> str | None:
    """A form named by the level of the issuer or a body above it without its place ("Giấy khen của Chủ tịch UBND
    xã" in a plan of UBND xã Chi Lăng: Decree 30/2020 writes the place once, in the header), made whole with that
    body's place; chosen only if exactly one registry form has that name."""
    if not ctx.issuer:
        return None
    wanted, chain = expanded(name), [ctx.issuer, *ctx.registry.above(ctx.issuer)]
    level = wanted.rsplit(" ", 1)[-1]
    if level not in LEVELS:
        return None
    found = set()
    for unit in chain:
        for known in ctx.registry.named.get(unit, []):
            place = re.search(rf"\b{re.escape(level)} (.+)$", expanded(known))
            if place and (ident := ctx.registry.award_forms.get(f"{wanted} {place.group(1)}")):
                found.add(ident)
    return found.pop() if len(found) == 1 else None


def award_for(name: str, found: Found, ctx: Context, item: Item) -> dict[str, Any]:
    """The award entry for a form named in the text, made on first mention."""
    for award in found.awards:
        if award["_name"] == key(name):
            return award
    award = {"_name": key(name), "form": form_id(name, ctx, item)}
    found.awards.append(award)
    return award


def criteria(award: dict[str, Any], group: str, item: Item, ctx: Context) -> dict[str, Any]:
    """Start the criteria of one group: all of the items, or any one ("một trong")."""
    rule = "any" if "một trong" in item.text.casefold() else "all"
    block: dict[str, Any] = {"rule": rule, "items": []}
    award[group] = Note(block, [f"nguồn/source {ctx.at(item.para)}: {quote(item.text, 120)}"])
    after = item.text.split(":", 1)[1].strip() if ":" in item.text else ""
    if after and len(after) > 20:
        block["items"].extend(ctx.text(part, item.para) for part in sentences(strip_mark(after)))
    return block


def sentences(text: str) -> list[str]:
    """A paragraph of standards cut into its sentences: each is a standard of its own ("Có thành tích ... . Có sáng
    kiến ..."), as a list of criteria is written run on in one paragraph. A point after a capital ("TP. Lạng Sơn")
    or a number is not an end."""
    parts = re.split(r"(?<=[^\W\d_]\.)\s+(?=[^\W\d_])", text)
    merged: list[str] = []
    for part in parts:
        ends_short = merged and (merged[-1][-2:-1].isupper() or not part[:1].isupper())
        if ends_short:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def strip_mark(text: str) -> str:
    """An item's text without its list mark ("+ ", "- ", "a) ")."""
    return re.sub(r"^(?:[-+•]\s*|[a-zđ]\)\s*)+", "", text).strip()


def read_awards(body: Body, ctx: Context) -> Found:
    """Walk the award section once, keeping the current award, group and dossier."""
    found = Found()
    award: dict[str, Any] | None = None
    group: dict[str, Any] | None = None
    dossier: dict[str, Any] | None = None
    for item in body.topic("awards", headings=True):
        text, low = strip_mark(item.text), item.text.casefold()
        form = FORM.search(text)
        if SEND.search(text) and (BEFORE.search(text) or THROUGH.search(text)):
            found.submissions.append(submission(item, ctx, found))
            group = dossier = None
        elif found.submissions and URL.search(text):
            add_channels(found.submissions[-1], text, ctx, item)
        elif "hồ sơ" in low and (SETS.search(text) or item.heading) and not re.search(r"\b(gửi|nộp)\b", low):
            dossier, group = new_dossier(item, ctx, found), None
        elif re.match(r"^[-+\s]*(đối với tập thể|tập thể\s*:)", low):
            group = criteria(award if award is not None else found.pending, "collective", item, ctx)
        elif re.match(r"^[-+\s]*(đối với cá nhân|cá nhân\s*:)", low):
            group = criteria(award if award is not None else found.pending, "individual", item, ctx)
        elif group is not None and not group["items"] and re.search(r"tiêu chuẩn sau|một trong", low):
            group["rule"] = "any" if "một trong" in low else "all"
        elif form and (form.start() == 0 or (form.start() < 30 and (item.heading or ":" in text[:80]))):
            name = FOR_WHOM.split(form.group(0).strip(), maxsplit=1)[0]
            award, group, dossier = award_for(name, found, ctx, item), None, None
            if (by := BY.search(name)) is not None and "by" not in award:
                award["by"] = ctx.text(by.group(1), item.para)
            if len(text) - len(name) > 20:        # more than the form's name: the paragraph, whole, is its note
                award["note"] = ctx.text(text, item.para)
        elif dossier is not None and not item.heading:
            paper: dict[str, Any] = {"text": ctx.text(text, item.para)}
            cited = [doc.found for doc in find_citations(text, ctx.registry.documents) if doc.found]
            if cited:
                paper["documents"] = cited
            dossier["components"].append(paper)
        elif group is not None and not item.heading and CASE.match(item.text) and group["items"]:
            group["note"] = ctx.text(text, item.para)      # "Trường hợp ...": a condition on the standards, not one
        elif group is not None and not item.heading:
            group["items"].append(ctx.text(text, item.para))
        else:
            continue
        found.placed.add(item.index)
    link(found)
    return found


def new_dossier(item: Item, ctx: Context, found: Found) -> dict[str, Any]:
    """A dossier heading: its name, its number of sets."""
    if found.dossiers and not found.dossiers[-1]["components"] and "sets" not in found.dossiers[-1]:
        found.dossiers.pop()            # a heading over the dossiers ("3. Thủ tục, hồ sơ ..."), not one itself
    text = strip_mark(item.text)
    name = re.split(r"[:,]\s*0?\d+\s*bộ|:\s*$", text)[0].strip(" :,")
    slug = slugify(re.sub(r"^thủ tục,?\s*", "", name, flags=re.IGNORECASE))[:60].strip("-") or "ho-so"
    if any(d["id"] == slug for d in found.dossiers):
        slug = f"{slug}-{len(found.dossiers) + 1}"
    dossier: dict[str, Any] = {"id": slug, "name": ctx.text(name, item.para)}
    if (sets := SETS.search(text)) is not None:
        dossier["sets"] = int(sets.group(1))
    dossier["components"] = []
    dossier["_form"] = FORM.search(text)
    found.dossiers.append(dossier)
    return dossier


def submission(item: Item, ctx: Context, found: Found) -> dict[str, Any]:
    """Where and until when dossiers are handed in, with the rule (before / through)."""
    text = item.text
    entry: dict[str, Any] = {"id": f"nop-ho-so-{len(found.submissions) + 1}"}
    entry["dossiers"] = [d["id"] for d in found.dossiers]
    after = re.split(r"\b(?:về|tại)\s+", text, maxsplit=1)[-1]
    unit = ctx.registry.unit_at_start(after)
    if unit is not None:
        entry["to"] = Note(unit[0], [f"nguồn/source {ctx.at(item.para)}: {quote(text, 200)}"])
        if (note := NOTE.match(after[len(unit[1]):])) is not None:
            entry["to_note"] = ctx.text(note.group(1).strip(), item.para)
    else:
        named = re.match(r"^([^()]{3,60}?)\s*\(([^)]{3,120})\)", after)
        near = ", ".join(ctx.registry.near_units(named.group(1) if named else after[:60])) or "?"
        own = ctx.unit(named.group(1)) if named else None
        entry["to"] = Note(own, [f"nguồn/source {ctx.at(item.para)}: {quote(text, 200)}"]) if own else \
            ctx.todo("mã đơn vị nhận hồ sơ / receiving unit's id", item.para, f"gần giống / near: {near}")
        if named is not None:
            entry["to_note"] = ctx.text(named.group(2).strip(), item.para)
    purpose = PURPOSE.search(after) or (BARE_PURPOSE.match(after[len(unit[1]):]) if unit is not None else None)
    if purpose is not None:
        entry["purpose"] = ctx.text(purpose.group(1), item.para)
    if (between := BETWEEN.search(text)) is not None:
        entry["opens"] = iso(*between.groups()[:3])
        entry["closes"] = {"date": iso(*between.groups()[3:]), "rule": "through"}
    elif (before := BEFORE.search(text)) is not None:
        entry["closes"] = {"date": iso(*before.groups()), "rule": "before"}
    elif (through := THROUGH.search(text)) is not None:
        entry["closes"] = {"date": iso(*through.groups()), "rule": "through"}
    add_channels(entry, text, ctx, item)
    return entry


VIA = re.compile(r"gửi qua\s+(.+?)(?=\s+hoặc\b|[;.]|$)", re.IGNORECASE)
IN_PERSON = re.compile(r"(?:nộp\s+)?trực tiếp tại\s+(.+?)(?=\s+hoặc\b|[;.]|$)", re.IGNORECASE)
ONLINE = re.compile(r"trực tuyến\s+(?:trên|qua)\s+(.+?)\s+(?:tại\s+)?(?:địa chỉ\s+)?(?=https?://)", re.IGNORECASE)
# what the receiver does with the dossiers, before the time: "... về Sở Nội vụ (để) tổng hợp, thẩm định từ ngày ..."
WHEN = r"(?=\s*(?:\btừ\s+ngày|\btrước\s+ngày|\bđến\s+hết|\bchậm\s+nhất|\btrong\s+thời\s+gian|[.;]|$))"
PURPOSE = re.compile(r"\b(để\s+[^.;()]{3,120}?)" + WHEN)
BARE_PURPOSE = re.compile(r"^(?:\s*\([^)]*\))?\s+(?!của\s)([a-zđà-ỹ][^.;()]{2,120}?)" + WHEN)
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


def same_form(one: str, other: str) -> bool:
    """Whether two names of an award form are the same, one maybe longer ("... Giám đốc Sở" / "... Sở GTVT")."""
    return one.startswith(other) or other.startswith(one)


def link(found: Found) -> None:
    """Each award's dossier: the one naming its form, or the only one; the working keys removed."""
    for award in found.awards:
        for group in ("collective", "individual"):
            if group not in award and group in found.pending:
                award[group] = found.pending[group]
        named = [d for d in found.dossiers if d["_form"] and same_form(key(d["_form"].group(0)), award["_name"])]
        chosen = named or (found.dossiers if len(found.dossiers) == 1 else [])
        if chosen:
            award["dossier"] = chosen[0]["id"]
        del award["_name"]
        for group in ("collective", "individual"):
            if group in award and not award[group].value["items"]:
                award[group].value["items"] = [Todo("tiêu chuẩn / criteria")]
    for dossier in found.dossiers:
        del dossier["_form"]
        if not dossier["components"]:
            dossier["components"] = [Todo("giấy tờ trong hồ sơ / papers of the dossier")]


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
        entry["to"] = unit_or_todo(found.group(1), ctx, item)
        if found.group(2):
            entry["via"] = unit_or_todo(found.group(2), ctx, item)
        entry["deadline"] = {"date": iso(*found.groups()[2:5]), "rule": "before"}
        entries.append(Note(entry, [f"nguồn/source {ctx.at(item.para)}: {quote(item.text, 200)}"]))
    return entries


def unit_or_todo(name: str, ctx: Context, item: Item) -> Any:
    """The unit with exactly this name, else a TODO proposing near ones."""
    exact = ctx.unit(name.strip())
    if exact:
        return exact
    near = ", ".join(ctx.registry.near_units(name)) or "?"
    return Todo(f"mã đơn vị / unit id: \"{name.strip()}\"", [f"gần giống / near: {near}"])
