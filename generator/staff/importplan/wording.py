"""How the plan words each document it cites ("... của UBND tỉnh"): the record's `citations`, first mention."""

from __future__ import annotations

from typing import Any

from .body import Body
from .citations import document_id, find_citations
from .draft import Context
from .memory import key


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
