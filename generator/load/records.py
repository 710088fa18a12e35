"""Stage 1, load: read every file under `campaigns/` and `site_src/` into typed records."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..base.errors import Location, Problem
from ..model.campaign import Campaign, DecisionFile, Glossary, Registry, Site
from ..model.fields import LANGUAGES, UNION_TAGS
from .inputs import Inputs, report_strays, survey
from .results import ResultTable, find_tables, read_table
from .table_files import unreadable
from .yamlload import LoadedFile, PathKey, format_path, load_yaml

M = TypeVar("M", bound=BaseModel)
ILLUSTRATIVE = "illustrative"


@dataclass(frozen=True)
class Record(Generic[M]):
    """A validated record and the file it came from (for locating later problems)."""

    model: M
    source: LoadedFile

    def locate(self, *path: str | int) -> Location:
        return self.source.locate(path)


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """One file as read: its data and positions (None unless it is readable YAML), and its record if the data
    passed the schema. A file that fails the schema keeps its data, so its references can still be checked."""

    source: LoadedFile | None = None
    record: Record[M] | None = None


@dataclass
class Sources:
    """Everything read from disk, before any cross-record check."""

    site: Record[Site] | None = None
    glossary: Record[Glossary] | None = None
    registries: list[Record[Registry]] = field(default_factory=list)
    campaigns: list[Record[Campaign]] = field(default_factory=list)
    registry_files: list[LoadedFile] = field(default_factory=list)   # every readable registry file, valid or not
    campaign_files: list[LoadedFile] = field(default_factory=list)   # every readable plan, valid or not
    decision_files: list[LoadedFile] = field(default_factory=list)   # every readable file of decisions, likewise
    pages: dict[str, dict[str, Path]] = field(default_factory=dict)
    decisions: list[Record[DecisionFile]] = field(default_factory=list)
    result_tables: list[ResultTable] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def is_illustrative(self, path: Path) -> bool:
        """Data under campaigns/illustrative/ is labelled as illustrative wherever it shows."""
        return ILLUSTRATIVE in path.parts


FileStamp = tuple[int, int] | None


class RecordCache:
    """Records already read, for a long-running preview: a file is read again only once its size or
    modification time (in nanoseconds) changed. One entry per file and model, replaced when the file changes.

    An edit that keeps the size and lands within the file system's clock tick of the previous one is
    missed; saving again picks it up.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[Path, type[BaseModel]], tuple[FileStamp, Loaded[Any], list[Problem]]] = {}
        self._tables: dict[tuple[Path, str, bool], tuple[FileStamp, ResultTable, list[Problem]]] = {}

    def read(self, path: Path, model: type[M], problems: list[Problem]) -> Loaded[M]:
        """`read_record`, or what it gave last time if the file has not changed since."""
        stamp = file_stamp(path)
        cached = self._entries.get((path, model))
        if cached is None or cached[0] != stamp:
            found: list[Problem] = []
            cached = (stamp, read_record(path, model, found), found)
            self._entries[(path, model)] = cached
        problems.extend(cached[2])
        return cast("Loaded[M]", cached[1])

    def table(self, path: Path, campaign: str, illustrative: bool) -> tuple[ResultTable, list[Problem]]:
        """`read_table`, or what it gave last time if the file has not changed since."""
        stamp, key = file_stamp(path), (path, campaign, illustrative)
        cached = self._tables.get(key)
        if cached is None or cached[0] != stamp:
            cached = self._tables[key] = (stamp, *read_table(path, campaign, illustrative))
        return cached[1], list(cached[2])

    def load(self, path: Path, model: type[M], problems: list[Problem]) -> Record[M] | None:
        """The record of `read`, if the file passed the schema."""
        return self.read(path, model, problems).record


def file_stamp(path: Path) -> FileStamp:
    """Modification time (ns) and size of a file; None if there is no such file."""
    try:
        stat = path.stat()
    except (OSError, RuntimeError):         # gone, or a link that loops
        return None
    return stat.st_mtime_ns, stat.st_size


Stamps = dict[Path, FileStamp]


def file_stamps(bases: Iterable[Path]) -> Stamps:
    """The stamp of every file at or under each of `bases`."""
    return {path: file_stamp(path) for base in bases
            for path in ([base] if base.is_file() else sorted(base.rglob("*"))) if path.is_file()}


