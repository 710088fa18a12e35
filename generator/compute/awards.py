"""Stage 3, compute (awards): each award form a campaign offers, with who confers it, quotas, prizes, criteria."""

from __future__ import annotations

from ..model.campaign import Campaign, CampaignAward, Criteria
from ..model.catalogues import RECIPIENT_KIND
from ..model.measures import MEASURE
from .context import Context
from .views import Link, Row
from .views_campaign import AwardView, CriteriaView


def dossier_anchor(dossier_id: str) -> str:
    return f"dossier-{dossier_id}"


def criteria_view(criteria: Criteria | None, heading_key: str, ctx: Context) -> list[CriteriaView]:
    if criteria is None:
        return []
    return [CriteriaView(ctx.t(heading_key), ctx.t(f"rule_{criteria.rule}"), ctx.texts(criteria.items),
                         ctx.text(criteria.note))]


def award_facts(award: CampaignAward, ctx: Context) -> list[Row]:
    """Who confers it (or considers the proposal), as the document words it where the record says so, how many
    may receive it, and its prize money."""
    form = ctx.catalog.award_forms[award.form]
    by_key = "award_proposed_by" if form.kind == "proposal" else "award_conferred_by"
    by = ctx.text(award.by) or ctx.unit(form.conferred_by)
    rows = [Row(ctx.t(by_key), by)] if by else []
    if award.quota:
        rows.append(Row(ctx.t("award_quota"), ", ".join(
            ctx.t("award_count", count=count, recipients=recipients(kind, count, ctx))
            for kind, count in award.quota.items())))
    if award.prize:
        vnd = MEASURE["vnd"]
        rows.append(Row(ctx.t("award_prize"), "; ".join(
            ctx.t("award_prize_each", recipients=ctx.lang.name(RECIPIENT_KIND[kind]),
                  amount=vnd.figure(ctx.lang.code, ctx.lang.number(amount)))
            for kind, amount in award.prize.items())))
    return rows


def recipients(kind: str, count: int, ctx: Context) -> str:
    """ "tập thể" / "collectives", "cá nhân" / "individual": a recipient kind's name for a count."""
    return ctx.t(f"recipients_{kind}_one" if count == 1 else f"recipients_{kind}")


def award_view(award: CampaignAward, campaign: Campaign, ctx: Context) -> AwardView:
    form = ctx.catalog.award_forms[award.form]
    dossier = next((d for d in campaign.dossiers if d.id == award.dossier), None)
    return AwardView(
        name=ctx.text(award.name) or ctx.text(form.name),
        facts=award_facts(award, ctx),
        criteria=criteria_view(award.collective, "criteria_collective", ctx)
        + criteria_view(award.individual, "criteria_individual", ctx),
        criteria_from=(ctx.t("criteria_from", document=ctx.document(award.criteria_from, campaign))
                       if award.criteria_from else ""),
        note=ctx.text(award.note),
        dossier=Link(ctx.text(dossier.name) or dossier.id, f"#{dossier_anchor(dossier.id)}") if dossier else None,
    )
