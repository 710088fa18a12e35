"""Result tables as spreadsheets really export them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from generator.commands.cli import main
from generator.load.results import parse_count, parse_decimal, parse_period, read_table
from tests.conftest import copy_project


@pytest.mark.parametrize("text, value", [
    ("98,5", "98.5"), ("98.5", "98.5"), ("98,5 %", "98.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
    ("100", "100"), ("0,05", "0.05"),
])
def test_decimal_commas_and_separators(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "9,8,7.6.5x", "NaN", "inf"])
def test_not_numbers(text: str) -> None:
    assert parse_decimal(text) is None


@pytest.mark.parametrize("text, count", [
    ("1.234", 1234), ("1,234", 1234), ("1 234", 1234), ("845", 845), ("1.5x", None),
])
def test_counts_with_thousands_separators(text: str, count: int | None) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text, start, end", [
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)), ("2026-H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    ("2026-09", dt.date(2026, 9, 1), dt.date(2026, 9, 30)), ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("2024-09-20", dt.date(2024, 9, 20), dt.date(2024, 9, 20)),
    ("2026-q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
])
def test_reporting_periods(text: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["Q3/2026", "2026-Q5", "2026-13", "2026-02-30", "quý 3"])
def test_bad_periods(text: str) -> None:
    assert parse_period(text) is None


def test_a_spreadsheet_export_with_bom_semicolons_and_trailing_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("\ufeffĐơn vị;Chỉ tiêu;Kỳ;Giá trị;Tử số;Mẫu số;Ngày số liệu;Nguồn\r\n"
                     "UBND xã A;Tỷ lệ X;2026-Q3;98,5;;;2026-09-30;báo cáo\r\n"
                     "UBND xã A;Tỷ lệ Y;2026-Q3;;1.234;2.000;2026-09-30;hệ thống\r\n"
                     ";;;;;;;\r\n\r\n".encode())
    table, problems = read_table(path, "c", illustrative=False)
    assert problems == []
    assert [(r.unit, r.value, r.numerator, r.denominator) for r in table.rows] == [
        ("UBND xã A", Decimal("98.5"), None, None), ("UBND xã A", None, 1234, 2000)]
    assert table.rows[1].at("numerator").column == 5 and table.rows[1].location.line == 3


def test_unknown_column_is_located_in_the_header(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("unit,indicator,period,ghi chu\n", encoding="utf-8")
    _, problems = read_table(path, "c", illustrative=False)
    assert [(p.code, p.location.line, p.location.column) for p in problems][:1] == [("results_unknown_column", 1, 4)]


def test_a_row_without_a_figure(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("unit,indicator,period,value\na,b,2026-Q3,\n", encoding="utf-8")
    _, problems = read_table(path, "c", illustrative=False)
    assert [(p.code, p.location.line, p.location.column) for p in problems] == [("results_no_figure", 2, 4)]


def workbook(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Đơn vị", "Chỉ tiêu", "Kỳ", "Tử số", "Mẫu số", "Ngày số liệu"])
    sheet.append(["ubnd-xa-chi-lang", "ty-le-thanh-toan-truc-tuyen", "2026-10", 655, 700, dt.date(2026, 10, 31)])
    sheet.append([None] * 6)
    book.save(path)


def test_xlsx_is_read_in_place(tmp_path: Path) -> None:
    workbook(tmp_path / "t.xlsx")
    table, problems = read_table(tmp_path / "t.xlsx", "c", illustrative=False)
    assert problems == []
    [row] = table.rows
    assert (row.numerator, row.denominator, row.as_of) == (655, 700, dt.date(2026, 10, 31))


def test_import_command_writes_csv_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    workbook(tmp_path / "so-lieu-thang-10.xlsx")
    status = main(["--root", str(tmp_path), "import-xlsx", str(tmp_path / "so-lieu-thang-10.xlsx"),
                   "--campaign", "2026-chi-lang-dich-vu-cong-truc-tuyen"])
    assert status == 0, capsys.readouterr().err
    written = project.content_dir / "results" / "2026-chi-lang-dich-vu-cong-truc-tuyen" / "so-lieu-thang-10.csv"
    assert written.read_text(encoding="utf-8").splitlines() == [
        "Đơn vị,Chỉ tiêu,Kỳ,Tử số,Mẫu số,Ngày số liệu",
        "ubnd-xa-chi-lang,ty-le-thanh-toan-truc-tuyen,2026-10,655,700,2026-10-31"]


@pytest.mark.parametrize("campaign", ["../x", "../../campaigns", "a/b", "..", "/ABSOLUTE", "X", "a b"])
def test_import_refuses_a_campaign_id_that_is_not_a_slug(campaign: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    copy_project(root)
    workbook(tmp_path / "so-lieu.xlsx")
    before = set(tmp_path.rglob("*"))
    campaign = str(tmp_path / "outside") if campaign == "/ABSOLUTE" else campaign
    assert main(["--root", str(root), "import-xlsx", str(tmp_path / "so-lieu.xlsx"), "--campaign", campaign]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and set(tmp_path.rglob("*")) == before
    assert "vi: Mã phong trào" in err and "en: The campaign id" in err and "Cách sửa" in err and "To fix" in err
