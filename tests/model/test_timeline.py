"""The documented rules for dates, windows and statuses (see generator/model/timeline.py)."""

import datetime as dt
from typing import Any

import pytest

from generator.model.campaign import Campaign, Submission
from generator.model.timeline import (
    campaign_events,
    campaign_status,
    days_left,
    last_day,
    next_change,
    period_start,
    window_status,
)
from tests.content import minimal


def campaign(**changes: Any) -> Campaign:
    data = minimal()
    for key, value in changes.items():
        data[key] = value
    return Campaign.model_validate(data)


def submission(opens: str | None, closes: str, rule: str = "through") -> Submission:
    return Submission.model_validate({"id": "s", "to": "u", "opens": opens, "closes": {"date": closes, "rule": rule}})


@pytest.mark.parametrize("today, state, left", [
    (dt.date(2025, 1, 1), "not_open", 2), (dt.date(2025, 1, 2), "open", 1),
    (dt.date(2025, 1, 3), "closes_today", 0), (dt.date(2025, 1, 4), "closed", -1),
])
def test_a_window_through_a_day_includes_that_day(today: dt.date, state: str, left: int) -> None:
    s = submission("2025-01-02", "2025-01-03")
    assert window_status(s, today) == state
    assert days_left(s, today) == left


def test_before_a_day_ends_the_day_before() -> None:
    s = submission(None, "2024-12-31", "before")
    assert last_day(s.closes) == dt.date(2024, 12, 30)      # type: ignore[arg-type]
    assert window_status(s, dt.date(2024, 12, 30)) == "closes_today"
    assert window_status(s, dt.date(2024, 12, 31)) == "closed"


def test_month_only_start_and_end_cover_whole_months() -> None:
    c = campaign(period={"starts": "2026-06", "ends": "2026-12"})
    assert period_start(c) == dt.date(2026, 6, 1)
    assert campaign_status(c, dt.date(2026, 5, 31)) == "upcoming"
    assert campaign_status(c, dt.date(2026, 12, 31)) == "running"
    assert campaign_status(c, dt.date(2027, 1, 1)) == "ended"


@pytest.mark.parametrize("document_date, start", [
    ("2024-06-12", dt.date(2024, 6, 12)),   # the date of issue, when known
    ("2024-06", dt.date(2024, 6, 1)),       # the month only: at the earliest its first day
    (None, None),                           # unknown: no start, running until the end
])
def test_from_the_date_of_issuance(document_date: str | None, start: dt.date | None) -> None:
    data = minimal()
    data["document"]["date"] = document_date
    data["period"] = {"starts_at_issuance": True, "ends": "2024-12-31"}
    c = Campaign.model_validate(data)
    assert period_start(c) == start
    if start is None:
        assert campaign_status(c, dt.date(2024, 1, 1)) == "running"


def test_a_cadence_names_no_reporting_day() -> None:
    c = campaign(period={"starts": "2026-06", "ends": "2026-12"},
                 reporting={"cadence": ["quarterly", "half_yearly", "yearly"]})
    assert [e for e in campaign_events(c) if e.kind == "report"] == []


def test_report_deadlines_the_document_states_are_on_the_timeline() -> None:
    c = campaign(period={"starts": "2026-06", "ends": "2026-12"},
                 reporting={"cadence": ["quarterly"], "due": [{"date": "2026-06-15", "rule": "before"}]})
    assert [(e.start, e.end) for e in campaign_events(c) if e.kind == "report"] == [
        (dt.date(2026, 6, 14), dt.date(2026, 6, 14))]


def test_a_start_known_by_month_stays_a_month() -> None:
    c = campaign(period={"starts": "2026-06", "ends": "2026-12"})
    [period] = [e for e in campaign_events(c) if e.kind == "period"]
    assert (str(period.start_when), str(period.end_when)) == ("2026-06", "2026-12")


def test_event_keys_are_stable_and_unique() -> None:
    c = campaign(reporting={"cadence": ["monthly"]})
    keys = [e.key for e in campaign_events(c)]
    assert len(keys) == len(set(keys))
    assert keys == [e.key for e in campaign_events(campaign(reporting={"cadence": ["monthly"]}))]


def test_next_change_is_tomorrow_while_a_window_counts_down() -> None:
    c = campaign()      # window 2026-12-01 .. 2026-12-10, period 2026-06-01 .. 2026-12-31
    assert next_change([c], dt.date(2026, 11, 22)) == dt.date(2026, 12, 1)
    assert next_change([c], dt.date(2026, 12, 5)) == dt.date(2026, 12, 6)
    assert next_change([c], dt.date(2026, 12, 20)) == dt.date(2027, 1, 1)
    assert next_change([c], dt.date(2027, 1, 1)) is None
