"""The preview's site: one save re-renders only its pages, and gives the bytes a whole build gives."""

from __future__ import annotations

import pickle
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.base.errors import InputProblems, SiteBuilderFailed
from generator.build import Project, build
from generator.builder.sessions import SessionProcess
from generator.builder.site_builder import InMemoryDocs
from generator.compute.urls import page_url
from generator.staff.preview import PAGES_CHANGED, SETTINGS_CHANGED, THEME_CHANGED, PreviewSite
from tests.conftest import TODAY, copy_project, files_of, modified_times

CAMPAIGN = "2024-khanh-khe-thanh-toan-truc-tuyen"
THEME_VI = "  vi: Nâng cao tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính trên địa bàn xã Khánh Khê\n"
THEME_EN = "  en: Raising the online payment rate in handling administrative procedures in Khánh Khê commune\n"


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[PreviewSite]:
    """The shipped content, built whole once by a preview whose sessions stay alive."""
    site = PreviewSite(copy_project(tmp_path / "preview"), TODAY)
    assert site.refresh().whole_because is not None
    yield site
    site.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    time.sleep(0.02)                  # a new modification time, whatever the file system's clock tick
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def plan(project: Project, campaign: str = CAMPAIGN) -> Path:
    return project.content_dir / "plans" / f"{campaign}.yaml"


def whole_build_of(project: Project, tmp_path: Path) -> Path:
    """A fresh `build()` of the same inputs, in a project folder of its own."""
    other = copy_project(tmp_path / "whole")
    shutil.rmtree(other.content_dir)
    shutil.copytree(project.content_dir, other.content_dir)
    build(other, TODAY)
    return other.site_dir


def test_an_edited_campaign_updates_only_its_pages_and_gives_a_whole_builds_bytes(
        preview: PreviewSite, tmp_path: Path) -> None:
    project, folder = preview.project, preview.served
    before = modified_times(folder)
    edit(plan(project), THEME_VI, THEME_VI.replace("Nâng cao", "Nâng cao (SỬA)"))
    edit(plan(project), THEME_EN, THEME_EN.replace("Raising", "Raising (EDITED)"))
    refreshed = preview.refresh()
    assert refreshed.whole_because is None and preview.served == folder
    assert f"phong-trao/{CAMPAIGN}.md" in refreshed.updated["vi"]
    assert f"phong-trao/{CAMPAIGN}.md" in refreshed.updated["en"]
    assert "Nâng cao (SỬA)" in (folder / "phong-trao" / CAMPAIGN / "index.html").read_text(encoding="utf-8")
    assert "Raising (EDITED)" in (folder / "en" / "phong-trao" / CAMPAIGN / "index.html").read_text(encoding="utf-8")

    after, whole = files_of(folder), files_of(whole_build_of(project, tmp_path))
    assert sorted(after) == sorted(whole)
    assert [path for path in after if after[path] != whole[path]] == []       # every page, the search indexes too

    rendered = {prefix + page_url(page) + "index.html" for code, prefix in (("vi", ""), ("en", "en/"))
                for page in refreshed.updated[code] if page.endswith(".md")}
    rewritten = {path for path, stamp in modified_times(folder).items() if before.get(path) != stamp}
    html = {path for path in rewritten if path.endswith(".html")}
    assert html == rendered
    assert f"phong-trao/{CAMPAIGN}/index.html" in html and len(html) < len(after) / 10
    assert {"search/search_index.json", "en/search/search_index.json"} <= rewritten


def test_an_input_error_keeps_the_site_and_the_sessions(preview: PreviewSite) -> None:
    project, folder = preview.project, preview.served
    index = (folder / "index.html").read_bytes()
    edit(plan(project), "id: " + CAMPAIGN, "id: [")
    with pytest.raises(InputProblems):
        preview.refresh()
    assert preview.served == folder and (folder / "index.html").read_bytes() == index
    edit(plan(project), "id: [", "id: " + CAMPAIGN)
    assert preview.refresh().whole_because is None          # the sessions were kept: no whole build


