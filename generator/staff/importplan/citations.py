"""Cited documents ("Thực hiện Kế hoạch số 185/KH-UBND ngày 12/6/2024 của UBND huyện ...", footnotes):
kind, number, date, issuer and subject, matched to the registry's documents by number and year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...base.slugs import slugify
from ...model.catalogues import DOCUMENT_KINDS
from .nodes import Todo

KIND_WORDS = sorted((kind.vi for kind in DOCUMENT_KINDS), key=len, reverse=True)
CITATION = re.compile(
    r"(?P<kind>" + "|".join(re.escape(word) for word in KIND_WORDS) + r")\s+(?:số\s+)?"
    r"(?P<number>\d+(?:/\d{4})?/[0-9A-Za-zĐđ\-]+)\s*,?\s*(?:ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>(?:(?!\s(?:về|ban hành|quy định|hướng dẫn)\s)[^,;.\"“()\[]){3,80}))?"
    r"(?:\s+(?:về|ban hành|quy định|(?=hướng dẫn))\s*(?P<subject>[^.;]{3,300}))?",
    re.IGNORECASE,
)
CODES = {kind.vi.casefold(): kind.code for kind in DOCUMENT_KINDS}
ABBREVIATIONS = {kind.code: kind.abbreviation or kind.code for kind in DOCUMENT_KINDS}


@dataclass(frozen=True)
class Citation:
    """One cited document as written, and its registry id if the registry has it."""

    kind: str
    number: str
    date: str | None
    issuer: str
    subject: str
    found: str | None


def registry_key(number: str, date: str | None) -> tuple[str, str]:
    """A document's number and year, as the registry and the text both give them."""
    year = date[:4] if date and "-" in date else (date.rsplit("/", 1)[-1] if date else "")
    parts = number.split("/")
    if len(parts) == 3:                       # 98/2023/NĐ-CP: the year is in the number
        return f"{parts[0]}/{parts[2]}".casefold(), parts[1]
    return number.casefold(), year


START = re.compile(r"(?:" + "|".join(re.escape(word) for word in KIND_WORDS) + r")\s+(?:số\s+)?\d+/", re.IGNORECASE)


def chunks(text: str) -> list[str]:
    """The text cut where each citation starts, so one's subject never swallows the next ("... và Nghị định ...")."""
    starts = [found.start() for found in START.finditer(text)]
    return [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=False)]


def find_citations(text: str, registry: dict[tuple[str, str], str]) -> list[Citation]:
    """Every document cited in one paragraph, in order."""
    cited = []
    matches = (CITATION.match(chunk) for chunk in chunks(text))
    for match in (found for found in matches if found is not None):
        number, date = match.group("number"), match.group("date")
        found = registry.get(registry_key(number, date))
        cited.append(Citation(CODES[match.group("kind").casefold()], number, date,
                              (match.group("issuer") or "").strip(),
                              re.sub(r"\s+và$", "", (match.group("subject") or "").strip()), found))
    return cited


def registry_documents(documents: list[dict[str, object]]) -> dict[tuple[str, str], str]:
    """(number, year) -> id for the registry's documents."""
    table: dict[tuple[str, str], str] = {}
    for document in documents:
        number, date, ident = document.get("number"), document.get("date"), document.get("id")
        if isinstance(number, str) and isinstance(ident, str):
            table[registry_key(number, str(date) if date else None)] = ident
    return table


def document_id(doc: Citation) -> str:
    """The registry id of a cited document, or the id its new registry entry gets."""
    if doc.found:
        return doc.found
    year = doc.date.rsplit("/", 1)[-1] if doc.date else ""
    return slugify(f"{ABBREVIATIONS.get(doc.kind, doc.kind)} {doc.number.split('/')[0]} {year}") or "van-ban"


def new_entry(citation: Citation, units: Any) -> dict[str, Any]:
    """A registry entry for a document the registry lacks: what the text says, a TODO for the rest."""
    entry: dict[str, Any] = {"id": document_id(citation)}
    entry["kind"] = citation.kind
    entry["number"] = citation.number
    if citation.date:
        day, month, year = citation.date.split("/")
        entry["date"] = f"{year}-{int(month):02d}-{int(day):02d}"
    issuer = units.unit(citation.issuer) if citation.issuer else None
    near = units.near_note(citation.issuer) if citation.issuer else "không ghi cơ quan / no issuer written"
    entry["issuer"] = issuer or Todo(f"mã cơ quan ban hành / issuer id: \"{citation.issuer or '?'}\"", [near])
    title = citation.subject[:1].upper() + citation.subject[1:] if citation.subject else None
    entry["title"] = {"vi": title or Todo("trích yếu / subject"), "en": Todo("subject in English")}
    return entry
