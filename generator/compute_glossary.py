"""Stage 3, compute (glossary): the site's terms, the comparison words, and the law's catalogues."""

from __future__ import annotations

from . import comparisons
from .catalogues import AWARD_KINDS, DOCUMENT_KINDS, RECIPIENT_KIND
from .collation import vietnamese_order
from .compute_context import Context
from .markup import cell
from .views import Row


def glossary_view(ctx: Context) -> dict[str, object]:
    terms = sorted(ctx.catalog.glossary.terms, key=lambda term: vietnamese_order(term.vi))
    return {
        "terms": [Row(cell(term.vi), cell(term.en)) for term in terms],
        "abbreviations": [cell(term.abbreviation or "") for term in terms],
        "comparisons": [
            (cell(c.vietnamese(c.sample)), cell(c.english(c.sample, is_all=False)), cell(ctx.t(c.meaning_key)))
            for c in comparisons.VOCABULARY
        ],
        "document_kinds": [(cell(k.vi), cell(k.abbreviation), cell(k.en)) for k in DOCUMENT_KINDS],
        "award_kinds": [(cell(k.vi), cell(k.en), cell(", ".join(ctx.lang.name(RECIPIENT_KIND[r])
                                                                  for r in k.recipients))) for k in AWARD_KINDS],
    }
