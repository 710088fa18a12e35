"""Long lists split over numbered pages: addresses, links between the pages, and a whole site built so."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

import generator.compute.campaign as compute_campaign
import generator.compute.site as compute
from generator.build import build
from generator.compute.context import Context
from generator.compute.paging import from_page, link_between, page_paths, paged, pager_view, url_between
from generator.compute.views import Link, Page
from generator.validate.catalog import Catalog
from tests.browser import blocking, describe, run_axe, serve_directory
from tests.conftest import context, copy_project
from tests.links import broken_links


@pytest.fixture(scope="module")
def ctx(shipped_catalog: Catalog) -> Context:
    return context(shipped_catalog)


def test_page_n_of_a_list_lives_under_the_lists_own_address() -> None:
    assert page_paths("lich.md", 3) == ["lich.md", "lich/trang/2.md", "lich/trang/3.md"]
    assert page_paths("phong-trao/index.md", 2) == ["phong-trao/index.md", "phong-trao/trang/2.md"]
    assert page_paths("khen-thuong.md", 1) == ["khen-thuong.md"]


def test_links_are_written_from_the_page_that_holds_them() -> None:
    assert link_between("lich/trang/2.md", "phong-trao/x.md") == "../../phong-trao/x.md"
    assert link_between("lich.md", "phong-trao/x.md") == "phong-trao/x.md"
    assert link_between("ket-qua/index.md", "ket-qua/x.md") == "x.md"
    assert from_page("khen-thuong/trang/3.md", Link("X", "phong-trao/x.md")) == Link("X", "../../phong-trao/x.md")
    assert url_between("phong-trao/trang/2/", "phong-trao/") == "../../"
    assert url_between("phong-trao/", "phong-trao/") == ""


def test_a_list_is_split_every_n_items_with_a_pager_on_each_page(ctx: Context) -> None:
    pages = paged(Page("lich.md", "calendar.md.j2", "Lịch", None), list(range(7)), 3,
                  lambda chunk, path, pager: {"items": list(chunk), "path": path, "pager": pager}, ctx)
    assert [p.path for p in pages] == ["lich.md", "lich/trang/2.md", "lich/trang/3.md"]
    assert [p.view["items"] for p in pages] == [[0, 1, 2], [3, 4, 5], [6]]
    assert [p.title for p in pages] == ["Lịch", "Lịch (trang 2/3)", "Lịch (trang 3/3)"]
    second = pages[1].view["pager"]
    assert second.position == "Trang 2/3"
    assert second.items == ["[‹ Trang trước](../../lich.md)", "[1](../../lich.md)",
                            '<strong aria-current="page">2</strong>', "[3](3.md)", "[Trang sau ›](3.md)"]


def test_a_long_pager_shows_the_ends_and_the_pages_near_this_one(ctx: Context) -> None:
    paths = page_paths("lich.md", 50)
    items = pager_view(paths, 20, ctx).items
    assert items == ["[‹ Trang trước](19.md)", "[1](../../lich.md)", "…", "[18](18.md)", "[19](19.md)",
                     '<strong aria-current="page">20</strong>', "[21](21.md)", "[22](22.md)", "…", "[50](50.md)",
                     "[Trang sau ›](21.md)"]
    first = pager_view(paths, 1, ctx).items
    assert first[0] == '<strong aria-current="page">1</strong>' and first[-2:] == ["[50](lich/trang/50.md)",
                                                                                   "[Trang sau ›](lich/trang/2.md)"]
    assert "…" in first and len(first) == 6


def test_a_short_list_is_one_page_without_a_pager(ctx: Context) -> None:
    pages = paged(Page("lich.md", "calendar.md.j2", "Lịch", None), [1, 2], 3,
                  lambda chunk, path, pager: {"pager": pager}, ctx)
    assert [(p.path, p.view["pager"]) for p in pages] == [("lich.md", None)]


BEFORE_THE_CAMPAIGNS = dt.date(2024, 1, 2)      # every date of the 2024 campaigns is still to come


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content built with tiny pages, so that every list is split and every related list capped."""
    patch = pytest.MonkeyPatch()
    patch.setattr(compute, "PAGE_SIZES", dict.fromkeys(compute.PAGE_SIZES, 1) | {"calendar": 5})
    patch.setattr(compute_campaign, "RELATED_SHOWN", 1)
    project = copy_project(tmp_path_factory.mktemp("paged"))
    try:
        build(project, BEFORE_THE_CAMPAIGNS)
    finally:
        patch.undo()
    return project.site_dir


