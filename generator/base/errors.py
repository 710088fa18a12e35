"""A tiny exception family: located problems for staff, and bugs that keep their traceback."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .messages import CATALOGUE, explain
from .textsafety import terminal_safe

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source file, 1-based, as editors count."""

    file: Path
    line: int = 0
    column: int = 0
    sheet: bool = field(default=False, compare=False)   # a workbook's cell: shown as B7, never quoted

    def __str__(self) -> str:
        if not self.line:
            return str(self.file)
        if self.sheet:
            return f"{self.file}:{column_letters(self.column)}{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


def column_letters(column: int) -> str:
    """1 -> A, 28 -> AB: a spreadsheet's name for a column."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters or "A"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, where it is, and how to fix it."""

    location: Location
    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    severity: Severity = "error"

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"bug: no message for problem code {self.code!r}")

    def sort_key(self) -> tuple[str, int, int, str]:
        return (str(self.location.file), self.location.line, self.location.column, self.code)

    def format(self, source_line: str | None = None) -> str:
        """Render as `file:line:col: path` plus the message in Vietnamese and English."""
        label = {"error": "lỗi/error", "warning": "cảnh báo/warning"}[self.severity]
        head = f"{self.location}: {label}: {self.path}" if self.path else f"{self.location}: {label}"
        vi, en = explain(self.code, self.params)
        lines = [head, f"  vi: {vi}", f"  en: {en}"]
        if source_line is not None and self.location.line and not self.location.sheet:
            lines.append(f"  {self.location.line:>5} | {source_line.rstrip()}")
            lines.append("        | " + " " * max(self.location.column - 1, 0) + "^")
        return terminal_safe("\n".join(lines))     # data never sends escape sequences to the terminal


class UserError(Exception):
    """Something staff can fix; printed without a traceback, exit status 1."""


class InputProblems(UserError):
    """All the problems found in one pass over the input."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(f"{len(self.errors)} error(s)")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def format_problems(problems: list[Problem]) -> str:
    """All problems, each with the offending source line quoted under it."""
    files: dict[Path, list[str]] = {}
    return "\n\n".join(p.format(read_line(p.location, files)) for p in sorted(problems, key=Problem.sort_key))


# --- The failures of a build as a whole, each with its message in both languages -------------------------

class BuildBusy(UserError):
    """Another build holds the lock of the project or of the output."""

    def __init__(self, lock: Path) -> None:
        super().__init__(f"Một bản dựng khác đang chạy (khóa {lock}). Cách sửa: đợi bản dựng đó xong rồi chạy lại; "
                         f"trang web hiện tại được giữ nguyên. / Another build is running (lock {lock}). "
                         f"To fix: wait for it to finish, then run again; the current site is unchanged.")


CONFIG_FAILURES = ("MkDocs encountered an error parsing the configuration file", "Config value", "Aborted with",
                   "mkdocs.yml:")


class SiteBuilderFailed(UserError):
    def __init__(self, language: str, warnings: list[str]) -> None:
        listed = "\n".join(f"  [{language}] {warning}" for warning in warnings)
        if any(warning.startswith(CONFIG_FAILURES) for warning in warnings):
            cause_vi, cause_en = "lỗi trong mkdocs.yml", "a mistake in mkdocs.yml"
        else:
            cause_vi = f"liên kết hỏng trong một trang viết tay ở site_src/{language}/"
            cause_en = f"a broken link in a hand-written page in site_src/{language}/"
        super().__init__(
            f"{listed}\n"
            f"Không tạo được trang web ({language}): trình tạo trang báo {len(warnings)} lỗi ở trên; "
            f"thường do {cause_vi}.\n"
            f"The site builder failed ({language}) with the {len(warnings)} problem(s) above; usually {cause_en}."
        )


# --- Bugs: a process of the build failed; its traceback is in the message --------------------------------

class WorkerFailed(RuntimeError):
    """A language's process failed with a bug; its traceback is in the message."""


class SessionCrashed(RuntimeError):
    """A session failed with a bug (not the builder's warnings about the input)."""

    def __init__(self, language: str, trace: str) -> None:
        super().__init__(f"[{language}] {trace.rstrip()}")


MAX_BYTES = 5_000_000    # the largest input file read; larger ones are refused (yamlload) and their lines not quoted
READ_LIMIT = MAX_BYTES + 1
QUOTE_LIMIT = 1_000      # characters of a line shown under its message


def read_line(location: Location, files: dict[Path, list[str]] | None = None) -> str | None:
    """The text of the line a location points at, if it can be read; `files` keeps files already read."""
    if not location.line:
        return None
    path = Path(location.file)
    lines = files.get(path) if files is not None else None
    if lines is None:
        try:
            with path.open("rb") as file:
                lines = file.read(READ_LIMIT).decode("utf-8", errors="replace").splitlines()
        except OSError:
            return None
        if files is not None:
            files[path] = lines
    return lines[location.line - 1][:QUOTE_LIMIT] if 0 < location.line <= len(lines) else None