def test_a_new_campaign_builds_the_whole_site_and_shows_it(preview: PreviewSite) -> None:
    project, old = preview.project, preview.served
    source = plan(project, "2026-chi-lang-dich-vu-cong-truc-tuyen")
    new = "2027-chi-lang-thu-nghiem"
    text = source.read_text(encoding="utf-8").replace("id: 2026-chi-lang-dich-vu-cong-truc-tuyen", f"id: {new}")
    plan(project, new).write_text(text, encoding="utf-8")
    refreshed = preview.refresh()
    assert refreshed.whole_because == PAGES_CHANGED
    assert preview.served != old and not old.exists()
    for root in (preview.served, preview.served / "en", project.site_dir, project.site_dir / "en"):
        assert (root / "phong-trao" / new / "index.html").is_file(), root
    assert preview.refresh().whole_because is None          # new sessions, ready for the next save


def test_a_new_stylesheet_or_site_name_builds_the_whole_site(preview: PreviewSite) -> None:
    project = preview.project
    edit(project.assets_dir / "extra.css", "", "/* sửa */\n")
    assert preview.refresh().whole_because == THEME_CHANGED
    assert (preview.served / "assets" / "extra.css").read_text(encoding="utf-8").startswith("/* sửa */")
    edit(project.content_dir / "site.yaml", "vi: Phong trào thi đua", "vi: Phong trào thi đua xã Thử")
    assert preview.refresh().whole_because == SETTINGS_CHANGED
    assert "xã Thử" in (preview.served / "index.html").read_text(encoding="utf-8")


def test_a_failed_session_falls_back_to_a_whole_build(preview: PreviewSite) -> None:
    assert preview.live is not None
    preview.live.sessions.processes[1].process.kill()
    edit(plan(preview.project), THEME_EN, THEME_EN.replace("Raising", "Lifting"))
    refreshed = preview.refresh()
    assert refreshed.whole_because is not None and "[en]" in refreshed.whole_because
    assert "Lifting" in (preview.served / "en" / "phong-trao" / CAMPAIGN / "index.html").read_text(encoding="utf-8")


def test_a_broken_link_in_one_language_changes_neither_language(preview: PreviewSite) -> None:
    project, folder = preview.project, preview.served
    before = files_of(folder)
    about_vi, about_en = (project.pages_dir / code / "gioi-thieu.md" for code in ("vi", "en"))
    edit(about_vi, "\n", "\nĐã sửa.\n")
    edit(about_en, "\n", "\n[Broken](khong-co.md)\n")
    with pytest.raises(SiteBuilderFailed, match=r"khong-co\.md"):
        preview.refresh()
    assert preview.served == folder and files_of(folder) == before
    edit(about_en, "\n[Broken](khong-co.md)\n", "\n")
    assert preview.refresh().whole_because is not None      # the failed attempt ended the sessions
    assert "Đã sửa." in (preview.served / "gioi-thieu" / "index.html").read_text(encoding="utf-8")


def test_warnings_about_the_input_come_with_whole_builds_and_updates(tmp_path: Path) -> None:
    site = PreviewSite(copy_project(tmp_path / "preview"), TODAY)
    try:
        whole = site.refresh()
        edit(plan(site.project), THEME_VI, THEME_VI.replace("Nâng cao", "Nâng cao (SỬA)"))
        updated = site.refresh()
    finally:
        site.close()
    assert whole.whole_because is not None and updated.whole_because is None
    for refreshed in (whole, updated):      # the shipped plan that states 150 days for 154
        assert [p.path for p in refreshed.warnings
                if p.severity == "warning" and p.code != "contact_missing"] == ["period.stated_days"]


def test_sessions_that_failed_mid_update_are_replaced_by_the_next_save(
        preview: PreviewSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure that is not a session's crash (here: the change cannot be sent) must not leave sessions
    that hold part of it, nor a record saying it was applied."""
    def unsendable(process: SessionProcess, step: str, changes: InMemoryDocs) -> None:
        raise pickle.PicklingError("simulated")

    monkeypatch.setattr(SessionProcess, "send", unsendable)
    edit(plan(preview.project), THEME_VI, THEME_VI.replace("Nâng cao", "Nâng cao (SỬA)"))
    with pytest.raises(pickle.PicklingError):
        preview.refresh()
    monkeypatch.undo()
    refreshed = preview.refresh()
    assert refreshed.whole_because is not None
    page = preview.served / "phong-trao" / CAMPAIGN / "index.html"
    assert "Nâng cao (SỬA)" in page.read_text(encoding="utf-8")
