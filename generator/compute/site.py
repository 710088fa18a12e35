"""Stage 3, compute: every page of the site, per language, as typed views."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..base.collation import vietnamese_order
from ..model.campaign import Campaign
from ..model.fields import LANGUAGES
from ..validate.catalog import Catalog
from .attainment import CampaignResults
from .campaign import campaign_link, compute_campaign, implementing_page
from .cards import Card, card_path, page_card
from .contact import contact_view, footer_extra
from .context import Context, Deferred, Reuse, make_now
from .feeds import LanguageFeeds, language_feeds
from .glossary import glossary_view
from .home import home_view, upcoming_deadlines
from .language import Language
from .paging import from_page, link_between, paged, url_between
from .path import nominee_path, path_anchor
from .print import print_view
from .results import campaign_results, honour_entries, honours_view, latest_figure, results_index_view, results_view
from .rows import campaign_row, campaign_years
from .share import share_text, with_sharing
from .units import unit_pages, with_unit_links
from .urls import ALL_CALENDAR, CALENDAR_DIR, CAMPAIGNS_DIR, CONTACT_PAGE, PRINT_DIR, RESULTS_DIR, UNITS_DIR, page_url
from .views import HANDWRITTEN, Choice, DeadlineRow, Link, Page, Pager
from .views_campaign import CampaignView

# Items per page of the lists that grow with the site, so each page stays under 60 KB of HTML
# (measured at 3,000 pages per language: tests/benchmarks/bench_build.py, BENCHMARKS.md).
PAGE_SIZES = {"campaigns": 40, "calendar": 100, "honours": 40, "results": 100, "implementing": 100, "units": 100}
# Bulk data stays out of the search index, which every visitor downloads.
NOT_SEARCHED = {"search": {"exclude": True}}
PRINT_PAGE = {**NOT_SEARCHED, "hide": ["navigation", "toc"]}


@dataclass(frozen=True)
class SiteView:
    """All pages of both languages, plus what the builder needs to know per language."""

    pages: dict[str, list[Page]]
    site_names: dict[str, str]
    nav: dict[str, list[dict[str, str]]]
    site_url: str
    results: dict[str, CampaignResults]     # the campaigns with a results page
    theme_extra: dict[str, dict[str, Any]] = field(default_factory=dict)   # per language: every page's footer
    cards: dict[str, dict[str, Card]] = field(default_factory=dict)        # per language: link preview cards by path
    feeds: dict[str, LanguageFeeds] = field(default_factory=dict)          # per language: calendars and feed


def compute_site(catalog: Catalog, languages: dict[str, Language], today: dt.date,
                 codes: Sequence[str] = LANGUAGES, reuse: Reuse = make_now) -> SiteView:
    """Views of every page in each of `codes` (by default every language); the same paths in each language.
    With `reuse`, the preview's memo, a record's page is made only if the memo cannot give it."""
    results = campaign_results(catalog)
    contexts = {code: Context(catalog, languages[code], today, results) for code in codes}
    pages = {code: finished_pages(ctx, languages, reuse) for code, ctx in contexts.items()}
    site_names = {code: languages[code].text(catalog.site.name) for code in LANGUAGES}
    by_id = sorted(catalog.campaigns.values(), key=lambda campaign: campaign.id)
    return SiteView(
        pages=pages,
        site_names=site_names,
        nav={code: navigation(languages[code]) for code in LANGUAGES},
        site_url=catalog.site.url,
        results=results,
        theme_extra={code: footer_extra(ctx, languages) for code, ctx in contexts.items()},
        cards={code: {card_path(page.path): card for page in pages[code] if (card := page_card(page.path, ctx))}
               for code, ctx in contexts.items()},
        feeds={code: language_feeds(by_id, ctx, site_names[code], reuse) for code, ctx in contexts.items()},
    )


def finished_pages(ctx: Context, languages: dict[str, Language], reuse: Reuse) -> list[Page]:
    """Every page of the context's language, with its alternates and sharing; deferred pages made or reused."""
    code = ctx.lang.code

    def finish(page: Page) -> Page:
        return with_sharing(with_alternates(page, code, ctx.catalog.site.url, languages), page_url(page.path), ctx)

    def made(item: Page | Deferred) -> Page:
        if isinstance(item, Page):
            return finish(item)
        return reuse(code, item.key, lambda: finish(item.make()))

    return [made(item) for item in compute_pages(ctx)]


