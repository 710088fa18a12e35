"""Stage 2, validate: checks across records (references, dates, cascades, languages)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import comparisons
from .check_site import contact_gaps
from .errors import Location, Problem
from .i18n import LANGUAGES
from .load import Record, Sources
from .model import RESERVED_CAMPAIGN_IDS, AwardForm, Campaign, Document, Glossary, Indicator, Site, Text, Unit
from .results import ResultRow
from .timeline import last_day
from .validate_results import AwardedDecision, check_decisions, check_results
from .validate_targets import check_recipient, check_target
from .yamlload import PathKey, format_path

FOOTNOTE_MARK = re.compile(r"\[\^([0-9]+)\]")
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
        for d in self.decisions:
            found.setdefault(d.decision.campaign, []).append(d)
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


REF_KINDS = {
    "unit": ("đơn vị", "unit", "campaigns/registry/units.yaml"),
    "indicator": ("chỉ tiêu", "indicator", "campaigns/registry/indicators.yaml"),
    "document": ("văn bản", "document", "campaigns/registry/documents.yaml"),
    "award_form": ("hình thức khen thưởng", "award form", "campaigns/registry/award-forms.yaml"),
    "plan": ("kế hoạch", "plan", "campaigns/plans/ or campaigns/registry/documents.yaml"),
    "dossier": ("bộ hồ sơ", "dossier", "the campaign's dossiers"),
}


def validate_sources(sources: Sources) -> tuple[Catalog | None, list[Problem]]:
    """Run every cross-record check; return the indexed catalog and all problems found."""
    checker = Checker(sources)
    registry = index_registry(checker)
    campaigns = index_campaigns(checker)
    for registry_record in sources.registries:
        check_registry_refs(checker, registry_record, registry)
    for campaign_record in sources.campaigns:
        check_campaign(checker, campaign_record, registry, campaigns)
    check_pages(checker)
    checker.problems += contact_gaps(sources.site)
    results = check_results(sources, registry, campaigns, checker.problems)
    decisions = check_decisions(sources, registry, campaigns, checker.problems)
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


# --- References -----------------------------------------------------------------------

def require(checker: Checker, record: Record[Any], known: dict[str, Any], kind: str, id_: str | None,
            *where: str | int) -> None:
    """An error at `where` unless `id_` is among `known`."""
    if id_ is None or id_ in known:
        return
    vi, en, file = REF_KINDS[kind]
    checker.error(record.locate(*where), where, "unknown_ref", id=id_, kind_vi=vi, kind_en=en, file=file)


def check_registry_refs(checker: Checker, record: Record[Any], registry: Index) -> None:
    units = registry["unit"]
    for i, unit in enumerate(record.model.units):
        require(checker, record, units, "unit", unit.parent, "units", i, "parent")
    for i, document in enumerate(record.model.documents):
        require(checker, record, units, "unit", document.issuer, "documents", i, "issuer")
    for i, form in enumerate(record.model.award_forms):
        require(checker, record, units, "unit", form.conferred_by, "award_forms", i, "conferred_by")


def check_campaign(checker: Checker, record: Record[Campaign], registry: Index,
                   campaigns: dict[str, Campaign]) -> None:
    """Every check that concerns one campaign."""
    check_campaign_refs(checker, record, registry, campaigns)
    check_targets(checker, record, registry["indicator"], registry["award_form"])
    check_dates(checker, record)
    check_units_in_time(checker, record, registry["unit"])
    check_cascade(checker, record, campaigns, registry["indicator"])
    check_footnotes(checker, record)


def check_campaign_refs(checker: Checker, record: Record[Campaign], registry: Index,
                        campaigns: dict[str, Campaign]) -> None:
    """Every id a campaign mentions must exist where it should."""
    local: Index = {"plan": {**registry["document"], **campaigns},
                    "dossier": {d.id: d for d in record.model.dossiers}}
    for kind, id_, where in campaign_refs(record.model):
        require(checker, record, local[kind] if kind in local else registry[kind], kind, id_, *where)


def campaign_refs(c: Campaign) -> Iterator[tuple[str, str | None, PathKey]]:
    """(kind, id, path) for every reference a campaign makes."""
    yield "unit", c.document.issuer, ("document", "issuer")
    for i, recipient in enumerate(c.document.recipients):
        yield "unit", recipient.unit, ("document", "recipients", i, "unit")
    for i, plan in enumerate(c.implements):
        yield "plan", plan, ("implements", i)
    for i, t in enumerate(c.targets):
        yield "indicator", t.indicator, ("targets", i, "indicator")
        for j, doc in enumerate(t.basis):
            yield "document", doc, ("targets", i, "basis", j)
    for i, a in enumerate(c.awards):
        yield "award_form", a.form, ("awards", i, "form")
        yield "plan", a.criteria_from, ("awards", i, "criteria_from")
        yield "dossier", a.dossier, ("awards", i, "dossier")
    for i, d in enumerate(c.dossiers):
        for j, part in enumerate(d.components):
            for k, doc in enumerate(part.documents):
                yield "document", doc, ("dossiers", i, "components", j, "documents", k)
    for i, s in enumerate(c.submissions):
        yield "unit", s.to, ("submissions", i, "to")
        for j, dossier in enumerate(s.dossiers):
            yield "dossier", dossier, ("submissions", i, "dossiers", j)
    for i, f in enumerate(c.forwarding):
        for key in ("by", "to", "via"):
            yield "unit", getattr(f, key), ("forwarding", i, key)
    for i, duty in enumerate(c.responsibilities):
        yield "unit", duty.unit, ("responsibilities", i, "unit")
    if c.reporting:
        yield "unit", c.reporting.to, ("reporting", "to")
    for i, note in enumerate(c.footnotes):
        for j, doc in enumerate(note.documents):
            yield "document", doc, ("footnotes", i, "documents", j)
    for i, doc in enumerate(c.references):
        yield "document", doc, ("references", i)


# --- Values and dates -----------------------------------------------------------------

def check_targets(checker: Checker, record: Record[Campaign], indicators: dict[str, Indicator],
                  award_forms: dict[str, AwardForm]) -> None:
    """Each target fits its indicator's unit; each award's quota and prize name recipients it can have."""
    def report(where: PathKey, code: str, **params: object) -> None:
        checker.error(record.locate(*where), where, code, **params)

    for i, target in enumerate(record.model.targets):
        indicator = indicators.get(target.indicator)
        if indicator is not None:
            check_target(report, ("targets", i), target, indicator)
    for i, award in enumerate(record.model.awards):
        form = award_forms.get(award.form)
        if form is None:
            continue
        for field_name in ("quota", "prize"):
            for recipient in getattr(award, field_name):
                check_recipient(report, ("awards", i, field_name, recipient), form, recipient)


def check_dates(checker: Checker, record: Record[Campaign]) -> None:
    """Starts before ends, windows open before they close, stated durations agree."""
    c, period = record.model, record.model.period
    if period.starts is None and not period.starts_at_issuance:
        checker.error(record.locate("period"), ("period",), "start_needed")
    start = period.starts or (c.document.issued if period.starts_at_issuance and c.document.issued else None)
    if start is not None:
        check_order(checker, record, start.first_day(), period.ends.last_day(), ("period", "ends"), "period")
    for i, s in enumerate(c.submissions):
        if s.opens and s.closes:
            check_order(checker, record, s.opens.first_day(), s.closes.date.first_day(),
                        ("submissions", i, "closes"), "window")
    last_close = max((last_day(s.closes) for s in c.submissions if s.closes), default=None)
    for i, f in enumerate(c.forwarding):
        if last_close and last_day(f.deadline) < last_close:
            where = ("forwarding", i, "deadline", "date")
            checker.error(record.locate(*where), where, "forwarding_before_window",
                          forwarding=last_day(f.deadline), closes=last_close)
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


def reference_date(c: Campaign) -> dt.date:
    """The day a campaign's units must have existed on: its date of issue, else its start, else its end."""
    if c.document.issued:
        return c.document.issued.first_day()
    if c.period.starts:
        return c.period.starts.first_day()
    return c.period.ends.last_day()


