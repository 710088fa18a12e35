"""The preview's memo (compute_memo, render_memo): after each save it makes again only the pages the save can
change, and what it gives is byte for byte what a whole generation of the same inputs gives."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import Generated, Memo, Project, generate
from generator.load.records import RecordCache
from tests.benchmarks import synthetic
from tests.conftest import TODAY, copy_project

UNITS, CAMPAIGNS = 4, 3


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("memo"))
    synthetic.write_province(project, UNITS, CAMPAIGNS)
    return project


def outputs(made: Generated) -> dict[str, bytes]:
    """Every file the generator hands on: each page's Markdown and metadata, the language and root files."""
    found = {f"{code}/{page.path}": (page.body + repr(sorted(page.meta.items()))).encode()
             for code, pages in made.rendered.items() for page in pages}
    found |= {f"{code}/{path}": data for code, files in made.files.items() for path, data in files.items()}
    return found | {f"root/{path}": data for path, data in made.root_files.items()}


def rewrite(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, path
    time.sleep(0.02)                  # a new modification time, whatever the file system's clock tick
    path.write_text(changed, encoding="utf-8")


def first_plan_with_results(project: Project) -> Path:
    with_results = sorted(folder.name for folder in (project.content_dir / "results").iterdir())
    return project.content_dir / "plans" / f"{with_results[0]}.yaml"


def edit_target(project: Project) -> None:
    rewrite(first_plan_with_results(project), lambda text: re.sub(r"(?m)^  value: (\d+)$",
                                                                  lambda m: f"  value: {int(m[1]) - 3}", text, count=1))


def edit_date(project: Project) -> None:
    """The submission window closes three days earlier (the calendar, the home page and the feeds show it)."""
    rewrite(first_plan_with_results(project), lambda text: re.sub(
        r"(?m)^(  closes:\n    date: '\d{4}-\d\d-)(\d\d)'", lambda m: f"{m[1]}{int(m[2]) - 3:02d}'", text, count=1))


def edit_theme(project: Project) -> None:
    rewrite(first_plan_with_results(project), lambda text: re.sub(r"(?m)^(theme:\n  vi: )", r"\1(SỬA) ", text))


def edit_results(project: Project) -> None:
    table = sorted((project.content_dir / "results").glob("*/*.csv"))[0]
    rewrite(table, lambda text: re.sub(r";(\d+);(\d+);", lambda m: f";{int(m[1]) - 1};{m[2]};", text, count=1))


def add_campaign(project: Project) -> None:
    plan = first_plan_with_results(project)
    text = plan.read_text(encoding="utf-8")
    campaign = plan.stem
    (plan.parent / f"{campaign}-them.yaml").write_text(text.replace(f"id: {campaign}\n", f"id: {campaign}-them\n"),
                                                       encoding="utf-8")


def remove_campaign(project: Project) -> None:
    (sorted((project.content_dir / "plans").glob("*-them.yaml"))[0]).unlink()


def edit_unit(project: Project) -> None:
    rewrite(project.content_dir / "registry" / "units.yaml", lambda text: text.replace("{vi: Chính phủ,",
                                                                                       "{vi: Chính phủ (sửa),", 1))


def edit_site(project: Project) -> None:
    rewrite(project.content_dir / "site.yaml", lambda text: re.sub(r"(?m)^(name:\n  vi: )", r"\1Trang ", text))


def edit_decision(project: Project) -> None:
    decisions = sorted((project.content_dir / "decisions").glob("*.yaml"))[0]
    rewrite(decisions, lambda text: text.replace("Hoàn thành xuất sắc", "Hoàn thành rất xuất sắc", 1))


# (edit, whether the memo may keep most record pages)
EDITS = [(edit_target, True), (edit_date, True), (edit_results, True), (edit_theme, False), (add_campaign, False),
         (remove_campaign, False), (edit_unit, False), (edit_site, False), (edit_decision, False),
         (edit_target, True)]


def test_each_save_gives_what_a_whole_generation_gives_and_makes_again_only_what_it_changed(
        province: Project) -> None:
    cache, memo = RecordCache(), Memo()
    first, _ = generate(province, TODAY, cache, memo=memo)
    pages = sum(len(pages) for pages in first.rendered.values())
    for edit, kept in EDITS:
        edit(province)
        made, _ = generate(province, TODAY, cache, memo=memo)
        whole, _ = generate(province, TODAY)
        assert outputs(made) == outputs(whole), edit.__name__
        if kept:        # a campaign's own pages, its results and its units' pages; never most of the site
            assert 0 < memo.site.made <= 3 * 2 + 2 * UNITS * 2, edit.__name__
            assert 0 < memo.render.rendered < pages / 3, edit.__name__
        else:
            assert memo.site.made > pages / 3, edit.__name__


def test_a_save_that_changes_nothing_makes_no_record_page_and_renders_no_page(province: Project) -> None:
    cache, memo = RecordCache(), Memo()
    generate(province, TODAY, cache, memo=memo)
    generate(province, TODAY, cache, memo=memo)
    assert memo.site.made == 0 and memo.render.rendered == 0
