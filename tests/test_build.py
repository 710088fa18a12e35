"""The whole pipeline into HTML, in mkdocs' strict mode: what a resident's browser receives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.base.errors import InputProblems
from generator.build import Project, build
from generator.commands.cli import main
from tests.conftest import TODAY, copy_project, files_of

CAMPAIGN = "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/index.html"
LOADED_URLS = r'<(?:script|img|iframe)[^>]+src="([^"]+)"|<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"'


def html_pages(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*.html") if not str(p.relative_to(root)).startswith("en/")}


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_page_exists_in_both_languages(built_site: Path) -> None:
    vi, en = html_pages(built_site), html_pages(built_site / "en")
    assert vi == en
    assert {"index.html", "phong-trao/index.html", CAMPAIGN, "thuat-ngu/index.html", "gioi-thieu/index.html"} <= vi
    assert len([p for p in vi if p.startswith("phong-trao/2")]) == 5


@pytest.mark.parametrize("prefix, lang", [("", "vi"), ("en/", "en")])
def test_html_lang_and_hreflang_alternates(built_site: Path, prefix: str, lang: str) -> None:
    page = read(built_site, prefix + CAMPAIGN)
    assert f'<html lang="{lang}"' in page
    url = "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
    assert f'<link rel="alternate" href="https://thi-dua.example.org/{url}" hreflang="vi">' in page
    assert f'<link rel="alternate" href="https://thi-dua.example.org/en/{url}" hreflang="en">' in page


def test_language_switch_points_at_the_twin_page(built_site: Path) -> None:
    vi_page = read(built_site, CAMPAIGN)
    assert 'href="../../en/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/" hreflang="en"' in vi_page
    en_page = read(built_site, "en/" + CAMPAIGN)
    assert 'href="../../../phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/" hreflang="vi"' in en_page


def test_no_page_asks_a_third_party_for_anything(built_site: Path) -> None:
    for path in built_site.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
            if path.suffix == ".html":
                loaded = re.findall(LOADED_URLS, text)
                assert all(not url.startswith(("http:", "https:", "//")) for pair in loaded for url in pair), path


def test_heading_anchors_fold_vietnamese(built_site: Path) -> None:
    page = read(built_site, CAMPAIGN)
    assert 'id="doi-tuong-thi-dua"' in page          # "Đối tượng thi đua": đ folds to d
    assert 'id="noi-dung-thi-dua"' in page


def test_navigation_never_lists_the_campaigns(built_site: Path) -> None:
    page = read(built_site, "phong-trao/2026-chi-lang-dich-vu-cong-truc-tuyen/index.html")
    nav = page[page.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    assert "2024-khanh-khe" not in nav and "2024-lang-son" not in nav


def test_vietnamese_pages_write_dates_the_vietnamese_way(built_site: Path) -> None:
    vi, en = read(built_site, CAMPAIGN), read(built_site, "en/" + CAMPAIGN)
    assert "Từ ngày 02/01/2025 đến hết ngày 03/01/2025" in vi
    assert "From 2 January 2025 until the end of 3 January 2025 (ICT, UTC+7)" in en
    chi_lang = read(built_site, "phong-trao/2026-chi-lang-dich-vu-cong-truc-tuyen/index.html")
    assert "tháng 6/2026" in chi_lang and "Kết thúc:</strong> Hết tháng 12/2026" in chi_lang


def test_the_build_is_deterministic(tmp_path: Path, built_site: Path) -> None:
    project = copy_project(tmp_path)
    build(project, TODAY, parallel=False)
    first, second = files_of(built_site), files_of(project.site_dir)
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []


def test_a_builder_failure_leaves_the_previous_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    build(project, TODAY)
    before = read(project.site_dir, CAMPAIGN)
    for code in ("vi", "en"):
        about = project.pages_dir / code / "gioi-thieu.md"
        about.write_text(about.read_text(encoding="utf-8") + "\n[broken](khong-co.md)\n", encoding="utf-8")
    assert main(["--root", str(tmp_path), "build", "--today", str(TODAY)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "khong-co.md" in err
    assert "The site builder failed" in err
    assert read(project.site_dir, CAMPAIGN) == before


def test_a_whole_build_hands_its_markdown_to_the_builder_without_writing_it(built_site: Path) -> None:
    project = Project(built_site.parent)
    assert [p.name for p in (project.work_dir / "docs" / "vi").iterdir()] == ["assets"]    # the shared CSS only
    assert (built_site / "phong-trao" / "2024-khanh-khe-thanh-toan-truc-tuyen" / "index.html").is_file()
    for folder in (project.content_dir, project.pages_dir):
        assert not [p for p in folder.rglob("*.md") if "generated_by:" in p.read_text(encoding="utf-8")]


def test_a_build_collects_garbage_rarely_and_puts_the_thresholds_back(project: Project,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The languages' processes inherit the build's thresholds; the caller's come back after, even on errors."""
    import gc

    import generator.build

    seen: list[tuple[int, ...]] = []
    real = generator.build.build_language_site

    def noting_thresholds(*args: Any) -> dict[str, bytes]:
        seen.append(gc.get_threshold())
        return real(*args)

    monkeypatch.setattr(generator.build, "build_language_site", noting_thresholds)
    before = gc.get_threshold()
    build(project, TODAY, parallel=False)
    assert seen == [generator.build.BUILD_GC_THRESHOLD] * 2
    assert gc.get_threshold() == before
    (project.content_dir / "site.yaml").write_text("name: [\n", encoding="utf-8")
    with pytest.raises(InputProblems):
        build(project, TODAY)
    assert gc.get_threshold() == before


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_footnotes_keep_the_numbers_the_document_gives_them(built_site: Path, prefix: str) -> None:
    """Lạng Sơn's plan cites note 6 before notes 1 to 5: it must still read 6, and the list must say 1 to 6."""
    html = (built_site / prefix / "phong-trao" / "2024-lang-son-hien-dai-hoa-mot-cua" / "index.html").read_text(
        encoding="utf-8")
    shown = re.findall(r'<sup class="footnote-ref"><a href="#fn-(\d+)" id="fnref-\d+(?:-\d+)?">(\d+)</a></sup>', html)
    assert shown[0] == ("6", "6") and all(target == label for target, label in shown)
    assert re.findall(r'<li id="fn-(\d+)" value="(\d+)">', html) == [(str(n), str(n)) for n in range(1, 7)]
    assert html.count('class="footnote-backref"') == 6


def test_every_page_loads_our_search_worker_and_none_of_materials_lunr_files_is_shipped(built_site: Path) -> None:
    """Material's lunr worker and language files are left out of the site (hooks.on_files): only safe while every
    page's configuration names our worker, which this checks over the whole build."""
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "workers/search." not in html and "/lunr/" not in html, path
        assert '"search": "' not in html or "assets/javascripts/search-worker.js" in html, path
    shipped = [p for p in (built_site / "assets" / "javascripts").rglob("*") if p.is_file()]
    assert shipped and not [p for p in shipped if "lunr" in p.parts or p.name.startswith("search.")]
