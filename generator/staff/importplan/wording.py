"""How the plan words what it names otherwise than the registry: each document it cites ("... của UBND tỉnh"), the
record's `citations`, first mention; and a unit it sends to, forwards by or through, or reports to (`*_words`)."""

from __future__ import annotations

import unicodedata
from typing import Any

from .body import Body
from .citations import document_id, find_citations
from .draft import Context
from .memory import key
from .nodes import Note, Pair
from .source import Para


def worded(body: Body, ctx: Context) -> list[dict[str, Any]]:
    """Each cited document whose issuer the plan names ("của <issuer>"), once, in the order the plan first names
    it (body and footnotes read in the order they stand); the issuer kept in the plan's words. A plan that
    names the issuer by the registry's own full name needs no entry: the site shows that name already."""
    texts = [(item.index, item.text, item.para) for item in body.items]
    texts += [(index, text, para) for _, text, para, index in body.footnotes]
    entries: dict[str, dict[str, Any]] = {}
    for _, text, para in sorted(texts, key=lambda found: found[0]):
        for doc in find_citations(text, ctx.registry.documents):
            ident = document_id(doc)
            if doc.issuer and ident not in entries and key(doc.issuer) not in ctx.registry.full_names:
                entries[ident] = {"document": ident, "issuer": ctx.text(doc.issuer, para)}
    return list(entries.values())


def unit_words(words: str, unit: Any, ctx: Context, para: Para | None) -> Pair | None:
    """A unit as the plan words it (`to_words`, `by_words`, `via_words`), in the document's words (NFC), English
    from the memory or TODO; none where no unit was matched, or where the words are the unit's registry name
    (the site shows that name already)."""
    ident = unit.value if isinstance(unit, Note) else unit
    words = unicodedata.normalize("NFC", " ".join(words.split())).strip(" ,:")
    if not isinstance(ident, str) or not words or key(words) == ctx.registry.full_name(ident):
        return None
    return ctx.text(words, para)
