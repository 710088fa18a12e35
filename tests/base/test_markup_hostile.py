"""Whatever staff paste into a text field, the built page has no live markup from it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.base.markup import inline
from generator.build import build
from tests.conftest import TODAY, copy_project

PAYLOADS = [
    "<script>alert('s')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">a</a>',
    "[click](javascript:alert(3))",
    "[click]( JaVaScRiPt:alert(4))",
    "![img](data:image/svg+xml;base64,PHN2Zz4=)",
    "[ref][r]\n\n[r]: javascript:alert(5)",
    "<svg onload=alert(6)>",
    '<div style="background:url(javascript:alert(7))">x</div>',
    "[ok](https://dichvucong.gov.vn) and **bold**",
]


class Collect(HTMLParser):
    """Every tag and attribute inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.found.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1


@pytest.mark.parametrize("payload", PAYLOADS)
def test_inline_never_lets_live_markup_through(payload: str) -> None:
    text = inline(payload)
    assert "<" not in text and "](javascript" not in text.lower().replace(" ", "")


def test_markdown_stays_allowed() -> None:
    assert inline("[ok](https://x.vn) **b** _i_") == "[ok](https://x.vn) **b** _i_"


def test_built_pages_carry_no_live_markup_from_text_fields(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    text = plan.read_text(encoding="utf-8")
    hostile = "\n".join(f"  - vi: {payload!r}\n    en: {payload!r}" for payload in PAYLOADS)
    text = text.replace("closing:\n", f"closing:\n{hostile.replace(chr(10) + chr(10), ' ')}\n", 1)
    plan.write_text(text, encoding="utf-8")
    build(project, TODAY)
    for page in ("phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/index.html",
                 "en/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/index.html"):
        html = (project.site_dir / page).read_text(encoding="utf-8")
        assert "alert(1)" in html or "alert(1)" in html.replace("&#x27;", "'")     # the text is shown...
        parser = Collect()
        parser.feed(html)
        for tag, attrs in parser.found:                                            # ...never live
            assert tag not in {"script", "img", "svg", "iframe", "object", "embed"} or not any(
                name in {"onerror", "onload"} for name, _ in attrs), (tag, attrs)
            for name, value in attrs:
                assert not name.startswith("on"), (tag, name, value)
                assert not (value or "").strip().lower().startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
                assert name != "style" or "javascript" not in (value or ""), (tag, attrs)
        assert "<script>alert" not in html and 'href="https://dichvucong.gov.vn"' in html


def test_an_ampersand_in_a_theme_is_shown_as_typed_everywhere(tmp_path: Path) -> None:
    """Escaped once, not twice: residents see "&", never "&amp;" (tables, lists and links alike)."""
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    text = plan.read_text(encoding="utf-8").replace("theme:\n  vi: Nâng cao tỷ lệ thanh toán trực tuyến",
                                                    "theme:\n  vi: Nâng cao tỷ lệ thanh toán & trực tuyến", 1)
    plan.write_text(text, encoding="utf-8")
    build(project, TODAY)
    for page in ("phong-trao/index.html", "index.html",
                 "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/index.html"):
        html = (project.site_dir / page).read_text(encoding="utf-8")
        assert "thanh toán &amp; trực tuyến" in html, page
        assert "&amp;amp;" not in html, page
