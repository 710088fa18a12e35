"""Stage 4, render (feeds): iCalendar files, Atom feeds and the sitemap with language alternates."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from ..compute.campaign import deadline_text, period_text, window_text
from ..compute.context import Context
from ..compute.results import RESULTS_DIR
from ..compute.schedule import report_mark, submission_of
from ..model.campaign import Campaign
from ..model.timeline import Event, campaign_events

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
PRODID = "-//thi-dua-site//Phong trao thi dua//VI"


# --- iCalendar (RFC 5545) ---------------------------------------------------------------
#
# Written here rather than with the icalendar library, which took 2 s of each language's build at
# province scale (BENCHMARKS.md), most of it folding lines one character at a time. The format
# needed is small: text escaping, 75-octet folding, all-day dates. tests/test_render_feeds.py
# checks the bytes equal icalendar's for the same events, and parses every file back with it.

FOLD_AT = 74                        # octets per physical line before the CRLF (and the space of a continuation)
ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": "\\n"})


def calendar_of(name: str, events: list[bytes]) -> bytes:
    """One .ics around events already serialised (the site-wide file reuses each campaign's); UIDs never
    change between builds."""
    head = [b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", content_line("PRODID", ical_text(PRODID)),
            b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
            content_line("X-WR-CALNAME", " ".join(name.split())),     # apps read it as written: not escaped
            b"X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"]
    return b"".join([*head, *events, b"END:VCALENDAR\r\n"])


def campaign_events_ical(campaign: Campaign, ctx: Context) -> bytes:
    """A campaign's events as iCalendar lines, to go inside a VCALENDAR."""
    return b"".join(calendar_event(campaign, event, ctx) for event in calendar_events(campaign))


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


def calendar_event(campaign: Campaign, event: Event, ctx: Context) -> bytes:
    host = urlsplit(ctx.catalog.site.url).hostname or "localhost"
    summary, description = event_words(campaign, event, ctx)
    return event_ical(uid=f"{campaign.id}.{event.key}.{ctx.lang.code}@{host}", stamp=ctx.today, start=event.start,
                      end=event.end, summary=summary, description=f"{description}\n{ctx.campaign_url(campaign.id)}",
                      url=ctx.campaign_url(campaign.id))


@functools.lru_cache(maxsize=1 << 15)
def event_ical(*, uid: str, stamp: dt.date, start: dt.date, end: dt.date, summary: str, description: str,
               url: str) -> bytes:
    """One all-day event as iCalendar lines, properties in icalendar's order. A pure function of its
    fields, kept: a long-running preview serialises again only the events whose words or dates changed."""
    return b"".join([
        b"BEGIN:VEVENT\r\n",
        content_line("SUMMARY", ical_text(summary)),
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}\r\n".encode(),
        f"DTEND;VALUE=DATE:{end + dt.timedelta(days=1):%Y%m%d}\r\n".encode(),   # all-day: the day after ends it
        f"DTSTAMP:{stamp:%Y%m%d}T000000Z\r\n".encode(),
        content_line("UID", ical_text(uid)),
        content_line("DESCRIPTION", ical_text(description)),
        b"TRANSP:TRANSPARENT\r\n",
        content_line("URL", url),
        b"END:VEVENT\r\n",
    ])


