import dataclasses
import json
from pathlib import Path

import pytest

from generator.base.errors import SiteBuilderFailed
from generator.builder import site_builder
from generator.builder.language_session import LanguageSession
from generator.builder.page_html import COMMONMARK
from generator.builder.search_shards import shown_entries
from generator.builder.site_builder import (
    BASE_CONFIG,
    MKDOCS_INTERNALS,
    InMemoryDocs,
    LanguageBuild,
    build_language,
    build_language_html,
    collected_warnings,
    theme_overrides_dir,
    theme_strings,
)
from generator.compute.language import load_languages
from tests.conftest import files_of, modified_times
from tests.content import language_job

HALF_SAVED = "theme:\n  custom_dir: [half-saved\n"     # mkdocs.yml as an editor might leave it mid-save


NAV = [{"Trang chủ": "index.md"}, {"Phong trào": "phong-trao/index.md"}, {"Lịch": "lich.md"},
       {"Thuật ngữ": "thuat-ngu.md"}, {"Giới thiệu": "gioi-thieu.md"}]


def job(tmp_path: Path, body: str) -> LanguageBuild:
    """The site's five sections, each a heading; `body` after the home page's."""
    pages = {path: "# T\n" + (body if path == "index.md" else "") for entry in NAV for path in entry.values()}
    return language_job(tmp_path, pages, NAV, site="out")


def test_builds_a_language_in_strict_mode(tmp_path: Path) -> None:
    build_language_html(job(tmp_path, "[ok](thuat-ngu.md)\n"))
    assert (tmp_path / "out" / "thuat-ngu" / "index.html").is_file()


