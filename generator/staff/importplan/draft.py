"""The draft's `document` block and issuer, from the header, with TODOs that say what was not found."""

from __future__ import annotations

import re
from typing import Any

from .abbrev import expanded
from .header import Header, signature_parts
from .memory import Memory, key
from .nodes import Note, Pair, Todo, pair, quote
from .registry import Registry, near_note
from .source import Para, Source

VERBS = re.compile(r"\b(ban hành|phát động|đề nghị|xây dựng)\b", re.IGNORECASE)


class Context:
    """What every part of the draft needs: the source (for places), the memory and the registry."""

    def __init__(self, source: Source, memory: Memory, registry: Registry) -> None:
        self.source, self.memory, self.registry = source, memory, registry
        self.issuer: str | None = None          # the issuing unit's id, once the header has given it

    def unit(self, name: str) -> str | None:
        """The unit by its exact name, else the issuer's own unit named as the issuer names it."""
        return self.registry.unit(name) or self.registry.own_unit(name, self.issuer)

    def at(self, para: Para | None) -> str:
        """Where a paragraph stands, for a comment."""
        return self.source.where(para) if para is not None else ""

    def text(self, vi: str, para: Para | None = None, **extra: Any) -> Pair:
        """The document's words, English from the memory or TODO, the source place beside it."""
        return pair(vi, self.memory, self.at(para), **extra)

    def todo(self, hint: str, para: Para | None, why: str) -> Todo:
        """A TODO that quotes the paragraph it stands for."""
        comments = [why] + ([f"nguồn/source {self.at(para)}: {quote(para.text)}"] if para is not None else [])
        return Todo(hint, comments)


def sentence_case(words: str, memory: Memory) -> str:
    """An upper-case line as the project writes it ("PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"), else first letter kept."""
    return memory.written(words) or words[:1] + words[1:].lower()


def signatory(header: Header, ctx: Context) -> Any:
    """The signature block: TM. (on behalf of), KT. (signed for), the position and the name."""
    roles, position = signature_parts(header.sign_lines)
    block: dict[str, Any] = {}
    for role in ("on_behalf_of", "signed_for"):
        if role in roles:
            block[role] = ctx.text(sentence_case(roles[role], ctx.memory), header.sign_at)
    other = sorted(set(roles) - {"on_behalf_of", "signed_for"})
    if position:
        block["position"] = ctx.text(sentence_case(position, ctx.memory), header.sign_at)
        if other:
            block["position"] = Note(block["position"], [f"TODO? Q./TL. ({', '.join(other)}): ghi vào ghi chú / "
                                                         "put it in the notes"])
    else:
        block["position"] = {"vi": Todo("chức vụ người ký"), "en": Todo("position of the signer")}
    block["name"] = header.name if header.name else ctx.todo("họ tên người ký", header.sign_at,
                                                               "không thấy tên người ký / no signer's name found")
    return block


def issuer(header: Header, paras: list[Para], ctx: Context) -> Any:
    """The issuing unit: the body named above the number, else the registry unit named just before "ban hành" /
    "phát động" in the opening."""
    if header.body_name and (named := ctx.registry.unit(header.body_name)):
        return Note(named, [f"cơ quan ban hành / issuer: \"{header.body_name}\""])
    for para in paras:
        text = para.text
        for verb in VERBS.finditer(text):
            hits = named_before(key(text[: verb.start()]), ctx.registry) or named_before(
                expanded(text[: verb.start()]), ctx.registry)      # as written, else abbreviations written out
            if hits:
                return Note(max(hits)[2], [f"cơ quan ban hành theo / issuer from {ctx.at(para)}: soát lại / check"])
    if (named_self := self_named(header, paras, ctx)) is not None:
        return named_self
    title = key(header.title or "")
    places = {ident for name, ident in ctx.registry.units.items()
              if len(name.split()) >= 4 and " ".join(name.split()[-2:]) in title}     # the place the title names
    near = sorted(places, key=lambda ident: (not ident.startswith("ubnd-"), ident))
    hint = "mã cơ quan ban hành / issuing unit's id"
    return Todo(hint, [near_note(near[:3])])


def named_before(before: str, registry: Registry) -> list[tuple[int, int, str]]:
    """The registry units the text (a key) ends with, or names just before a bracket: (where, length, id)."""
    return [(before.rfind(name), len(name), ident) for name, ident in registry.units.items()
            if before.endswith(name) or before.endswith(name + ")") or f"{name} (" in before[-60:]]


SELF = re.compile(r"\b(UBND|Ủy ban nhân dân)\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+"
                  r"(?:(?:ban hành|xây dựng)\s+(?:kế hoạch|hướng dẫn|công văn)|phát động)\b", re.IGNORECASE)
