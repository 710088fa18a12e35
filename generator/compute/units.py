"""Stage 3, compute (a page per unit): "how is my commune doing?" Its campaigns, its latest figure against each
target with met / not met and the trend, and its commendations; and the list of units that have a page."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..base.collation import vietnamese_order
from ..base.markup import cell
from ..load.results import ResultRow
from ..model.campaign import Campaign
from ..model.decisions import Awardee
from ..validate.results import AwardedDecision
from .attainment import Attainment, TrendPoint, attain, first_target_per_indicator
from .campaign import campaign_link
from .context import Context, Deferred
from .language import sentence_start
from .paging import from_page, paged, url_between
from .results import honour_entries, period_label, shown, verdict
from .targets import target_wording
from .urls import RESULTS_DIR, UNIT_PAGES_DIR
from .views import Link, Page, Pager
from .views_results import ResultsView, UnitFigure, UnitResults, UnitView

UNITS_PER_PAGE = 100
TREND_SHOWN = 4        # the last periods a unit's trend lists


def unit_path(unit_id: str) -> str:
    """A unit's page, written from the docs folder."""
    return f"{UNIT_PAGES_DIR}/{unit_id}.md"


def units_with_pages(ctx: Context) -> list[str]:
    """Units with figures, commendations or campaigns of their own, in the alphabetical order of their names."""
    found = {row.unit for rows in ctx.catalog.results.values() for row in rows}
    found |= {r.unit for a in ctx.catalog.decisions for r in a.decision.recipients if r.unit}
    found |= {campaign.document.issuer for campaign in ctx.catalog.campaigns.values()}
    return sorted(found, key=lambda u: (vietnamese_order(ctx.unit_text(u)), u))


def unit_pages(ctx: Context) -> list[Page | Deferred]:
    """A page per unit, and the list of them, split every UNITS_PER_PAGE."""
    units = units_with_pages(ctx)
    title = ctx.t("unit_index_title")
    pages = paged(Page(f"{UNIT_PAGES_DIR}/index.md", "links.md.j2", title, None),
                  [Link(sentence_start(ctx.cell(ctx.catalog.units[u].name)), unit_path(u)) for u in units],
                  UNITS_PER_PAGE,
                  functools.partial(links_page, title, ctx.t("unit_index_intro")), ctx)
    index = UnitIndex.of(ctx)
    return [*pages, *(Deferred(("unit", unit), functools.partial(unit_page, unit, ctx, index))
                      for unit in sorted(units))]       # by id: the same order in every language


def unit_page(unit_id: str, ctx: Context, index: UnitIndex) -> Page:
    return Page(unit_path(unit_id), "unit.md.j2", sentence_start(ctx.unit_text(unit_id)),
                unit_view(unit_id, ctx, index))


@dataclass
class UnitIndex:
    """Each unit's result rows (per campaign, in the tables' order), commendations and issued campaigns, found in
    one pass over the catalog: looking them up unit by unit grew with units times campaigns (BENCHMARKS.md)."""

    rows: dict[str, dict[str, list[ResultRow]]] = field(default_factory=dict)
    decisions: dict[str, list[AwardedDecision]] = field(default_factory=dict)
    issued: dict[str, list[Campaign]] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: Context) -> UnitIndex:
        index = cls()
        for cid in sorted(ctx.catalog.results):
            for row in ctx.catalog.results[cid]:
                index.rows.setdefault(row.unit, {}).setdefault(cid, []).append(row)
        for awarded in ctx.catalog.decisions:
            mine: dict[str, list[Awardee]] = {}
            for recipient in awarded.decision.recipients:
                if recipient.unit:
                    mine.setdefault(recipient.unit, []).append(recipient)
            for unit, recipients in mine.items():
                index.decisions.setdefault(unit, []).append(
                    replace(awarded, decision=awarded.decision.model_copy(update={"recipients": recipients})))
        for campaign in ctx.catalog.campaigns.values():
            index.issued.setdefault(campaign.document.issuer, []).append(campaign)
        return index


def links_page(title: str, intro: str, links: Sequence[Link], path: str, pager: Pager | None) -> dict[str, object]:
    return {"title": title, "intro": intro, "pager": pager, "links": [from_page(path, link) for link in links]}


