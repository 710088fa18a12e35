"""Language polish: no English on Vietnamese pages, Vietnamese names marked on English ones, English that reads as
English, and a 404 page that serves both languages from one root file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ENGLISH_ON_VIETNAMESE = ("Permanent link", "Back to reference", 'aria-label="Tabs"')


def vietnamese_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "en"]


def test_no_theme_english_on_vietnamese_pages(built_site: Path) -> None:
    for page in vietnamese_pages(built_site):
        text = page.read_text(encoding="utf-8")
        assert not [s for s in ENGLISH_ON_VIETNAMESE if s in text], page


def test_english_pages_say_plurals_in_english(built_site: Path) -> None:
    for page in (built_site / "en").rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\w\(s\)", text), page
        assert "1 of 1 units" not in text and "Signed by:" not in text, page


def test_vietnamese_names_and_terms_on_english_pages_are_marked(built_site: Path) -> None:
    honours = (built_site / "en/khen-thuong/index.html").read_text(encoding="utf-8")
    assert '<span lang="vi">Nguyễn Văn A</span>' in honours
    glossary = (built_site / "en/thuat-ngu/index.html").read_text(encoding="utf-8")
    assert '<span lang="vi">Kế hoạch</span>' in glossary
    assert 'lang="vi">Nguyễn' not in (built_site / "khen-thuong/index.html").read_text(encoding="utf-8")


def test_the_root_404_page_speaks_both_languages(built_site: Path) -> None:
    text = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Không tìm thấy trang" in text
    assert '<div lang="en">' in text and "Page not found" in text and 'href="https://thi-dua.example.org/en/"' in text
    assert re.search(r'href="/assets/extra\.[0-9a-f]{8}\.css"', text)     # absolute: it works at any depth


def test_page_titles_do_not_repeat_the_site_name(built_site: Path) -> None:
    for page in built_site.rglob("index.html"):
        title = re.findall(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"))[0]
        name = title.rsplit(" - ", 1)
        assert len(name) == 1 or name[0] != name[1], page


def test_a_long_page_has_its_sections_listed_at_the_top(built_site: Path) -> None:
    campaign = (built_site / "phong-trao/2024-lang-son-hien-dai-hoa-mot-cua/index.html").read_text(encoding="utf-8")
    assert '<details class="tds-toc"><summary>Mục lục</summary>' in campaign
    assert 'href="#cac-buoc-nop-ho-so-khen-thuong"' in campaign.split("</details>")[0]


@pytest.mark.parametrize("language", ["", "en/"])
def test_the_site_name_is_whole_in_a_phones_header(phone: Any, site_url: str, language: str) -> None:
    phone.goto(site_url + language)
    width = phone.evaluate("() => { const e = document.querySelector('.md-header__topic .md-ellipsis');"
                           " return [e.scrollWidth, e.clientWidth]; }")
    assert width[0] <= width[1]