def load_sources(content_dir: Path, pages_dir: Path, cache: RecordCache | None = None) -> Sources:
    """Read and schema-check every input file; collect all problems, never stop at the first.

    With a `cache` (the preview keeps one), files unchanged since the last call are not read again.
    """
    cache = cache or RecordCache()          # without one, every file is read
    sources = Sources()
    inputs = survey(content_dir.parent, content_dir, pages_dir, None)   # links out of the project are never read
    sources.problems += inputs.problems
    site, glossary = content_dir / "site.yaml", content_dir / "glossary.yaml"
    sources.site = cache.load(site, Site, sources.problems) if inputs.allows(site) else None
    sources.glossary = cache.load(glossary, Glossary, sources.problems) if inputs.allows(glossary) else None
    registries = read_records(yaml_files(content_dir / "registry", inputs), Registry, sources.problems, cache)
    sources.registries, sources.registry_files = passed(registries), readable(registries)
    campaigns = read_records(yaml_files(content_dir / "plans", inputs), Campaign, sources.problems, cache)
    sources.campaigns, sources.campaign_files = passed(campaigns), readable(campaigns)
    sources.pages = find_pages(pages_dir, inputs)
    folders = [content_dir]
    if sources.site is not None and sources.site.model.illustrative_data:
        folders.append(content_dir / ILLUSTRATIVE)
        made_up = Inputs(inputs.refused)
        report_strays(content_dir / ILLUSTRATIVE, made_up, top=False)
        sources.problems += made_up.problems
    for folder in folders:
        decisions = read_records(yaml_files(folder / "decisions", inputs), DecisionFile, sources.problems, cache)
        sources.decisions += passed(decisions)
        sources.decision_files += readable(decisions)
        for path, campaign, illustrative in find_tables(folder / "results", folder != content_dir):
            if inputs.allows(path):
                table, found = cache.table(path, campaign, illustrative)
                sources.result_tables.append(table)
                sources.problems.extend(found)
    return sources


def yaml_files(folder: Path, inputs: Inputs) -> list[Path]:
    """The records of a folder, `*.yaml`, in sorted order, but none that is a refused link."""
    return [path for path in sorted(folder.glob("*.yaml")) if inputs.allows(path)]


def read_records(paths: list[Path], model: type[M], problems: list[Problem], cache: RecordCache) -> list[Loaded[M]]:
    """Read each path as `model`, the files that fail the schema included."""
    return [cache.read(path, model, problems) for path in paths]


def passed(loaded: list[Loaded[M]]) -> list[Record[M]]:
    """The records of the files that passed the schema."""
    return [one.record for one in loaded if one.record is not None]


def readable(loaded: list[Loaded[M]]) -> list[LoadedFile]:
    """The data of every file that could be read, whether or not it passed the schema."""
    return [one.source for one in loaded if one.source is not None]


def read_record(path: Path, model: type[M], problems: list[Problem]) -> Loaded[M]:
    """Read one YAML file and check it against `model`; add its problems to `problems`.

    TODO markers are errors, but they hide nothing: the schema still checks the file, and only its errors
    about a TODO value itself are left out, since the TODO already says what to do there."""
    if not path.is_file():
        problems.append(Problem(Location(path), "", "missing_file"))
        return Loaded()
    try:
        loaded, found = load_yaml(path)
        todos = find_todos(loaded) if loaded is not None else []
    except OSError as error:                # no permission, or gone since it was listed
        problems.append(unreadable(path, error))
        return Loaded()
    problems.extend(found)
    if loaded is None:
        return Loaded()
    problems.extend(todos)
    try:
        return Loaded(loaded, Record(model.model_validate(loaded.data), loaded))
    except ValidationError as error:
        errors = [(schema_problem(loaded, detail), detail.get("input")) for detail in error.errors(include_url=False)]
        problems.extend(problem for problem, value in errors if not is_todo(problem, value, todos))
        return Loaded(loaded)


def is_todo(problem: Problem, value: object, todos: list[Problem]) -> bool:
    """Whether a schema error is about a TODO marker reported on its line: it would only repeat the TODO's own."""
    return isinstance(value, str) and "TODO" in value and any(t.location.line == problem.location.line for t in todos)