def ical_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks written as \\n."""
    return value.replace("\r\n", "\n").translate(ESCAPES)


def content_line(name: str, value: str) -> bytes:
    """`NAME:value` folded every 74 octets, never inside a UTF-8 character or right after a backslash."""
    line = f"{name}:{value}".encode()
    if len(line) <= FOLD_AT:
        return line + b"\r\n"
    parts, start = [], 0
    while len(line) - start > FOLD_AT:
        end = start + FOLD_AT
        while line[end] & 0xC0 == 0x80:         # a continuation byte: back to the start of its character
            end -= 1
        if line[end - 1] in b"\\^":           # keep an escape with what it escapes
            end -= 1
        parts.append(line[start:end])
        start = end
    parts.append(line[start:])
    return b"\r\n ".join(parts) + b"\r\n"


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
        s = submission_of(event, campaign)
        return (f"{ctx.t('ics_window', unit=ctx.lang.text(ctx.catalog.units[s.to].name))}",
                f"{window_text(s.opens, s.closes, ctx)}. {theme}")
    if event.kind == "forwarding":
        f = campaign.forwarding[int(event.key.rsplit("-", 1)[1]) - 1]
        return (ctx.t("tl_forwarding", unit=ctx.lang.text(ctx.catalog.units[f.by].name)),
                f"{deadline_text(f.deadline, ctx)}. {theme}")
    return report_mark(event, ctx), theme


# --- Atom (RFC 4287) ----------------------------------------------------------------------

def entry_day(campaign: Campaign) -> dt.date:
    """When a campaign last changed on the site: its update, publication, issue or end date."""
    for day in (campaign.updated, campaign.published, campaign.document.issued):
        if day is not None and day.is_full:
            return day.first_day()
    return campaign.period.ends.last_day()


def timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00+07:00"


@dataclass(frozen=True)
class FeedEntry:
    key: str
    title: str
    day: dt.date
    url: str
    summary: str


def feed_entries(campaigns: list[Campaign], ctx: Context) -> list[FeedEntry]:
    """Campaigns, their results pages and their commendation decisions, newest first."""
    root = ctx.public_url("")
    label = f" ({ctx.t('illustrative_short')})"
    entries = [FeedEntry(f"campaign/{c.id}", ctx.lang.text(c.theme), entry_day(c), ctx.campaign_url(c.id),
                         ctx.lang.text(c.document.title)) for c in campaigns]
    for campaign_id, shown in sorted(ctx.results.items()):
        theme = ctx.lang.text(shown.campaign.theme)
        entries.append(FeedEntry(f"results/{campaign_id}", ctx.t("results_title", campaign=theme),
                                 max(r.as_of or r.period.end for r in ctx.catalog.results[campaign_id]),
                                 f"{root}{RESULTS_DIR}/{campaign_id}/",
                                 ctx.t("results_index_intro") + (label if shown.illustrative else "")))
    for awarded in ctx.catalog.decisions:
        d = awarded.decision
        entries.append(FeedEntry(
            f"decision/{d.id}", ctx.t("honour_decision", number=d.number, date=ctx.lang.date(d.date),
                                      issuer=ctx.lang.text(ctx.catalog.units[d.issuer].name)),
            d.date.first_day(), f"{root}khen-thuong/",
            ctx.lang.text(ctx.catalog.award_forms[d.award_form].name) + (label if awarded.illustrative else "")))
    return sorted(entries, key=lambda e: (e.day, e.key), reverse=True)


def atom_feed(campaigns: list[Campaign], ctx: Context, site_name: str) -> bytes:
    """New and changed campaigns, results and commendations, newest first."""
    root_url = ctx.public_url("")
    host = urlsplit(ctx.catalog.site.url).hostname or "localhost"
    entries = feed_entries(campaigns, ctx)
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": ctx.lang.code})
    add(feed, "id", f"tag:{host},2024:{ctx.lang.code}/feed")
    add(feed, "title", site_name)
    add(feed, "updated", timestamp(max((e.day for e in entries), default=ctx.today)))
    ET.SubElement(feed, "link", {"rel": "self", "href": f"{root_url}feed.xml", "type": "application/atom+xml"})
    ET.SubElement(feed, "link", {"rel": "alternate", "href": root_url, "type": "text/html"})
    author = ET.SubElement(feed, "author")
    add(author, "name", ctx.lang.text(ctx.catalog.site.owner))
    for e in entries:
        entry = ET.SubElement(feed, "entry")
        add(entry, "id", f"tag:{host},2024:{e.key}/{ctx.lang.code}")
        add(entry, "title", e.title)
        add(entry, "updated", timestamp(e.day))
        ET.SubElement(entry, "link", {"rel": "alternate", "href": e.url, "type": "text/html"})
        add(entry, "summary", e.summary)
    ET.indent(feed)
    return xml_bytes(feed)


def add(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, tag)
    child.text = text
    return child


# --- Sitemap with hreflang alternates -------------------------------------------------------

def sitemap(alternates_by_page: list[list[dict[str, str]]], lastmod: str = "") -> bytes:
    """Every page of every language, each with links to all its twins (and x-default: Vietnamese), and the day it was
    last built (its statuses and days left are computed for that day)."""
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    for twins in alternates_by_page:
        languages = [(twin["lang"], twin["link"]) for twin in twins] + [("x-default", twins[0]["link"])]
        for page in twins:
            url = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
            ET.SubElement(url, f"{{{SITEMAP}}}loc").text = page["link"]
            if lastmod:
                ET.SubElement(url, f"{{{SITEMAP}}}lastmod").text = lastmod
            for hreflang, href in languages:
                ET.SubElement(url, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": hreflang, "href": href})
    ET.indent(urlset)
    return xml_bytes(urlset)


def xml_bytes(root: ET.Element) -> bytes:
    """A document with its declaration, as UTF-8."""
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"
