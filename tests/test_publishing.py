"""The CI workflow and the generic publish script."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.build import build
from generator.write.publish import exclusive
from tests.conftest import ROOT, TODAY, copy_project

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def test_workflow_passes_the_github_workflow_linter() -> None:
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_of_the_workflow_is_pinned_to_a_commit() -> None:
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses and [use for use in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", use)] == []


def test_workflow_checks_builds_and_rebuilds_daily() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]                      # PyYAML 1.1 reads the key "on" as True
    assert triggers["schedule"] == [{"cron": "5 17 * * *"}]
    assert "push" in triggers
    runs = [step.get("run") for step in workflow["jobs"]["build"]["steps"]]
    assert runs.index("make check") < runs.index("make build")


def publish_to(root: Path, destination: Path, umask: str = "022") -> subprocess.CompletedProcess[str]:
    """`.ci/publish DESTINATION` on the site already built in `root`."""
    env = {**os.environ, "THI_DUA_ROOT": str(root), "SKIP_BUILD": "1"}
    return subprocess.run(["bash", "-c", f'umask {umask} && exec bash "$0" "$1"', str(ROOT / ".ci" / "publish"),
                           str(destination)], env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def own_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built project of its own, for the tests that break its build."""
    project = copy_project(tmp_path_factory.mktemp("publish"))
    build(project, TODAY)
    return project.root


def test_publish_swaps_a_complete_site_into_a_folder(built_site: Path, tmp_path: Path) -> None:
    destination = tmp_path / "www" / "thi-dua"
    destination.mkdir(parents=True)
    (destination / "stale.html").write_text("old")
    for _ in range(2):                              # the second run replaces the first, never nests a copy in it
        result = publish_to(built_site.parent, destination)
        assert result.returncode == 0, result.stderr
    assert (destination / "en" / "index.html").is_file() and not (destination / "stale.html").exists()
    assert not (destination / "site").exists() and destination.is_symlink()
    assert "2027-01-01" in result.stdout
    assert sorted(p.name for p in destination.parent.iterdir()) == [".thi-dua.builds", ".thi-dua.lock", "thi-dua"]
    assert len(list((destination.parent / ".thi-dua.builds").iterdir())) == 2


def test_publish_makes_every_file_readable_by_the_web_server_under_a_strict_umask(built_site: Path,
                                                                                  tmp_path: Path) -> None:
    destination = tmp_path / "www"
    assert publish_to(built_site.parent, destination, umask="077").returncode == 0
    modes = {stat.S_IMODE(p.stat().st_mode) for p in destination.resolve().rglob("*")}
    assert modes == {0o644, 0o755}


def test_a_second_publish_to_the_same_folder_at_once_is_refused(built_site: Path, tmp_path: Path) -> None:
    destination = tmp_path / "www"
    with exclusive(tmp_path / ".www.lock"):
        result = publish_to(built_site.parent, destination)
    assert result.returncode == 1 and "Another publish to" in result.stderr
    assert not destination.exists()


@pytest.mark.parametrize("damage", ["changed", "removed", "added"])
def test_publish_checks_every_file_of_the_build(own_site: Path, tmp_path: Path, damage: str) -> None:
    site = own_site / "site"
    page = site / "en" / "lich" / "index.html"
    original = page.read_bytes()
    try:
        if damage == "changed":
            page.write_bytes(original + b"x")
        elif damage == "removed":
            page.unlink()
        else:
            (site / "extra.html").write_text("x")
        result = publish_to(own_site, tmp_path / "out")
    finally:
        page.write_bytes(original)
        (site / "extra.html").unlink(missing_ok=True)
    assert result.returncode == 1 and "No complete build" in result.stderr
    assert not (tmp_path / "out").exists()


def test_publish_refuses_an_incomplete_site(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("half")
    result = publish_to(tmp_path, tmp_path / "out")
    assert result.returncode == 1 and "No complete build" in result.stderr
    assert not (tmp_path / "out").exists()
    shutil.rmtree(tmp_path / "site")
