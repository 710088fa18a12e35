"""The CI workflow and the generic publish script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def test_workflow_passes_the_github_workflow_linter() -> None:
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_checks_builds_and_rebuilds_daily() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]                      # PyYAML 1.1 reads the key "on" as True
    assert triggers["schedule"] == [{"cron": "5 17 * * *"}]
    assert "push" in triggers
    runs = [step.get("run") for step in workflow["jobs"]["build"]["steps"]]
    assert runs.index("make check") < runs.index("make build")


def test_publish_swaps_a_complete_site_into_a_folder(built_site: Path, tmp_path: Path) -> None:
    destination = tmp_path / "www" / "thi-dua"
    destination.mkdir(parents=True)
    (destination / "stale.html").write_text("old")
    env = {**os.environ, "THI_DUA_ROOT": str(built_site.parent), "SKIP_BUILD": "1"}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "publish"), str(destination)], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (destination / "en" / "index.html").is_file() and not (destination / "stale.html").exists()
    assert "2027-01-01" in result.stdout
    assert sorted(p.name for p in destination.parent.iterdir()) == ["thi-dua"]


def test_publish_refuses_an_incomplete_site(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("half")
    env = {**os.environ, "THI_DUA_ROOT": str(tmp_path), "SKIP_BUILD": "1"}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "publish"), str(tmp_path / "out")], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "No complete build" in result.stderr
    assert not (tmp_path / "out").exists()
    shutil.rmtree(tmp_path / "site")
