"""Stage 4, render (feeds): iCalendar files, Atom feeds and the sitemap with language alternates."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import icalendar

from .compute_campaign import Context, deadline_text, report_kinds, submission_of, window_text
from .compute_results import RESULTS_DIR
from .model import Campaign
from .timeline import Event, campaign_events

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
PRODID = "-//thi-dua-site//Phong trao thi dua//VI"


# --- iCalendar (RFC 5545) ---------------------------------------------------------------

def calendar_of(name: str, events: list[bytes]) -> bytes:
    """One .ics around events already serialised (the site-wide file reuses each campaign's); UIDs never
    change between builds."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    shell = bytes(calendar.to_ical())
    end = shell.rindex(b"END:VCALENDAR")
    return shell[:end] + b"".join(events) + shell[end:]


def campaign_events_ical(c: Campaign, ctx: Context) -> bytes:
    """A campaign's events as iCalendar lines, to go inside a VCALENDAR."""
    return b"".join(calendar_event(c, event, ctx) for event in campaign_events(c))


def calendar_event(c: Campaign, event: Event, ctx: Context) -> bytes:
    host = urlsplit(ctx.catalog.site.url).hostname or "localhost"
    summary, description = event_words(c, event, ctx)
    return event_ical(uid=f"{c.id}.{event.key}.{ctx.lang.code}@{host}", stamp=ctx.today, start=event.start,
                      end=event.end, summary=summary, description=f"{description}\n{ctx.campaign_url(c.id)}",
                      url=ctx.campaign_url(c.id))


@functools.lru_cache(maxsize=1 << 15)
def event_ical(*, uid: str, stamp: dt.date, start: dt.date, end: dt.date, summary: str, description: str,
               url: str) -> bytes:
    """One all-day event as iCalendar lines. A pure function of its fields, kept: a long-running preview
    serialises again only the events whose words or dates changed (icalendar is the slow part)."""
    item = icalendar.Event()
    item.add("uid", uid)
    item.add("dtstamp", dt.datetime.combine(stamp, dt.time(0, 0), dt.UTC))
    item.add("dtstart", start)
    item.add("dtend", end + dt.timedelta(days=1))      # all-day events end the day after (exclusive)
    item.add("summary", summary)
    item.add("description", description)
    item.add("url", url)
    item.add("transp", "TRANSPARENT")
    return bytes(item.to_ical())


def event_words(c: Campaign, event: Event, ctx: Context) -> tuple[str, str]:
    """A short summary and a description of one event, in the context's language."""
    theme = ctx.lang.text(c.theme)
    if event.kind == "period":
        key = "ics_period" if event.is_span else "tl_period_end"
        return f"{ctx.t(key)}: {theme}", theme
    if event.kind == "window":
        s = submission_of(event, c)
        return (f"{ctx.t('ics_window', unit=ctx.lang.text(ctx.catalog.units[s.to].name))}",
                f"{window_text(s.opens, s.closes, ctx)}. {theme}")
    if event.kind == "forwarding":
        f = c.forwarding[int(event.key.rsplit("-", 1)[1]) - 1]
        return (ctx.t("tl_forwarding", unit=ctx.lang.text(ctx.catalog.units[f.by].name)),
                f"{deadline_text(f.deadline, ctx)}. {theme}")
    return ctx.t("tl_report", kinds=report_kinds(event, ctx)), theme


# --- Atom (RFC 4287) ----------------------------------------------------------------------

def entry_day(c: Campaign) -> dt.date:
    """When a campaign last changed on the site: its update, publication, issue or end date."""
    for day in (c.updated, c.published, c.document.date):
        if day is not None and day.is_full:
            return day.first_day()
    return c.period.ends.last_day()


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
    """Campaigns, their published results and their commendation decisions, newest first."""
    root = ctx.public_url("")
    label = f" ({ctx.t('illustrative_short')})"
    entries = [FeedEntry(f"campaign/{c.id}", ctx.lang.text(c.theme), entry_day(c), ctx.campaign_url(c.id),
                         ctx.lang.text(c.document.title)) for c in campaigns]
    for campaign_id, rows in sorted(ctx.catalog.results.items()):
        theme = ctx.lang.text(ctx.catalog.campaigns[campaign_id].theme)
        entries.append(FeedEntry(f"results/{campaign_id}", ctx.t("results_title", campaign=theme),
                                 max(r.as_of or r.period.end for r in rows), f"{root}{RESULTS_DIR}/{campaign_id}/",
                                 ctx.t("results_index_intro") + (label if any(r.illustrative for r in rows) else "")))
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

def sitemap(alternates_by_page: list[list[dict[str, str]]]) -> bytes:
    """Every page of every language, each with links to all its twins (and x-default: Vietnamese)."""
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    for twins in alternates_by_page:
        languages = [(twin["lang"], twin["link"]) for twin in twins] + [("x-default", twins[0]["link"])]
        for page in twins:
            url = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
            ET.SubElement(url, f"{{{SITEMAP}}}loc").text = page["link"]
            for hreflang, href in languages:
                ET.SubElement(url, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": hreflang, "href": href})
    ET.indent(urlset)
    return xml_bytes(urlset)


def xml_bytes(root: ET.Element) -> bytes:
    """A document with its declaration, as UTF-8."""
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"
