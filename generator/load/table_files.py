"""Result table files to rows of text cells, within limits, as the YAML files have them.

A table is refused, with a located message, when its file is over 5 MB, a workbook would unpack to
over 50 MB, or it has more than 100,000 rows or 50 columns (a stray cell far away is found where it
is, without reading the empty cells before it). Unreadable files, damaged workbooks and broken links
give a message too, never a traceback. A workbook cell formatted as a percentage is read as the
spreadsheet shows it: 0.965 formatted 0.0% is "96.5%".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from ..base.errors import MAX_BYTES, Location, Problem
from ..base.textsafety import code_point, first_unsafe
from .yamltext import decode_utf8

MAX_UNZIPPED = 50_000_000   # bytes a workbook may unpack to: far above a real table, far below a zip bomb
MAX_MEMBERS = 1_000         # files inside a workbook
MAX_ROWS = 100_000          # per table: a province's quarter for every commune and indicator fits many times
MAX_COLUMNS = 50
MAX_PROBLEMS = 100          # per file: the hundred-and-first bad cell adds nothing but time
Grid = list[tuple[int, list[str]]]      # (row number, cells)


class Sheet(NamedTuple):
    """A table's rows of text, the problems that stopped it, and its decimal mark if the file tells it."""

    grid: Grid
    problems: list[Problem]
    decimal_mark: str | None = None     # a `;`-separated export comes from a locale where `,` is the decimal mark


def unreadable(path: Path, error: BaseException) -> Problem:
    reason = getattr(error, "strerror", None) or type(error).__name__
    return Problem(Location(path), "", "file_unreadable", {"problem": reason})


def read_limited(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, at most MAX_BYTES; a problem if it is larger or cannot be read."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except (OSError, RuntimeError) as error:       # no permission, a folder, a link loop
        return None, [unreadable(path, error)]
    if len(raw) > MAX_BYTES:
        return None, [Problem(Location(path, 1, 1), "", "table_too_big", {"limit": f"{MAX_BYTES:,} bytes"})]
    return raw, []


def read_csv_grid(path: Path) -> Sheet:
    """Rows of cells with their line numbers; the delimiter is `;` or `,`, whichever the header uses."""
    raw, problems = read_limited(path)
    if raw is None:
        return Sheet([], problems)
    text, problems = decode_utf8(path, raw)
    if text is None:
        return Sheet([], problems)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = ((reader.line_num, cells) for cells in reader)
        return Sheet(*bounded_grid(path, rows, sheet=False), "," if delimiter == ";" else None)
    except csv.Error as error:
        return Sheet([], [Problem(Location(path, reader.line_num, 1), "", "csv_syntax", {"problem": str(error)})])


def bounded_grid(path: Path, rows: Iterable[tuple[int, list[str]]], sheet: bool) -> tuple[Grid, list[Problem]]:
    """`rows` until MAX_ROWS rows or a row wider than MAX_COLUMNS, which is a problem where it is."""
    grid: Grid = []
    for number, cells in rows:
        if len(grid) >= MAX_ROWS:
            return [], [Problem(Location(path, number, 1, sheet), "", "table_too_many_rows", {"limit": MAX_ROWS})]
        if len(cells) > MAX_COLUMNS and any(cell.strip() for cell in cells[MAX_COLUMNS:]):
            column = MAX_COLUMNS + next(i for i, c in enumerate(cells[MAX_COLUMNS:], 1) if c.strip())
            return [], [Problem(Location(path, number, column, sheet), "", "table_too_many_columns",
                                {"limit": MAX_COLUMNS})]
        grid.append((number, cells[:MAX_COLUMNS]))
    return grid, unsafe_cells(path, grid, sheet)


def unsafe_cells(path: Path, grid: Grid, sheet: bool) -> list[Problem]:
    """A problem for each cell holding a control or invisible character (a terminal escape, a bidi override)."""
    problems = []
    for number, cells in grid:
        if first_unsafe("\n".join(cells)) is None:     # nearly every row: one search, not one per cell
            continue
        for column, cell in enumerate(cells, start=1):
            found = first_unsafe(cell)
            if found is not None:
                problems.append(Problem(Location(path, number, column, sheet), "", "table_character",
                                        {"char": code_point(found.group())}))
    return problems


def read_xlsx_grid(path: Path) -> Sheet:
    """The first sheet of a workbook, as text cells with their row numbers."""
    problems = workbook_problems(path)
    if problems:
        return Sheet([], problems)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()            # the stated size is not trusted: a stray cell says XFD1048576
            return Sheet(*bounded_grid(path, sheet_rows(sheet.iter_rows()), sheet=True))
        finally:
            workbook.close()
    except Exception as error:                  # openpyxl raises many kinds on damaged XML; all mean "damaged"
        return Sheet([], [Problem(Location(path, 1, 1), "", "xlsx_unreadable", {"problem": type(error).__name__})])


def workbook_problems(path: Path) -> list[Problem]:
    """A problem if the file is too large, is no zip, or would unpack to more than MAX_UNZIPPED bytes."""
    raw, problems = read_limited(path)
    if raw is None:
        return problems
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        return [Problem(Location(path, 1, 1), "", "xlsx_unreadable", {"problem": str(error)})]
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED:
        return [Problem(Location(path, 1, 1), "", "table_too_big", {"limit": f"{MAX_UNZIPPED:,} bytes unpacked"})]
    return []


def sheet_rows(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, list[str]]]:
    """Each row of read-only cells as (row number, texts); rows missing from the file come as empty rows."""
    for number, cells in enumerate(rows, start=1):
        yield number, [cell_text(cell) for cell in cells]


def cell_text(cell: Any) -> str:
    """A spreadsheet cell as the text a CSV export shows: a percentage with its %, a date as YYYY-MM-DD."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (getattr(cell, "number_format", "") or ""):
            return plain(number * 100) + "%"
        return plain(number)
    return str(value)


def plain(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 96.5, 845, 1000000."""
    text = format(number.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")
