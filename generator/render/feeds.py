"""Stage 4, render (feeds): iCalendar files, Atom feeds and the sitemap with language alternates.

They write the views of `compute.feeds` as bytes; no word or date is decided here."""

from __future__ import annotations

import datetime as dt
import functools
from xml.etree import ElementTree as ET

from ..compute.feeds import CalendarEvent, FeedView

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
PRODID = "-//thi-dua-site//Phong trao thi dua//VI"


# --- iCalendar (RFC 5545) ---------------------------------------------------------------
#
# Written here rather than with the icalendar library, which took 2 s of each language's build at
# province scale (BENCHMARKS.md), most of it folding lines one character at a time. The format
# needed is small: text escaping, 75-octet folding, all-day dates. tests/render/test_feeds.py
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


def events_ical(events: list[CalendarEvent]) -> bytes:
    """A calendar's events as iCalendar lines, to go inside a VCALENDAR."""
    return b"".join(event_ical(uid=e.uid, stamp=e.stamp, start=e.start, end=e.end, summary=e.summary,
                               description=e.description, url=e.url) for e in events)


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


# --- Atom (RFC 4287) ----------------------------------------------------------------------

def timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00+07:00"


def atom_feed(view: FeedView) -> bytes:
    """The feed's view as Atom XML."""
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": view.lang})
    add(feed, "id", f"tag:{view.host},2024:{view.lang}/feed")
    add(feed, "title", view.title)
    add(feed, "updated", timestamp(view.updated))
    ET.SubElement(feed, "link", {"rel": "self", "href": f"{view.root_url}feed.xml", "type": "application/atom+xml"})
    ET.SubElement(feed, "link", {"rel": "alternate", "href": view.root_url, "type": "text/html"})
    author = ET.SubElement(feed, "author")
    add(author, "name", view.author)
    for item in view.entries:
        entry = ET.SubElement(feed, "entry")
        add(entry, "id", f"tag:{view.host},2024:{item.key}/{view.lang}")
        add(entry, "title", item.title)
        add(entry, "updated", timestamp(item.day))
        ET.SubElement(entry, "link", {"rel": "alternate", "href": item.url, "type": "text/html"})
        add(entry, "summary", item.summary)
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