def test_every_list_page_and_its_twin_are_built(paged_site: Path) -> None:
    for folder in ("phong-trao/trang/2", "phong-trao/trang/3", "lich/trang/2", "khen-thuong/trang/2",
                   "ket-qua/trang/2", "trien-khai/kh-134-2024-lang-son"):
        assert (paged_site / folder / "index.html").is_file(), folder
        assert (paged_site / "en" / folder / "index.html").is_file(), folder


def test_every_link_between_split_pages_resolves(paged_site: Path) -> None:
    assert broken_links(paged_site) == []


def test_the_pager_marks_the_current_page_and_links_the_others(paged_site: Path) -> None:
    html = (paged_site / "lich/trang/2/index.html").read_text(encoding="utf-8")
    assert '<nav class="tds-pager" aria-label="Các trang của danh sách">' in html
    assert '<strong aria-current="page">2</strong>' in html
    assert '<a href="../../">1</a>' in html
    english = (paged_site / "en/lich/trang/2/index.html").read_text(encoding="utf-8")
    assert "Page 2 of" in english and 'lang="en"' in english


def test_a_capped_list_of_siblings_links_to_all_of_them(paged_site: Path) -> None:
    campaign = paged_site / "phong-trao/2024-so-gtvt-lang-son-thanh-toan-truc-tuyen/index.html"
    html = campaign.read_text(encoding="utf-8")
    assert '<a href="../../trien-khai/kh-134-2024-lang-son/">Xem tất cả 2 văn bản cùng thực hiện</a>' in html
    first = (paged_site / "trien-khai/kh-134-2024-lang-son/index.html").read_text(encoding="utf-8")
    second = (paged_site / "trien-khai/kh-134-2024-lang-son/trang/2/index.html").read_text(encoding="utf-8")
    assert 'href="../../phong-trao/2024-so-gtvt-lang-son-thanh-toan-truc-tuyen/"' in first
    assert 'href="../../../../phong-trao/2024-so-nnptnt-lang-son-thanh-toan-truc-tuyen/"' in second


def test_the_sitemap_lists_every_split_page_with_its_twin(paged_site: Path) -> None:
    sitemap = (paged_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/lich/trang/2/</loc>" in sitemap
    assert 'hreflang="en" href="https://' in sitemap and "/en/lich/trang/2/" in sitemap


def test_a_resident_pages_through_the_calendar_on_a_phone(paged_site: Path, browser: Any, phone: Any,
                                                          axe_script: Path) -> None:
    from playwright.sync_api import expect

    with serve_directory(paged_site) as url:
        page = phone
        page.goto(url + "lich/")
        pager = page.get_by_role("navigation", name="Các trang của danh sách").first
        pager.get_by_role("link", name="Trang sau ›").click()
        page.wait_for_url(url + "lich/trang/2/")
        expect(page.locator(".tds-pager strong[aria-current=page]").first).to_have_text("2")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        found = blocking(run_axe(browser, "phone", url + "lich/trang/2/", axe_script))
        assert not found, describe(found)


def test_a_split_campaign_list_is_also_listed_by_issuing_unit(paged_site: Path) -> None:
    first = (paged_site / "phong-trao/index.html").read_text(encoding="utf-8")
    assert '<a href="don-vi/">Xem danh sách theo đơn vị ban hành</a>' in first
    units = paged_site / "phong-trao/don-vi"
    assert (paged_site / "en/phong-trao/don-vi/index.html").is_file()
    lists = [units / "index.html", *sorted((units / "trang").glob("*/index.html"))]       # the index, split too
    counts = [int(n) for page in lists for n in re.findall(r"\((\d+)\)</a>", page.read_text(encoding="utf-8"))]
    assert sum(counts) == 5 and len(counts) >= 2           # the five shipped campaigns, each under its issuer
    rows = [page.read_text(encoding="utf-8").count("<tr data-status=") for page in units.rglob("index.html")
            if page not in lists]
    assert sum(rows) == 5
