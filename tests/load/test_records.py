import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.base.errors import Problem
from generator.load.records import Record, RecordCache, Sources, load_sources
from generator.model.campaign import Campaign
from tests.conftest import copy_project


def test_shipped_content_loads_without_problems(shipped_sources: Sources) -> None:
    assert shipped_sources.problems == []
    assert len(shipped_sources.campaigns) == 5
    assert sorted(shipped_sources.pages) == ["gioi-thieu"]


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


# --- The preview's cache of parsed records: a file is read again only when it changed -----------------------

PLAN = "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"


def edit_target(plan: Path, value: str) -> None:
    """The first target's value becomes `value`; the file's time moves on by 1 ns, a clock tick at most."""
    stat = plan.stat()
    plan.write_text(plan.read_text(encoding="utf-8").replace("    value: 45\n", f"    value: {value}\n", 1),
                    encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    cache = RecordCache()
    first, second = (load_sources(project.content_dir, project.pages_dir, cache) for _ in range(2))
    assert [r.model for r in second.campaigns] == [r.model for r in first.campaigns]
    assert all(a is b for a, b in zip(first.campaigns, second.campaigns, strict=True))


@dataclass
class Cached:
    """A plan loaded once through a fresh cache, and the problems list the loads add to."""

    plan: Path
    cache: RecordCache
    problems: list[Problem]
    first: Record[Campaign]


@pytest.fixture
def cached(tmp_path: Path) -> Cached:
    plan = copy_project(tmp_path).content_dir / "plans" / PLAN
    cache, problems = RecordCache(), list[Problem]()
    first = cache.load(plan, Campaign, problems)
    assert first is not None and problems == []
    return Cached(plan, cache, problems, first)


def test_a_changed_file_is_read_again_with_its_problems(cached: Cached) -> None:
    plan, cache, problems = cached.plan, cached.cache, cached.problems
    edit_target(plan, "lots")                                         # the size changes too; either is enough
    assert cache.load(plan, Campaign, problems) is None
    assert [p.code for p in problems] == ["number_type"]
    assert cache.load(plan, Campaign, problems) is None and len(problems) == 2     # the same problem, remembered
    plan.unlink()
    assert cache.load(plan, Campaign, problems) is None and problems[-1].code == "missing_file"


def test_a_same_size_edit_is_seen_by_its_modification_time(cached: Cached) -> None:
    edit_target(cached.plan, "46")
    after = cached.cache.load(cached.plan, Campaign, cached.problems)
    assert after is not None and after is not cached.first and cached.problems == []


# --- TODO markers hide nothing ------------------------------------------------------------------------------

def load_edited(tmp_path: Path, *edits: tuple[str, str]) -> tuple[Sources, list[str]]:
    """The shipped content with the Khánh Khê plan edited; the sources and the plan's lines."""
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / PLAN
    text = plan.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    plan.write_text(text, encoding="utf-8")
    return load_sources(project.content_dir, project.pages_dir), text.splitlines()


def line_of(lines: list[str], text: str) -> int:
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_a_todo_does_not_hide_a_schema_error(tmp_path: Path) -> None:
    sources, lines = load_edited(tmp_path, ("    value: 45\n", "    value: lots\n"),
                                 ("  date: *no-header\n", "  date: TODO\n"))
    found = {(p.code, p.location.line) for p in sources.problems}
    assert found == {("todo_left", line_of(lines, "date: TODO")), ("number_type", line_of(lines, "value: lots"))}
    assert [f.path.name for f in sources.campaign_files].count(PLAN) == 1     # its data is kept for the references


def test_a_record_whose_todos_pass_the_schema_is_kept(tmp_path: Path) -> None:
    sources, lines = load_edited(tmp_path, ("  vi: Nâng cao tỷ lệ", "  vi: TODO Nâng cao tỷ lệ"))
    [problem] = sources.problems
    assert problem.code == "todo_left" and problem.location.line == line_of(lines, "vi: TODO")
    assert len(sources.campaigns) == 5                  # it takes part in the checks across records


def test_a_todo_that_check_does_not_report_hides_nothing(tmp_path: Path) -> None:
    """After a `#` a TODO is a comment, not a marker: the schema's error about that value is kept."""
    sources, lines = load_edited(tmp_path, ("    value: 45\n", '    value: "# TODO"\n'))
    [problem] = sources.problems
    assert problem.code == "number_type" and problem.location.line == line_of(lines, 'value: "# TODO"')
