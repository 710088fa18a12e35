import time
from pathlib import Path

from generator.compute import SiteView
from generator.i18n import load_languages
from generator.render import RenderedPage
from generator.write import docs_contents, language_build, publish, write_changed, write_markdown


def test_publish_swaps_the_whole_site(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "old.html").write_text("old")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "index.html").write_text("new")
    publish(tmp_path / "new", tmp_path / "site")
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["index.html"]
    assert not (tmp_path / "site.old").exists() and not (tmp_path / "new").exists()


def test_markdown_is_written_fresh_per_language(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "vi").mkdir(parents=True)
    (docs / "vi" / "stale.md").write_text("stale")
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "extra.css").write_text("a{}")
    pages = {"vi": [RenderedPage("phong-trao/x.md", "# X\n")], "en": [RenderedPage("phong-trao/x.md", "# X\n")]}
    write_markdown(docs_contents(pages, {"vi": {"feed.xml": b"<feed/>"}}), docs, assets)
    assert sorted(str(p.relative_to(docs)) for p in docs.rglob("*") if p.is_file()) == [
        "en/assets/extra.css", "en/phong-trao/x.md", "vi/assets/extra.css", "vi/feed.xml", "vi/phong-trao/x.md"]


def test_only_the_files_whose_bytes_changed_are_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = docs_contents({"vi": [RenderedPage("a.md", "# A\n"), RenderedPage("b.md", "# B\n")]},
                          {"vi": {"feed.xml": b"<feed/>"}})
    assert write_changed(first, {}, docs) == {"vi": ["a.md", "b.md", "feed.xml"]}
    stamps = {p.name: p.stat().st_mtime_ns for p in (docs / "vi").iterdir()}
    time.sleep(0.02)
    second = docs_contents({"vi": [RenderedPage("a.md", "# A\n"), RenderedPage("b.md", "# B, sửa\n")]},
                           {"vi": {"feed.xml": b"<feed/>"}})
    assert write_changed(second, first, docs) == {"vi": ["b.md"]}
    assert (docs / "vi" / "b.md").read_text(encoding="utf-8") == "# B, sửa\n"
    assert {p.name for p in (docs / "vi").iterdir() if p.stat().st_mtime_ns != stamps[p.name]} == {"b.md"}


def test_each_language_is_built_at_the_sites_address_plus_its_prefix(tmp_path: Path) -> None:
    languages = load_languages()
    site = SiteView(pages={}, site_names={"vi": "Thi đua", "en": "Emulation"},
                    nav={"vi": [], "en": []}, site_url="https://tinh.example.org/xa-a/")
    vi, en = (language_build(site, languages[code], tmp_path, tmp_path / code) for code in ("vi", "en"))
    assert (vi.site_url, en.site_url) == ("https://tinh.example.org/xa-a/", "https://tinh.example.org/xa-a/en/")
    assert (vi.docs_dir, en.site_name) == (tmp_path / "vi", "Emulation")
