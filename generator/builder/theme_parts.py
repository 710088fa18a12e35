"""The theme's parts that come out the same for every page of a folder, rendered once a build instead of per page.

Material renders its tabs, navigation, footer, search box, "back to top" button and logo for every page, although
for a page outside the navigation (every campaign, unit and results page) they differ between pages only by their
relative links. Our overrides of those partials (theme/partials/) call `theme_part`, which renders the theme's own
partial (reachable as `upstream/<name>`) once for each folder, keyed by what the partial reads of the page (its
`state` below), and reuses the HTML for the folder's other pages. The bytes are the ones the partial would give on
each page: `tests/builder/test_theme_parts.py` builds a province with and without reuse and compares every file.

Relative links: mkdocs' `url` filter makes a link relative to the page (`get_relative_url`). From a page `P/x/`,
a link to a target outside `P/x/` depends on the folder `P/` only; a link into `P/x/` itself does not. So a part's
links are recorded when it is rendered, and reused HTML is never given to a page one of those links points into.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import jinja2

UPSTREAM = "upstream"      # the theme's own templates, under this prefix, past our overrides of the same names
NOT_SHARED = None          # a state that says: render this page's part afresh
SHARE = True               # False renders every part per page, as the theme does (the proof test compares both)
MEMO = "theme_parts"       # the environment's global holding this build's memo
SOURCE_FACTS = ("git_revision_date_localized", "revision_date", "git_creation_date_localized")   # page.meta keys


def page_in_navigation(context: Any) -> bool:
    """Whether the page has an entry in the navigation, which then shows it as current (and its contents). mkdocs
    puts the very page objects in `nav.pages` (nav-item.html compares them with `==`, which agrees)."""
    page, nav = context.get("page"), context.get("nav")
    return nav is not None and any(item is page for item in nav.pages)


def per_page(context: Any) -> Hashable:
    """A partial not known to read nothing of the page but its links: rendered for each page, as the theme does."""
    return NOT_SHARED


def outside_navigation(context: Any) -> Hashable:
    """The tabs and navigation: the same for every page outside the navigation (nothing in them is current)."""
    return NOT_SHARED if page_in_navigation(context) else "outside"


def without_neighbours(context: Any) -> Hashable:
    """The footer: the same for every page without a previous or next page to link to."""
    page = context.get("page")
    return NOT_SHARED if page.previous_page or page.next_page else "alone"


def without_source_facts(context: Any) -> Hashable:
    """The page's dates and authors (from git plugins): none for our pages, and then the same for every page with
    metadata, and for every page without (the template's `{% if page.meta %}` leaves its whitespace or not)."""
    meta = context.get("page").meta or {}
    known = any(meta.get(fact) for fact in SOURCE_FACTS) or context.get("git_info") or context.get("committers")
    return NOT_SHARED if known else ("with metadata" if meta else "without metadata")


def site_wide(context: Any) -> Hashable:
    """Parts that read nothing of the page but their links (search box, back-to-top button, logo)."""
    return "site"


# Each shared partial, and what of the page it reads besides its links: read from the theme's template
# (tabs-item.html and nav-item.html read the items' `active` and compare them with `page`; footer.html reads
# `page.previous_page` and `page.next_page`; source-file.html the page's metadata, dates and authors). Every
# condition a template tests on the page counts, even one whose branch writes only whitespace. A partial not named
# here is rendered per page (`per_page`), as the theme does.
STATES: dict[str, Callable[[Any], Hashable]] = {
    "partials/tabs.html": outside_navigation,
    "partials/nav.html": outside_navigation,
    "partials/footer.html": without_neighbours,
    "partials/source-file.html": without_source_facts,
    "partials/search.html": site_wide,
    "partials/top.html": site_wide,
    "partials/logo.html": site_wide,
}


def link_target(path: str) -> str | None:
    """Where a path given to the `url` filter points, from the site's root ("phong-trao/x/"); None for what the
    filter leaves as it is: an address with a scheme or host, an absolute path, an anchor (mkdocs' own test,
    `mkdocs.utils._get_norm_url`, backslashes read as slashes as it reads them)."""
    path = (path or ".").replace("\\", "/")
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or path.startswith(("/", "#")):
        return None
    return posixpath.normpath("/" + path).lstrip("/") + "/"


def folder_of(url: str) -> str | None:
    """The folder that relative links from the page at `url` depend on (`P` for `P/x/`); None for the home page
    and for a page that is a file, whose links are its own."""
    if not url.endswith("/"):
        return None
    return posixpath.dirname(url.rstrip("/"))


@dataclass(frozen=True)
class Rendered:
    """A part's HTML, the paths its links were made from, and whether another page of its folder may reuse it
    (not if a part inside it was rendered for this page alone)."""

    html: str
    links: tuple[str, ...]
    shareable: bool = True

    def fits(self, page_url: str) -> bool:
        """Whether this HTML is right for the page at `page_url`: none of its links points at or under that page's
        own address (a link elsewhere is the same from every page of the folder)."""
        return not any((target := link_target(link)) is not None and target.startswith(page_url)
                       for link in self.links)


@dataclass
class Recording:
    """What a part being rendered has made so far: its links, and whether a part inside it was per page."""

    links: list[str] = field(default_factory=list)
    shareable: bool = True

    def add(self, part: Rendered) -> None:
        self.links.extend(part.links)
        self.shareable = self.shareable and part.shareable


@dataclass
class ThemeParts:
    """The memo of shared parts of one language's build. The preview keeps an environment across saves and
    calls `forget` before it renders pages again, since a save may change what the parts show."""

    env: jinja2.Environment
    memo: dict[tuple[str, str, Hashable], Rendered] = field(default_factory=dict)
    recording: list[Recording] = field(default_factory=list)

    def install(self) -> None:
        """Make the theme's own partials reachable under `upstream/`, record links, and offer `theme_part`."""
        self.env.loader = jinja2.ChoiceLoader([jinja2.PrefixLoader({UPSTREAM: upstream_loader(self.env)}),
                                               self.env.loader])  # type: ignore[list-item]
        self.env.filters["url"] = self.recording_url(self.env.filters["url"])
        self.env.globals["theme_part"] = jinja2.pass_context(lambda context, name: self.part(context, name))
        self.env.globals[MEMO] = self

    def forget(self) -> None:
        """Drop every kept part: the next page of each folder renders it again."""
        self.memo.clear()

    def recording_url(self, url: Any) -> Any:
        """The `url` filter, telling the part being rendered which paths it made links from."""

        @jinja2.pass_context
        def url_recorded(context: Any, value: Any) -> str:
            if self.recording:
                self.recording[-1].links.append(str(value))
            return str(url(context, value))

        return url_recorded

    def part(self, context: Any, name: str) -> str:
        """The theme's partial `name` for this page, its links told to the part it is in (if any)."""
        rendered = self.reused_or_rendered(context, name)
        if self.recording:
            self.recording[-1].add(rendered)
        return rendered.html

    def reused_or_rendered(self, context: Any, name: str) -> Rendered:
        """Reused from another page of its folder when it fits this page; else rendered (and kept if it may be)."""
        page = context.get("page")
        folder = folder_of(page.url) if SHARE and page is not None else None
        state = STATES.get(name, per_page)(context) if folder is not None else NOT_SHARED
        if folder is None or state is NOT_SHARED:
            return self.render(context, name, shareable=False)
        key = (name, folder, state)
        known = self.memo.get(key)
        if known is not None and known.fits(page.url):
            return known
        rendered = self.render(context, name)
        if known is None and rendered.shareable and rendered.fits(page.url):
            self.memo[key] = rendered
        return rendered

    def render(self, context: Any, name: str, shareable: bool = True) -> Rendered:
        """The theme's own partial, rendered as `{% include %}` renders it: with every variable the including
        template sees (`get_all`: its own, its locals and the globals), in a context of its own."""
        recording = Recording(shareable=shareable)
        self.recording.append(recording)
        try:
            html = self.env.get_template(f"{UPSTREAM}/{name}").render(context.get_all())
        finally:
            self.recording.pop()
        return Rendered(html, tuple(recording.links), recording.shareable)


def forget_theme_parts(env: jinja2.Environment) -> None:
    """Before pages are rendered again in an environment kept across saves (the preview's sessions)."""
    memo = env.globals.get(MEMO)
    if isinstance(memo, ThemeParts):
        memo.forget()


def upstream_loader(env: jinja2.Environment) -> jinja2.BaseLoader:
    """The theme's templates without our overrides: the environment's folders after the first (`custom_dir`)."""
    loader = env.loader
    if not isinstance(loader, jinja2.FileSystemLoader) or len(loader.searchpath) < 2:
        raise TypeError("the theme's templates are expected in a folder loader, our overrides first")
    return jinja2.FileSystemLoader(loader.searchpath[1:])