def check_units_in_time(checker: Checker, record: Record[Campaign], units: dict[str, Unit]) -> None:
    """A plan may only name units that existed when it was issued (no districts after 1/7/2025)."""
    day = reference_date(record.model)
    for kind, id_, where in campaign_refs(record.model):
        unit = units.get(id_ or "") if kind == "unit" else None
        if unit is None:
            continue
        if (unit.valid_from and day < unit.valid_from.first_day()) or (
                unit.valid_until and day > unit.valid_until.last_day()):
            valid = f"{unit.valid_from or '…'} – {unit.valid_until or '…'}"
            checker.error(record.locate(*where), where, "unit_not_valid", id=id_, date=day, valid=valid)


def check_cascade(checker: Checker, record: Record[Campaign], campaigns: dict[str, Campaign],
                  indicators: dict[str, Indicator]) -> None:
    """A child plan's target is at least as strict as its parent's for the same indicator, in any unit."""
    for parent_id in record.model.implements:
        parent = campaigns.get(parent_id)
        if parent is None:
            continue
        parent_targets = {t.indicator: t for t in parent.targets}
        for i, target in enumerate(record.model.targets):
            theirs = parent_targets.get(target.indicator)
            indicator = indicators.get(target.indicator)
            if theirs and indicator and not comparisons.is_at_least_as_strict(
                    comparisons.BY_WORD[target.comparison], target.level(indicator),
                    comparisons.BY_WORD[theirs.comparison], theirs.level(indicator)):
                where = ("targets", i, "comparison")
                checker.error(record.locate(*where), where, "weaker_than_parent", parent=parent_id,
                              child=f"{target.comparison} {target.value or target.grade or ''}".strip(),
                              parent_target=f"{theirs.comparison} {theirs.value or theirs.grade or ''}".strip())


