"""The notice for a village board: A4 from Chromium's own print to PDF, with a QR code that works."""

from __future__ import annotations

import io
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser import screenshot
from tests.conftest import ROOT

CAMPAIGNS = sorted(p.stem for p in (ROOT / "campaigns" / "plans").glob("*.yaml"))
SITE_URL = "https://thi-dua.example.org/"


@pytest.mark.parametrize("language", ["", "en/"])
@pytest.mark.parametrize("campaign", CAMPAIGNS)
def test_notice_prints_on_at_most_two_a4_pages_with_a_working_qr_code(
        browser: Any, site_url: str, campaign: str, language: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}{language}in/{campaign}/")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert 1 <= len(pdf.pages) <= 2
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2          # A4 in points
    page.emulate_media(media="print")
    image = Image.open(io.BytesIO(page.screenshot(full_page=True)))
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [f"{SITE_URL}{language}phong-trao/{campaign}/"]
    if campaign == CAMPAIGNS[0]:
        screenshot(page, f"print-{language.strip('/') or 'vi'}-{campaign}")
    page.close()


@pytest.mark.parametrize("language, nation, motto", [
    ("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    ("en/", "SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"),
])
def test_notice_has_the_national_heading_and_what_to_do(browser: Any, site_url: str, language: str,
                                                         nation: str, motto: str) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}{language}in/2024-khanh-khe-thanh-toan-truc-tuyen/")
    page.emulate_media(media="print")
    text = page.locator("article").inner_text()
    assert nation in text and motto in text
    for expected in (["trên 45%", "đến hết ngày 03/01/2025", "Báo cáo thành tích"] if not language else
                     ["above 45%", "until the end of 3 January 2025", "Achievement report"]):
        assert expected.casefold() in text.casefold()
    assert page.locator(".tds-checklist li").count() == 3      # one dossier, shared by three award forms
    assert page.locator(".md-header").is_hidden() and page.locator(".md-sidebar--primary").is_hidden()
    page.close()


def test_share_copies_the_link_where_there_is_no_share_sheet(browser: Any, site_url: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    url = f"{site_url}phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
    page.goto(url)
    assert page.evaluate("typeof navigator.share") == "undefined"   # Chromium on Linux has no share sheet
    page.get_by_role("link", name="Chia sẻ liên kết").click()
    expect(page.get_by_role("status").filter(has_text="Đã chép liên kết")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == url
    context.close()


def test_share_uses_the_system_sheet_when_there_is_one(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.add_init_script("navigator.share = data => { window.shared = data; return Promise.resolve(); }")
    page.goto(f"{site_url}en/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/")
    page.get_by_role("link", name="Share the link").click()
    assert page.evaluate("window.shared.url") == page.url
    page.close()


def test_share_is_a_plain_link_without_javascript(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    url = f"{site_url}phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
    page.goto(url)
    page.get_by_role("link", name="Chia sẻ liên kết").click()
    assert page.url == url
    context.close()
