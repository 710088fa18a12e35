"""The draft's body: preamble, purposes ... responsibilities, targets, period, citations and the leftovers."""

from __future__ import annotations

import re
from typing import Any

from .body import Body, Item
from .citations import Citation, document_id, find_citations
from .draft import Context
from .memory import key
from .nodes import Note, Pair, Todo, quote
from .period import read_period
from .targets import FoundTarget, find_figure_first, find_targets

LISTS = ("preamble", "purposes", "requirements", "contents", "solutions")


def texts(items: list[Item], ctx: Context) -> list[Pair]:
    """Each item in the document's words."""
    return [ctx.text(item.text, item.para) for item in items]


def targets(body: Body, ctx: Context, cited: dict[int, list[Citation]], placed: set[int]) -> list[Any]:
    """Every target phrase, with its basis, then the figure-first ones, each a TODO for its indicator (and its
    comparison word when the document gives none): from the section of targets if there is one (the contents
    only restate them), else from the purposes and contents. `placed` gets the paragraphs that gave one."""
    found: list[Any] = []
    topics = {"targets"} if body.topic("targets") else {"contents", "purposes", "requirements", "preamble"}
    for item in body.items:
        if item.topic not in topics:
            continue
        inline = [doc.found for doc in find_citations(item.text, ctx.registry.documents)
                  if doc.found and doc.kind in {"decision", "plan", "resolution", "directive"}]
        group, more = find_figure_first(item.text, ctx.registry.indicators)
        here: list[tuple[FoundTarget, dict[str, Any]]] = []
        for target in find_targets(item.text, ctx.registry.indicators):
            basis = list(dict.fromkeys([doc.found for n in target.footnotes for doc in cited.get(n, []) if doc.found]
                                       + inline))
            here.append((target, target_entry(target, item, ctx, basis, group)))
        here += [(target, target_entry(target, item, ctx, noted(target, cited) or inline, group)) for target in more]
        found += sorted(here, key=lambda pair: at_in(item.text, pair[0].phrase))      # in the document's order
        placed.update({item.index} if here else set())
    return once(found)


def at_in(text: str, phrase: str) -> int:
    """Where a target's words stand in its paragraph (the end if they cannot be found as they are)."""
    where = text.casefold().find(phrase.casefold())
    return where if where >= 0 else len(text)


def noted(target: FoundTarget, cited: dict[int, list[Citation]]) -> list[str]:
    """The registry documents a target's own footnote marks cite."""
    return list(dict.fromkeys(doc.found for n in target.footnotes for doc in cited.get(n, []) if doc.found))


def once(found: list[tuple[FoundTarget, dict[str, Any]]]) -> list[Any]:
    """Each target once: a plan often repeats its targets (in the contents, then as targets); the mention with a
    group is kept, in the place of the first."""
    kept: dict[str, dict[str, Any]] = {}
    for target, drafted in found:
        same = f"{key(target.phrase)[-80:]}|{target.word}|{target.value}"
        if same not in kept or ("group" in drafted and "group" not in kept[same]):
            kept[same] = drafted
    return list(kept.values())


def indicator_words(phrase: str) -> str:
    """The indicator as a target phrase names it: without quotes, nor the verb before the comparison word
    ("... đảm bảo đạt từ 90%", "... phấn đấu đạt 100%")."""
    name = phrase.strip(" \"“”‘’'")
    return re.sub(r"\s+(?:đảm bảo|bảo đảm|phấn đấu|phải|cần)$", "", name, flags=re.IGNORECASE).strip(" \"“”‘’'")


def target_entry(target: FoundTarget, item: Item, ctx: Context, basis: list[str], group: str | None) -> Any:
    """One target as the record writes it."""
    entry: dict[str, Any] = {}
    where = f"nguồn/source {ctx.at(item.para)}: \"{quote(target.phrase, 160)}\""
    if target.indicator:
        entry["indicator"] = Note(target.indicator, [where])
    else:
        near = ", ".join(target.proposals) or "không có / none: thêm vào / add to registry/indicators.yaml"
        entry["indicator"] = Todo("mã chỉ tiêu / indicator id", [where, f"gần giống / near: {near}"])
    name = indicator_words(target.phrase)
    if target.named and key(name) not in ctx.registry.indicators:            # worded otherwise than the registry
        entry["name"] = ctx.text(name[:1].upper() + name[1:], item.para)
    entry["comparison"] = target.word or Todo("từ so sánh: văn bản không ghi / the document gives no comparison "
                                              "word", ["đừng tự thêm: ghi chú vào note / do not invent one: note it"])
    entry["value"] = int(target.value) if target.value == int(target.value) else float(target.value)
    if target.written:                # "đạt 100" with no "%": the site would write "100%"; keep the document's words
        entry["as_written"] = ctx.text(target.written, item.para)
    if group:
        entry["group"] = ctx.text(group, item.para)
    if basis:
        entry["basis"] = basis
    if not target.named:              # "100% hồ sơ ... được số hóa": no indicator named; the sentence says it
        entry["note"] = ctx.text(target.phrase.rstrip(" .") + ".", item.para)
    return entry


