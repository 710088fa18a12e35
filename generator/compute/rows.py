"""Stage 3, compute (list rows): a campaign as one row of a list, with what the list's filters need."""

from __future__ import annotations

from ..base.markup import cell
from ..model.campaign import Campaign, Unknown, known
from ..model.timeline import period_end, period_start
from .campaign import period_text, status_of
from .context import Context
from .views import CampaignRow, Link


def campaign_row(campaign: Campaign, ctx: Context, prefix: str, suffix: str = ".md") -> CampaignRow:
    doc, status = campaign.document, status_of(campaign, ctx)
    kind = ctx.kind(doc.kind)
    number = known(doc.number)
    joined = f"{number}-{doc.symbol}" if doc.party else f"{number}/{doc.symbol}"
    if isinstance(doc.number, Unknown):
        document = f"{kind} ({ctx.t(f'number_unknown_{doc.number.unknown}')})"
    else:
        document = f"{kind} {joined}" if number else ctx.t("document_unnumbered", kind=kind, symbol=doc.symbol)
    if doc.issued:
        document += f", {ctx.lang.date(doc.issued)}"
    return CampaignRow(
        link=Link(ctx.cell(campaign.theme), f"{prefix}{campaign.id}{suffix}"),
        issuer=ctx.cell(ctx.catalog.units[doc.issuer].name),
        document=cell(document),
        period=cell(period_text(campaign, ctx)),
        status=ctx.t(f"status_{status}"),
        status_key=status,
        years=" ".join(str(y) for y in campaign_years(campaign)),
        issuer_id=doc.issuer,
    )


def campaign_years(campaign: Campaign) -> range:
    """The years a campaign's period touches."""
    start = period_start(campaign) or period_end(campaign)
    return range(start.year, period_end(campaign).year + 1)
