"""Generated pages converted by cmark-gfm: what Python-Markdown and mkdocs did must still happen."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import markdown  # type: ignore[import-untyped]
import pytest

from generator.base.slugs import slugify
from generator.builder import page_html
from generator.builder.page_html import Heading, HeadingAnchors, PageHtml, toc_tokens

SHIPPED_TOC = {"permalink": True, "slugify": slugify}     # mkdocs.yml's `toc` settings
SHIPPED_ANCHORS = HeadingAnchors.from_toc(SHIPPED_TOC)


def unchanged(url: str) -> str:
    """mkdocs' link rules for a page with no link to a file: a link to an anchor here stays as it is."""
    if url.startswith("#"):
        return url
    raise AssertionError(f"{url} should not have gone through mkdocs' link rules")


def to_html(text: str, rewrite_url: Callable[[str], str], anchors: HeadingAnchors = SHIPPED_ANCHORS) -> PageHtml:
    return page_html.to_html(text, rewrite_url, anchors)


def test_headings_get_the_toc_ids_and_a_permalink() -> None:
    page = to_html("# Kế hoạch\n\n## Đối tượng thi đua\n\n## Đối tượng thi đua\n\n### Bằng khen *của* tỉnh\n",
                   unchanged)
    assert '<h2 id="doi-tuong-thi-dua">Đối tượng thi đua<a class="headerlink" href="#doi-tuong-thi-dua" ' \
           'title="Permanent link">&para;</a></h2>' in page.content
    assert '<h2 id="doi-tuong-thi-dua_1">' in page.content          # a repeated heading, as `toc` numbers it
    assert '<h3 id="bang-khen-cua-tinh">Bằng khen <em>của</em> tỉnh<a class="headerlink"' in page.content
    assert page.title == "Kế hoạch"
    assert [h.id for h in page.headings] == ["ke-hoach", "doi-tuong-thi-dua", "doi-tuong-thi-dua_1",
                                             "bang-khen-cua-tinh"]
    assert {"ke-hoach", "doi-tuong-thi-dua_1", "bang-khen-cua-tinh"} <= page.anchor_ids


def test_a_raw_heading_keeps_its_attributes_and_its_own_id() -> None:
    page = to_html('<h2 data-search-exclude>Văn bản</h2>\n\n<h2 id="rieng">Khác</h2>\n\n## Văn bản\n', unchanged)
    assert '<h2 id="van-ban" data-search-exclude>Văn bản<a class="headerlink" href="#van-ban"' in page.content
    assert '<h2 id="rieng">Khác<a class="headerlink" href="#rieng"' in page.content
    assert '<h2 id="van-ban_1">' in page.content
    assert page.title is None                                         # no h1 first: mkdocs falls back


def test_the_table_of_contents_nests_by_level() -> None:
    headings = [Heading(1, "a", "A"), Heading(2, "b", "B"), Heading(3, "c", "C"), Heading(2, "d", "D")]
    assert toc_tokens(headings) == [{"level": 1, "id": "a", "name": "A", "children": [
        {"level": 2, "id": "b", "name": "B", "children": [{"level": 3, "id": "c", "name": "C", "children": []}]},
        {"level": 2, "id": "d", "name": "D", "children": []}]}]


def test_links_to_files_go_through_mkdocs_and_addresses_stay() -> None:
    seen: list[str] = []

    def rewrite(url: str) -> str:
        seen.append(url)
        return url if url.startswith("#") else "../../lich/?a=1&b=2#x"

    page = to_html("[a](../lich.md?a=1&b=2#x) [b](./) [c](#tai-ve) [d](https://example.org/x.md) "
                   "[e](mailto:a@b.vn) [f](../lich/) [g](x.ics)\n\n"
                   '<a href="trang/2.md">raw</a>\n', rewrite)
    assert seen == ["../lich.md?a=1&b=2#x", "#tai-ve", "x.ics", "trang/2.md"]     # mkdocs checks anchors here
    assert page.content.count('href="../../lich/?a=1&amp;b=2#x"') == 3
    for kept in ('href="./"', 'href="#tai-ve"', 'href="https://example.org/x.md"', 'href="mailto:a@b.vn"',
                 'href="../lich/"'):
        assert kept in page.content


