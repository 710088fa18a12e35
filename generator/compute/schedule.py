"""Stage 3, compute (timeline): a campaign's dated marks, at the precision the document gives them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model.campaign import Campaign, Forwarding, Submission
from ..model.dates import PartialDate
from ..model.timeline import Event, campaign_events
from .context import Context
from .views_campaign import TimelineItem


def timeline_view(campaign: Campaign, ctx: Context) -> list[TimelineItem]:
    """The campaign's dated events as a vertical timeline, with today in its place."""
    items: list[tuple[dt.date, int, TimelineItem]] = []
    for event in campaign_events(campaign):
        for order, mark in enumerate(event_marks(event, campaign, ctx)):
            items.append((mark.day, order, timeline_item(mark, ctx)))
    today = TimelineItem(ctx.t("tl_today"), ctx.lang.day(ctx.today), ctx.today.isoformat(), "now", "")
    items.append((ctx.today, -1, today))
    return [item for _, _, item in sorted(items, key=lambda x: (x[0], x[1]))]


def timeline_item(mark: Mark, ctx: Context) -> TimelineItem:
    """One mark at the precision the document gives: "tháng 6/2026" stays a month, with a month's datetime."""
    first, last = mark.when.first_day(), mark.when.last_day()
    state = "past" if last < ctx.today else ("future" if first > ctx.today else
                                             "today" if first == last else "now_within")
    return TimelineItem(mark.label, ctx.lang.date(mark.when), str(mark.when), state, ctx.t(f"tl_state_{state}"))


@dataclass(frozen=True)
class Mark:
    """A labelled date of an event: the day it sorts by, and the date as the document gives it."""

    day: dt.date
    when: PartialDate
    label: str


def event_marks(event: Event, campaign: Campaign, ctx: Context) -> list[Mark]:
    """The labelled dates one event puts on the timeline: its start and end, or its one day."""
    if event.kind == "period":
        start = Mark(event.start, event.start_when, ctx.t("tl_period_start"))
        end = Mark(event.end, event.end_when, ctx.t("tl_period_end"))
        return ([start] if campaign.period.starts or campaign.document.issued else []) + [end]
    if event.kind == "window":
        s = submission_of(event, campaign)
        closes = Mark(event.end, event.end_when, ctx.t("tl_window_closes", unit=ctx.named(s.to_words, s.to)))
        opens = Mark(event.start, event.start_when, ctx.t("tl_window_opens", unit=ctx.named(s.to_words, s.to)))
        return ([opens] if event.is_span else []) + [closes]
    if event.kind == "forwarding":
        f = forwarding_of(event, campaign)
        return [Mark(event.end, event.end_when, ctx.t("tl_forwarding", unit=ctx.named(f.by_words, f.by)))]
    return [Mark(event.end, event.end_when, report_mark(event, campaign, ctx))]


def submission_of(event: Event, campaign: Campaign) -> Submission:
    """The submission whose window a "window" event is."""
    return next(s for s in campaign.submissions if s.id == event.subject)


def forwarding_of(event: Event, campaign: Campaign) -> Forwarding:
    """The forwarding a "forwarding" event is (its key ends in its 1-based place)."""
    return campaign.forwarding[int(event.key.rsplit("-", 1)[1]) - 1]


def report_mark(event: Event, campaign: Campaign, ctx: Context) -> str:
    """A report deadline the document states: "Hạn gửi báo cáo (Văn phòng)", in the plan's wording of the unit."""
    if not event.subject:
        return ctx.t("tl_report")
    words = campaign.reporting.to_words if campaign.reporting else None
    return ctx.t("tl_report_to", unit=ctx.named(words, event.subject))