# --- Footnotes and pages ----------------------------------------------------------------

def iter_texts(model: BaseModel, where: PathKey = ()) -> Iterator[tuple[PathKey, Text]]:
    """Every bilingual text inside `model`, with its path."""
    if isinstance(model, Text):
        yield where, model
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            if isinstance(item, BaseModel):
                yield from iter_texts(item, where + ((name,) if index is None else (name, index)))


def check_footnotes(checker: Checker, record: Record[Campaign]) -> None:
    """Every [^n] has a footnote, every footnote is cited, in both languages."""
    cited: dict[str, dict[str, PathKey]] = {language: {} for language in LANGUAGES}
    for where, text in iter_texts(record.model):
        if where and where[0] == "footnotes":
            continue
        for language in LANGUAGES:
            for mark in FOOTNOTE_MARK.findall(getattr(text, language)):
                cited[language].setdefault(mark, where + (language,))  # as Markdown matches them: "01" is not "1"
    defined = {str(note.number): i for i, note in enumerate(record.model.footnotes)}
    for language in LANGUAGES:
        for number, where in cited[language].items():
            if number not in defined:
                checker.error(record.locate(*where), where, "footnote_missing", number=number)
    for number, i in defined.items():
        where = ("footnotes", i, "number")
        languages = [language for language in LANGUAGES if number in cited[language]]
        if not languages:
            checker.error(record.locate(*where), where, "footnote_unused", number=number)
        elif len(languages) == 1:
            checker.error(record.locate(*where), where, "footnote_language", number=number, language=languages[0])


def check_pages(checker: Checker) -> None:
    """Each hand-written page exists in both languages."""
    for slug, by_language in sorted(checker.sources.pages.items()):
        for absent in LANGUAGES:
            if absent in by_language:
                continue
            present = next(iter(by_language))
            location = Location(by_language[present])
            expected = by_language[present].parent.parent / absent / f"{slug}.md"
            checker.error(location, (), "page_missing", page=slug, present=present, absent=absent, expected=expected)

