"""Stage 2, validate: checks across records (references, dates, cascades, languages)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..base.errors import Location, Problem
from ..load.records import Record, Sources
from ..load.results import ResultRow
from ..load.yamlload import LoadedFile, PathKey, format_path
from ..model.campaign import RESERVED_CAMPAIGN_IDS, AwardForm, Campaign, Document, Glossary, Indicator, Site, Unit
from ..model.measures import MEASURE
from ..model.timeline import last_day
from .citations import citation_problems
from .refs import (
    CAMPAIGN_REFS,
    DECISION_REFS,
    EVERY,
    REGISTRY_REFS,
    Entries,
    as_id,
    find_refs,
    known_entries,
    reference_problems,
    walk,
)
from .results import AwardedDecision, check_decisions, check_results
from .site import contact_gaps
from .targets import check_cascade, check_targets
from .texts import footnote_problems, page_problems, wording_problems

DEFAULT_INDICATOR_UNIT = Indicator.model_fields["unit"].default
NUMBER: TypeAdapter[Decimal] = TypeAdapter(Decimal)
Index = dict[str, dict[str, Any]]  # kind -> id -> record


@dataclass
class Catalog:
    """All content, checked and indexed by id: what the compute stage works from."""

    site: Site
    glossary: Glossary
    units: dict[str, Unit]
    indicators: dict[str, Indicator]
    documents: dict[str, Document]
    award_forms: dict[str, AwardForm]
    campaigns: dict[str, Campaign]
    pages: dict[str, dict[str, Path]] = field(default_factory=dict)
    results: dict[str, list[ResultRow]] = field(default_factory=dict)
    decisions: list[AwardedDecision] = field(default_factory=list)

    @functools.cached_property
    def implemented_by(self) -> dict[str, list[str]]:
        """For each plan, the ids of the campaigns that implement it, sorted: built once, not searched per page."""
        children: dict[str, list[str]] = {}
        for campaign_id in sorted(self.campaigns):
            for parent in self.campaigns[campaign_id].implements:
                children.setdefault(parent, []).append(campaign_id)
        return children

    @functools.cached_property
    def decisions_by_campaign(self) -> dict[str, list[AwardedDecision]]:
        """Each campaign's commendation decisions, in the order of `decisions`."""
        found: dict[str, list[AwardedDecision]] = {}
        for awarded in self.decisions:
            found.setdefault(awarded.decision.campaign, []).append(awarded)
        return found


@dataclass
class Checker:
    """Collects problems while checking; knows every id that exists."""

    sources: Sources
    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, dict[str, Location]] = field(default_factory=dict)

    def error(self, location: Location, where: PathKey, code: str, **params: object) -> None:
        self.problems.append(Problem(location, format_path(where), code, params))

    def warn(self, location: Location, where: PathKey, code: str, **params: object) -> None:
        self.problems.append(Problem(location, format_path(where), code, params, "warning"))


def validate_sources(sources: Sources) -> tuple[Catalog | None, list[Problem]]:
    """Run every cross-record check; return the indexed catalog and all problems found."""
    checker = Checker(sources)
    registry = index_registry(checker)
    campaigns = index_campaigns(checker)
    known = known_entries(sources.registry_files, sources.campaign_files)
    check_files(checker, known)
    for campaign_record in sources.campaigns:
        check_campaign(checker, campaign_record, registry, campaigns)
    checker.problems += page_problems(sources.pages)
    checker.problems += contact_gaps(sources.site)
    results = check_results(sources, registry, campaigns, checker.problems, known)
    decisions = check_decisions(sources, campaigns, registry["award_form"], checker.problems)
    if sources.site is None or sources.glossary is None:
        return None, sources.problems + checker.problems
    catalog = Catalog(sources.site.model, sources.glossary.model, registry["unit"], registry["indicator"],
                      registry["document"], registry["award_form"], campaigns, dict(sources.pages),
                      results, decisions)
    return catalog, sources.problems + checker.problems


# --- Indexing, with duplicate ids refused -------------------------------------------

