"""Stage 3, compute (home page): what runs now, what is due next, who was commended."""

from __future__ import annotations

from ..base.markup import cell
from ..model.campaign import Campaign
from ..model.timeline import campaign_events
from .campaign import campaign_link, status_of
from .context import Context
from .path import window_rows
from .rows import campaign_row
from .schedule import event_marks
from .units import home_units
from .urls import CAMPAIGNS_DIR, UNIT_PAGES_DIR
from .views import DeadlineRow, Link
from .views_results import HonourEntry

HOME_RUNNING = 10
HOME_DEADLINES = 5
HOME_COMMENDED = 5
HOME_WINDOWS = 10
HOME_UNITS = 12          # more units than this: the home page links to their list instead


def home_view(campaigns: list[Campaign], marks: list[DeadlineRow], honours: list[HonourEntry],
              ctx: Context) -> dict[str, object]:
    """The home page's view; links written from the docs folder."""
    prefix = f"{CAMPAIGNS_DIR}/"
    running = [campaign for campaign in campaigns if status_of(campaign, ctx) == "running"]
    more = len(running) - HOME_RUNNING
    return {
        "windows": window_rows(campaigns, ctx)[:HOME_WINDOWS],
        "units": home_units(ctx, HOME_UNITS),
        "units_link": Link(ctx.t("unit_index_link"), f"{UNIT_PAGES_DIR}/index.md"),
        "running": [campaign_row(campaign, ctx, prefix) for campaign in running[:HOME_RUNNING]],
        "running_more": Link(ctx.t("home_running_more", count=more), f"{prefix}index.md") if more > 0 else None,
        "deadlines": marks[:HOME_DEADLINES],
        "calendar_link": Link(ctx.t("home_calendar_link"), "lich.md"),
        "commended": honours[:HOME_COMMENDED],
        "honours_link": Link(ctx.t("home_honours_link"), "khen-thuong.md"),
        "illustrative": any(d.illustrative for d in ctx.catalog.decisions),
        "all_link": Link(ctx.t("home_all_link", count=len(campaigns)), f"{prefix}index.md"),
        "as_of": ctx.t("home_as_of", date=ctx.lang.day(ctx.today)),
    }


def upcoming_deadlines(campaigns: list[Campaign], ctx: Context) -> list[DeadlineRow]:
    """Every dated mark from today on (windows, deadlines, stated report dates, period ends), soonest first, and
    in the same order in both languages; links written from the docs folder."""
    found = []
    for campaign in campaigns:
        link = campaign_link(campaign, ctx)
        for event in campaign_events(campaign):
            for mark in event_marks(event, campaign, ctx):
                if mark.when.last_day() >= ctx.today:
                    found.append((mark.day, campaign.id, DeadlineRow(ctx.lang.date(mark.when), link, cell(mark.label))))
    return [row for *_, row in sorted(found, key=lambda item: item[:2])]    # stable: a campaign's own order
