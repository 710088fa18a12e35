"""One folder per broken input: each must give a located, bilingual error and leave the site as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands.cli import main
from tests.conftest import copy_project

BROKEN = Path(__file__).parent / "broken"
CASES = sorted(p.name for p in BROKEN.iterdir() if p.is_dir())


def expected(case: str) -> tuple[str, list[str]]:
    location, *needles = (BROKEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    return location, needles


@pytest.mark.parametrize("case", CASES)
def test_broken_input_is_reported_at_its_line(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    shutil.copytree(BROKEN / case / "overlay", tmp_path, dirs_exist_ok=True)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("last good build", encoding="utf-8")

    status = main(["--root", str(tmp_path), "build", "--today", "2026-11-22"])

    err = capsys.readouterr().err.replace(str(tmp_path) + "/", "")
    location, needles = expected(case)
    assert status == 1
    assert "Traceback" not in err
    assert location in err, err
    for needle in needles:
        assert needle in err, err
    assert "  vi: " in err and "  en: " in err
    assert "the previous site is unchanged" in err
    assert (project.site_dir / "index.html").read_text(encoding="utf-8") == "last good build"
    assert not (tmp_path / ".site.builds").exists()          # nothing staged: the input was refused first


def test_all_errors_come_in_one_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    for case in ("percent-145", "unknown-unit", "duplicate-key"):
        source = BROKEN / case / "overlay" / "campaigns" / "plans" / "case.yaml"
        shutil.copy(source, tmp_path / "campaigns" / "plans" / f"{case}.yaml")
    assert main(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "percent-145.yaml:23:5" in err
    assert "unknown-unit.yaml:7:3" in err
    assert "duplicate-key.yaml:6:3" in err


SEVERAL = [case for case in CASES if "several-mistakes" in case]


@pytest.mark.parametrize("case", SEVERAL)
def test_check_reports_every_mistake_of_a_file_at_once(case: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """several-mistakes: a TODO, a wrong type, an unknown issuer, 145% and a bad date in one plan; the other cases
    the same without the schema errors, and a registry file. Exactly the errors its expected.txt lists, each with
    its own message in both languages, from one run of `check`."""
    copy_project(tmp_path)
    shutil.copytree(BROKEN / case / "overlay", tmp_path, dirs_exist_ok=True)
    assert main(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err.replace(str(tmp_path) + "/", "")
    assert "Traceback" not in err
    blocks = [block.splitlines() for block in err.split("\n\n") if "lỗi/error" in block.splitlines()[0]]
    location, needles = expected(case)
    assert [block[0] for block in blocks] == [line for line in (location, *needles) if ": lỗi/error" in line]
    assert all(block[1].startswith("  vi: ") and "Cách sửa" in block[1] for block in blocks)
    assert all(block[2].startswith("  en: ") and "To fix" in block[2] for block in blocks)
