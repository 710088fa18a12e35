"""Our mkdocs hooks, and generated pages built by mkdocs through CommonMarkPage."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from generator.mkdocs_hooks import on_page_context
from generator.page_html import COMMONMARK
from generator.site_builder import LanguageBuild, build_language


def test_each_page_gets_its_own_alternates() -> None:
    config = SimpleNamespace(extra={})
    twins = [{"lang": "vi", "href": "../"}, {"lang": "en", "href": "en/"}]
    context = {"x": 1}
    assert on_page_context(context, SimpleNamespace(meta={"alternates": twins}), config, None) is context
    assert config.extra["alternate"] == twins
    on_page_context({}, SimpleNamespace(meta={}), config, None)
    assert config.extra["alternate"] == []


def test_mkdocs_still_has_the_link_rules_generated_pages_use() -> None:
    """CommonMarkPage.render overrides mkdocs' Page.render and calls its private `_RelativePathTreeprocessor`
    (pinned mkdocs 1.6.1): fail loudly if either changes."""
    import inspect

    from mkdocs.structure import pages

    rules = getattr(pages, "_RelativePathTreeprocessor", None)
    assert rules is not None, "adapt generator/mkdocs_hooks.py's CommonMarkPage.render to this mkdocs"
    assert list(inspect.signature(pages.Page.render).parameters) == ["self", "config", "files"]
    assert list(inspect.signature(rules).parameters) == ["file", "files", "config"]
    assert list(inspect.signature(rules.path_to_url).parameters) == ["self", "url"]


def build(tmp_path: Path, pages: dict[str, str]) -> tuple[list[str], Path]:
    docs, site = tmp_path / "docs", tmp_path / "site"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    job = LanguageBuild("vi", docs, site, "Thử", "https://example.org/", [{"Trang chủ": "index.md"}])
    return build_language(job), site


GENERATED = f"---\n{COMMONMARK}: true\n---\n\n"


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
