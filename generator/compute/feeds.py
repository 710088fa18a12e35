"""Stage 3, compute (feeds): what each calendar event and feed entry says, in one language.

Render only writes these views as iCalendar and Atom; every word, date and address is decided here."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from ..model.campaign import Campaign
from ..model.timeline import Event, campaign_events
from .campaign import deadline_text, period_text, window_text
from .context import Context, Reuse, make_now
from .schedule import forwarding_of, report_mark, submission_of
from .urls import RESULTS_DIR


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of a calendar file."""

    uid: str
    stamp: dt.date
    start: dt.date
    end: dt.date
    summary: str
    description: str
    url: str


@dataclass(frozen=True)
class CampaignCalendar:
    """A campaign's calendar file: its name and its events."""

    campaign_id: str
    name: str
    events: list[CalendarEvent]


@dataclass(frozen=True)
class FeedEntry:
    key: str
    title: str
    day: dt.date
    url: str
    summary: str


@dataclass(frozen=True)
class FeedView:
    """The Atom feed of one language: its identity, links and entries, newest first."""

    lang: str
    host: str
    title: str
    root_url: str
    author: str
    updated: dt.date
    entries: list[FeedEntry]


@dataclass(frozen=True)
class LanguageFeeds:
    """A language's calendars (one per campaign, and the site's, which holds them all) and its feed."""

    calendars: list[CampaignCalendar]
    site_calendar: str          # the site-wide calendar's name
    feed: FeedView


def language_feeds(campaigns: list[Campaign], ctx: Context, site_name: str,
                   reuse: Reuse = make_now) -> LanguageFeeds:
    """A language's calendars and feed; with `reuse`, the preview's memo, a campaign's calendar is made again
    only if its page is."""
    def calendar(campaign: Campaign) -> CampaignCalendar:
        return reuse(ctx.lang.code, ("calendar", campaign.id), functools.partial(campaign_calendar, campaign, ctx))
    calendars = [calendar(campaign) for campaign in campaigns]
    return LanguageFeeds(calendars, site_name, feed_view(campaigns, ctx, site_name))


def campaign_calendar(campaign: Campaign, ctx: Context) -> CampaignCalendar:
    return CampaignCalendar(campaign.id, ctx.lang.text(campaign.theme),
                            [calendar_event(campaign, event, ctx) for event in calendar_events(campaign)])


def calendar_events(campaign: Campaign) -> list[Event]:
    """A campaign's events as a calendar holds them. A period that starts on the day of issue, where the
    document gives only the month, is no span from a day it does not name: the month is an all-month event
    of its own, and the period is its last day."""
    events, issued = campaign_events(campaign), campaign.document.issued
    if campaign.period.starts or not campaign.period.starts_at_issuance or issued is None or issued.is_full:
        return events
    month = Event("period-start", "period_start", issued.first_day(), issued.last_day(),
                  start_given=issued, end_given=issued)
    return [month] + [replace(e, start=e.end, start_given=e.end_given) if e.kind == "period" else e
                      for e in events]


def calendar_event(campaign: Campaign, event: Event, ctx: Context) -> CalendarEvent:
    host = urlsplit(ctx.catalog.site.url).hostname or "localhost"
    summary, description = event_words(campaign, event, ctx)
    return CalendarEvent(uid=f"{campaign.id}.{event.key}.{ctx.lang.code}@{host}", stamp=ctx.today,
                         start=event.start, end=event.end, summary=summary,
                         description=f"{description}\n{ctx.campaign_url(campaign.id)}",
                         url=ctx.campaign_url(campaign.id))


def event_words(campaign: Campaign, event: Event, ctx: Context) -> tuple[str, str]:
    """A short summary and a description of one event, in the context's language."""
    theme = ctx.lang.text(campaign.theme)
    if event.kind == "period_start":
        return (f"{ctx.t('tl_period_start')}: {theme}",
                f"{ctx.t('ics_period_start_month', month=ctx.lang.date(event.start_when))}. {theme}")
    if event.kind == "period":
        key = "ics_period" if event.is_span else "tl_period_end"
        return f"{ctx.t(key)}: {theme}", f"{period_text(campaign, ctx)}. {theme}"
    if event.kind == "window":
        submission = submission_of(event, campaign)
        return (f"{ctx.t('ics_window', unit=ctx.named_text(submission.to_words, submission.to))}",
                f"{window_text(submission.opens, submission.closes, ctx)}. {theme}")
    if event.kind == "forwarding":
        forwarding = forwarding_of(event, campaign)
        return (ctx.t("tl_forwarding", unit=ctx.named_text(forwarding.by_words, forwarding.by)),
                f"{deadline_text(forwarding.deadline, ctx)}. {theme}")
    return report_mark(event, campaign, ctx), theme


def entry_day(campaign: Campaign) -> dt.date:
    """When a campaign last changed on the site: its update, publication, issue or end date."""
    for day in (campaign.updated, campaign.published, campaign.document.issued):
        if day is not None and day.is_full:
            return day.first_day()
    return campaign.period.ends.last_day()


def feed_entries(campaigns: list[Campaign], ctx: Context) -> list[FeedEntry]:
    """Campaigns, their results pages and their commendation decisions, newest first."""
    root = ctx.public_url("")
    label = f" ({ctx.t('illustrative_short')})"
    entries = [FeedEntry(f"campaign/{campaign.id}", ctx.lang.text(campaign.theme), entry_day(campaign),
                         ctx.campaign_url(campaign.id), ctx.lang.text(campaign.document.title))
               for campaign in campaigns]
    for campaign_id, shown in sorted(ctx.results.items()):
        theme = ctx.lang.text(shown.campaign.theme)
        entries.append(FeedEntry(f"results/{campaign_id}", ctx.t("results_title", campaign=theme),
                                 max(r.as_of or r.period.end for r in ctx.catalog.results[campaign_id]),
                                 f"{root}{RESULTS_DIR}/{campaign_id}/",
                                 ctx.t("results_index_intro") + (label if shown.illustrative else "")))
    for awarded in ctx.catalog.decisions:
        decision = awarded.decision
        entries.append(FeedEntry(
            f"decision/{decision.id}",
            ctx.t("honour_decision", number=decision.number, date=ctx.lang.date(decision.date),
                  issuer=ctx.lang.text(ctx.catalog.units[decision.issuer].name)),
            decision.date.first_day(), f"{root}khen-thuong/",
            ctx.lang.text(ctx.catalog.award_forms[decision.award_form].name) + (label if awarded.illustrative else "")))
    return sorted(entries, key=lambda e: (e.day, e.key), reverse=True)


def feed_view(campaigns: list[Campaign], ctx: Context, site_name: str) -> FeedView:
    """New and changed campaigns, results and commendations, newest first."""
    entries = feed_entries(campaigns, ctx)
    return FeedView(lang=ctx.lang.code, host=urlsplit(ctx.catalog.site.url).hostname or "localhost",
                    title=site_name, root_url=ctx.public_url(""), author=ctx.lang.text(ctx.catalog.site.owner),
                    updated=max((e.day for e in entries), default=ctx.today), entries=entries)