def compute_pages(ctx: Context) -> list[Page | Deferred]:
    campaigns = newest_first(list(ctx.catalog.campaigns.values()))
    marks = upcoming_deadlines(campaigns, ctx)
    honours = honour_entries(ctx.catalog.decisions, ctx)
    pages: list[Page | Deferred] = [Page("index.md", "home.md.j2", ctx.t("home_title"),
                                         home_view(campaigns, marks, honours, ctx))]
    pages += campaign_list_pages(campaigns, ctx)
    pages.append(Page(CONTACT_PAGE, "contact.md.j2", ctx.t("contact_title"), contact_view(ctx)))
    pages.append(Page("thuat-ngu.md", "glossary.md.j2", ctx.t("glossary_title"), glossary_view(ctx)))
    pages += paged(Page("lich.md", "calendar.md.j2", ctx.t("calendar_title"), None, NOT_SEARCHED), marks,
                   PAGE_SIZES["calendar"], lambda chunk, path, pager: calendar_view(chunk, path, pager, ctx), ctx)
    pages += [Deferred(("campaign", campaign.id), functools.partial(campaign_page_of, campaign, ctx))
              for campaign in campaigns]
    pages += implementing_pages(ctx)
    pages += paged(Page(f"{RESULTS_DIR}/index.md", "results_index.md.j2", ctx.t("results_index_title"), None),
                   list(ctx.results.values()), PAGE_SIZES["results"],
                   lambda chunk, path, pager: results_index_view(chunk, path, pager, ctx), ctx)
    pages += [Deferred(("results", cid), functools.partial(results_page, cid, ctx)) for cid in ctx.results]
    pages += paged(Page("khen-thuong.md", "honours.md.j2", ctx.t("honours_title"), None),
                   honours, PAGE_SIZES["honours"],
                   lambda chunk, path, pager: honours_view(chunk, path, pager, ctx), ctx)
    pages += unit_pages(ctx)
    pages += [Deferred(("print", campaign.id), functools.partial(print_page, campaign, ctx)) for campaign in campaigns]
    pages += [Page(f"{slug}.md", HANDWRITTEN, slug, Path(files[ctx.lang.code]).read_text(encoding="utf-8"))
              for slug, files in sorted(ctx.catalog.pages.items())]
    return pages


def campaign_page_of(campaign: Campaign, ctx: Context) -> Page:
    return Page(f"{CAMPAIGNS_DIR}/{campaign.id}.md", "campaign.md.j2", ctx.text(campaign.theme),
                campaign_page(campaign, ctx))


def results_page(cid: str, ctx: Context) -> Page:
    results = ctx.results[cid]
    title = ctx.t("results_title", campaign=ctx.text(results.campaign.theme))
    return Page(f"{RESULTS_DIR}/{cid}.md", "results.md.j2", title,
                with_unit_links(results_view(results, ctx), cid, ctx), NOT_SEARCHED)


def print_page(campaign: Campaign, ctx: Context) -> Page:
    return Page(f"{PRINT_DIR}/{campaign.id}.md", "print.md.j2", ctx.t("print_title", campaign=ctx.text(campaign.theme)),
                print_view(campaign, ctx), PRINT_PAGE)


def implementing_pages(ctx: Context) -> list[Page]:
    """Every document implemented by more campaigns than a campaign page lists: all of them, on pages of their own."""
    pages = []
    for plan, ids in ctx.catalog.implemented_by.items():
        if path := implementing_page(plan, ctx.catalog):  # more than a campaign page lists
            title = ctx.t("implementing_title", document=ctx.document_name(plan))
            pages += paged(Page(path, "links.md.j2", title, None),
                           [campaign_link(ctx.catalog.campaigns[cid], ctx) for cid in ids], PAGE_SIZES["implementing"],
                           functools.partial(links_view, title, ctx.t("implementing_intro")), ctx)
    return pages


def links_view(title: str, intro: str, links: Sequence[Link], path: str, pager: Pager | None) -> dict[str, object]:
    """One page of a plain list of links (written from the docs folder), for `links.md.j2`."""
    return {"title": title, "intro": intro, "pager": pager, "links": [from_page(path, link) for link in links]}


def campaign_list_pages(campaigns: list[Campaign], ctx: Context) -> list[Page]:
    """The campaign list, newest first; once it needs more than one page, also a list per issuing unit."""
    size = PAGE_SIZES["campaigns"]
    split = len(campaigns) > size
    whole = functools.partial(list_view, ctx.t("list_title"), ctx.t("list_intro"), split, ctx=ctx)
    pages = paged(Page(f"{CAMPAIGNS_DIR}/index.md", "campaigns.md.j2", ctx.t("list_title"), None), campaigns, size,
                  whole, ctx)
    if split:
        by_unit = campaigns_by_issuer(campaigns, ctx)
        title = ctx.t("units_title")
        pages += paged(Page(f"{UNITS_DIR}/index.md", "links.md.j2", title, None),
                       [Link(ctx.t("units_entry", unit=ctx.unit(unit), count=len(group)), f"{UNITS_DIR}/{unit}.md")
                        for unit, group in by_unit.items()],
                       PAGE_SIZES["units"], functools.partial(links_view, title, ctx.t("units_intro")), ctx)
        for unit, group in by_unit.items():
            title = ctx.t("unit_list_title", unit=ctx.unit(unit))
            view = functools.partial(list_view, title, ctx.t("unit_list_intro"), False, ctx=ctx)
            pages += paged(Page(f"{UNITS_DIR}/{unit}.md", "campaigns.md.j2", title, None), group, size, view, ctx)
    return pages


