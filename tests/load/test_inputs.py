"""Links out of the project are never read; files where nothing reads them are reported."""

from __future__ import annotations

import os
import shutil

import pytest

from generator.build import Project, build
from generator.commands.cli import main
from tests.conftest import TODAY

CAMPAIGN = "2026-chi-lang-dich-vu-cong-truc-tuyen"
EXPLAINED = {"stray_yaml": "only files ending in .yaml", "stray_table_place": "result tables belong in",
             "stray_table_format": "only .csv and .xlsx tables"}


def check_output(project: Project, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--root", str(project.root), "check"])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.mark.parametrize("place, code", [
    ("plans/2027-moi.yml", "stray_yaml"),
    ("registry/units-them.YAML", "stray_yaml"),
    ("decisions/qd.yml", "stray_yaml"),
    ("plans/nhap/2027-moi.yaml", "stray_yaml"),
    ("site.yml", "stray_yaml"),
    ("results/ket-qua.csv", "stray_table_place"),
    (f"results/{CAMPAIGN}/ket-qua.xls", "stray_table_format"),
    (f"results/{CAMPAIGN}/cu/ket-qua.csv", "stray_table_place"),
    (f"illustrative/results/{CAMPAIGN}/ket-qua.ods", "stray_table_format"),
])
def test_a_file_where_nothing_reads_it_is_reported(project: Project, capsys: pytest.CaptureFixture[str],
                                                   place: str, code: str) -> None:
    path = project.content_dir / place
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("id: x\n", encoding="utf-8")
    status, output = check_output(project, capsys)
    assert status == 1 and f"{path}: lỗi/error" in output and "Traceback" not in output
    assert EXPLAINED[code] in output


def test_hidden_files_and_the_illustrative_readme_are_not_strays(project: Project,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (project.content_dir / "plans" / ".gitkeep").write_text("")
    assert check_output(project, capsys)[0] == 0


@pytest.mark.parametrize("place", ["campaigns/plans/x.yaml", "campaigns/registry/x.yaml",
                                   f"campaigns/results/{CAMPAIGN}/x.csv", "site_src/vi/x.md",
                                   "site_src/assets/env.txt", "campaigns/site.yaml"])
def test_a_link_out_of_the_project_is_refused_and_never_read(project: Project, capsys: pytest.CaptureFixture[str],
                                                             place: str) -> None:
    secret = project.root.parent / "secret.txt"
    secret.write_text("PASSWORD=hunter2\nroot:x:0:0\n", encoding="utf-8")
    link = project.root / place
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(secret)
    status, output = check_output(project, capsys)
    assert status == 1 and f"{link}: lỗi/error" in output and "outside the project" in output
    assert "hunter2" not in output and "root:x" not in output


def test_a_link_to_the_build_environment_never_reaches_the_site(project: Project) -> None:
    (project.pages_dir / "assets" / "env.txt").symlink_to("/proc/self/environ")
    with pytest.raises(Exception, match="error"):
        build(project, TODAY)
    assert not project.site_dir.exists()


def test_a_linked_folder_out_of_the_project_is_refused_with_what_is_under_it(
        project: Project, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    shutil.copytree(project.content_dir / "plans", outside / "plans")
    shutil.rmtree(project.content_dir / "plans")
    (project.content_dir / "plans").symlink_to(outside / "plans")
    status, output = check_output(project, capsys)
    assert status == 1 and output.count("lỗi/error") >= 1 and "outside the project" in output


def test_links_inside_the_project_are_read(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    glossary = project.content_dir / "glossary.yaml"
    shutil.move(glossary, project.root / "glossary.yaml")
    glossary.symlink_to(os.path.relpath(project.root / "glossary.yaml", glossary.parent))
    assert check_output(project, capsys)[0] == 0


@pytest.mark.parametrize("kind", ["loop", "broken"])
def test_broken_links_and_loops_are_located_messages(project: Project, capsys: pytest.CaptureFixture[str],
                                                     kind: str) -> None:
    link = project.content_dir / "plans" / "x.yaml"
    link.symlink_to(link if kind == "loop" else project.root / "gone.yaml")
    status, output = check_output(project, capsys)
    assert status == 1 and f"{link}: lỗi/error" in output and "Traceback" not in output
