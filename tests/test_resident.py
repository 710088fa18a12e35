"""A resident on a 360 px phone, from the home page: the open submission window and where to hand in the dossier
in at most one tap; their commune's figures in at most two. Both languages, real Chromium."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from generator.build import build
from tests.browser import PHONE, serve_directory
from tests.conftest import copy_project

OPEN_DAY = dt.date(2025, 1, 2)      # the Khánh Khê window is open (02-03/01/2025)
PLACE = {"": "Bộ phận Tiếp nhận và Trả kết quả một cửa UBND xã Khánh Khê",
         "en/": "one-stop reception and results section of the Khánh Khê Commune People's Committee"}
DEADLINE = {"": "03/01/2025", "en/": "3 January 2025"}
LANGUAGES = [pytest.param("", id="vi"), pytest.param("en/", id="en")]


@pytest.fixture(scope="module")
def open_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The shipped content built on a day a submission window is open, served on localhost."""
    project = copy_project(tmp_path_factory.mktemp("open"))
    build(project, OPEN_DAY)
    with serve_directory(project.site_dir) as url:
        yield url


@pytest.fixture
def phone_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def on_first_screen(locator: Any) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= PHONE["height"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_open_window_and_where_to_submit_show_on_the_home_page(phone_page: Any, open_site: str,
                                                                   language: str) -> None:
    """Zero taps: the first section of the home page is the open window, with its place and deadline."""
    phone_page.goto(open_site + language)
    row = phone_page.locator("article .tds-stack tbody tr").first
    text = row.inner_text()
    assert PLACE[language] in text and DEADLINE[language] in text
    assert on_first_screen(row)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_tap_reaches_the_campaigns_path_with_the_window_and_the_address(phone_page: Any, open_site: str,
                                                                          language: str) -> None:
    phone_page.goto(open_site + language)
    phone_page.locator("article .tds-stack tbody tr a").first.tap()
    phone_page.wait_for_url("**/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/#*")
    submit = phone_page.locator(".tds-path > ol > li").nth(1)
    text = submit.inner_text()
    assert PLACE[language] in text and DEADLINE[language] in text
    heading = phone_page.locator("h2", has=phone_page.locator(f"a[href='#{phone_page.url.split('#')[1]}']"))
    assert on_first_screen(heading)


FIGURES = {"": ("Ủy ban nhân dân xã Chi Lăng", "99,2% (Quý 3/2026)", "✗ Chưa đạt"),
           "en/": ("Chi Lăng Commune People's Committee", "99.2% (Q3 2026)", "✗ Not met")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_tap_from_home_shows_a_communes_figures_against_its_targets(phone_page: Any, site_url: str,
                                                                       language: str) -> None:
    unit, figure, verdict = FIGURES[language]
    phone_page.goto(site_url + language)
    phone_page.locator("article a", has_text=unit).first.tap()
    phone_page.wait_for_url("**/don-vi/ubnd-xa-chi-lang/")
    table = phone_page.locator("article table").first.inner_text()
    assert figure in table and verdict in table


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_taps_through_the_list_of_units_reach_them_too(phone_page: Any, site_url: str, language: str) -> None:
    """At province scale the home page links to the list of units rather than listing them."""
    unit, figure, _ = FIGURES[language]
    phone_page.goto(site_url + language)
    phone_page.locator("article a[href$='don-vi/']").first.tap()
    phone_page.wait_for_url("**/don-vi/")
    phone_page.locator("article a", has_text=unit).first.tap()
    phone_page.wait_for_url("**/don-vi/ubnd-xa-chi-lang/")
    assert figure in phone_page.locator("article table").first.inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_results_ranking_links_each_unit_to_its_page(phone_page: Any, site_url: str, language: str) -> None:
    phone_page.goto(site_url + language + "ket-qua/2026-chi-lang-dich-vu-cong-truc-tuyen/")
    link = phone_page.locator("table.tds-matrix th a").first
    link.scroll_into_view_if_needed()
    link.tap()
    phone_page.wait_for_url("**/don-vi/**")
