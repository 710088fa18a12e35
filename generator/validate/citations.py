"""Stage 2, validate (citations): a citation's own wording names a document the record cites, once."""

from __future__ import annotations

from ..base.errors import Problem
from ..load.records import Record
from ..load.yamlload import format_path
from ..model.campaign import Campaign


def worded_citations(campaign: Campaign) -> set[str]:
    """The documents the page names with an issuer: references, footnotes' documents, parents, criteria."""
    cited = (set(campaign.references) | set(campaign.implements)
             | {d for note in campaign.footnotes for d in note.documents})
    return cited | {a.criteria_from for a in campaign.awards if a.criteria_from}


def citation_problems(record: Record[Campaign]) -> list[Problem]:
    """Each entry of `citations` words a document the record cites, and no document is worded twice."""
    found, seen, cited = [], set(), worded_citations(record.model)
    for i, citation in enumerate(record.model.citations):
        where = ("citations", i, "document")
        code = "citation_twice" if citation.document in seen else (
            "citation_uncited" if citation.document not in cited else "")
        if code:
            found.append(Problem(record.locate(*where), format_path(where), code, {"id": citation.document}))
        seen.add(citation.document)
    return found
