import time
from pathlib import Path

from generator.serve import rebuild, snapshot

from .conftest import TODAY, copy_project


def test_a_saved_file_changes_the_snapshot(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = snapshot(project)
    plan = next((project.content_dir / "plans").glob("*.yaml"))
    time.sleep(0.01)
    plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert snapshot(project) != before


def test_a_broken_save_keeps_the_last_good_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert rebuild(project, TODAY) is True
    index = project.site_dir / "index.html"
    good = index.read_text(encoding="utf-8")
    (project.content_dir / "site.yaml").write_text("name: [\n", encoding="utf-8")
    assert rebuild(project, TODAY) is False
    assert index.read_text(encoding="utf-8") == good
