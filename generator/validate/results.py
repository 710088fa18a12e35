"""Stage 2, validate (results and decisions): every figure and award checked against the records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from ..base.errors import Location, Problem
from ..base.slugs import fold
from ..load.records import Record, Sources
from ..load.results import ResultRow
from ..load.yamlload import format_path
from ..model.campaign import AwardForm, Campaign, Decision, DecisionFile
from ..model.measures import MEASURE
from ..model.timeline import period_end, period_start
from .targets import check_recipient

NAMED = {   # whose name an award to an individual or a household gives
    "individual": {"recipient_vi": "cá nhân", "recipient_en": "an individual", "who_vi": "người được khen",
                   "who_en": "the person awarded"},
    "household": {"recipient_vi": "hộ gia đình", "recipient_en": "a household", "who_vi": "chủ hộ",
                  "who_en": "the head of the household"},
}
CONSISTENCY = Decimal("0.05")   # a rounded rate may differ this much from numerator/denominator


@dataclasses.dataclass(frozen=True)
class AwardedDecision:
    decision: Decision
    illustrative: bool


def name_index(entries: dict[str, Any]) -> dict[str, str]:
    """Registry entries (their data as loaded) by id, and by their Vietnamese full or short name (folded), as
    spreadsheets name them."""
    index: dict[str, str] = {}
    for entry_id, entry in entries.items():
        for name in (vietnamese(entry.get("name")), vietnamese(entry.get("short"))):
            if name:
                index.setdefault(fold(name).casefold(), entry_id)
    index.update({entry_id: entry_id for entry_id in entries})
    return index


def vietnamese(text: Any) -> str | None:
    """The Vietnamese of a bilingual text as loaded, if it has one."""
    value = text.get("vi") if isinstance(text, dict) else None
    return value.strip() if isinstance(value, str) else None


def lookup(index: dict[str, str], text: str) -> str | None:
    return index.get(text) or index.get(fold(text).casefold())


def check_results(sources: Sources, registry: dict[str, dict[str, Any]], campaigns: dict[str, Campaign],
                  problems: list[Problem], known: dict[str, dict[str, Any]]) -> dict[str, list[ResultRow]]:
    """Resolve and check every figure; return the good ones by campaign.

    Names resolve against `known`, every registry entry as loaded: an entry whose file fails the schema exists."""
    units, indicators = name_index(known["unit"]), name_index(known["indicator"])
    seen: dict[tuple[str, str, str, str], Location] = {}
    results: dict[str, list[ResultRow]] = {}
    for table in sources.result_tables:
        campaign = campaigns.get(table.campaign)
        if campaign is None:
            if table.campaign in known["campaign"]:
                continue                    # it exists, but fails the schema: its own errors say so
            problems.append(Problem(Location(table.path), "", "results_unknown_campaign", {"id": table.campaign}))
            continue
        span = (period_start(campaign) or period_end(campaign), period_end(campaign))
        for row in table.rows:
            resolved = resolve_row(row, units, indicators, registry, span, problems)
            if resolved is None:
                continue
            key = (resolved.campaign, resolved.unit, resolved.indicator, resolved.period.text)
            if key in seen:
                problems.append(Problem(row.at("period"), "period", "results_duplicate", {"other": seen[key]}))
                continue
            seen[key] = row.location
            results.setdefault(campaign.id, []).append(resolved)
    return results


def resolve_row(row: ResultRow, units: dict[str, str], indicators: dict[str, str],
                registry: dict[str, dict[str, Any]], span: tuple[dt.date, dt.date],
                problems: list[Problem]) -> ResultRow | None:
    """The row with ids in place of names, or None after adding its problems."""
    found: list[Problem] = []
    unit, indicator = lookup(units, row.unit), lookup(indicators, row.indicator)
    for column, resolved, kind in (("unit", unit, "unit"), ("indicator", indicator, "indicator")):
        if resolved is None:
            vi, en = {"unit": ("đơn vị", "unit"), "indicator": ("chỉ tiêu", "indicator")}[kind]
            found.append(Problem(row.at(column), column, "unknown_ref", {
                "id": getattr(row, column), "kind_vi": vi, "kind_en": en, "file": f"campaigns/registry/{kind}s.yaml"}))
    found += check_figures(row, registry["indicator"].get(indicator or ""))
    start, end = span
    if row.period.end < start or row.period.start > end:
        found.append(Problem(row.at("period"), "period", "results_period_outside", {
            "got": row.period.text, "start": row.period.start, "end": row.period.end,
            "campaign_start": start, "campaign_end": end}))
    level = word_level(row, registry["indicator"].get(indicator or ""), found)
    problems += found
    if found or unit is None or indicator is None:
        return None
    if level is not None:
        return dataclasses.replace(row, unit=unit, indicator=indicator, value=level)
    if (unit, indicator) == (row.unit, row.indicator):
        return row                          # already ids: the common case, and the fast one
    return dataclasses.replace(row, unit=unit, indicator=indicator)


DONE = {"hoan thanh", "da hoan thanh", "dat", "co", "x", "done", "yes"}
NOT_DONE = {"chua hoan thanh", "khong hoan thanh", "chua dat", "khong dat", "khong", "not done", "no"}


def word_level(row: ResultRow, indicator: Any, found: list[Problem]) -> Decimal | None:
    """A value in words as the number it stands for: a grade's level, or 1 / 0 for done / not done."""
    if not row.words:
        return None
    scale = MEASURE[indicator.unit].scale if indicator is not None else "number"
    folded = " ".join(fold(row.words).casefold().split())
    if scale == "grade" and (level := indicator.grade_level(row.words)) is not None:
        return Decimal(level)
    if scale == "done" and folded in DONE | NOT_DONE:
        return Decimal(1 if folded in DONE else 0)
    if scale == "grade":
        found.append(Problem(row.at("value"), "value", "results_grade", {
            "got": row.words, "grades": ", ".join(g.vi for g in indicator.grades)}))
    elif scale == "done":
        found.append(Problem(row.at("value"), "value", "results_done", {"got": row.words}))
    else:
        found.append(Problem(row.at("value"), "value", "results_number", {"got": row.words}))
    return None


