"""Targets fit their indicator's unit; awards go to whom the law allows; unknowns say why; each error is located."""

import shutil
from pathlib import Path

import pytest

from generator.base.errors import Problem
from generator.base.messages import explain
from generator.load.records import load_sources
from generator.validate.catalog import validate_sources
from tests.conftest import copy_project
from tests.model.test_catalogues import CAMPAIGN, FIXTURE

PLAN = f"plans/{CAMPAIGN}.yaml"
REGISTRY = "registry/catalogues.yaml"
DECISIONS = "decisions/bac-ninh.yaml"


def errors_after(tmp_path: Path, file: str, old: str, new: str) -> list[Problem]:
    """The errors `check` finds once `old` becomes `new` in one fixture file (laid over the shipped project)."""
    project = copy_project(tmp_path)
    shutil.copytree(FIXTURE, project.content_dir, dirs_exist_ok=True)
    (project.content_dir / "README.md").unlink()
    path = project.content_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    _, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    return [p for p in problems if p.severity == "error"]


def line_of(file: str, text: str) -> int:
    return next(n for n, line in enumerate((FIXTURE / file).read_text(encoding="utf-8").splitlines(), 1)
                if text in line)


CASES = [
    # a grade word on a number, a number word on done, a rank-only word on km
    (PLAN, "comparison: ít nhất, value: 1200", "comparison: xếp loại … trở lên, value: 1200", "target_scale",
     "ho-tham-gia-hien-dat"),
    (PLAN, "comparison: hoàn thành, by", "comparison: ít nhất, by", "target_scale", "lap-quy-hoach-giao-thong"),
    (PLAN, "comparison: trên, value: 120", "comparison: trong nhóm … dẫn đầu, value: 120", "target_scale",
     "km-duong-nong-thon"),
    (PLAN, "grade: Hoàn thành tốt nhiệm vụ", "grade: Tốt", "target_needs_grade", "xep-loai-to-chuc-co-so-dang"),
    (PLAN, "comparison: hoàn thành, by", "comparison: hoàn thành, value: 1, by", "target_no_figure",
     "lap-quy-hoach-giao-thong"),
    (PLAN, "comparison: tối thiểu, value: 2.5", "comparison: tối thiểu", "target_needs_value", "von-xa-hoi-hoa"),
    (PLAN, "comparison: giảm xuống dưới, value: 5", "comparison: giảm xuống dưới, value: 105", "percent_range",
     "ty-le-tai-nan-giao-thong"),
    (PLAN, "comparison: ít nhất, value: 1200", "comparison: ít nhất, value: -3", "negative_value",
     "ho-tham-gia-hien-dat"),
    (PLAN, "quota: {individual: 1}", "quota: {collective: 1}", "award_recipient", "quota: {individual: 1}"),
    (PLAN, "note: {vi: chữ ký bị che trong bản chụp, en: the signature is covered in the scan}", "",
     "unknown_needs_note", "unknown: not_in_copy"),
    (DECISIONS, "award_form: bang-khen-chu-tich-ubnd-tinh-bac-ninh", "award_form: co-thi-dua-ubnd-tinh-bac-ninh",
     "award_recipient", "{kind: village"),
    (PLAN, "comparison: ít nhất, value: 1200}", "comparison: ít nhất, value: 1200.5}", "target_whole_number",
     "ho-tham-gia-hien-dat"),
    (DECISIONS, "{kind: household, unit: thon-dong-xa, name: Nguyễn Văn Hộ}", "{kind: household, unit: thon-dong-xa}",
     "individual_needs_name", "{kind: household"),
    (REGISTRY, "    counted: {vi: hộ, en: households, en_one: household}\n", "", "indicator_counted",
     "id: ho-tham-gia-hien-dat"),
]


@pytest.mark.parametrize("file, old, new, code, at", CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_each_mistake_is_reported_at_its_line_in_both_languages(tmp_path: Path, file: str, old: str, new: str,
                                                                code: str, at: str) -> None:
    found = [p for p in errors_after(tmp_path, file, old, new) if p.code == code]
    assert found, code
    problem = found[0]
    assert problem.location.file.name == Path(file).name
    assert problem.location.line == line_of(file, at) or code == "unknown_needs_note"
    vi, en = explain(problem.code, problem.params)
    assert "Cách sửa" in vi and "To fix" in en


def test_a_growth_rate_may_pass_100_only_where_the_indicator_says_so(tmp_path: Path) -> None:
    assert errors_after(tmp_path, PLAN, "comparison: tăng, value: 120", "comparison: tăng, value: 150") == []
    found = errors_after(tmp_path / "b", REGISTRY, "    may_exceed_100: true\n", "")
    assert sorted((p.code, p.location.file.name) for p in found) == [
        ("percent_range", f"{CAMPAIGN}.yaml"), ("percent_range", "ket-qua.csv")]


def test_a_result_in_words_must_be_on_the_scale(tmp_path: Path) -> None:
    table = "results/2026-bac-ninh-duong-giao-thong-nong-thon/ket-qua.csv"
    found = errors_after(tmp_path, table, "Hoàn thành xuất sắc nhiệm vụ", "Giỏi")
    assert [(p.code, p.location.line, p.location.column) for p in found] == [("results_grade", 4, 4)]
    found = errors_after(tmp_path / "b", table, ";chưa hoàn thành", ";có lẽ")
    assert [(p.code, p.location.line) for p in found] == [("results_done", 5)]
    found = errors_after(tmp_path / "c", table, ";130,5", ";nhiều")
    assert [(p.code, p.location.line) for p in found] == [("results_number", 2)]
