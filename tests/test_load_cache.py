"""The preview's cache of parsed records: a file is read again only when it changed."""

import os
from pathlib import Path

from generator.errors import Problem
from generator.load import RecordCache, load_sources
from generator.model import Campaign

from .conftest import copy_project

PLAN = "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    cache = RecordCache()
    first, second = (load_sources(project.content_dir, project.pages_dir, cache) for _ in range(2))
    assert [r.model for r in second.campaigns] == [r.model for r in first.campaigns]
    assert all(a is b for a, b in zip(first.campaigns, second.campaigns, strict=True))


def test_a_changed_file_is_read_again_with_its_problems(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / PLAN
    cache = RecordCache()
    problems: list[Problem] = []
    good = cache.load(plan, Campaign, problems)
    assert good is not None and problems == []
    stat = plan.stat()
    plan.write_text(plan.read_text(encoding="utf-8").replace("    value: 45\n", "    value: lots\n", 1),
                    encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))     # the size changed too; either is enough
    assert cache.load(plan, Campaign, problems) is None
    assert [p.code for p in problems] == ["number_type"]
    assert cache.load(plan, Campaign, problems) is None and len(problems) == 2     # the same problem, remembered
    plan.unlink()
    assert cache.load(plan, Campaign, problems) is None and problems[-1].code == "missing_file"


def test_a_same_size_edit_is_seen_by_its_modification_time(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    plan = project.content_dir / "plans" / PLAN
    cache = RecordCache()
    problems: list[Problem] = []
    before = cache.load(plan, Campaign, problems)
    assert before is not None
    stat = plan.stat()
    plan.write_text(plan.read_text(encoding="utf-8").replace("    value: 45\n", "    value: 46\n", 1),
                    encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    after = cache.load(plan, Campaign, problems)
    assert after is not None and after is not before and problems == []