def index_registry(checker: Checker) -> Index:
    """Every registry entry by kind and id; a second entry with the same id is an error."""
    index: Index = {"unit": {}, "indicator": {}, "document": {}, "award_form": {}}
    fields = {"unit": "units", "indicator": "indicators", "document": "documents", "award_form": "award_forms"}
    for record in checker.sources.registries:
        for kind, name in fields.items():
            for position, entry in enumerate(getattr(record.model, name)):
                add_unique(checker, kind, entry.id, record.locate(name, position, "id"), (name, position, "id"))
                index[kind].setdefault(entry.id, entry)
    return index


def index_campaigns(checker: Checker) -> dict[str, Campaign]:
    """Campaigns by id, sorted; two campaigns with one id is an error."""
    campaigns: dict[str, Campaign] = {}
    for record in sorted(checker.sources.campaigns, key=lambda r: r.model.id):
        add_unique(checker, "campaign", record.model.id, record.locate("id"), ("id",))
        if record.model.id in RESERVED_CAMPAIGN_IDS:
            checker.error(record.locate("id"), ("id",), "reserved_id", id=record.model.id)
        campaigns.setdefault(record.model.id, record.model)
    return campaigns


def add_unique(checker: Checker, kind: str, id_: str, location: Location, where: PathKey) -> None:
    seen = checker.ids.setdefault(kind, {})
    if id_ in seen:
        checker.error(location, where, "duplicate_id", id=id_, other=seen[id_])
    else:
        seen[id_] = location


# --- References and figures, from the data as loaded: records that fail the schema too ------------

def check_files(checker: Checker, known: Entries) -> None:
    """Every reference, and every target's figure, in every readable registry file, plan and decision file."""
    sources = checker.sources
    for registry_file in sources.registry_files:
        checker.problems += reference_problems(registry_file, REGISTRY_REFS, known)
    for decision_file in sources.decision_files:
        checker.problems += reference_problems(decision_file, DECISION_REFS, known)
    for campaign_file in sources.campaign_files:
        checker.problems += reference_problems(campaign_file, CAMPAIGN_REFS, known)
        check_target_values(checker, campaign_file, known["indicator"])


def check_target_values(checker: Checker, file: LoadedFile, indicators: dict[str, Any]) -> None:
    """Each target's figure fits its indicator's unit; a figure that is not a number is left to the schema."""
    for where, target in walk(file.data, ("targets", EVERY)):
        value = as_number(target.get("value")) if isinstance(target, dict) else None
        if value is None:
            continue
        found = target_value_problem(indicators.get(as_id(target.get("indicator")) or ""), value)
        if found is not None:
            at = (*where, "value")
            checker.error(file.locate(at), at, found[0], **found[1])


def as_number(value: object) -> Decimal | None:
    """`value` as a figure, read as the schema reads a target's value ("45" is 45); None if it is not one."""
    try:
        number = NUMBER.validate_python(value)
    except ValidationError:
        return None
    return number if number.is_finite() else None


def is_share(indicator: Any) -> bool:
    """Whether an indicator (its data as loaded) is a share within 0-100: a rate that may not pass 100%."""
    if not isinstance(indicator, dict):
        return False
    unit = indicator.get("unit", DEFAULT_INDICATOR_UNIT)
    return isinstance(unit, str) and unit in MEASURE and MEASURE[unit].ratio and indicator.get("may_exceed_100") \
        is not True


def target_value_problem(indicator: Any, value: Decimal | int) -> tuple[str, dict[str, object]] | None:
    """The rule for a target's figure, by its indicator (its data as loaded; None: unknown): a share is within
    0-100 and no figure is negative. A code and params, or None."""
    if is_share(indicator) and not 0 <= value <= 100:
        return "percent_range", {"got": value}
    if value < 0:
        return "negative_value", {"got": value}
    return None