def period(body: Body, ctx: Context) -> Any:
    """The period from the "thời gian" section (its heading too: "3. Thời gian thi đua: Từ ngày ..." runs the
    content in), else from any paragraph that gives one."""
    ordered = body.topic("period", headings=True) + [item for item in body.items if item.topic != "period"]
    for item in ordered:
        stated = read_period(item.text)
        if stated is not None:
            return Note(stated, [f"nguồn/source {ctx.at(item.para)}: {quote(item.text, 160)}"])
    return {"starts": Todo("YYYY-MM-DD"), "ends": Todo("YYYY-MM-DD")}


def participants(body: Body, ctx: Context) -> dict[str, Any]:
    """Who may take part: collectives, individuals, or in general."""
    groups: dict[str, list[Any]] = {"collective": [], "individual": [], "general": []}
    for item in body.topic("participants"):
        text = re.sub(r"^(Tập thể|Cá nhân)\s*:\s*", "", item.text, flags=re.IGNORECASE)
        lead = item.text.casefold()
        group = "collective" if lead.startswith("tập thể") else "individual" if lead.startswith("cá nhân") else \
            "general"
        groups[group] += [ctx.text(part, item.para) for part in split_duties(text)]     # "a; b": one each
    return {name: values for name, values in groups.items() if values} or \
        {"general": [Pair("TODO đối tượng", None, ["không thấy mục Đối tượng / no participants section"])]}


def split_duties(text: str) -> list[str]:
    """"Tham mưu ...; Tổng hợp ...; ...": one duty each, as the document lists them."""
    return [part.strip() + (";" if i < text.count(";") else "") for i, part in enumerate(text.split(";"))
            if part.strip()]


def footnotes(body: Body, ctx: Context, cited: dict[int, list[Citation]]) -> list[Any]:
    """Each footnote, with the registry documents it cites."""
    notes: list[Any] = []
    for number, text, para, _ in body.footnotes:
        entry: dict[str, Any] = {"number": number, "text": ctx.text(text, para)}
        found = list(dict.fromkeys(doc.found for doc in cited.get(number, []) if doc.found))
        if found:
            entry["documents"] = found
        notes.append(entry)
    return notes


def citations(body: Body, ctx: Context) -> tuple[list[str], list[str], dict[int, list[Citation]], list[Citation]]:
    """implements (what the opening "Thực hiện" cites), references, footnote citations, and new documents."""
    implements: list[str] = []
    references: list[str] = []
    new: list[Citation] = []
    for item in body.items:
        for doc in find_citations(item.text, ctx.registry.documents):
            ident = document_id(doc)                   # a new document is cited by the id its draft entry gets
            if doc.found is None:
                new.append(doc)
            if item.topic == "preamble" and item.text.startswith(("Thực hiện", "Căn cứ")) and not implements \
                    and doc.kind in {"plan", "launch_notice", "directive"}:
                implements.append(ident)
            elif ident not in references and ident not in implements:
                references.append(ident)
    by_note = {number: find_citations(text, ctx.registry.documents) or cited_before(number, body, ctx)
               for number, text, _, _ in body.footnotes}
    for docs in by_note.values():
        new += [doc for doc in docs if doc.found is None]
    unique = {(doc.number, doc.date): doc for doc in reversed(new)}          # the first mention, fullest first
    return implements, references, by_note, sorted(unique.values(), key=lambda doc: (doc.number, doc.date or ""))


def cited_before(number: int, body: Body, ctx: Context) -> list[Citation]:
    """For a footnote that cites nothing itself (it gives a subject): the document cited just before its mark."""
    for item in body.items:
        at = item.text.find(f"[^{number}]")
        if at > 0:
            near = find_citations(item.text[max(0, at - 160): at], ctx.registry.documents)
            return near[-1:]
    return []


def leftovers(body: Body, ctx: Context, placed_elsewhere: set[int]) -> list[Any]:
    """Every body paragraph the draft did not place: a TODO note each, quoting it, so nothing is dropped."""
    placed = {"preamble", "purposes", "requirements", "contents", "solutions", "participants", "responsibilities",
              "closing", "period"}
    notes: list[Any] = []
    for item in body.items:
        if item.topic in placed or item.heading or item.index in placed_elsewhere:
            continue
        notes.append(Pair(f"TODO xếp vào mục [{item.topic}] / place in the record: {quote(item.text, 600)}",
                          None, [f"nguồn/source {ctx.at(item.para)}: chưa xếp / not placed"]))
    return notes
