"""Stage 4, render, for the preview: a page's Markdown made again only when its view changed since the last save,
and a campaign's calendar, data files and record dump only when the campaign or its results changed.

Keyed by language and path; a page is rendered again unless its `Page` (template, title, view and
metadata) is the one of the last save, or equal to it. The templates themselves are fixed for the
memo's life: the preview starts a new memo whenever they, or the translations, change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import jinja2

from ..compute.context import PageKey, T
from ..compute.language import Language
from ..compute.site import SiteView
from ..compute.views import Page
from .feeds import sitemap
from .pages import RenderedPage, make_environment, render_page


@dataclass
class RenderMemo:
    """The rendered pages of the last save, per language and path, with the page each was rendered from."""

    env: jinja2.Environment = field(default_factory=make_environment)
    pages: dict[tuple[str, str], tuple[Page, RenderedPage]] = field(default_factory=dict)
    rendered: int = 0                        # pages rendered by the last `render_site`, for the tests
    last_sitemap: tuple[list[list[dict[str, str]]], str, bytes] | None = None

    def sitemap(self, twins: list[list[dict[str, str]]], lastmod: str) -> bytes:
        """`render_feeds.sitemap`, made again only if its pages or their day changed."""
        if self.last_sitemap is None or self.last_sitemap[:2] != (twins, lastmod):
            self.last_sitemap = (twins, lastmod, sitemap(twins, lastmod))
        return self.last_sitemap[2]

    def render_site(self, site: SiteView, languages: dict[str, Language]) -> dict[str, list[RenderedPage]]:
        """`render.render_site`, rendering again only the pages whose view changed."""
        self.rendered = 0
        kept: dict[tuple[str, str], tuple[Page, RenderedPage]] = {}
        out: dict[str, list[RenderedPage]] = {}
        for code, pages in site.pages.items():
            out[code] = []
            for page in pages:
                key = (code, page.path)
                before = self.pages.get(key)
                if before is None or not (before[0] is page or before[0] == page):
                    before = (page, render_page(self.env, page, languages[code]))
                    self.rendered += 1
                kept[key] = before
                out[code].append(before[1])
        self.pages = kept
        return out


@dataclass
class FileMemo:
    """Each campaign's calendar events, data downloads and record dump of the last save, per language and kind."""

    files: dict[tuple[str, PageKey], Any] = field(default_factory=dict)
    stale: set[PageKey] | None = None        # as `SiteMemo.stale`: the campaigns this save changed; None: all

    def start(self, stale: set[PageKey] | None) -> None:
        """A new save: `stale` as the site's memo found it."""
        self.stale = stale
        if stale is None:
            self.files.clear()

    def __call__(self, code: str, key: PageKey, make: Callable[[], T], /) -> T:
        """What `make` gives, or what it gave at the last save if the campaign did not change since (a `Reuse`)."""
        kept = (code, key)
        if self.stale is None or ("campaign", key[1]) in self.stale or kept not in self.files:
            self.files[kept] = make()
        return cast("T", self.files[kept])
