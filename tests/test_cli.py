from pathlib import Path

import pytest

from generator.cli import main


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
    assert main(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "campaigns/site.yaml" in err and "required file is missing" in err


def test_schema_command_writes_every_schema(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "campaign.schema.json", "decisions.schema.json", "glossary.schema.json", "registry.schema.json",
        "site.schema.json"]


def test_serve_refuses_an_output_folder_it_would_not_use(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["serve", "--out", "public"])
    assert caught.value.code == 2 and "--out" in capsys.readouterr().err
