"""Stage 4, render, for the preview: a page's Markdown made again only when its view changed since the last save.

Keyed by language and path; a page is rendered again unless its `Page` (template, title, view and
metadata) is the one of the last save, or equal to it. The templates themselves are fixed for the
memo's life: the preview starts a new memo whenever they, or the translations, change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import jinja2

from .compute import SiteView
from .i18n import Language
from .render import RenderedPage, make_environment, render_page
from .views import Page


@dataclass
class RenderMemo:
    """The rendered pages of the last save, per language and path, with the page each was rendered from."""

    env: jinja2.Environment = field(default_factory=make_environment)
    pages: dict[tuple[str, str], tuple[Page, RenderedPage]] = field(default_factory=dict)
    rendered: int = 0                        # pages rendered by the last `render_site`, for the tests

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
