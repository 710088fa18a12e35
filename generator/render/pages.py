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
from ..compute.context import CAMPAIGNS_DIR, Context
from ..compute.language import Language
from ..compute.site import ALL_CALENDAR, CALENDAR_DIR, SiteView
from ..compute.views import HANDWRITTEN, Page
from ..model.fields import LANGUAGES
from ..model.timeline import next_change
from ..validate.catalog import Catalog
from .cards import card_files
from .data import Reuse, make_now, render_data_files
from .feeds import atom_feed, calendar_of, campaign_events_ical, sitemap

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


def render_language_files(catalog: Catalog, languages: dict[str, Language], today: dt.date,
                          site: SiteView, cards_cache: Path | None = None,
                          reuse: Reuse = make_now) -> dict[str, dict[str, bytes]]:
    """Per language: an .ics per campaign and for the whole site, the Atom feed, the downloads and the link
    preview cards (kept in `cards_cache` to be read back rather than drawn again); with `reuse`, the preview's
    memo, a campaign's files are made again only if its pages are."""
    files: dict[str, dict[str, bytes]] = {}
    campaigns = sorted(catalog.campaigns.values(), key=lambda campaign: campaign.id)
    data = render_data_files(catalog, reuse)
    for code, lang in languages.items():
        ctx = Context(catalog, lang, today, site.results)
        name = site.site_names[code]
        events = {c.id: reuse("ics", code, c.id, functools.partial(campaign_events_ical, c, ctx))
                  for c in campaigns}     # serialised once, used twice
        files[code] = {f"{CAMPAIGNS_DIR}/{c.id}.ics": calendar_of(lang.text(c.theme), [events[c.id]])
                       for c in campaigns}
        files[code][f"{CALENDAR_DIR}/{ALL_CALENDAR}"] = calendar_of(name, list(events.values()))
        files[code]["feed.xml"] = atom_feed(campaigns, ctx, name)
        files[code].update(data)      # the same downloads in both languages, so every link stays inside its site
        files[code].update(card_files(site.cards.get(code, {}), cards_cache))
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
