from pathlib import Path

from generator.load import load_sources

from .conftest import ROOT, copy_project


def test_shipped_content_loads_without_problems() -> None:
    sources = load_sources(ROOT / "campaigns", ROOT / "site_src")
    assert sources.problems == []
    assert len(sources.campaigns) == 5
    assert sorted(sources.pages) == ["gioi-thieu"]


def test_schema_errors_are_mapped_to_plain_codes_with_locations(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    text = plan.read_text(encoding="utf-8").replace("    value: 45\n", "    value: lots\n", 1)
    plan.write_text(text, encoding="utf-8")
    sources = load_sources(project.content_dir, project.pages_dir)
    [problem] = sources.problems
    assert problem.code == "number_type"
    assert problem.path == "targets[1].value"
    assert problem.location.line == text.splitlines().index("    value: lots") + 1
    assert len(sources.campaigns) == 4      # the broken file is left out, the others still load


def test_numbers_are_accepted_where_text_is_expected(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    registry = project.content_dir / "registry" / "extra.yaml"
    registry.write_text("documents:\n  - id: qd-1\n    kind: decision\n    number: 15\n    issuer: chinh-phu\n"
                        "    title: {vi: Thử, en: Test}\n", encoding="utf-8")
    sources = load_sources(project.content_dir, project.pages_dir)
    assert sources.problems == []
    extra = next(r for r in sources.registries if r.source.path == registry)
    assert extra.model.documents[0].number == "15"
