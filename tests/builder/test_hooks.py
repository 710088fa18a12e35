"""Our mkdocs hooks, and generated pages built by mkdocs through CommonMarkPage."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator.base.errors import SiteBuilderFailed
from generator.builder import site_builder
from generator.builder.hooks import on_page_context
from generator.builder.page_html import COMMONMARK
from generator.builder.search_shards import shown_entries
from generator.builder.site_builder import LanguageBuild, build_language, build_language_html
from tests.conftest import files_of
from tests.content import language_job


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
    assert rules is not None, "adapt generator/builder/hooks.py's CommonMarkPage.render to this mkdocs"
    assert list(inspect.signature(pages.Page.render).parameters) == ["self", "config", "files"]
    assert list(inspect.signature(rules).parameters) == ["file", "files", "config"]
    assert list(inspect.signature(rules.path_to_url).parameters) == ["self", "url"]


def job(tmp_path: Path, pages: dict[str, str]) -> LanguageBuild:
    """A one-language build of `pages` (docs path -> Markdown) into `tmp_path/site`."""
    return language_job(tmp_path, pages, [{"Trang chủ": "index.md"}])


def build(tmp_path: Path, pages: dict[str, str]) -> tuple[list[str], Path]:
    built = job(tmp_path, pages)
    return build_language(built), built.site_dir


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
        assert any("'#khong-co'" in w for w in warnings), (front, warnings)
        assert any("absolute link '/lich.md'" in w for w in warnings), (front, warnings)
        assert not any("'#ho-so'" in w for w in warnings), (front, warnings)


def test_a_handwritten_page_keeps_python_markdown(tmp_path: Path) -> None:
    warnings, site = build(tmp_path, {"index.md": "# Giới thiệu\n\n!!! note \"Lưu ý\"\n    Viết tay.\n"})
    assert warnings == []
    assert '<div class="admonition note">' in (site / "index.html").read_text(encoding="utf-8")


def with_toc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str) -> None:
    """Builds use a copy of mkdocs.yml whose `toc` settings are `settings` (YAML lines under `toc:`)."""
    text = site_builder.BASE_CONFIG.read_text(encoding="utf-8")
    root = site_builder.BASE_CONFIG.parent
    theme = root / 'generator' / 'builder' / 'theme'
    text = text.replace("custom_dir: generator/builder/theme", f"custom_dir: {theme}")
    text = text.replace("  - generator/builder/hooks.py", f"  - {root / 'generator' / 'builder' / 'hooks.py'}")
    shipped = "      permalink: true\n      slugify: !!python/name:generator.base.slugs.slugify\n"
    assert shipped in text
    config = tmp_path / "mkdocs.yml"
    config.write_text(text.replace(shipped, settings), encoding="utf-8")
    monkeypatch.setattr(site_builder, "BASE_CONFIG", config)


def test_generated_pages_follow_the_toc_settings_of_mkdocs_yml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_toc(tmp_path, monkeypatch, '      permalink: "§"\n      permalink_leading: true\n      toc_depth: 2\n')
    warnings, site = build(tmp_path, {"index.md": GENERATED + "# Trang chủ\n\n## Mục tiêu\n\n### Chi tiết\n"})
    assert warnings == []
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="muc-tieu"><a class="headerlink" href="#muc-tieu" title="Permanent link">§</a>Mục tiêu</h2>' in home
    sidebar = home.split("<article")[0]
    assert 'href="#muc-tieu"' in sidebar and 'href="#chi-tiet"' not in sidebar      # h3 is deeper than toc_depth


def test_a_toc_setting_generated_pages_cannot_follow_fails_the_build(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with_toc(tmp_path, monkeypatch, "      permalink: true\n      baselevel: 2\n")
    with pytest.raises(SiteBuilderFailed) as caught:
        build_language_html(job(tmp_path, {"index.md": GENERATED + "# Trang chủ\n"}))
    message = str(caught.value)
    assert "baselevel" in message
    assert "thường do lỗi trong mkdocs.yml" in message and "usually a mistake in mkdocs.yml" in message


SEARCHED_PAGES = {
    "index.md": GENERATED + "# Trang chủ\n\nNgười dân *đăng ký* `mã`.\n\n## Chỉ tiêu\n\n- trên 45%\n\n"
                            "<h2 data-search-exclude>Văn bản</h2>\n\nSố 12.\n\n## Hồ sơ\n\nHai bộ.\n",
    "lich.md": "---\ncommonmark: true\nsearch:\n  exclude: true\n---\n\n# Lịch\n\nKhông tìm.\n",
    "khoi.md": GENERATED + "# Khối\n\n<div>\n\n## Trong khối\n\nChữ.\n\n</div>\n\nSau khối.\n",
    "viet-tay.md": "# Viết tay\n\nTrang *viết tay*.\n",
}


def loaded_hooks() -> list[Any]:
    """Our hooks as mkdocs loaded them (from the file `mkdocs.yml` names, once per process) and as imported here."""
    return [module for module in list(sys.modules.values())
            if str(getattr(module, "__file__", "")).replace("\\", "/").endswith("generator/builder/hooks.py")]


def test_search_entries_of_generated_pages_are_those_materials_parser_gives(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    warnings, site = build(tmp_path / "sections", SEARCHED_PAGES)
    cut: list[str | None] = []
    for hooks in loaded_hooks():            # now every page through Material's parser, as before our sections
        monkeypatch.setattr(hooks, "search_sections", lambda page: cut.append(page.title))
    material_warnings, material_site = build(tmp_path / "material", SEARCHED_PAGES)
    assert warnings == material_warnings == []
    assert sorted(map(str, cut)) == ["Khối", "Trang chủ"]      # the generated pages that are searched
    assert files_of(site / "search") == files_of(material_site / "search")      # manifest, shards and blocks
    entries = shown_entries(site / "search")
    assert [location for location, _, _ in entries] == ["", "#chi-tieu", "#ho-so", "khoi/", "khoi/#trong-khoi",
                                                        "viet-tay/"]
    assert entries[1][2] == "trên 45%"


def test_materials_lunr_search_is_not_copied_since_our_worker_replaced_it() -> None:
    from mkdocs.structure.files import File, Files

    from generator.builder.hooks import on_files

    theme = ["assets/javascripts/lunr/min/lunr.vi.min.js", "assets/javascripts/workers/search.a7633da7.min.js",
             "assets/javascripts/bundle.a5f9d56c.min.js"]
    ours = ["assets/javascripts/lunr/notes.md", "assets/javascripts/search-worker.js", "index.md"]
    files = Files([File(name, "/theme", "/site", use_directory_urls=True) for name in theme] +
                  [File(name, "/docs", "/site", use_directory_urls=True) for name in ours])
    config = SimpleNamespace(theme=SimpleNamespace(dirs=["/custom", "/theme"]))
    assert [file.src_uri for file in on_files(files, config)] == [theme[2], *ours]
