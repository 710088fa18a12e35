"""A generated page's search sections (`page_html.search_sections`): what Material's own parser would cut from
its HTML, found from the headings the conversion already knows."""

from __future__ import annotations

from typing import Any

import pytest
from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

from generator.base.slugs import slugify
from generator.build import make
from generator.builder.page_html import HeadingAnchors, PageHtml, to_html
from generator.builder.search_sections import search_sections
from generator.model.fields import LANGUAGES
from generator.validate.catalog import Catalog
from tests.conftest import TODAY

ANCHORS = HeadingAnchors.from_toc({"permalink": True, "slugify": slugify})     # mkdocs.yml's `toc`


def converted(markdown: str) -> PageHtml:
    return to_html(markdown, lambda url: url, ANCHORS)


def materials(content: str) -> list[tuple[Any, ...]]:
    """Material's sections of the HTML: id, title and text as its index takes them (excluded ones: id only)."""
    parser = Parser()
    parser.feed(content)
    parser.close()
    return [(s.id, "excluded") if s.is_excluded() else (s.id, "".join(s.title).strip(), "".join(s.text).strip())
            for s in parser.data]


def ours(page: PageHtml) -> list[tuple[Any, ...]] | None:
    sections = search_sections(page)
    return None if sections is None else [(s.id, "excluded") if s.excluded else (s.id, s.title.strip(), s.text.strip())
                                          for s in sections]


def test_every_searchable_shipped_page_gets_the_sections_material_would_cut(shipped_catalog: Catalog) -> None:
    checked = 0
    for code in LANGUAGES:
        for page in make(shipped_catalog, TODAY, (code,)).rendered[code]:
            if page.meta.get("search", {}).get("exclude"):
                continue                                    # never indexed (results, calendar, print pages)
            html = converted(page.body)
            assert ours(html) == materials(html.content), page.path
            checked += 1
    assert checked >= 20


def test_kept_tags_whitespace_and_entities_as_material_keeps_them() -> None:
    page = converted("# Kế hoạch\n\nNgười dân *đăng ký*  &amp; `mã`\nthanh toán.\n\n- một\n- hai\n\n<p>  </p>\n\n"
                     "## Chỉ tiêu <sup>1</sup>\n\nTrên 45% &lt;b&gt;\n")
    assert ours(page) == materials(page.content) == [
        (None, "Kế hoạch", "<p>Người dân đăng ký  &amp; <code>mã</code> thanh toán.</p> <ul> <li>một</li> "
                           "<li>hai</li> </ul> <p> </p>"),        # Material drops only a section's first empty <p>
        ("chi-tieu-1", "Chỉ tiêu <sup>1</sup>", "<p>Trên 45% &lt;b&gt;</p>")]


def test_a_page_without_a_first_h1_starts_with_an_untitled_section() -> None:
    page = converted("Lời đầu.\n\n## Mục\n\nNội dung.\n")
    assert ours(page) == materials(page.content) == [(None, "", "<p>Lời đầu.</p>"), ("muc", "Mục", "<p>Nội dung.</p>")]
    bare = converted("## Mục\n\nNội dung.\n")
    assert ours(bare) == materials(bare.content) == [(None, "", ""), ("muc", "Mục", "<p>Nội dung.</p>")]


def test_an_excluded_heading_marks_its_section_and_the_next_heading_starts_anew() -> None:
    page = converted("# A\n\n<h2 data-search-exclude>Văn bản</h2>\n\nSố 12.\n\n## Tiếp\n\nChữ.\n")
    assert ours(page) == materials(page.content) == [(None, "A", ""), ("van-ban", "excluded"),
                                                     ("tiep", "Tiếp", "<p>Chữ.</p>")]


@pytest.mark.parametrize("markdown", ["<div>\n\n## Trong khối\n\nChữ.\n\n</div>\n\nSau.\n",
                                      "# A\n\n<div class=\"x\">\n\n## B\n\n</div>\n"])
def test_a_heading_inside_another_element_is_left_to_materials_parser(markdown: str) -> None:
    assert search_sections(converted(markdown)) is None


def test_a_page_with_nothing_in_it_has_no_sections_and_a_comment_starts_none() -> None:
    assert ours(converted("")) == materials("") == []
    comment = PageHtml("<!-- ghi chú --><br>", [], set())
    assert ours(comment) == materials(comment.content) == []