def test_pages_from_memory_get_their_metadata_without_front_matter(tmp_path: Path) -> None:
    alternates = [{"lang": "en", "name": "English", "link": "https://example.org/en/phong-trao/x/",
                   "href": "../../en/phong-trao/x/"}]
    meta = {COMMONMARK: True, "alternates": alternates, "search": {"exclude": True}}
    body = '# Tiêu đề\n\n## Mục tiêu\n\n"Trên 45%": [Thuật ngữ](../thuat-ngu.md)\n\n2) hai\n'
    memory = InMemoryDocs({"phong-trao/x.md": body.encode()}, {"phong-trao/x.md": meta})
    build_language_html(dataclasses.replace(job(tmp_path, ""), generated=memory))
    assert not (tmp_path / "docs" / "phong-trao" / "x.md").exists()
    page = (tmp_path / "out" / "phong-trao" / "x" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" href="https://example.org/en/phong-trao/x/" hreflang="en">' in page
    assert '<h2 id="muc-tieu">' in page and '"Trên 45%"' in page
    assert '<ol start="2">' in page                         # "2)" starts a list in cmark-gfm, not in Python-Markdown
    assert '<a href="../../thuat-ngu/">Thuật ngữ</a>' in page and "commonmark" not in page
    assert not [entry for entry in shown_entries(tmp_path / "out" / "search") if entry[0].startswith("phong-trao/x/")]


def test_a_broken_link_fails_with_the_builders_words(tmp_path: Path) -> None:
    with pytest.raises(SiteBuilderFailed) as caught:
        build_language_html(job(tmp_path, "[x](khong-co.md)\n"))
    message = str(caught.value)
    assert "khong-co.md" in message and "Không tạo được trang web (vi)" in message and "site_src/vi/" in message


def test_a_broken_mkdocs_yml_is_named_as_the_cause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "mkdocs.yml"
    broken.write_text(BASE_CONFIG.read_text(encoding="utf-8") + HALF_SAVED,
                      encoding="utf-8")
    monkeypatch.setattr(site_builder, "BASE_CONFIG", broken)
    with pytest.raises(SiteBuilderFailed) as caught:
        build_language_html(job(tmp_path, ""))
    message = str(caught.value)
    assert "mkdocs.yml" in message.splitlines()[-1] and "thường do lỗi trong mkdocs.yml" in message
    assert "site_src" not in message


def test_mkdocs_still_has_the_private_functions_the_preview_calls() -> None:
    import inspect

    import mkdocs
    from mkdocs.commands import build

    expected = {"_populate_page": ["page", "config", "files"],
                "_build_page": ["page", "config", "doc_files", "nav", "env"],
                "_build_theme_template": ["template_name", "env", "files", "config", "nav"],
                "_build_extra_template": ["template_name", "files", "config", "nav"]}
    assert sorted(expected) == sorted(MKDOCS_INTERNALS)
    for name, parameters in expected.items():
        function = getattr(build, name, None)
        assert callable(function), (f"mkdocs {mkdocs.__version__} has no mkdocs.commands.build.{name}: "
                                    "adapt generator/builder/language_session.py's LanguageSession to it")
        assert list(inspect.signature(function).parameters)[:len(parameters)] == parameters, name


def test_a_session_renders_a_changed_page_as_a_whole_build_does(tmp_path: Path) -> None:
    calendar = {"lich.md": "# Lịch\n\n## Tháng mười một\n\nHọp [ok](index.md).\n".encode(),
                "du-lieu/a.json": b"[1]"}
    meta = {"lich.md": {COMMONMARK: True}}
    first = job(tmp_path / "session", "[ok](thuat-ngu.md)\n")
    (first.docs_dir / "lich.md").unlink()                     # generated, in memory: not in the docs folder
    session_job = dataclasses.replace(first, generated=InMemoryDocs({"lich.md": b"# L\n", "du-lieu/a.json": b"[]"},
                                                                    {"lich.md": {}}))
    with collected_warnings() as collect:
        session = LanguageSession(session_job, collect)
        assert session.build() == []
        before = modified_times(session_job.site_dir)
        changes = InMemoryDocs(calendar, meta)
        assert session.check(changes) == [] and session.write(changes) == []
    whole = dataclasses.replace(job(tmp_path / "whole", "[ok](thuat-ngu.md)\n"), generated=InMemoryDocs(calendar, meta))
    (whole.docs_dir / "lich.md").unlink()
    assert build_language(whole) == []
    assert files_of(session_job.site_dir) == files_of(whole.site_dir)
    assert "Tháng mười một" in [title for _, title, _ in shown_entries(session_job.site_dir / "search")]
    changed = [path for path, stamp in modified_times(session_job.site_dir).items() if before.get(path) != stamp]
    assert [path for path in sorted(changed) if not path.startswith("search/")] == ["du-lieu/a.json", "lich/index.html"]
    assert "search/search_index.json" in changed and "search/t/th.json" in changed   # "tháng" is a new word


def test_the_theme_overrides_folder_is_the_one_mkdocs_yml_names(tmp_path: Path) -> None:
    assert theme_overrides_dir() == BASE_CONFIG.parent / "generator" / "builder" / "theme"
    assert (BASE_CONFIG.parent / "generator" / "builder" / "theme" / "main.html").is_file()
    moved = tmp_path / "mkdocs.yml"
    moved.write_text(BASE_CONFIG.read_text(encoding="utf-8").replace("custom_dir: generator/builder/theme",
                                                                     "custom_dir: overrides"), encoding="utf-8")
    assert theme_overrides_dir(moved) == tmp_path / "overrides"
    moved.write_text(BASE_CONFIG.read_text(encoding="utf-8") + HALF_SAVED,
                     encoding="utf-8")
    assert theme_overrides_dir(moved) is None            # the build reports it; the preview's watch goes on
    assert theme_overrides_dir(tmp_path / "missing.yml") is None
    moved.write_bytes(b"# Vi\xe1\xbb\n" + BASE_CONFIG.read_bytes())     # "ệ" (e1 bb 87) cut short by a save
    assert theme_overrides_dir(moved) is None


@pytest.mark.parametrize(("language", "prefix"), [("vi", ""), ("en", "en/")])
def test_the_theme_speaks_the_page_language_where_material_does_not(built_site: Path, language: str,
                                                                     prefix: str) -> None:
    strings = theme_strings(load_languages()[language].strings)
    home = (built_site / prefix / "index.html").read_text(encoding="utf-8")
    not_found = (built_site / prefix / "404.html").read_text(encoding="utf-8")
    assert strings["top"] in home and strings["search.result.initializer"] in home
    assert json.dumps(strings["search.result.more.one"]) in home          # in Material's JSON settings
    assert f"<h1>{strings['not_found.title']}</h1>" in not_found and strings["not_found.text"] in not_found
    assert f'<a href="/{prefix}.">{strings["not_found.home"]}</a>' in not_found
    assert "404 - Not found" not in not_found


def test_material_is_not_advertised_in_english_on_every_page(built_site: Path) -> None:
    assert not [path for path in built_site.rglob("*.html") if "Made with" in path.read_text(encoding="utf-8")]


def test_material_s_vietnamese_mistakes_are_corrected() -> None:
    vietnamese = theme_strings(load_languages()["vi"].strings)
    assert vietnamese["top"] == "Lên đầu trang"                             # Material says "Trở lại mục lục"
    assert vietnamese["search.result.initializer"] != "Initializing search"


def test_only_files_whose_bytes_or_metadata_changed_go_to_the_sessions() -> None:
    first = InMemoryDocs({"a.md": b"# A\n", "b.md": b"# B\n", "c.md": b"# C\n", "feed.xml": b"<feed/>"},
                         {"a.md": {"title": "A"}, "b.md": {}, "c.md": {"search": {"exclude": True}}})
    edited = "# B, sửa\n".encode()
    second = InMemoryDocs({"a.md": b"# A\n", "b.md": edited, "c.md": b"# C\n", "feed.xml": b"<feed/>"},
                          {"a.md": {"title": "A"}, "b.md": {}, "c.md": {}})
    changes = second.changed_since(first)
    assert changes.files == {"b.md": edited, "c.md": b"# C\n"}
    assert changes.meta == {"b.md": {}, "c.md": {}}
    assert second.changed_since(InMemoryDocs()).files == second.files           # a first build: everything
    assert second.changed_since(second) == InMemoryDocs()
