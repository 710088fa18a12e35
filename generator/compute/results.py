"""Stage 3, compute (results pages): results, eligibility and the honour roll as views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..base.collation import vietnamese_order
from ..base.markup import cell
from ..load.results import ResultRow
from ..model.campaign import Awardee, Campaign, Target
from ..model.measures import MEASURE
from ..validate.catalog import Catalog
from ..validate.results import AwardedDecision
from .attainment import (
    Attainment,
    CampaignResults,
    TrendPoint,
    UnitStanding,
    compute_results,
    first_target_per_indicator,
    progress,
)
from .campaign import campaign_link
from .charts import bar, trend_chart
from .context import Context
from .glossary import vietnamese
from .language import sentence_start
from .paging import from_page
from .targets import figure, target_wording
from .urls import DATA_DIR, RESULTS_DIR
from .views import Link, Pager, Row
from .views_results import HonourEntry, HonourGroup, HonourYear, IndicatorSummary, ResultsView, StandingRow

TENTH = Decimal("0.1")
LISTED_SHORTFALLS = 30   # beyond this, the ranked table (targets met, ✗ per cell) shows how close units are


def campaign_results(catalog: Catalog) -> dict[str, CampaignResults]:
    """Results of every campaign that has figures on its targets (the same for every language)."""
    found = {cid: compute_results(catalog.campaigns[cid], real_or_illustrative(rows), catalog.indicators)
             for cid, rows in sorted(catalog.results.items())}
    return {cid: results for cid, results in found.items() if results is not None}


def real_or_illustrative(rows: list[ResultRow]) -> list[ResultRow]:
    """A campaign's real figures; its illustrative ones only while it has none, never the two mixed."""
    real = [r for r in rows if not r.illustrative]
    return real or rows


def shown(value: Decimal, indicator: str, ctx: Context) -> str:
    """A figure rounded to one decimal the local way: "98,5%"."""
    return figure(value.quantize(TENTH), ctx.catalog.indicators[indicator], ctx)


def verdict(met: bool, ctx: Context) -> str:
    """Met or not, in a symbol and a word: never colour alone."""
    return ctx.t("result_met") if met else ctx.t("result_not_met")


def results_view(results: CampaignResults, ctx: Context) -> ResultsView:
    campaign = results.campaign
    targets = first_target_per_indicator(campaign)
    names = {i: ctx.cell(ctx.catalog.indicators[i].name) for i in results.indicators}
    ranked = sorted(results.standings, key=lambda s: (s.rank, vietnamese_order(unit_name(s.unit, ctx))))
    others = [s for s in ranked if not s.eligible]
    return ResultsView(
        title=ctx.t("results_title", campaign=ctx.cell(campaign.theme)),
        campaign=from_page(f"{RESULTS_DIR}/{campaign.id}.md", campaign_link(campaign, ctx)),
        illustrative=results.illustrative,
        measured_note=ctx.t("results_measured", measured=len(results.indicators), total=len(campaign.targets)),
        indicators=[indicator_summary(n, i, names[i], targets[i], results.trends[i], len(results.standings), ctx)
                    for n, i in enumerate(results.indicators, start=1)],
        standings=[standing_row(s, results.indicators, ctx) for s in ranked],       # ties by name
        eligible=[ctx.unit(s.unit) for s in ranked if s.eligible],
        others=[Row(cell(unit_name(s.unit, ctx)), shortfall(s, results.indicators, ctx)) for s in others]
        if len(others) <= LISTED_SHORTFALLS else [],
        others_note=ctx.t("results_others_in_table", count=len(others)) if len(others) > LISTED_SHORTFALLS else "",
        honours=honour_entries(ctx.catalog.decisions_by_campaign.get(campaign.id, []), ctx),
        downloads=[Link(f"{campaign.id}.{kind}", f"../{DATA_DIR}/{RESULTS_DIR}/{campaign.id}.{kind}")
                   for kind in ("csv", "json")],
    )


def indicator_summary(number: int, indicator: str, name: str, target: Target, points: list[TrendPoint],
                      units: int, ctx: Context) -> IndicatorSummary:
    latest = points[-1]
    wording = target_wording(target, ctx)
    values = [shown(p.value, indicator, ctx) for p in points]
    labels = [period_label(p, ctx) for p in points]
    level = target.level(ctx.catalog.indicators[indicator])
    charted = MEASURE[ctx.catalog.indicators[indicator].unit].scale == "number"
    chart = trend_chart(ctx.t("results_chart_title", indicator=name), [axis_label(p, ctx) for p in points],
                        [p.value for p in points], values, level, f"{ctx.t('results_target')}: {wording}",
                        [p.met for p in points]) if charted else ""
    return IndicatorSummary(
        number=number, name=name, target=cell(wording), latest=values[-1], verdict=verdict(latest.met, ctx),
        bar=bar(progress(latest.value, target, latest.met, level)),
        units_met=units_met(latest.units_met, units, ctx), as_of=labels[-1], chart=chart,
        points=[Row(label, f"{v} {verdict(p.met, ctx)} ({units_met(p.units_met, p.units, ctx)})")
                for p, v, label in zip(points, values, labels, strict=True)],
    )


def units_met(met: int, total: int, ctx: Context) -> str:
    """ "3 of the 5 units met the target"; "one unit reporting" when there is only one."""
    return ctx.lang.plural("results_units_met", total, met=met, total=total)


def period_label(point: TrendPoint, ctx: Context) -> str:
    """ "Quý 3/2026", "6 tháng đầu năm 2026", "đến 30/09/2024"..."""
    p = point.period
    number = p.text.split("-")[-1].lstrip("QH")
    key = f"period_half_{number}" if p.kind == "half" else f"period_{p.kind}"
    return ctx.t(key, year=p.start.year, number=number, day=ctx.lang.day(p.end), month=p.start.month)


