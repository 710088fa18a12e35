from pathlib import Path

from generator.compute.language import load_languages
from generator.compute.site import SiteView
from generator.render.pages import RenderedPage
from generator.write.docs import docs_contents, language_build


def test_generated_files_go_to_the_builder_in_memory_with_the_pages_metadata_beside_them() -> None:
    pages = {"vi": [RenderedPage("phong-trao/x.md", "# X\n", {"commonmark": True})],
             "en": [RenderedPage("phong-trao/x.md", "# X\n")]}
    contents = docs_contents(pages, {"vi": {"feed.xml": b"<feed/>"}})
    assert contents["vi"].files == {"phong-trao/x.md": b"# X\n", "feed.xml": b"<feed/>"}     # no front matter
    assert contents["vi"].meta == {"phong-trao/x.md": {"commonmark": True}}
    assert contents["en"].files == {"phong-trao/x.md": b"# X\n"}


def test_each_language_is_built_at_the_sites_address_plus_its_prefix(tmp_path: Path) -> None:
    languages = load_languages()
    site = SiteView(pages={}, site_names={"vi": "Thi đua", "en": "Emulation"},
                    nav={"vi": [], "en": []}, site_url="https://tinh.example.org/xa-a/", results={})
    vi, en = (language_build(site, languages[code], tmp_path, tmp_path / code) for code in ("vi", "en"))
    assert (vi.site_url, en.site_url) == ("https://tinh.example.org/xa-a/", "https://tinh.example.org/xa-a/en/")
    assert (vi.docs_dir, en.site_name) == (tmp_path / "vi", "Emulation")