def check_campaign(checker: Checker, record: Record[Campaign], registry: Index,
                   campaigns: dict[str, Campaign]) -> None:
    """Every check that concerns one campaign that passed the schema."""
    def report(where: PathKey, code: str, **params: object) -> None:
        checker.error(record.locate(*where), where, code, **params)

    check_targets(report, record.model, registry["indicator"], registry["award_form"])
    check_dates(checker, record)
    check_units_in_time(checker, record, registry["unit"])
    check_cascade(report, record.model, campaigns, registry["indicator"])
    checker.problems += footnote_problems(record)
    checker.problems += wording_problems(record)
    checker.problems += citation_problems(record)


# --- Dates -----------------------------------------------------------------

def check_dates(checker: Checker, record: Record[Campaign]) -> None:
    """Starts before ends, windows open before they close, stated durations agree."""
    campaign, period = record.model, record.model.period
    if period.starts is None and not period.starts_at_issuance:
        checker.error(record.locate("period"), ("period",), "start_needed")
    issued = campaign.document.issued
    start = period.starts or (issued if period.starts_at_issuance and issued else None)
    if start is not None:
        check_order(checker, record, start.first_day(), period.ends.last_day(), ("period", "ends"), "period")
    for i, submission in enumerate(campaign.submissions):
        if submission.opens and submission.closes:
            check_order(checker, record, submission.opens.first_day(), submission.closes.date.first_day(),
                        ("submissions", i, "closes"), "window")
    last_close = max((last_day(s.closes) for s in campaign.submissions if s.closes), default=None)
    for i, forwarding in enumerate(campaign.forwarding):
        if last_close and last_day(forwarding.deadline) < last_close:
            where = ("forwarding", i, "deadline", "date")
            checker.error(record.locate(*where), where, "forwarding_before_window",
                          forwarding=last_day(forwarding.deadline), closes=last_close)
    if period.starts and period.starts.is_full and period.stated_days:
        check_duration(checker, record, period.starts.first_day(), period.ends.last_day(), period.stated_days)


ORDER_WORDS = {
    "period": ("Ngày kết thúc", "end of the period", "ngày bắt đầu", "start"),
    "window": ("Hạn cuối nộp hồ sơ", "closing date", "ngày bắt đầu nhận", "opening date"),
}


def check_order(checker: Checker, record: Record[Any], earlier: dt.date, later: dt.date,
                where: PathKey, what: str) -> None:
    if later < earlier:
        later_vi, later_en, earlier_vi, earlier_en = ORDER_WORDS[what]
        checker.error(record.locate(*where), where, "dates_order", later=later, earlier=earlier,
                      later_vi=later_vi, later_en=later_en, earlier_vi=earlier_vi, earlier_en=earlier_en)


def check_duration(checker: Checker, record: Record[Campaign], start: dt.date, end: dt.date, stated: int) -> None:
    actual = (end - start).days + 1
    if actual == stated:
        return
    where = ("period", "stated_days")
    checker.warn(record.locate(*where), where, "duration_mismatch", stated=stated, actual=actual, start=start, end=end)
    if not record.model.notes:
        checker.error(record.locate(*where), where, "duration_unnoted", stated=stated, actual=actual)


def reference_date(campaign: Campaign) -> dt.date:
    """The day a campaign's units must have existed on: its date of issue, else its start, else its end."""
    if campaign.document.issued:
        return campaign.document.issued.first_day()
    if campaign.period.starts:
        return campaign.period.starts.first_day()
    return campaign.period.ends.last_day()


def check_units_in_time(checker: Checker, record: Record[Campaign], units: dict[str, Unit]) -> None:
    """A plan may only name units that existed when it was issued (no districts after 1/7/2025)."""
    day = reference_date(record.model)
    for kind, id_, where in find_refs(record.source.data, CAMPAIGN_REFS):
        unit = units.get(id_) if kind == "unit" else None
        if unit is None:
            continue
        if (unit.valid_from and day < unit.valid_from.first_day()) or (
                unit.valid_until and day > unit.valid_until.last_day()):
            valid = f"{unit.valid_from or '…'} – {unit.valid_until or '…'}"
            checker.error(record.locate(*where), where, "unit_not_valid", id=id_, date=day, valid=valid)
