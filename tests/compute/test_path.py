"""The nominee's path: each step's state follows the injected "today"; the home page leads with open windows."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.compute.path import nominee_path, path_anchor, window_rows
from generator.validate.catalog import Catalog
from tests.conftest import context

KHANH_KHE = "2024-khanh-khe-thanh-toan-truc-tuyen"     # window 02-03/01/2025, forwarding before 05/01/2025


@pytest.mark.parametrize(("today", "states"), [
    (dt.date(2024, 12, 1), ["now", "todo", "todo", "todo"]),
    (dt.date(2025, 1, 2), ["now", "now", "todo", "todo"]),
    (dt.date(2025, 1, 4), ["done", "done", "now", "todo"]),
    (dt.date(2025, 1, 6), ["done", "done", "done", "todo"]),
    (dt.date(2025, 1, 10), ["done", "done", "done", "todo"]),      # its decision of 10/01/2025 is illustrative
])
def test_each_step_says_where_it_stands_today(shipped_catalog: Catalog, today: dt.date, states: list[str]) -> None:
    ctx = context(shipped_catalog, "vi", today)
    path = nominee_path(shipped_catalog.campaigns[KHANH_KHE], ctx)
    assert [step.state for step in path] == states
    assert all(step.state_text for step in path)


def test_the_submit_step_says_where_how_and_until_when(shipped_catalog: Catalog) -> None:
    ctx = context(shipped_catalog, "en", dt.date(2025, 1, 2))
    submit = nominee_path(shipped_catalog.campaigns[KHANH_KHE], ctx)[1]
    text = " ".join(submit.lines)
    assert "Open: 1 day left" in text or "1 day" in text
    assert "one-stop reception and results section" in text and "3 January 2025" in text


def test_a_campaign_without_a_submission_window_has_no_path(shipped_catalog: Catalog) -> None:
    plain = next(c for c in shipped_catalog.campaigns.values() if not c.submissions)
    assert nominee_path(plain, context(shipped_catalog)) == []


def test_home_lists_open_windows_first_with_their_place_and_deadline(shipped_catalog: Catalog) -> None:
    campaigns = list(shipped_catalog.campaigns.values())
    ctx = context(shipped_catalog, "vi", dt.date(2025, 1, 2))
    rows = window_rows(campaigns, ctx)
    assert rows and rows[0].open
    assert rows[0].link.href == f"phong-trao/{KHANH_KHE}.md#{path_anchor(ctx)}"
    assert "Bộ phận Tiếp nhận và Trả kết quả một cửa UBND xã Khánh Khê" in rows[0].where
    assert rows[0].until == "Đến hết ngày 03/01/2025"
    assert window_rows(campaigns, context(shipped_catalog, "vi", dt.date(2025, 1, 4))) == []
    upcoming = window_rows(campaigns, context(shipped_catalog, "vi", dt.date(2024, 12, 1)))
    states = [(KHANH_KHE in row.link.href, row.open) for row in upcoming]
    assert (True, False) in states and states == sorted(states, key=lambda s: not s[1])   # open ones first
