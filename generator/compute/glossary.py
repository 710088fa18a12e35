"""Stage 3, compute (glossary): the site's terms, the comparison words, and the law's catalogues."""

from __future__ import annotations

from ..base.collation import vietnamese_order
from ..base.markup import cell
from ..model import comparisons
from ..model.catalogues import AWARD_KINDS, DOCUMENT_KINDS, RECIPIENT_KIND
from .context import Context
from .views import Row


def vietnamese(text: str, ctx: Context) -> str:
    """Vietnamese text for one table cell, escaped; marked `lang="vi"` on pages in another language, so screen
    readers switch voice."""
    return cell(text) if ctx.lang.code == "vi" else f'<span lang="vi">{cell(text)}</span>'


def glossary_view(ctx: Context) -> dict[str, object]:
    """The glossary page: each Vietnamese term beside its English rendering."""
    terms = sorted(ctx.catalog.glossary.terms, key=lambda term: vietnamese_order(term.vi))
    return {
        "terms": [Row(vietnamese(term.vi, ctx), cell(term.en)) for term in terms],
        "abbreviations": [cell(term.abbreviation or "") for term in terms],
        "comparisons": [
            (vietnamese(comparison.vietnamese(comparison.sample), ctx),
             cell(comparison.english(comparison.sample, is_all=False)), cell(ctx.t(comparison.meaning_key)))
            for comparison in comparisons.VOCABULARY
        ],
        "document_kinds": [(vietnamese(k.vi, ctx), vietnamese(k.abbreviation, ctx), cell(k.en))
                           for k in DOCUMENT_KINDS],
        "award_kinds": [(vietnamese(k.vi, ctx), cell(k.en), cell(", ".join(ctx.lang.name(RECIPIENT_KIND[r])
                                                                  for r in k.recipients))) for k in AWARD_KINDS],
    }
