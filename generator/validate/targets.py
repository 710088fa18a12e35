"""Stage 2, validate (targets and awards): each target fits its indicator's unit, each award its recipients."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from ..load.yamlload import PathKey
from ..model import comparisons
from ..model.campaign import AwardForm, Campaign, Indicator, Target
from ..model.catalogues import AWARD_KIND, RECIPIENT_KIND
from ..model.measures import MEASURE

SCALE_WORDS = {"number": ("một con số", "a figure"), "grade": ("một mức xếp loại", "a grade"),
               "done": ("việc hoàn thành hay chưa", "done or not done")}


class Reporter(Protocol):
    """Where a check reports: a located error at a path of one record."""

    def __call__(self, where: PathKey, code: str, **params: object) -> None: ...


def check_target(report: Reporter, where: PathKey, target: Target, indicator: Indicator) -> None:
    """The comparison word fits the unit, the figure is there when needed and in range, a grade is on the scale."""
    comparison = comparisons.BY_WORD[target.comparison]
    measure = MEASURE[indicator.unit]
    if comparison.scale != measure.scale or (comparison.bare and indicator.unit != "rank"):
        vi, en = SCALE_WORDS["number" if comparison.bare else comparison.scale]
        report(where + ("comparison",), "target_scale", word=target.comparison, indicator=indicator.id,
               unit=indicator.unit, word_scale_vi=vi + (" (thứ hạng)" if comparison.bare else ""),
               word_scale_en=en + (" (a rank)" if comparison.bare else ""))
        return
    if measure.scale == "grade":
        if target.grade is None or indicator.grade_level(target.grade) is None:
            report(where + ("grade",), "target_needs_grade", grades=", ".join(g.vi for g in indicator.grades))
    elif measure.scale == "done":
        if target.value is not None or target.grade is not None:
            report(where + ("value" if target.value is not None else "grade",), "target_no_figure",
                   word=target.comparison)
    elif target.value is None:
        report(where + ("comparison",), "target_needs_value")     # its range is checked with the data as loaded
    elif measure.whole and target.value != target.value.to_integral_value():
        report(where + ("value",), "target_whole_number", got=target.value, indicator=indicator.id,
               unit=indicator.unit)
    if target.baseline is not None:
        check_figure(report, where + ("baseline", "value"), target.baseline.value, indicator)


def check_figure(report: Reporter, where: PathKey, value: Decimal, indicator: Indicator) -> None:
    """A share is within 0-100 unless the indicator may pass 100; no figure is negative."""
    if MEASURE[indicator.unit].ratio and not indicator.may_exceed_100 and not 0 <= value <= 100:
        report(where, "percent_range", got=value)
    elif value < 0:
        report(where, "negative_value", got=value)


def check_recipient(report: Reporter, where: PathKey, form: AwardForm, recipient: str) -> None:
    """An emulation title or form of commendation goes only to those the law gives it to."""
    award = AWARD_KIND[form.kind]
    if recipient in award.recipients:
        return
    allowed = [RECIPIENT_KIND[code] for code in award.recipients]
    report(where, "award_recipient", award_vi=award.vi, award_en=award.en,
           recipient_vi=RECIPIENT_KIND[recipient].vi, recipient_en=RECIPIENT_KIND[recipient].en,
           allowed_vi=", ".join(k.vi for k in allowed), allowed_en=", ".join(k.en for k in allowed))




def check_targets(report: Reporter, campaign: Campaign, indicators: dict[str, Indicator],
                  award_forms: dict[str, AwardForm]) -> None:
    """Each target fits its indicator's unit; each award's quota and prize name recipients it can have."""
    for i, target in enumerate(campaign.targets):
        indicator = indicators.get(target.indicator)
        if indicator is not None:
            check_target(report, ("targets", i), target, indicator)
    for i, award in enumerate(campaign.awards):
        form = award_forms.get(award.form)
        if form is None:
            continue
        for field_name in ("quota", "prize"):
            for recipient in getattr(award, field_name):
                check_recipient(report, ("awards", i, field_name, recipient), form, recipient)


def check_cascade(report: Reporter, campaign: Campaign, campaigns: dict[str, Campaign],
                  indicators: dict[str, Indicator]) -> None:
    """A child plan's target is at least as strict as its parent's for the same indicator, in any unit."""
    for parent_id in campaign.implements:
        parent = campaigns.get(parent_id)
        if parent is None:
            continue
        parent_targets = {t.indicator: t for t in parent.targets}
        for i, target in enumerate(campaign.targets):
            theirs = parent_targets.get(target.indicator)
            indicator = indicators.get(target.indicator)
            if theirs and indicator and not comparisons.is_at_least_as_strict(
                    comparisons.BY_WORD[target.comparison], target.level(indicator),
                    comparisons.BY_WORD[theirs.comparison], theirs.level(indicator)):
                report(("targets", i, "comparison"), "weaker_than_parent", parent=parent_id,
                       child=f"{target.comparison} {target.value or target.grade or ''}".strip(),
                       parent_target=f"{theirs.comparison} {theirs.value or theirs.grade or ''}".strip())
