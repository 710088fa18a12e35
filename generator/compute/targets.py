"""Stage 3, compute (targets): a target worded as signed, in any unit, and figures written the local way."""

from __future__ import annotations

from decimal import Decimal

from ..base.markup import cell
from ..model import comparisons
from ..model.campaign import Indicator, Target, Text, known
from ..model.measures import MEASURE
from .context import Context
from .views_campaign import TargetView


def figure(value: Decimal, indicator: Indicator, ctx: Context) -> str:
    """ "45%", "98,5%", "1.200 hộ", "VND 2,000,000", "once a month", a grade's name, or done / not done."""
    measure = MEASURE[indicator.unit]
    if measure.scale == "grade":
        return ctx.lang.text(indicator.grade_at(value))
    if measure.scale == "done":
        return ctx.t("done_yes" if value else "done_no")
    counted = indicator.counted
    noun = "" if counted is None else (counted.vi if ctx.lang.code == "vi" else
                                       (counted.en_one or counted.en) if value == 1 else counted.en)
    return measure.figure(ctx.lang.code, ctx.lang.number(value), noun, one=value == 1)


def target_figure(target: Target, indicator: Indicator, ctx: Context) -> str:
    """The figure a target names, as its comparison word wants it: with its unit, bare, a grade, or none."""
    comparison = comparisons.BY_WORD[target.comparison]
    if comparison.scale == "done" or (target.value is None and target.grade is None):
        return ""
    if target.grade is not None:
        value = indicator.grade_level(target.grade)
        return figure(value, indicator, ctx) if value is not None else target.grade
    assert target.value is not None
    return ctx.lang.number(target.value) if comparison.bare else figure(target.value, indicator, ctx)


def target_wording(target: Target, ctx: Context) -> str:
    """ "trên 45%" in Vietnamese, "above 45%" in English, from the structured target; its deadline and baseline."""
    if target.as_written:
        return ctx.lang.text(target.as_written)
    indicator = ctx.catalog.indicators[target.indicator]
    comparison = comparisons.BY_WORD[target.comparison]
    shown = target_figure(target, indicator, ctx)
    if ctx.lang.code == "vi":
        words = comparison.vietnamese(shown)
    else:
        words = comparison.english(shown, is_all=indicator.unit == "percent" and target.value == 100)
    if target.by:
        words = ctx.t("target_by", target=words, date=ctx.lang.date_phrase(target.by))
    if target.baseline:
        words = ctx.t("target_baseline", target=words, date=ctx.lang.date(target.baseline.date),
                      value=figure(target.baseline.value, indicator, ctx))
    return words


def target_name(target: Target, ctx: Context) -> Text:
    """The indicator as the document names it; the registry's name only where the record gives none."""
    return target.name or ctx.catalog.indicators[target.indicator].name


def target_view(target: Target, ctx: Context) -> TargetView:
    return TargetView(
        group=ctx.cell(target.group),
        indicator=ctx.cell(target_name(target, ctx)),
        wording=cell(target_wording(target, ctx)),
        applies_to=ctx.cell(target.applies_to),
        basis=cell("; ".join(known(ctx.catalog.documents[d].number) or d for d in target.basis)),
        note=ctx.cell(target.note),
    )


def editor_notes(targets: list[Target], ctx: Context) -> list[str]:
    """The editor's notes on how targets were recorded, each naming its target, for the editor's notes section."""
    return [ctx.t("target_editor_note", name=ctx.text(target_name(target, ctx)), note=ctx.text(target.editor_note))
            for target in targets if target.editor_note]
