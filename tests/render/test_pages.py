"""Golden files: every generated page in both languages. Review their diffs like code.

Update with: python -m pytest tests/render/test_pages.py --update-golden
"""

import json
from pathlib import Path

import pytest

from generator.compute.language import load_languages
from generator.compute.site import compute_site
from generator.load.records import load_sources
from generator.render.pages import RenderedPage, render_site
from generator.validate.catalog import Catalog, validate_sources
from tests.conftest import TODAY, copy_project

GOLDEN = Path(__file__).parents[1] / "golden"


def golden_text(page: RenderedPage) -> str:
    """A rendered page as one file for review: its metadata as front matter (JSON values), then its Markdown."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}" for key, value in page.meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + page.body


def render_catalog(catalog: Catalog) -> dict[str, list[RenderedPage]]:
    languages = load_languages()
    return render_site(compute_site(catalog, languages, TODAY), languages)


def render(root: Path) -> dict[str, list[RenderedPage]]:
    catalog, _ = validate_sources(load_sources(root / "campaigns", root / "site_src"))
    assert catalog is not None
    return render_catalog(catalog)


def test_rendered_pages_match_golden_files(shipped_catalog: Catalog, update_golden: bool) -> None:
    rendered = render_catalog(shipped_catalog)
    produced = {f"{code}/{page.path}": golden_text(page) for code, pages in rendered.items() for page in pages}
    assert_golden(produced, GOLDEN, update_golden)


def assert_golden(produced: dict[str, str], folder: Path, update: bool) -> None:
    """`produced` (path -> text) is exactly the files under `folder`; with `update`, it becomes them."""
    if update:
        for path, text in produced.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8")
    on_disk = {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in folder.rglob("*.*")}
    assert sorted(on_disk) == sorted(produced)
    for path, text in produced.items():
        assert on_disk[path] == text, f"{path} differs from its golden file (--update-golden to accept)"


def test_raw_html_in_a_text_never_becomes_markup(tmp_path: Path) -> None:
    copy_project(tmp_path)
    plan = tmp_path / "campaigns" / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "Tạo khí thế thi đua sôi nổi", '<script>alert(1)</script><img src=x onerror="alert(2)"> Tạo khí thế', 1)
    plan.write_text(text, encoding="utf-8")
    page = next(p for p in render(tmp_path)["vi"] if p.path.endswith("khanh-khe-thanh-toan-truc-tuyen.md"))
    assert "<script>" not in golden_text(page) and "<img" not in golden_text(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in golden_text(page)


@pytest.mark.parametrize("code, expected", [
    ("vi", "| Tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia | **trên 45%** |"),
    ("en", "| Online payment rate on the National Public Service Portal | **above 45%** |"),
])
def test_campaign_page_shows_exact_targets(shipped_catalog: Catalog, code: str, expected: str) -> None:
    page = next(p for p in render_catalog(shipped_catalog)[code]
                if p.path.endswith("khanh-khe-thanh-toan-truc-tuyen.md"))
    assert expected in golden_text(page)
