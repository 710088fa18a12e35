"""Result table files within limits: located messages for whatever is too large, damaged or unreadable."""

from __future__ import annotations

import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from generator.base.errors import format_problems
from generator.load.results import read_table
from generator.load.table_files import MAX_COLUMNS, MAX_ROWS, read_csv_grid, read_xlsx_grid

HEADER = ["Đơn vị", "Chỉ tiêu", "Kỳ", "Giá trị", "Tử số", "Mẫu số"]
ROW = ["ubnd-xa-chi-lang", "ty-le-thanh-toan-truc-tuyen", "2026-10"]


def workbook(path: Path, *rows: list[Any], percent: str | None = None, far: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (HEADER, *rows):
        sheet.append(row)
    if percent:
        sheet[percent].number_format = "0.0%"
    if far:
        sheet[far] = "x"
    book.save(path)
    return path


def test_a_percentage_cell_is_read_as_the_spreadsheet_shows_it(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [*ROW, 0.965, None, None], percent="D2")
    assert read_xlsx_grid(path).grid[1][1][3] == "96.5%"
    table, problems = read_table(path, "c", illustrative=False)
    assert problems == [] and table.rows[0].value == Decimal("96.5")


def test_a_percentage_cell_in_a_count_column_is_refused_at_its_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [*ROW, None, 0.5, 10], percent="E2")
    _, problems = read_table(path, "c", illustrative=False)
    assert [(str(p.location), p.code) for p in problems] == [(f"{path}:E2", "results_count")]


def test_counts_written_by_pandas_are_whole_numbers(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("unit,indicator,period,numerator,denominator\n"
                                    f"{ROW[0]},{ROW[1]},2026-10,845.0,1000.0\n", encoding="utf-8")
    table, problems = read_table(tmp_path / "t.csv", "c", illustrative=False)
    assert problems == [] and (table.rows[0].numerator, table.rows[0].denominator) == (845, 1000)


def test_negative_counts_are_refused_at_their_cells(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(f"unit,indicator,period,numerator,denominator\n{','.join(ROW)},-5,-10\n",
                                    encoding="utf-8")
    _, problems = read_table(tmp_path / "t.csv", "c", illustrative=False)
    assert [(str(p.location), p.code) for p in problems] == [
        (f"{tmp_path / 't.csv'}:2:4", "results_count_negative"),
        (f"{tmp_path / 't.csv'}:2:5", "results_count_negative")]


def test_a_stray_cell_far_away_is_found_where_it_is_quickly(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [*ROW, 90], far="XFD7")
    started = time.monotonic()
    grid, problems, _ = read_xlsx_grid(path)
    assert time.monotonic() - started < 5
    assert [(str(p.location), p.code) for p in problems] == [(f"{path}:XFD7", "table_too_many_columns")]
    path = workbook(tmp_path / "rows.xlsx", [*ROW, 90], far="A1048576")
    started = time.monotonic()
    grid, problems, _ = read_xlsx_grid(path)
    assert time.monotonic() - started < 10
    assert [p.code for p in problems] == ["table_too_many_rows"] and grid == []


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [*ROW, 90])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/bomb.xml", b"\0" * 60_000_000)
    assert path.stat().st_size < 1_000_000
    _, problems, _ = read_xlsx_grid(path)
    assert [p.code for p in problems] == ["table_too_big"]


def test_a_million_rows_and_too_many_columns_stop_at_the_limit(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("unit,indicator,period,value\n" + "a,b,2026,1\n" * (MAX_ROWS + 5), encoding="utf-8")
    grid, problems, _ = read_csv_grid(rows)
    assert grid == [] and [(p.location.line, p.code) for p in problems] == [(MAX_ROWS + 1, "table_too_many_rows")]
    wide = tmp_path / "wide.csv"
    wide.write_text("unit,indicator,period,value\n" + ",".join(["a"] * 3 + [""] * MAX_COLUMNS + ["x"]) + "\n",
                    encoding="utf-8")
    _, problems, _ = read_csv_grid(wide)
    assert [(p.location.line, p.location.column, p.code) for p in problems] == [
        (2, MAX_COLUMNS + 4, "table_too_many_columns")]


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"unit,indicator,period,value\n" + b"x" * 5_000_001)
    assert [p.code for p in read_csv_grid(big).problems] == ["table_too_big"]


@pytest.mark.parametrize("damage, code", [("truncated xml", "xlsx_unreadable"), ("not a zip", "xlsx_unreadable"),
                                          ("no sheet", "results_empty")])
def test_a_damaged_workbook_is_a_located_message(tmp_path: Path, damage: str, code: str) -> None:
    path = workbook(tmp_path / "t.xlsx", [*ROW, 90])
    if damage == "not a zip":
        path.write_bytes(b"PK\x03\x04 not really")
    else:
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        sheet = "xl/worksheets/sheet1.xml"
        members[sheet] = members[sheet][: len(members[sheet]) // 2] if damage == "truncated xml" else b"<x/>"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
    table, problems = read_table(path, "c", illustrative=False)
    assert [p.code for p in problems] == [code] and table.rows == []
    assert "Traceback" not in format_problems(problems)


@pytest.mark.parametrize("kind", ["folder", "loop", "broken link"])
def test_unreadable_files_are_located_messages(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "t.csv"
    if kind == "folder":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(path)
    else:
        path.symlink_to(tmp_path / "gone.csv")
    _, problems = read_table(path, "c", illustrative=False)
    assert [p.code for p in problems] == ["file_unreadable"]


def test_at_most_a_hundred_problems_per_file_and_a_count_of_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("unit,indicator,period,value\n" + "a,b,kỳ sai,1\n" * 5_000, encoding="utf-8")
    started = time.monotonic()
    _, problems = read_table(path, "c", illustrative=False)
    assert time.monotonic() - started < 5
    assert len(problems) == 101 and problems[-1].code == "table_more_problems"
    assert problems[-1].params["count"] == 4_900


@pytest.mark.parametrize("char", ["\x1b", "\u202e", "\u200b", "\x07"])
def test_control_and_invisible_characters_in_a_cell_are_refused_at_the_cell(tmp_path: Path, char: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"unit,indicator,period,value,source\n{','.join(ROW)},90,Sở{char}TT\n", encoding="utf-8")
    _, problems = read_table(path, "c", illustrative=False)
    assert [(p.location.line, p.location.column, p.code) for p in problems] == [(2, 5, "table_character")]
    assert char not in format_problems(problems)


def test_an_unsafe_cell_and_bad_figures_come_in_one_pass_and_nothing_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"unit,indicator,period,numerator,denominator,source\n{','.join(ROW)},-5,10,x\n"
                    f"{','.join(ROW[:2])},2026-11,5,10,Sở\x1b]0;x\x07\n", encoding="utf-8")
    table, problems = read_table(path, "c", illustrative=False)
    assert [(p.location.line, p.location.column, p.code) for p in problems] == [
        (2, 4, "results_count_negative"), (3, 6, "table_character")]
    assert table.rows == []