def axis_label(point: TrendPoint, ctx: Context) -> str:
    """A period's name under a chart, short enough for three side by side on a phone: "20 Sep 2024"."""
    return ctx.lang.short_day(point.period.end) if point.period.kind == "as_of" else period_label(point, ctx)


def standing_row(s: UnitStanding, indicators: list[str], ctx: Context) -> StandingRow:
    return StandingRow(
        rank=s.rank, unit=cell(unit_name(s.unit, ctx)), met=f"{s.met}/{s.measured}",
        cells=[result_cell(s.latest.get(i), ctx) for i in indicators], unit_id=s.unit,
    )


def unit_name(unit_id: str, ctx: Context) -> str:
    """The short name where there is one: result tables list many units."""
    unit = ctx.catalog.units[unit_id]
    return sentence_start(ctx.lang.text(unit.short or unit.name))


def result_cell(a: Attainment | None, ctx: Context) -> str:
    """ "45 ✗": the figure (in the unit the legend names) and a symbol that does not rely on colour."""
    if a is None:
        return "–"
    if MEASURE[ctx.catalog.indicators[a.row.indicator].unit].scale != "number":
        return f"{shown(a.value, a.row.indicator, ctx)} {'✓' if a.met else '✗'}"
    return f"{ctx.lang.number(a.value.quantize(TENTH))} {'✓' if a.met else '✗'}"


def shortfall(s: UnitStanding, indicators: list[str], ctx: Context) -> str:
    """ "đạt 4/5 chỉ tiêu; chưa đạt: 3 (45%); chưa có số liệu: 5": indicators by their number above."""
    missed = [f"{n} ({shown(s.latest[i].value, i, ctx)})" for n, i in enumerate(indicators, start=1)
              if i in s.latest and not s.latest[i].met]
    absent = [str(n) for n, i in enumerate(indicators, start=1) if i not in s.latest]
    text = ctx.t("results_shortfall", met=s.met, total=s.measured, missing=", ".join(missed) or "–")
    if absent:
        text += "; " + ctx.t("results_no_figure", numbers=", ".join(absent))
    return cell(text)


def honour_entries(decisions: list[AwardedDecision], ctx: Context) -> list[HonourEntry]:
    """Every recipient of every decision, newest decision first."""
    entries = []
    for awarded in sorted(decisions, key=lambda a: (a.decision.date, a.decision.id), reverse=True):
        d = awarded.decision
        campaign: Campaign = ctx.catalog.campaigns[d.campaign]
        decision = ctx.t("honour_decision", number=d.number, date=ctx.lang.date(d.date), issuer=ctx.unit_text(d.issuer))
        award = ctx.cell(ctx.catalog.award_forms[d.award_form].name)
        link = campaign_link(campaign, ctx)
        label = f" ({ctx.t('illustrative_short')})" if awarded.illustrative else ""
        for recipient in d.recipients:
            who = recipient_name(recipient, ctx)
            if recipient.citation:
                who += f": {cell(ctx.lang.text(recipient.citation))}"
            who = sentence_start(who) + (" " + cell(label) if label else "")
            entries.append(HonourEntry(who, award, cell(decision + label), link,
                                       d.date.year))
    return entries


def honours_view(entries: Sequence[HonourEntry], path: str, pager: Pager | None, ctx: Context) -> dict[str, object]:
    """One page of the honour roll: by year (newest first), then by award form."""
    entries = [replace(e, campaign=from_page(path, e.campaign)) for e in entries]
    years = []
    for year in sorted({e.year for e in entries}, reverse=True):
        here = [e for e in entries if e.year == year]
        awards = sorted({e.award for e in here}, key=vietnamese_order)
        years.append(HonourYear(ctx.t("period_year", year=year),
                                [HonourGroup(a, [e for e in here if e.award == a]) for a in awards]))
    return {"years": years, "illustrative": any(d.illustrative for d in ctx.catalog.decisions), "pager": pager}


def results_index_view(results: Sequence[CampaignResults], path: str, pager: Pager | None,
                       ctx: Context) -> dict[str, object]:
    """One page of the list of campaigns with results."""
    return {
        "links": [from_page(path, Link(ctx.cell(result.campaign.theme), f"{RESULTS_DIR}/{result.campaign.id}.md"))
                  for result in results],
        "illustrative": any(result.illustrative for result in results),
        "pager": pager,
    }


def recipient_name(recipient: Awardee, ctx: Context) -> str:
    """A collective or village by its unit's name; a person with their position and unit; a household by its head.
    For one table cell, escaped; a person's Vietnamese name on a page in another language is marked as Vietnamese, so
    screen readers switch voice."""
    unit = cell(ctx.unit_text(recipient.unit))
    if recipient.kind in ("collective", "village"):
        return unit
    name = vietnamese(recipient.name or "", ctx)
    if recipient.kind == "household":
        return ctx.t("honour_household", name=name, unit=unit)
    if recipient.position is None:
        return ctx.t("honour_person_unit", name=name, unit=unit)
    return ctx.t("honour_person", name=name, position=cell(ctx.lang.text(recipient.position)), unit=unit)



def latest_figure(results: CampaignResults | None, indicator: str, ctx: Context) -> str:
    """The combined latest figure beside a target on the campaign page: "87,3% ✓ Đạt (đến 30/09/2024)"."""
    if results is None or indicator not in results.trends:
        return ""
    point = results.trends[indicator][-1]
    return cell(f"{shown(point.value, indicator, ctx)} {verdict(point.met, ctx)} ({period_label(point, ctx)})")