def find_todos(loaded: LoadedFile) -> list[Problem]:
    """Every TODO marker the `new` command left that staff have not filled in yet, named by the field it is in."""
    text = loaded.path.read_text(encoding="utf-8")
    if "TODO" not in text:              # nearly every file: skip the line-by-line look
        return []
    fields = sorted(loaded.positions.items(), key=lambda item: item[1])     # keys and items in reading order
    starts = [position for _, position in fields]
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        if "TODO" in code:
            at = (number, code.index("TODO") + 1)
            where = fields[bisect.bisect_right(starts, at) - 1][0]        # the last key or item that starts before
            problems.append(Problem(Location(loaded.path, *at), format_path(where), "todo_left"))
    return problems


def find_pages(pages_dir: Path, inputs: Inputs | None = None) -> dict[str, dict[str, Path]]:
    """Hand-written pages: slug -> language -> file, from `site_src/<lang>/*.md`."""
    pages: dict[str, dict[str, Path]] = {}
    for language in LANGUAGES:
        for path in sorted((pages_dir / language).glob("*.md")):
            if inputs is not None and not inputs.allows(path):
                continue
            pages.setdefault(path.stem, {})[language] = path
    return pages


# --- Pydantic's errors, in staff's words ------------------------------------

SIMPLE_CODES = {
    "string_type": "string_type", "string_too_short": "string_too_short", "string_too_long": "string_too_long",
    "int_type": "int_type", "int_parsing": "int_type", "int_from_float": "int_type",
    "decimal_parsing": "number_type", "decimal_type": "number_type", "float_parsing": "number_type",
    "bool_type": "bool_type", "bool_parsing": "bool_type", "list_type": "list_type",
    "model_type": "mapping_type", "dict_type": "mapping_type", "model_attributes_type": "mapping_type",
    "too_short": "too_short", "extra_forbidden": "extra_forbidden",
    "date_format": "date_format", "date_invalid": "date_invalid", "date_needs_day": "date_needs_day",
    "unknown_needs_note": "unknown_needs_note", "indicator_counted": "indicator_counted",
    "indicator_grades": "indicator_grades", "award_conferred_by": "award_conferred_by",
}
RANGE_CODES = {"greater_than_equal": ">= {ge}", "less_than_equal": "<= {le}",
               "greater_than": "> {gt}", "less_than": "< {lt}"}


def schema_problem(loaded: LoadedFile, detail: ErrorDetails) -> Problem:
    """One pydantic error as a located, plain-language problem."""
    where: PathKey = tuple(step for step in detail["loc"] if step not in UNION_TAGS)
    code, params = describe_error(detail)
    anchor = where[:-1] if detail["type"] == "missing" else where
    return Problem(loaded.locate(anchor), format_path(where), code, params)


def describe_error(detail: ErrorDetails) -> tuple[str, dict[str, object]]:
    """Map a pydantic error to a catalogue code and its parameters."""
    kind, ctx = detail["type"], dict(detail.get("ctx") or {})
    loc = [step for step in detail["loc"] if step not in UNION_TAGS]
    got = show_value(detail.get("input"))
    last = loc[-1] if loc else ""
    params: dict[str, object] = {"got": got, "field": last, **ctx}
    if "expected" in ctx:
        params["expected"] = str(ctx["expected"]).replace(" or ", ", ")
    if kind == "missing":
        return {"vi": "missing_vi", "en": "missing_en"}.get(str(last), "missing"), params
    if kind == "literal_error":
        return ("comparison" if last == "comparison" else "literal_error"), params
    if kind == "string_pattern_mismatch":
        return ("url" if "http" in str(ctx.get("pattern", "")) else "slug"), {**params, "got": detail.get("input")}
    if kind in RANGE_CODES:
        return "number_range", {**params, "limit": RANGE_CODES[kind].format(**ctx)}
    if kind in SIMPLE_CODES:
        return SIMPLE_CODES[kind], params
    return "invalid", {**params, "detail": detail["msg"]}


def show_value(value: Any) -> str:
    """A short, readable rendering of a bad value for a message."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