def check_figures(row: ResultRow, indicator: Any) -> list[Problem]:
    """Counts only for rates; numerator within denominator, a non-zero denominator, shares within 0-100."""
    if indicator is not None and not MEASURE[indicator.unit].ratio and (row.numerator, row.denominator) != (None, None):
        return [Problem(row.at("numerator"), "numerator", "results_counts_not_ratio", {"unit": indicator.unit})]
    return rate_problems(row, indicator)


def rate_problems(row: ResultRow, indicator: Any) -> list[Problem]:
    """Numerator within denominator, a non-zero denominator, percentages within 0-100, and agreement."""
    found = []
    if row.denominator == 0:
        found.append(Problem(row.at("denominator"), "denominator", "results_zero_denominator", {}))
    elif row.numerator is not None and row.denominator is not None:
        if row.numerator > row.denominator and (indicator is None or not indicator.may_exceed_100):
            found.append(Problem(row.at("numerator"), "numerator", "results_numerator_above",
                                 {"numerator": row.numerator, "denominator": row.denominator}))
        elif row.value is not None:
            computed = Decimal(row.numerator) * 100 / Decimal(row.denominator)
            if abs(computed - row.value) > CONSISTENCY:
                found.append(Problem(row.at("value"), "value", "results_inconsistent",
                                     {"value": row.value, "computed": round(computed, 2)}))
    ratio = indicator is None or (MEASURE[indicator.unit].ratio and not indicator.may_exceed_100)
    if row.value is not None and ratio and not 0 <= row.value <= 100:
        found.append(Problem(row.at("value"), "value", "percent_range", {"got": row.value}))
    if row.value is not None and row.value < 0:
        found.append(Problem(row.at("value"), "value", "negative_value", {"got": row.value}))
    return found


def check_decisions(sources: Sources, campaigns: dict[str, Campaign], award_forms: dict[str, AwardForm],
                    problems: list[Problem]) -> list[AwardedDecision]:
    """Every decision names an award form its campaign offers and a date after it started (its ids are checked
    with every other reference, in validate_refs)."""
    good: list[AwardedDecision] = []
    seen: dict[str, Location] = {}
    for record in sources.decisions:
        illustrative = sources.is_illustrative(record.source.path)
        for i, decision in enumerate(record.model.decisions):
            found = decision_problems(record, i, decision, campaigns, award_forms, seen)
            problems += found
            if not found and decision.campaign in campaigns:
                good.append(AwardedDecision(decision, illustrative))
    return sorted(good, key=lambda a: (a.decision.date, a.decision.id))


def decision_problems(record: Record[DecisionFile], i: int, decision: Decision, campaigns: dict[str, Campaign],
                      award_forms: dict[str, AwardForm], seen: dict[str, Location]) -> list[Problem]:
    def at(*path: str | int) -> tuple[Location, str]:
        full = ("decisions", i, *path)
        return record.source.locate(full), format_path(full)

    found: list[Problem] = []
    if decision.id in seen:
        found.append(Problem(*at("id"), "duplicate_id", {"id": decision.id, "other": seen[decision.id]}))
    seen.setdefault(decision.id, record.source.locate(("decisions", i, "id")))
    form = award_forms.get(decision.award_form)
    for j, recipient in enumerate(decision.recipients):
        if recipient.kind in ("individual", "household") and not recipient.name:
            found.append(Problem(*at("recipients", j), "individual_needs_name", dict(NAMED[recipient.kind])))
        if form is not None:
            check_recipient(lambda where, code, **params: found.append(Problem(*at(*where), code, params)),
                            ("recipients", j, "kind"), form, recipient.kind)
    campaign = campaigns.get(decision.campaign)
    if campaign is None:                    # unknown, or failing the schema: reported elsewhere either way
        return found
    offered = [a.form for a in campaign.awards]
    if decision.award_form not in offered:
        found.append(Problem(*at("award_form"), "award_not_offered", {
            "campaign": campaign.id, "form": decision.award_form, "offered": ", ".join(offered) or "-"}))
    start = period_start(campaign)
    if start is not None and decision.date.first_day() < start:
        found.append(Problem(*at("date"), "decision_before_campaign", {"date": decision.date, "start": start}))
    return found