def campaigns_by_issuer(campaigns: list[Campaign], ctx: Context) -> dict[str, list[Campaign]]:
    """Each issuing unit's campaigns, newest first; the units in the order of their names."""
    found: dict[str, list[Campaign]] = {}
    for campaign in campaigns:
        found.setdefault(campaign.document.issuer, []).append(campaign)
    return {unit: found[unit] for unit in units_by_name(found, ctx)}


def units_by_name(units: Iterable[str], ctx: Context) -> list[str]:
    """Unit ids in the alphabetical order of their names in the page's language."""
    return sorted(units, key=lambda unit: (vietnamese_order(ctx.lang.text(ctx.catalog.units[unit].name)), unit))


def campaign_page(campaign: Campaign, ctx: Context) -> CampaignView:
    """The campaign's own view, with its latest figures, its results link and its commendations."""
    view = compute_campaign(campaign, ctx)
    found = ctx.results.get(campaign.id)
    real = found if found and not found.illustrative else None     # made-up figures never sit beside the facts
    decisions = [d for d in ctx.catalog.decisions_by_campaign.get(campaign.id, []) if not d.illustrative]
    targets = [replace(v, latest=latest_figure(real, t.indicator, ctx)) for v, t in zip(view.targets, campaign.targets,
                                                                                          strict=True)]
    key = "results_link_illustrative" if found and found.illustrative else "results_link"
    return replace(
        view, targets=targets, honours=honour_entries(decisions, ctx),
        path=nominee_path(campaign, ctx), path_anchor=path_anchor(ctx), share_text=share_text(campaign, ctx),
        results_link=Link(ctx.t(key), f"../{RESULTS_DIR}/{campaign.id}.md") if found else None,
    )


def newest_first(campaigns: list[Campaign]) -> list[Campaign]:
    """By end of period, newest first; ties by id, so the order never depends on the disk."""
    return sorted(campaigns, key=lambda campaign: (-campaign.period.ends.last_day().toordinal(), campaign.id))




def list_view(title: str, intro: str, by_unit: bool, campaigns: Sequence[Campaign], path: str,
              pager: Pager | None, ctx: Context) -> dict[str, object]:
    """One page of a campaign list, with the choices of its filters (status, year, issuer)."""
    back = url_between(page_url(path), f"{CAMPAIGNS_DIR}/")
    rows = [campaign_row(campaign, ctx, prefix=back, suffix="/") for campaign in campaigns]  # HTML links: final URLs
    years = sorted({y for campaign in campaigns for y in campaign_years(campaign)}, reverse=True)
    issuers = units_by_name({campaign.document.issuer for campaign in campaigns}, ctx)
    return {
        "title": title,
        "intro": intro,
        "by_unit": Link(ctx.t("units_link"), link_between(path, f"{UNITS_DIR}/index.md")) if by_unit else None,
        "rows": rows,
        "statuses": [Choice(k, ctx.t(f"status_{k}")) for k in ("upcoming", "running", "ended", "results_published")],
        "years": [Choice(str(y), str(y)) for y in years],
        "issuers": [Choice(i, ctx.unit(i)) for i in issuers],
        "pager": pager,
    }




def calendar_view(marks: Sequence[DeadlineRow], path: str, pager: Pager | None, ctx: Context) -> dict[str, object]:
    """One page of the calendar: dated marks from today on, soonest first."""
    return {
        "rows": [replace(row, link=from_page(path, row.link)) for row in marks],
        "as_of": ctx.t("home_as_of", date=ctx.lang.day(ctx.today)),
        "subscribe": from_page(path, Link(ctx.t("calendar_subscribe"), f"{CALENDAR_DIR}/{ALL_CALENDAR}")),
        "pager": pager,
    }


def navigation(lang: Language) -> list[dict[str, str]]:
    """A bounded navigation: section pages only, never the list of campaigns."""
    return [
        {lang.t("nav_home"): "index.md"},
        {lang.t("nav_campaigns"): f"{CAMPAIGNS_DIR}/index.md"},
        {lang.t("nav_calendar"): "lich.md"},
        {lang.t("nav_results"): f"{RESULTS_DIR}/index.md"},
        {lang.t("nav_honours"): "khen-thuong.md"},
        {lang.t("nav_glossary"): "thuat-ngu.md"},
        {lang.t("nav_about"): "gioi-thieu.md"},
    ]


def with_alternates(page: Page, code_of_page: str, site_url: str, languages: dict[str, Language]) -> Page:
    """Add the page's twin in every language: absolute for hreflang, relative for the switch."""
    url = page_url(page.path)
    own_root = languages[code_of_page].prefix
    alternates = []
    for code in LANGUAGES:
        root = languages[code].prefix
        alternates.append({
            "lang": code,
            "name": languages[code].t("language_name"),
            "link": languages[code].url(site_url, url),
            "href": relative_href(own_root, url, root),
        })
    return Page(page.path, page.template, page.title, page.view, {**page.meta, "alternates": alternates})


def relative_href(own_root: str, url: str, target_root: str) -> str:
    depth = (own_root + url).count("/")
    return "../" * depth + target_root + url or "./"
