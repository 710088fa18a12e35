from pathlib import Path

import pytest

from generator.site_builder import LanguageBuild, SiteBuilderFailed, build_languages


def job(tmp_path: Path, body: str) -> LanguageBuild:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("index.md", "phong-trao/index.md", "lich.md", "thuat-ngu.md", "gioi-thieu.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# T\n" + (body if name == "index.md" else ""), encoding="utf-8")
    return LanguageBuild("vi", docs, tmp_path / "out", "Thử", "https://example.org/",
                         [{"Trang chủ": "index.md"}, {"Phong trào": "phong-trao/index.md"}, {"Lịch": "lich.md"},
                          {"Thuật ngữ": "thuat-ngu.md"}, {"Giới thiệu": "gioi-thieu.md"}])


def test_builds_a_language_in_strict_mode(tmp_path: Path) -> None:
    build_languages([job(tmp_path, "[ok](thuat-ngu.md)\n")], parallel=False)
    assert (tmp_path / "out" / "thuat-ngu" / "index.html").is_file()


def test_a_broken_link_fails_with_the_builders_words(tmp_path: Path) -> None:
    with pytest.raises(SiteBuilderFailed) as caught:
        build_languages([job(tmp_path, "[x](khong-co.md)\n")], parallel=False)
    message = str(caught.value)
    assert "khong-co.md" in message and "Không tạo được trang web (vi)" in message and "site_src/vi/" in message