# "UBND tỉnh ban hành Kế hoạch": the issuer about this document, not "... do UBND tỉnh ban hành" about another


def places_of(level: str, header: Header) -> set[str]:
    """The place names the document gives a level ("trên địa bàn xã Khánh Khê" in the title: Khánh Khê), and the
    place of issue (a province's bodies write the province's name there)."""
    found = {header.place} if header.place and level.casefold() == "tỉnh" else set()
    for match in re.finditer(rf"\b{re.escape(level)}\s+(\S.*)", header.title or "", re.IGNORECASE):
        words = []
        for word in match.group(1).split():
            if not word[:1].isupper():
                break
            words.append(word.strip(",.;:”\"'"))
        found.add(" ".join(words))
    return {place for place in found if place}


def self_named(header: Header, paras: list[Para], ctx: Context) -> Any:
    """The issuer naming itself short, as Decree 30/2020 lets it ("UBND tỉnh ban hành Kế hoạch"), made whole
    with the place the document gives that level; chosen only if exactly one registry unit has that name."""
    for para in paras:
        for match in SELF.finditer(para.text):
            short = f"{match.group(1)} {match.group(2)}"
            found = {ident for place in places_of(match.group(2), header)
                     if (ident := ctx.registry.unit(f"{short} {place}")) is not None}
            if len(found) == 1:
                return Note(found.pop(), [f"cơ quan ban hành theo / issuer from {ctx.at(para)}: \"{short}\" và "
                                          "địa danh của văn bản / and the document's place: soát lại / check"])
    return None


def document(header: Header, preamble: list[Para], ctx: Context) -> dict[str, Any]:
    """The `document` block."""
    block: dict[str, Any] = {}
    block["kind"] = header.kind or ctx.todo("loại văn bản", None, "không thấy tên loại / no kind heading")
    missing = "không có trong bản này / not in this copy"
    headless = header.symbol is None and header.date is None and header.title_at is not None
    cut = {"vi": "bản đang có bắt đầu từ tên văn bản, thiếu phần đầu",
           "en": "the copy at hand begins at the title, without the header"}

    def not_in_copy(vi: str, en: str) -> dict[str, Any]:
        """A header part the copy lacks, and why: the whole header cut off, or this part alone absent."""
        return {"unknown": "not_in_copy", "note": cut if headless else {"vi": vi, "en": en}}

    if header.symbol is None:
        block["number"] = Note(not_in_copy("bản đang có không có số, ký hiệu",
                                           "the copy at hand has no number and symbol"), [missing])
        block["symbol"] = Todo("ký hiệu, ví dụ KH-UBND / symbol", [missing])
    else:
        why = "số để trống trong bản gốc / the number is left blank" if header.number is None else ""
        block["number"] = Note(header.number, [why, f"nguồn/source: {ctx.at(header.number_at)}"])
        block["symbol"] = header.symbol
    if header.date is None:
        gap = not_in_copy("bản đang có không có địa danh, ngày tháng", "the copy at hand has no place and date")
        block["date"] = Note(gap, [missing])
        block["place"] = dict(gap)
    else:
        block["date"] = Note(header.date, [f"nguồn/source: {ctx.at(header.date_at)}"])
        block["place"] = ctx.text(header.place or "", header.date_at)
    block["issuer"] = issuer(header, preamble, ctx)
    if isinstance(block["issuer"], Note) and isinstance(block["issuer"].value, str):
        ctx.issuer = block["issuer"].value
    if header.title:
        block["title"] = ctx.text(header.title, header.title_at)
    else:
        block["title"] = {"vi": Todo("tên văn bản"), "en": Todo("title of the document")}
    if header.subject:
        block["subject"] = ctx.text(header.subject, header.title_at)
    if header.addressees:
        block["addressees"] = [ctx.text(text, para) for text, para in header.addressees]
    block["signatory"] = signatory(header, ctx)
    block["recipients"] = [recipient(text, para, ctx) for text, para in header.recipients]
    return block


MEMBERS = re.compile(r"^\s*(?:các\s+)?thành viên\s+", re.IGNORECASE)


def recipient(text: str, para: Para, ctx: Context) -> Pair:
    """One "Nơi nhận" line, with its unit when the registry has one by that name."""
    bare = re.sub(r"\s*\((?:b/c|đế b/c|để báo cáo)\)\s*$", "", text, flags=re.IGNORECASE)
    bare = MEMBERS.sub("", bare)          # "Thành viên HĐ TĐKT tỉnh": the members of a body, sent it as that body
    unit = ctx.unit(bare)
    return ctx.text(text, para, **({"unit": unit} if unit else {}))
