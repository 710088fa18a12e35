"""The model (time): statuses, windows and events of a campaign, from an injected "today".

Rules for dates known only in part (documented in the README, tested in tests/model/test_timeline.py):
- a start given as a month (2026-06) begins on its first day; a year, on 1 January;
- an end given as a month ("đến hết tháng 12/2026") ends on its last day;
- "from the date of issuance" starts on the date of issue when the day is known; when only
  the month is known it can begin at the earliest on that month's first day; when no date
  is known the start is unknown (the campaign counts as running until its end);
- "đến hết ngày X" (rule `through`) includes day X; "trước ngày X" (rule `before`) ends the day before X;
- an event keeps the date as the document gives it (`start_given`, `end_given`), so pages and calendars
  say "tháng 6/2026", never a day the document does not name;
- reporting dates are on the timeline only where the document states them (`reporting.due`): a cadence
  ("hằng quý") names no day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from .campaign import Campaign, Deadline, Submission
from .dates import PartialDate

ONE_DAY = dt.timedelta(days=1)
CampaignStatus = Literal["upcoming", "running", "ended"]
WindowStatus = Literal["not_open", "open", "closes_today", "closed", "no_deadline"]
EventKind = Literal["period", "period_start", "window", "forwarding", "report"]


@dataclass(frozen=True)
class Event:
    """Something on a campaign's timeline, with a key that never changes between builds."""

    key: str
    kind: EventKind
    start: dt.date
    end: dt.date                 # the last day it covers, inclusive
    subject: str = ""            # the submission id, the forwarding unit, or the unit a report goes to
    start_given: PartialDate | None = None     # the start as the document gives it, where only in part
    end_given: PartialDate | None = None

    @property
    def is_span(self) -> bool:
        return self.start != self.end

    @property
    def start_when(self) -> PartialDate:
        """The start at the precision the document gives: a day, or a month or year."""
        return self.start_given or as_day(self.start)

    @property
    def end_when(self) -> PartialDate:
        return self.end_given or as_day(self.end)


def as_day(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def last_day(deadline: Deadline) -> dt.date:
    """The last day a deadline allows: the day itself for "đến hết ngày", the day before for "trước ngày"."""
    day = deadline.date.first_day()
    return day if deadline.rule == "through" else day - ONE_DAY


def period_start(campaign: Campaign) -> dt.date | None:
    """The earliest day the campaign can have started, or None when unknown."""
    if campaign.period.starts:
        return campaign.period.starts.first_day()
    if campaign.period.starts_at_issuance and campaign.document.issued:
        return campaign.document.issued.first_day()
    return None


def period_end(campaign: Campaign) -> dt.date:
    return campaign.period.ends.last_day()


def campaign_status(campaign: Campaign, today: dt.date) -> CampaignStatus:
    if today > period_end(campaign):
        return "ended"
    start = period_start(campaign)
    return "upcoming" if start is not None and today < start else "running"


def window_status(s: Submission, today: dt.date) -> WindowStatus:
    """Whether a submission window is not yet open, open, closing today, or closed."""
    if s.closes is None:
        return "no_deadline"
    if s.opens and today < s.opens.first_day():
        return "not_open"
    close = last_day(s.closes)
    if today > close:
        return "closed"
    return "closes_today" if today == close else "open"


def days_left(s: Submission, today: dt.date) -> int:
    """Whole days after today that the window stays open (0 on its last day)."""
    return (last_day(s.closes) - today).days if s.closes else 0


def campaign_events(campaign: Campaign) -> list[Event]:
    """Every dated thing of a campaign, in date order."""
    events: list[Event] = []
    start = period_start(campaign)
    given = campaign.period.starts or (campaign.document.issued if campaign.period.starts_at_issuance else None)
    events.append(Event("period", "period", start or period_end(campaign), period_end(campaign),
                        start_given=given if start else campaign.period.ends, end_given=campaign.period.ends))
    for submission in campaign.submissions:
        if submission.closes:
            close = last_day(submission.closes)
            opens = submission.opens.first_day() if submission.opens else close
            events.append(Event(f"submission-{submission.id}", "window", opens, close, submission.id))
    for i, forwarding in enumerate(campaign.forwarding):
        day = last_day(forwarding.deadline)
        events.append(Event(f"forwarding-{i + 1}", "forwarding", day, day, forwarding.by))
    events += report_events(campaign)
    return sorted(events, key=lambda e: (e.end, e.start, e.key))


def report_events(campaign: Campaign) -> list[Event]:
    """The report deadlines the document states; none is derived from the cadence."""
    if campaign.reporting is None:
        return []
    return [Event(f"report-{i + 1}", "report", last_day(due), last_day(due), campaign.reporting.to or "")
            for i, due in enumerate(campaign.reporting.due)]


def month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - ONE_DAY


def next_change(campaigns: list[Campaign], today: dt.date) -> dt.date | None:
    """The first day after `today` on which any status, count-down or upcoming list on the site changes."""
    candidates: list[dt.date] = []
    for campaign in campaigns:
        for event in campaign_events(campaign):
            if event.start > today:
                candidates.append(event.start)
            if event.end >= today:
                candidates.append(event.end + ONE_DAY)
        if any(window_status(s, today) in ("open", "closes_today") for s in campaign.submissions):
            candidates.append(today + ONE_DAY)    # "N days left" changes every day
    return min(candidates) if candidates else None
