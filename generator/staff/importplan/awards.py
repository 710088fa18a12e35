"""Award forms with their criteria for collectives and individuals, dossiers (sets, papers, forms cited) and
where to submit (`submissions`), read from the award section in order."""

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
from .submissions import BEFORE, THROUGH, URL, add_channels, submission

FORM = re.compile(r"(Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Danh hiệu)\b[^:;.]*|"
                  r"Đề xuất cấp[^:;.]{0,40}?khen thưởng", re.IGNORECASE)     # a proposal to a higher level too
FOR_WHOM = re.compile(r"\s+(?=(?:đối với|cho)\s)", re.IGNORECASE)       # "Giấy khen ... đối với tập thể, ..."
BY = re.compile(r"\bcủa\s+(.{3,80})$")            # who confers it: "Bằng khen của Chủ tịch UBND tỉnh"
SETS = re.compile(r"\b0?(\d{1,2})\s*bộ\b", re.IGNORECASE)
CASE = re.compile(r"^(?:Trường hợp|Riêng)\s", re.IGNORECASE)      # unmarked: "Trường hợp cá nhân là ..."
SEND = re.compile(r"\b(gửi|nộp)\b.*\bhồ sơ\b|\bhồ sơ\b.*\b(gửi|nộp)\b", re.IGNORECASE)


@dataclass
class Found:
    """What the award section says, in the record's shape."""

    awards: list[dict[str, Any]] = field(default_factory=list)
    dossiers: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)
    placed: set[int] = field(default_factory=set)       # indexes of the paragraphs used
    pending: dict[str, Any] = field(default_factory=dict)   # criteria given before any form is named


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
            found.submissions.append(submission(item, ctx, len(found.submissions) + 1,
                                                  [d["id"] for d in found.dossiers]))
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


