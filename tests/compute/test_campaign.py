import datetime as dt
from pathlib import Path

import pytest

from generator.compute.campaign import (
    compute_campaign,
    reporting_rows,
    signature_lines,
    status_of,
    submission_view,
    window_text,
)
from generator.compute.context import after_word
from generator.compute.language import load_languages
from generator.compute.site import compute_site
from generator.load.records import load_sources
from generator.model.campaign import Deadline
from generator.model.dates import PartialDate
from generator.validate.catalog import Catalog, validate_sources
from tests.conftest import context, copy_project
from tests.content import add_untargeted_results

UNTARGETED = "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen"


@pytest.mark.parametrize("code, rule, expected", [
    ("vi", "through", "Từ ngày 02/01/2025 đến hết ngày 03/01/2025"),
    ("en", "through", "From 2 January 2025 until the end of 3 January 2025 (ICT, UTC+7)"),
    ("vi", "before", "Từ ngày 02/01/2025 đến trước ngày 03/01/2025 (ngày cuối là 02/01/2025)"),
    ("en", "before", "From 2 January 2025, before 3 January 2025: the last day is 2 January 2025 (ICT, UTC+7)"),
])
def test_windows_cannot_be_misread(shipped_catalog: Catalog, code: str, rule: str, expected: str) -> None:
    ctx = context(shipped_catalog, code)
    deadline = Deadline.model_validate({"date": "2025-01-03", "rule": rule})
    assert window_text(PartialDate(2025, 1, 2), deadline, ctx) == expected


def test_signature_block_as_signed(shipped_catalog: Catalog) -> None:
    ctx = context(shipped_catalog)
    lines = signature_lines(shipped_catalog.campaigns["2024-lang-son-hien-dai-hoa-mot-cua"], ctx)
    assert lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Xuân Huyền"]


def test_an_ended_campaign_claims_results_only_when_it_has_a_real_results_page(tmp_path: Path) -> None:
    """Figures only on an indicator the campaign has no target for give no results page: still "ended".
    Illustrative figures (Khánh Khê's) publish no outcome either; real ones on a target (Lạng Sơn's) do."""
    project = copy_project(tmp_path)
    add_untargeted_results(project, UNTARGETED, "so-gtvt-lang-son")
    real = project.content_dir / "results" / "2024-lang-son-hien-dai-hoa-mot-cua" / "that.csv"
    real.parent.mkdir(parents=True)
    real.write_text("unit,indicator,period,value\nubnd-huyen-dinh-lap,ty-le-thanh-toan-truc-tuyen,2024-09-20,47\n",
                    encoding="utf-8")
    catalog, _ = validate_sources(load_sources(project.content_dir, project.pages_dir))
    assert catalog is not None and catalog.results[UNTARGETED]
    ctx = context(catalog, today=dt.date(2025, 3, 1))
    assert status_of(catalog.campaigns[UNTARGETED], ctx) == "ended"
    assert status_of(catalog.campaigns["2024-lang-son-hien-dai-hoa-mot-cua"], ctx) == "results_published"
    assert status_of(catalog.campaigns["2024-khanh-khe-thanh-toan-truc-tuyen"], ctx) == "ended"
    site = compute_site(catalog, load_languages(), dt.date(2025, 3, 1), ("vi",))      # the list's statuses too
    listed = next(page for page in site.pages["vi"] if page.path == "phong-trao/index.md")
    statuses = {row.link.href.split("/")[-2]: row.status_key for row in listed.view["rows"]}
    assert statuses[UNTARGETED] == "ended" and statuses["2024-lang-son-hien-dai-hoa-mot-cua"] == "results_published"


@pytest.mark.parametrize(("title", "cited"), [
    ("Về giao chỉ tiêu năm 2024", "giao chỉ tiêu năm 2024"),
    ("về việc phê duyệt Đề án", "việc phê duyệt Đề án"),
    ("Kế hoạch Cải cách hành chính", "Kế hoạch Cải cách hành chính"),
    ("Về", "Về"),
    ("Vềnh", "Vềnh"),
])
def test_a_cited_abstract_loses_a_leading_word_the_citation_already_says(title: str, cited: str) -> None:
    assert after_word("về", title) == cited


def test_a_cited_document_says_about_once_in_both_languages(shipped_catalog: Catalog) -> None:
    decree = next(d for d in shipped_catalog.documents if shipped_catalog.documents[d].number == "61/2018/NĐ-CP")
    assert context(shipped_catalog, "vi").document(decree).endswith(
        "của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính")
    assert " on the one-stop and inter-agency" in context(shipped_catalog, "en").document(decree)


def test_reporting_says_who_how_often_and_to_whom_each_under_its_label(shipped_catalog: Catalog) -> None:
    chi_lang = shipped_catalog.campaigns["2026-chi-lang-dich-vu-cong-truc-tuyen"]
    rows = reporting_rows(chi_lang, context(shipped_catalog, "vi"))
    assert [(row.label, row.value) for row in rows] == [
        ("Đơn vị báo cáo", "Các bộ phận, đơn vị liên quan"),
        ("Kỳ báo cáo", "Hằng quý, 6 tháng, năm"),
        ("Báo cáo về", "Trung tâm Phục vụ Hành chính công xã"),   # as the plan words it
    ]


def test_a_channel_keeps_its_meaning_gui_qua_is_not_in_person(shipped_catalog: Catalog) -> None:
    """Khánh Khê's plan says dossiers are "gửi qua" the one-stop desk: sent through it, not handed in in person."""
    campaign = shipped_catalog.campaigns["2024-khanh-khe-thanh-toan-truc-tuyen"]
    for code, said, not_said in (("vi", "Gửi qua: ", "Nộp trực tiếp"), ("en", "Send through: ", "In person")):
        channels = " ".join(submission_view(campaign.submissions[0], campaign, context(shipped_catalog, code)).channels)
        assert said in channels and not_said not in channels


@pytest.mark.parametrize("code", ["vi", "en"])
def test_an_editors_note_never_shows_in_a_targets_row_only_among_the_editors_notes(
        shipped_catalog: Catalog, code: str) -> None:
    """How a target was recorded ("recorded as 'đạt'") is for staff: kept apart from the name residents read."""
    ctx = context(shipped_catalog, code)
    noted = [(c, t) for c in shipped_catalog.campaigns.values() for t in c.targets if t.editor_note]
    assert len(noted) >= 5, "the shipped plans carry editor's notes on targets"
    for campaign, target in noted:
        view = compute_campaign(campaign, ctx)
        said = ctx.cell(target.editor_note)
        rows = [" ".join((row.group, row.indicator, row.wording, row.applies_to, row.note)) for row in view.targets]
        assert not any(said in row for row in rows), (campaign.id, target.indicator)
        assert sum(said in line for line in view.notes) == 1, (campaign.id, target.indicator)


def test_no_shipped_target_note_reads_as_an_editors_note(shipped_catalog: Catalog) -> None:
    """The words an editor uses about the recording belong in editor_note, not in the note shown beside the name."""
    for campaign in shipped_catalog.campaigns.values():
        for target in campaign.targets:
            if target.note:
                assert "ghi nhận là" not in target.note.vi and "recorded as" not in target.note.en, target.indicator
                assert "Mục II" not in target.note.vi and "Section II" not in target.note.en, target.indicator
