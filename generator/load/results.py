"""Stage 1, load (results): result tables as staff export them from spreadsheets.

Reads CSV (UTF-8, with or without a byte-order mark; `;` or `,` between cells; decimal
commas; thousands separators; empty trailing rows) and .xlsx, into rows that remember
their file, row and column. Headers may be Vietnamese or English.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..base.errors import Location, Problem
from ..base.slugs import fold
from ..model.timeline import month_end
from .cells import NOT_A_NUMBER, read_count, read_decimal
from .table_files import MAX_PROBLEMS, read_csv_grid, read_xlsx_grid

COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("unit", "don vi", "ma don vi"),
    "indicator": ("indicator", "chi tieu", "ma chi tieu"),
    "period": ("period", "ky", "ky bao cao"),
    "value": ("value", "gia tri", "ty le", "ty le (%)", "value (%)"),
    "numerator": ("numerator", "tu so"),
    "denominator": ("denominator", "mau so"),
    "as_of": ("as_of", "as of", "ngay so lieu", "tinh den ngay"),
    "source": ("source", "nguon", "nguon so lieu"),
}
HEADER_NAMES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$")


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    """A quarter, a half year, a month, a year, or a cumulative figure as of a day."""

    end: dt.date
    start: dt.date
    text: str

    @property
    def kind(self) -> str:
        if "Q" in self.text:
            return "quarter"
        if "H" in self.text:
            return "half"
        return {4: "year", 7: "month", 10: "as_of"}[len(self.text)]


@dataclass(frozen=True)
class ResultRow:
    """One figure: a unit's result on an indicator for a period, as written in its table."""

    campaign: str
    unit: str
    indicator: str
    period: ReportingPeriod
    value: Decimal | None
    numerator: int | None
    denominator: int | None
    as_of: dt.date | None
    source: str
    location: Location
    columns: dict[str, int] = field(compare=False, hash=False)
    illustrative: bool = False
    words: str = ""          # a value written in words ("Tốt", "hoàn thành"): read against the indicator's scale

    def at(self, column: str) -> Location:
        """Where one of this row's cells is."""
        return dataclasses.replace(self.location, column=self.columns.get(column, 1))


@dataclass
class ResultTable:
    campaign: str
    path: Path
    rows: list[ResultRow] = field(default_factory=list)
    illustrative: bool = False
    decimal_mark: str | None = None     # "," when the file says so (a `;`-separated export); else both are read


@functools.lru_cache(maxsize=4096)
def parse_period(text: str) -> ReportingPeriod | None:
    """`2026-Q3`, `2026-H1`, `2026-09` (a month), `2026` (a year), or `2026-09-30` (as of that day)."""
    match = PERIOD.match(text.strip().upper())
    if not match:
        return None
    year, part = int(match.group(1)), match.group(2)
    try:
        start, end = period_bounds(year, part)
    except ValueError:
        return None
    return ReportingPeriod(end, start, text.strip().upper())


def period_bounds(year: int, part: str | None) -> tuple[dt.date, dt.date]:
    if part is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if part[0] in "QH":
        months = 3 if part[0] == "Q" else 6
        first = (int(part[1]) - 1) * months + 1
        return dt.date(year, first, 1), month_end(year, first + months - 1)
    if len(part) == 2:
        return dt.date(year, int(part), 1), month_end(year, int(part))
    day = dt.date.fromisoformat(f"{year}-{part}")
    return day, day


def parse_decimal(text: str) -> Decimal | None:
    """ "98,5", "98.5", "98,5 %", "1.234,5" and "1,234.5"; None if it is no number or reads two ways."""
    return read_decimal(text)[0]


def parse_count(text: str) -> int | None:
    """A whole number, at least 0, with `.`, `,` or spaces as thousands separators: "1.234" is 1234."""
    return read_count(text)[0]


# --- Reading files ----------------------------------------------------------------------

def read_table(path: Path, campaign: str, illustrative: bool) -> tuple[ResultTable, list[Problem]]:
    """One result table (.csv or .xlsx), with a problem for every cell that cannot be read."""
    table = ResultTable(campaign, path, illustrative=illustrative)
    reader = read_xlsx_grid if path.suffix.lower() == ".xlsx" else read_csv_grid
    grid, problems, table.decimal_mark = reader(path)         # with a grid, its problems are unsafe cells
    sheet = path.suffix.lower() == ".xlsx"
    if not grid:
        return table, problems or [Problem(Location(path, 1, 1, sheet), "", "results_empty")]
    (header_line, header), *body = grid
    columns, found = map_header(path, header_line, header, sheet)
    if found:
        return table, at_most(path, problems + found)
    for line, cells in body:
        if not any(cell.strip() for cell in cells):
            continue                                    # empty trailing rows from spreadsheets
        row, found = parse_row(table, columns, line, cells)
        problems += found
        if row is not None:
            table.rows.append(row)
    if problems:
        table.rows.clear()                  # a table with an unsafe cell publishes nothing until it is fixed
    return table, at_most(path, sorted(problems, key=Problem.sort_key))


