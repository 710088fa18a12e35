"""Generated pages converted by cmark-gfm: what Python-Markdown and mkdocs did must still happen."""

from __future__ import annotations

from pathlib import Path

from generator.page_html import Heading, to_html, toc_tokens
from generator.site_builder import LanguageBuild, build_language


def unchanged(url: str) -> str:
    """mkdocs' link rules for a page with no link to a file: a link to an anchor here stays as it is."""
    if url.startswith("#"):
        return url
    raise AssertionError(f"{url} should not have gone through mkdocs' link rules")


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


def build(tmp_path: Path, pages: dict[str, str]) -> tuple[list[str], Path]:
    docs, site = tmp_path / "docs", tmp_path / "site"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    job = LanguageBuild("vi", docs, site, "Thử", "https://example.org/", [{"Trang chủ": "index.md"}])
    return build_language(job), site


GENERATED = "---\ncommonmark: true\n---\n\n"


def test_a_generated_page_is_built_by_mkdocs_with_its_links_toc_and_title(tmp_path: Path) -> None:
    warnings, site = build(tmp_path, {
        "index.md": GENERATED + "# Trang chủ\n\n[Lịch](lich.md#thang-12) [Tệp](du-lieu/a.json)\n",
        "lich.md": GENERATED + "# Lịch thi đua\n\n## Tháng 12\n\n!!! note\n    Không phải admonition\n",
        "du-lieu/a.json": "{}",
    })
    assert warnings == []
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="lich/#thang-12"' in home and 'href="du-lieu/a.json"' in home
    calendar = (site / "lich/index.html").read_text(encoding="utf-8")
    assert "<title>Lịch thi đua - Thử</title>" in calendar                  # the title from the first h1
    assert 'href="#thang-12"' in calendar.split('<article')[0]               # the sidebar table of contents
    assert "!!! note" in calendar                                            # CommonMark, not Python-Markdown


def test_a_broken_link_or_anchor_in_a_generated_page_still_fails_the_build(tmp_path: Path) -> None:
    warnings, _ = build(tmp_path, {
        "index.md": GENERATED + "# Trang chủ\n\n[a](khong-co.md) [b](lich.md#khong-co)\n",
        "lich.md": GENERATED + "# Lịch\n",
    })
    assert any("'khong-co.md'" in w and "not found" in w for w in warnings), warnings
    assert any("does not contain an anchor '#khong-co'" in w for w in warnings), warnings


def test_a_missing_anchor_on_the_same_page_or_an_absolute_link_fails_as_in_a_handwritten_page(
        tmp_path: Path) -> None:
    for front in (GENERATED, ""):
        warnings, _ = build(tmp_path / (front and "generated"), {
            "index.md": front + "# Trang chủ\n\n## Hồ sơ\n\n[a](#ho-so) [b](#khong-co) [c](/lich.md)\n",
            "lich.md": front + "# Lịch\n",
        })
        assert any("contains a link to '#khong-co'" in w or "'#khong-co'" in w for w in warnings), (front, warnings)
        assert any("absolute link '/lich.md'" in w for w in warnings), (front, warnings)
        assert not any("'#ho-so'" in w for w in warnings), (front, warnings)


def test_a_handwritten_page_keeps_python_markdown(tmp_path: Path) -> None:
    warnings, site = build(tmp_path, {"index.md": "# Giới thiệu\n\n!!! note \"Lưu ý\"\n    Viết tay.\n"})
    assert warnings == []
    assert '<div class="admonition note">' in (site / "index.html").read_text(encoding="utf-8")