def test_tables_footnotes_and_escaped_text() -> None:
    page = to_html("| a | b |\n|---|---|\n| x \\| y | &lt;script&gt; |\n\nChỉ tiêu[^2].\n\n[^2]: Quyết định 497.\n",
                   unchanged)
    assert "<td>x | y</td>" in page.content and "<td>&lt;script&gt;</td>" in page.content
    assert '<section class="footnote" data-footnotes>' in page.content        # the class Material styles
    assert {"fn-2", "fnref-2"} <= page.anchor_ids
    assert "<script>" not in page.content


TOC_CASES = {
    "shipped": SHIPPED_TOC,
    "defaults": {},
    "own-text": {"permalink": "‹§>", "permalink_title": 'Liên kết "cố định" <a>', "permalink_class": 'a"b'},
    "own-separator": {"permalink": True, "separator": "_", "permalink_class": "neo"},
    "leading, no title": {"permalink": "#", "permalink_leading": True, "permalink_title": ""},
    "true as text": {"permalink": "yes", "permalink_leading": "false"},
    "no permalink": {"permalink": "off"},
    "depth 2 to 3": {"permalink": True, "toc_depth": "2-3"},
    "depth 2": {"permalink": True, "toc_depth": 2},
}


@pytest.mark.parametrize("settings", TOC_CASES.values(), ids=TOC_CASES.keys())
def test_heading_anchors_match_python_markdowns_toc(settings: dict[str, Any]) -> None:
    """The ids, permalinks and table of contents are the ones Python-Markdown's `toc` gives with the same settings."""
    text = "# Kế hoạch\n\n## Đối tượng thi đua\n\n## Đối tượng thi đua\n\n### Bằng khen *của* tỉnh\n\n#### Hồ sơ\n"
    anchors = HeadingAnchors.from_toc(settings)
    ours = to_html(text, unchanged, anchors)
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": settings})
    theirs = md.convert(text)
    assert re.findall(r"<h\d.*?</h\d>", ours.content) == re.findall(r"<h\d.*?</h\d>", theirs)
    assert toc_tokens(ours.headings, anchors.toc_levels) == as_mkdocs_reads(md.toc_tokens)


def as_mkdocs_reads(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Table of contents tokens with only the keys mkdocs' `get_toc` reads."""
    return [{"level": t["level"], "id": t["id"], "name": t["name"], "children": as_mkdocs_reads(t["children"])}
            for t in tokens]


def test_toc_settings_generated_pages_would_not_follow_are_refused() -> None:
    with pytest.raises(ValueError, match="anchorlink, baselevel"):
        HeadingAnchors.from_toc({"permalink": True, "baselevel": 2, "anchorlink": True})


def test_a_footnote_reference_is_not_part_of_a_headings_id_or_name() -> None:
    text = "## Kế hoạch[^1]\n\nx[^1]\n\n[^1]: Ghi chú\n"
    page = to_html(text, unchanged)
    md = markdown.Markdown(extensions=["toc", "footnotes"], extension_configs={"toc": SHIPPED_TOC})
    md.convert(text)
    assert toc_tokens(page.headings) == as_mkdocs_reads(md.toc_tokens)
    assert page.headings == [Heading(2, "ke-hoach", "Kế hoạch")]


LABELLED = """<div class="tds-stack tds-labelled">

| Indicator | Target | Latest "figure" |
|---|---|---|
| Online payment | **above 45%** |  |
| Records online | at least 90% | 92% |

</div>

| Field | Details |
|---|---|
| Number | 12 |
"""


def test_a_labelled_table_names_each_cell_by_its_column_but_the_first_and_the_empty() -> None:
    content = to_html(LABELLED, unchanged).content
    labelled, plain = content.split("</div>")
    assert re.findall(r"<td[^>]*>", labelled) == [
        "<td>", '<td data-label="Target">', "<td>",
        "<td>", '<td data-label="Target">', '<td data-label="Latest &quot;figure&quot;">']
    assert "<strong>above 45%</strong></td>" in labelled
    assert "data-label" not in plain
