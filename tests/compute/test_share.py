"""Shared links and findability: a description on every page; Open Graph and JSON-LD on campaign, results and unit
pages; feed autodiscovery; sitemap entries with lastmod; a share text on each campaign page."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import TODAY

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
TYPED = {"phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen": "Event",
         "ket-qua/2026-chi-lang-dich-vu-cong-truc-tuyen": "Dataset",
         "don-vi/ubnd-xa-chi-lang": "GovernmentOrganization"}


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("index.html"))


def test_every_page_has_a_short_description_of_its_own(built_site: Path) -> None:
    for page in pages(built_site):
        found = DESCRIPTION.findall(page.read_text(encoding="utf-8"))
        assert len(found) == 1 and 20 <= len(html.unescape(found[0])) <= 200, page


@pytest.mark.parametrize("language", ["", "en/"])
@pytest.mark.parametrize(("path", "kind"), TYPED.items())
def test_shared_pages_carry_open_graph_and_json_ld(built_site: Path, language: str, path: str, kind: str) -> None:
    text = (built_site / language / path / "index.html").read_text(encoding="utf-8")
    url = f"https://thi-dua.example.org/{language}{path}/"
    assert f'<meta property="og:url" content="{url}">' in text
    assert ('<meta property="og:locale" content="en_US">' in text) == (language == "en/")
    assert '<meta property="og:locale:alternate"' in text and '<meta property="og:description"' in text
    data = json.loads(JSON_LD.findall(text)[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == kind and data["url"] == url


def test_every_page_advertises_its_languages_feed(built_site: Path) -> None:
    for page in pages(built_site):
        text = page.read_text(encoding="utf-8")
        assert '<link rel="alternate" type="application/atom+xml"' in text, page


def test_sitemap_entries_carry_the_day_they_were_built(built_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.parse(built_site / "sitemap.xml").getroot().findall("s:url", ns)
    assert urls and all(u.findtext("s:lastmod", namespaces=ns) == TODAY.isoformat() for u in urls)


def test_a_campaign_offers_a_text_to_share_with_title_deadline_and_address(built_site: Path) -> None:
    text = (built_site / "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/index.html").read_text(encoding="utf-8")
    shared = html.unescape(re.findall(r'<details class="tds-share-text">.*?<pre>(.*?)</pre>', text, re.S)[0])
    for part in ("Nâng cao tỷ lệ thanh toán trực tuyến", "Đến hết ngày 03/01/2025",
                 "Bộ phận Tiếp nhận và Trả kết quả một cửa UBND xã Khánh Khê",
                 "https://thi-dua.example.org/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"):
        assert part in shared
