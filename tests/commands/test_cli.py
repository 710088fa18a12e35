from pathlib import Path

import pytest

from generator.commands.cli import main
from tests.conftest import TODAY, copy_project


def test_check_passes_on_shipped_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr()
    assert "5 campaigns" in out.out
    assert "150" in out.err and "154" in out.err      # the documented inconsistency, as a warning


def test_help_is_bilingual(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "Tạo trang web" in out and "Build the emulation-movement website" in out
    assert "kiểm tra dữ liệu" in out and "validate without building" in out


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["build", "--today", "22/11/2026"])
    assert caught.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_missing_content_folder_is_a_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "campaigns").mkdir()
    assert main(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "campaigns/site.yaml" in err and "required file is missing" in err


def test_a_folder_without_campaigns_is_named_with_the_project_above_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "xa")
    for inside in (project.content_dir / "plans", project.root / "site"):
        inside.mkdir(exist_ok=True)
        monkeypatch.chdir(inside)
        assert main(["check"]) == 1
        err = capsys.readouterr().err
        assert f"is not a project folder (it has no campaigns/). To fix: run it from {project.root}" in err
    assert main(["--root", str(tmp_path), "check"]) == 1
    assert "run it from the project folder, or add --root FOLDER" in capsys.readouterr().err


def test_a_relative_root_from_another_folder_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "xa")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert main(["--root", "../xa", "build", "--today", str(TODAY), "--out", "../public"]) == 0
    assert (tmp_path / "public" / "en" / "index.html").is_file() and not project.site_dir.exists()


@pytest.mark.parametrize("out", ["campaigns", "campaigns/plans", ".", "..", "site_src", "build", "build/x"])
def test_an_output_over_the_projects_own_folders_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch, out: str) -> None:
    project = copy_project(tmp_path / "xa")
    monkeypatch.chdir(project.root)
    assert main(["build", "--today", str(TODAY), "--out", out]) == 1
    assert "To fix: choose a new folder outside campaigns/" in capsys.readouterr().err
    assert (project.content_dir / "plans").is_dir() and not (project.root.parent / ".xa.builds").exists()


def test_an_output_that_is_someone_elses_folder_is_left_alone(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "xa")
    (tmp_path / "tai-lieu").mkdir()
    (tmp_path / "tai-lieu" / "bao-cao.docx").write_text("x")
    assert main(["--root", str(project.root), "build", "--today", str(TODAY), "--out", str(tmp_path / "tai-lieu")]) == 1
    assert "is not a site this program built; it is left alone" in capsys.readouterr().err
    assert (tmp_path / "tai-lieu" / "bao-cao.docx").is_file()


def test_schema_command_writes_every_schema(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "campaign.schema.json", "decisions.schema.json", "glossary.schema.json", "registry.schema.json",
        "site.schema.json"]


def test_serve_refuses_an_output_folder_it_would_not_use(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["serve", "--out", "public"])
    assert caught.value.code == 2 and "--out" in capsys.readouterr().err
