from decimal import Decimal
from pathlib import Path

import pytest

from generator.base.errors import Problem
from generator.load.records import load_sources
from generator.validate.catalog import Catalog, target_value_problem, validate_sources
from tests.conftest import copy_project


def test_shipped_content_has_one_warning_and_no_error(
        shipped_validation: tuple[Catalog | None, list[Problem]]) -> None:
    """Besides the contact facts the site owner has not provided yet (tests/compute/test_contact.py)."""
    catalog, all_problems = shipped_validation
    assert catalog is not None
    problems = [p for p in all_problems if p.code != "contact_missing"]
    assert [(p.severity, p.code) for p in problems] == [("warning", "duration_mismatch")]
    assert problems[0].params["stated"] == 150 and problems[0].params["actual"] == 154


def test_every_registry_reference_resolves(shipped_catalog: Catalog) -> None:
    for unit in shipped_catalog.units.values():
        assert unit.parent is None or unit.parent in shipped_catalog.units
    assert {"kh-134-2024-lang-son", "kh-185-2024-van-quan", "kh-192-2026-bac-ninh"} <= set(shipped_catalog.documents)


def test_unnoted_duration_mismatch_is_an_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / "2024-lang-son-hien-dai-hoa-mot-cua.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[: text.index("\nnotes:")] + "\n", encoding="utf-8")
    _, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    assert "duration_unnoted" in [p.code for p in problems if p.severity == "error"]


def test_unused_footnote_is_an_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("[^1]", ""), encoding="utf-8")
    _, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    assert [p.code for p in problems if p.severity == "error"] == ["footnote_unused"]


def test_duplicate_registry_id_across_files(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project.content_dir / "registry" / "zz.yaml").write_text(
        "units:\n  - id: chinh-phu\n    name: {vi: Chính phủ, en: Government}\n    level: national\n", encoding="utf-8")
    _, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    [problem] = [p for p in problems if p.severity == "error"]
    assert problem.code == "duplicate_id" and problem.location.file.name == "zz.yaml"
    assert "units.yaml" in str(problem.params["other"])


# --- References and figures are checked in records that fail the schema too ---------------------------------

def check_edited(tmp_path: Path, file: str, *edits: tuple[str, str]) -> tuple[list[Problem], list[str]]:
    """Validate the shipped content with `file` (under campaigns/) edited; the problems and the file's lines."""
    project = copy_project(tmp_path)
    path = project.content_dir / file
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    _, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    return [p for p in problems if p.severity == "error"], text.splitlines()


def located(problems: list[Problem]) -> set[tuple[str, str, int]]:
    return {(p.location.file.name, p.code, p.location.line) for p in problems}


def line_of(lines: list[str], text: str) -> int:
    return next(number for number, line in enumerate(lines, start=1) if text in line)


KHANH_KHE = "plans/2024-khanh-khe-thanh-toan-truc-tuyen.yaml"


def test_a_plan_failing_the_schema_still_has_its_references_and_figures_checked(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, KHANH_KHE, ("  issuer: ubnd-xa-khanh-khe", "  issuer: ubnd-xa-khong-co"),
                                 ("    value: 45\n", "    value: 145\n"), ("  kind: plan", "  kind: [plan]"),
                                 ("implements: [kh-185-2024-van-quan]", "implements: [kh-khong-co]"))
    name = KHANH_KHE.split("/")[1]
    assert located(errors) == {
        (name, "literal_error", line_of(lines, "kind: [plan]")),
        (name, "unknown_ref", line_of(lines, "issuer: ubnd-xa-khong-co")),
        (name, "unknown_ref", line_of(lines, "implements: [kh-khong-co]")),
        (name, "percent_range", line_of(lines, "value: 145"))}


def test_a_plan_with_todos_takes_part_in_the_checks_across_records(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, KHANH_KHE, ("  issuer: ubnd-xa-khanh-khe", "  issuer: ubnd-xa-khong-co"),
                                 ("  vi: Nâng cao tỷ lệ", "  vi: TODO Nâng cao tỷ lệ"))
    name = KHANH_KHE.split("/")[1]
    assert located(errors) == {(name, "todo_left", line_of(lines, "vi: TODO")),
                               (name, "unknown_ref", line_of(lines, "issuer: ubnd-xa-khong-co"))}


def test_a_registry_file_failing_the_schema_still_has_its_references_checked(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, "registry/units.yaml", ("    level: commune", "    level: hamlet"),
                                 ("    parent: ubnd-huyen-van-quan", "    parent: ubnd-huyen-khong-co"))
    assert located(errors) == {("units.yaml", "literal_error", line_of(lines, "level: hamlet")),
                               ("units.yaml", "unknown_ref", line_of(lines, "parent: ubnd-huyen-khong-co"))}


def test_the_ids_of_a_registry_file_failing_the_schema_still_exist(tmp_path: Path) -> None:
    errors, _ = check_edited(tmp_path, "registry/units.yaml", ("    level: commune", "    level: hamlet"))
    assert [p.code for p in errors] == ["literal_error"]        # not an unknown unit in every plan that names one


@pytest.mark.parametrize(("indicator", "value", "expected"), [
    ({"unit": "percent"}, 145, "percent_range"), ({"unit": "percent"}, Decimal("-0.5"), "percent_range"),
    ({"unit": "percent"}, 100, None), ({}, 145, "percent_range"), ({"may_exceed_100": True}, 145, None),
    ({"unit": "times_per_month"}, 145, None), ({"unit": "times_per_month"}, -3, "negative_value"),
    ({"unit": "km"}, 1200, None), (None, 145, None), (None, -1, "negative_value")])
def test_target_value_rule(indicator: dict[str, object] | None, value: Decimal | int, expected: str | None) -> None:
    found = target_value_problem(indicator, value)
    assert (found and found[0]) == expected


def test_a_decision_file_failing_the_schema_still_has_its_references_checked(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, "illustrative/decisions/minh-hoa.yaml",
                                 ("    date: 2024-10-15", "    date: 15/10/2024"),
                                 ("    issuer: ubnd-tinh-lang-son", "    issuer: ubnd-tinh-khong-co"),
                                 ("    campaign: 2024-khanh-khe", "    campaign: 2024-khong-co"))
    assert located(errors) == {("minh-hoa.yaml", "date_format", line_of(lines, "date: 15/10/2024")),
                               ("minh-hoa.yaml", "unknown_ref", line_of(lines, "issuer: ubnd-tinh-khong-co")),
                               ("minh-hoa.yaml", "unknown_ref", line_of(lines, "campaign: 2024-khong-co"))}


def test_a_quoted_figure_is_checked_as_the_schema_reads_it(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, KHANH_KHE, ("    value: 45\n", '    value: "145"\n'))
    assert located(errors) == {(KHANH_KHE.split("/")[1], "percent_range", line_of(lines, 'value: "145"'))}