def at_most(path: Path, problems: list[Problem]) -> list[Problem]:
    """The first MAX_PROBLEMS problems of a file, and a note of how many more there are."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = Problem(Location(path), "", "table_more_problems", {"count": len(problems) - MAX_PROBLEMS})
    return problems[:MAX_PROBLEMS] + [more]


def map_header(path: Path, line: int, header: list[str], sheet: bool) -> tuple[dict[str, int], list[Problem]]:
    """Column name -> 1-based position; unknown and missing columns are problems."""
    columns: dict[str, int] = {}
    problems = []
    for position, name in enumerate(header, start=1):
        key = HEADER_NAMES.get(" ".join(fold(name).lower().split()))
        if key is None:
            problems.append(Problem(Location(path, line, position, sheet), name, "results_unknown_column",
                                    {"column": name, "known": ", ".join(COLUMNS)}))
        else:
            columns[key] = position
    for required in ("unit", "indicator", "period"):
        if required not in columns:
            problems.append(Problem(Location(path, line, 1, sheet), required, "results_missing_column",
                                    {"column": required}))
    if "value" not in columns and not {"numerator", "denominator"} <= set(columns):
        problems.append(Problem(Location(path, line, 1, sheet), "value", "results_missing_column",
                                {"column": "value"}))
    return columns, problems


def parse_row(table: ResultTable, columns: dict[str, int], line: int,
              cells: list[str]) -> tuple[ResultRow | None, list[Problem]]:
    """One body row; every unreadable cell is a problem at its own column."""
    texts = {name: cells[position - 1].strip() if position <= len(cells) else "" for name, position in columns.items()}

    def cell(name: str) -> str:
        return texts.get(name, "")

    sheet = table.path.suffix.lower() == ".xlsx"

    def problem(name: str, code: str, **params: object) -> Problem:
        return Problem(Location(table.path, line, columns.get(name, 1), sheet), name, code,
                       {"got": cell(name), **params})

    problems = []
    period = parse_period(cell("period"))
    if period is None:
        problems.append(problem("period", "results_period"))
    value, unclear = read_decimal(cell("value"), table.decimal_mark) if cell("value") else (None, None)
    words = cell("value") if unclear == NOT_A_NUMBER and is_words(cell("value")) else ""  # a grade or done
    if unclear and not words:
        problems.append(problem("value", unclear))
    counts: dict[str, int | None] = {}
    for name in ("numerator", "denominator"):
        counts[name], unclear = read_count(cell(name), table.decimal_mark) if cell(name) else (None, None)
        if unclear:
            problems.append(problem(name, unclear))
    if value is None and not words and None in counts.values() and not problems:
        problems.append(problem("value", "results_no_figure"))
    as_of = parse_day(cell("as_of"))
    if cell("as_of") and as_of is None:
        problems.append(problem("as_of", "date_format"))
    if problems or period is None:
        return None, problems
    return ResultRow(table.campaign, cell("unit"), cell("indicator"), period, value, counts["numerator"],
                     counts["denominator"], as_of, cell("source"), Location(table.path, line, 1, sheet), columns,
                     table.illustrative, words), []


def is_words(text: str) -> bool:
    """A value written in words ("Tốt", "hoàn thành"), which validate reads against the indicator's scale;
    a figure with a stray letter ("12a") stays an unreadable number."""
    return not any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)

def parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def find_tables(folder: Path, illustrative: bool) -> list[tuple[Path, str, bool]]:
    """(file, campaign id, illustrative) for every table under `folder/<campaign-id>/`."""
    if not folder.is_dir():
        return []
    return [(path, path.parent.name, illustrative) for path in sorted(folder.glob("*/*"))
            if path.suffix.lower() in (".csv", ".xlsx")]


def write_csv(table: list[tuple[int, list[str]]], target: Path) -> None:
    """Cells as a UTF-8 CSV with `,` between cells (the import command's output)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for _, cells in table:
            if any(c.strip() for c in cells):
                writer.writerow(cells)
