"""A resident's visit in real headless Chromium: read, switch language, never leave localhost."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser import CAMPAIGN, DESKTOP, DEVICES, PAGES, record_hosts, screenshot


def test_language_switch_leads_to_the_same_page(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    hosts = record_hosts(page)
    page.goto(site_url + CAMPAIGN)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert "xã Khánh Khê" in page.locator("h1").inner_text()
    screenshot(page, "campaign-vi-desktop")

    page.get_by_role("link", name="English").click()
    page.wait_for_url(site_url + "en/" + CAMPAIGN)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Raising the online payment rate")
    screenshot(page, "campaign-en-desktop")

    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(site_url + CAMPAIGN)
    assert set(hosts) == {"127.0.0.1"}
    context.close()


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("language", ["", "en/"])
def test_every_page_type_loads_from_localhost_only(browser: Any, site_url: str, path: str, language: str,
                                                   device: str) -> None:
    context = browser.new_context(viewport=DEVICES[device], is_mobile=device == "phone")
    page = context.new_page()
    hosts = record_hosts(page)
    response = page.goto(site_url + language + path)
    assert response is not None and response.status == 200
    assert page.locator("h1").count() == 1
    assert set(hosts) == {"127.0.0.1"}
    screenshot(page, f"{device}-{language.strip('/') or 'vi'}-{path.strip('/').replace('/', '-') or 'home'}")
    context.close()


def focused(page: Any) -> str:
    return str(page.evaluate("""() => { const e = document.activeElement;
        return e.tagName + '|' + (e.getAttribute('aria-label') || e.textContent || e.name || '').trim(); }"""))


def test_keyboard_alone_reaches_the_switch_the_filter_and_a_campaign(desktop: Any, site_url: str) -> None:
    desktop.goto(site_url + "phong-trao/")
    seen = []
    for _ in range(60):
        desktop.keyboard.press("Tab")
        seen.append(focused(desktop))
        if seen[-1].startswith("A|Hướng dẫn, hỗ trợ người dân"):
            break
    assert any(s.startswith("A|English") for s in seen), seen
    assert any(s.startswith("SELECT|") for s in seen), seen
    assert seen[-1].startswith("A|Hướng dẫn, hỗ trợ người dân"), seen
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(re.compile(r".*/phong-trao/2026-chi-lang-dich-vu-cong-truc-tuyen/$"))


def test_campaign_list_links_to_every_campaign(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "phong-trao/")
    links = page.locator("article a[href*='2024-'], article a[href*='2026-']")
    assert links.count() == 5
    links.first.click()
    page.wait_for_url(re.compile(r".*/phong-trao/20[^/]+/$"))
    expect(page.locator("h1")).to_have_count(1)
    page.close()


def test_campaign_list_filters_by_status_year_and_issuer(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "phong-trao/")
    rows = page.locator(".tds-campaigns tbody tr")
    assert rows.count() == 5
    page.get_by_label("Tình trạng").select_option("running")
    assert page.locator(".tds-campaigns tbody tr:visible").count() == 1
    assert page.get_by_role("status").inner_text() == "Đang hiện 1/5 phong trào"
    page.get_by_label("Tình trạng").select_option("")
    page.get_by_label("Năm").select_option("2024")
    assert page.locator(".tds-campaigns tbody tr:visible").count() == 4
    page.get_by_label("Cơ quan ban hành").select_option("so-gtvt-lang-son")
    assert page.locator(".tds-campaigns tbody tr:visible").count() == 1
    page.close()


def test_without_javascript_the_whole_list_shows(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "en/phong-trao/")
    assert page.locator(".tds-campaigns tbody tr:visible").count() == 5
    assert page.locator("form[data-tds-filter]").is_hidden()
    context.close()


def test_calendar_lists_coming_dates_soonest_first(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "en/lich/")
    dates = page.locator("article table tbody tr td:first-child").all_inner_texts()
    assert dates[0] == "December 2026"          # Chi Lăng ends "hết tháng 12/2026": a month, as the plan says
    assert page.get_by_role("link", name="Download the calendar (.ics) for your calendar app").get_attribute(
        "href") == "tat-ca.ics"
    page.close()


def test_results_page_reads_without_colour(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "ket-qua/2024-lang-son-hien-dai-hoa-mot-cua/")
    assert "Dữ liệu minh họa" in page.locator("article").inner_text()
    text = page.locator("article").inner_text()
    assert "✗ Chưa đạt" in text and "✓ Đạt" in text                       # words and symbols, not colour alone
    assert "UBND huyện Văn Quan" in text or "Ủy ban nhân dân huyện Văn Quan" in text
    chart = page.locator("svg.tds-chart").first
    assert chart.get_attribute("role") == "img" and "mục tiêu" in (chart.get_attribute("aria-label") or "")
    page.locator("details summary").first.click()
    expect(page.locator("details table").first).to_be_visible()
    page.close()


def test_a_real_plan_shows_no_illustrative_figure_and_links_the_labelled_example(browser: Any,
                                                                                 site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "en/phong-trao/2024-lang-son-hien-dai-hoa-mot-cua/")
    row = page.locator("table tr", has_text="Online payment rate")
    assert "44.1%" not in row.inner_text() and "Not met" not in row.inner_text()
    page.get_by_role("link", name="See an example of results by unit (illustrative data, not real figures)").click()
    page.wait_for_url(re.compile(r".*/en/ket-qua/2024-lang-son-hien-dai-hoa-mot-cua/$"))
    assert "44.1%" in page.locator("article").inner_text()
    assert "Illustrative data" in page.locator("article").inner_text()
    page.close()