def unit_view(unit_id: str, ctx: Context, index: UnitIndex | None = None) -> UnitView:
    """One unit's page; links written from the page. `index`: the catalog's `UnitIndex`, made once for all units."""
    path = unit_path(unit_id)
    index = index or UnitIndex.of(ctx)
    mine = index.rows.get(unit_id, {})
    results = [found for cid, rows in mine.items() if (found := unit_results(cid, rows, ctx))]
    decisions = index.decisions.get(unit_id, [])
    issued = index.issued.get(unit_id, [])
    return UnitView(
        title=sentence_start(ctx.unit(unit_id)),
        illustrative=any(r.illustrative for r in results) or any(a.illustrative for a in decisions),
        campaigns=[from_page(path, campaign_link(campaign, ctx))
                   for campaign in sorted(issued, key=lambda campaign: campaign.id)],
        results=[UnitResults(from_page(path, shown.campaign), from_page(path, shown.results_link), shown.figures,
                             shown.illustrative) for shown in results],
        honours=[replace(e, campaign=from_page(path, e.campaign)) for e in honour_entries(decisions, ctx)],
    )


def unit_results(campaign_id: str, unit_rows: list[ResultRow], ctx: Context) -> UnitResults | None:
    """The unit's figures on one campaign's targets (from its rows of that campaign's tables), the latest against
    each target; None without any."""
    campaign = ctx.catalog.campaigns[campaign_id]
    targets = first_target_per_indicator(campaign)
    rows = [r for r in unit_rows if r.indicator in targets]
    if not rows:
        return None
    figures = []
    for indicator, target in targets.items():
        level = target.level(ctx.catalog.indicators[indicator])
        series = sorted((attain(r, target, level) for r in rows if r.indicator == indicator), key=period_key)
        if series:
            figures.append(unit_figure(indicator, target_wording(target, ctx), series, ctx))
    ranking = Link(ctx.t("unit_results_link"), f"{RESULTS_DIR}/{campaign_id}.md")
    return UnitResults(campaign_link(campaign, ctx), ranking, figures, any(r.illustrative for r in rows))


def period_key(a: Attainment) -> tuple[object, ...]:
    return (a.row.period.end, a.row.period.start, a.row.period.text)


def unit_figure(indicator: str, wording: str, series: list[Attainment], ctx: Context) -> UnitFigure:
    """The latest figure against the target, met or not in words, and the trend over the last periods."""
    latest = series[-1]
    return UnitFigure(
        indicator=ctx.cell(ctx.catalog.indicators[indicator].name),
        target=cell(wording),
        latest=cell(f"{shown(latest.value, indicator, ctx)} ({label(latest.row, ctx)})"),
        verdict=verdict(latest.met, ctx),
        met=latest.met,
        trend=cell(trend_text(indicator, series[-TREND_SHOWN:], ctx)),
    )


def label(row: ResultRow, ctx: Context) -> str:
    return period_label(TrendPoint(row.period, Decimal(0), False, 0, 0), ctx)


def trend_text(indicator: str, series: list[Attainment], ctx: Context) -> str:
    """ "Tăng: 80% (Quý 1/2026) → 87,3% (Quý 2/2026)"; one period only says so."""
    if len(series) == 1:
        return ctx.t("unit_trend_single")
    first, last = series[0].value, series[-1].value
    key = "unit_trend_up" if last > first else ("unit_trend_down" if last < first else "unit_trend_flat")
    steps = " → ".join(f"{shown(a.value, indicator, ctx)} ({label(a.row, ctx)})" for a in series)
    return f"{ctx.t(key)}: {steps}"


def with_unit_links(view: ResultsView, campaign_id: str, ctx: Context) -> ResultsView:
    """A results page whose ranking links each unit to its own page, with a link to every unit's page on top."""
    here = f"{RESULTS_DIR}/{campaign_id}/"
    rows = [replace(row, href=url_between(here, f"{UNIT_PAGES_DIR}/{row.unit_id}/")) for row in view.standings]
    return replace(view, standings=rows,
                   units_link=Link(ctx.t("unit_index_link"), f"../{UNIT_PAGES_DIR}/index.md"))



def home_units(ctx: Context, shown_at_most: int) -> list[Link]:
    """The units with figures, for the home page, when there are few enough to list; links from the docs folder."""
    measured = {row.unit for rows in ctx.catalog.results.values() for row in rows}
    units = [u for u in units_with_pages(ctx) if u in measured]
    return [Link(ctx.cell(ctx.catalog.units[u].name), unit_path(u)) for u in units] if len(units) <= shown_at_most \
        else []
