from pathlib import Path

from generator.errors import Problem
from generator.load import load_sources
from generator.validate import Catalog, validate_sources

from .conftest import copy_project


def test_shipped_content_has_one_warning_and_no_error(
        shipped_validation: tuple[Catalog | None, list[Problem]]) -> None:
    """Besides the contact facts the site owner has not provided yet (tests/test_contact.py)."""
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
