"""Stage 4, render: each page view through its Jinja template, into Markdown and the page's metadata."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ..builder.asset_names import cache_headers
from ..builder.csp import HEADERS
from ..builder.page_html import COMMONMARK
from ..compute.context import Reuse, make_now
from ..compute.feeds import LanguageFeeds
from ..compute.language import Language
from ..compute.site import SiteView
from ..compute.urls import ALL_CALENDAR, CALENDAR_DIR, CAMPAIGNS_DIR
from ..compute.views import HANDWRITTEN, Page
from ..model.fields import LANGUAGES
from ..model.timeline import next_change
from ..validate.catalog import Catalog
from .cards import card_files
from .data import render_data_files
from .feeds import atom_feed, calendar_of, events_ical, sitemap

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class RenderedPage:
    """A page's Markdown and its metadata, handed to the site builder side by side, in memory."""

    path: str
    body: str
    meta: dict[str, Any] = field(default_factory=dict)


def make_environment() -> jinja2.Environment:
    """Strict: an undefined name in a template is an error, never an empty string."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; views arrive escaped (see markup.py)
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_site(site: SiteView, languages: dict[str, Language]) -> dict[str, list[RenderedPage]]:
    """Markdown for every page of every language."""
    env = make_environment()
    return {code: [render_page(env, page, languages[code]) for page in pages] for code, pages in site.pages.items()}


def render_language_files(catalog: Catalog, site: SiteView, cards_cache: Path | None = None,
                          reuse: Reuse = make_now) -> dict[str, dict[str, bytes]]:
    """Per language: an .ics per campaign and for the whole site, the Atom feed, the downloads and the link
    preview cards (kept in `cards_cache` to be read back rather than drawn again); with `reuse`, the preview's
    memo, a campaign's files are made again only if its pages are."""
    data = render_data_files(catalog, reuse)
    return {code: {**language_files(code, feeds, reuse), **data,      # the same downloads in both languages
                   **card_files(site.cards.get(code, {}), cards_cache)}
            for code, feeds in site.feeds.items()}


def language_files(code: str, feeds: LanguageFeeds, reuse: Reuse) -> dict[str, bytes]:
    """A language's calendars (each campaign's events serialised once, used twice) and its feed."""
    events = {calendar.campaign_id: reuse(code, ("ics", calendar.campaign_id),
                                          functools.partial(events_ical, calendar.events))
              for calendar in feeds.calendars}
    files = {f"{CAMPAIGNS_DIR}/{calendar.campaign_id}.ics": calendar_of(calendar.name, [events[calendar.campaign_id]])
             for calendar in feeds.calendars}
    files[f"{CALENDAR_DIR}/{ALL_CALENDAR}"] = calendar_of(feeds.site_calendar, list(events.values()))
    files["feed.xml"] = atom_feed(feeds.feed)
    return files


Sitemap = Callable[[list[list[dict[str, str]]], str], bytes]


def render_root_files(catalog: Catalog, today: dt.date, site: SiteView,
                      sitemap_of: Sitemap = sitemap) -> dict[str, bytes]:
    """Files for the site's root: one sitemap for both languages, robots.txt, and when to rebuild."""
    twins = [page.meta["alternates"] for page in site.pages[LANGUAGES[0]]]
    changes = next_change(list(catalog.campaigns.values()), today)
    info = {"built_for": today.isoformat(), "next_change": changes.isoformat() if changes else None}
    return {
        "sitemap.xml": sitemap_of(twins, today.isoformat()),
        "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {site.site_url.rstrip('/')}/sitemap.xml\n".encode(),
        "build-info.json": (json.dumps(info, indent=2) + "\n").encode(),
        # security headers, and a year's caching for hashed files, for hosts that read it (Netlify, Cloudflare)
        "_headers": (HEADERS + cache_headers()).encode(),
    }


def render_page(env: jinja2.Environment, page: Page, lang: Language) -> RenderedPage:
    body = env.get_template(page.template).render(view=page.view, t=lang.strings)
    return RenderedPage(page.path, link_footnote_marks(squeeze_blank_lines(body)), page_meta(page))


FOOTNOTE_MARK = re.compile(r"\[\^([0-9]+)\]")


def link_footnote_marks(text: str) -> str:
    """Each "[^6]" as a superscript 6 linked to footnote 6: the document's own number, never renumbered by order
    of first appearance as Markdown renderers do. The first citation of a note is where its back link returns."""
    if "[^" not in text:
        return text
    seen: dict[str, int] = {}

    def mark(match: re.Match[str]) -> str:
        number = str(int(match.group(1)))
        seen[number] = seen.get(number, 0) + 1
        anchor = f"fnref-{number}" + ("" if seen[number] == 1 else f"-{seen[number]}")
        return f'<sup class="footnote-ref"><a href="#fn-{number}" id="{anchor}">{number}</a></sup>'

    return FOOTNOTE_MARK.sub(mark, text)


def page_meta(page: Page) -> dict[str, Any]:
    """What the site builder reads about a page besides its Markdown; generated pages are CommonMark."""
    converter = {} if page.template == HANDWRITTEN else {COMMONMARK: True}
    return {"generated_by": "thi-dua-site", **converter, **page.meta}


def squeeze_blank_lines(text: str) -> str:
    """At most one blank line in a row, and one newline at the end."""
    out: list[str] = []
    for line in text.splitlines():
        if line.strip() or (out and out[-1].strip()):
            out.append(line.rstrip())
    return "\n".join(out).strip() + "\n"
