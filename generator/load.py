"""Stage 1, load: read every file under `campaigns/` and `site_src/` into typed records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .errors import Location, Problem
from .i18n import LANGUAGES
from .inputs import Inputs, report_strays, survey
from .model import Campaign, DecisionFile, Glossary, Registry, Site
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


@dataclass
class Sources:
    """Everything read from disk, before any cross-record check."""

    site: Record[Site] | None = None
    glossary: Record[Glossary] | None = None
    registries: list[Record[Registry]] = field(default_factory=list)
    campaigns: list[Record[Campaign]] = field(default_factory=list)
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
        self._entries: dict[tuple[Path, type[BaseModel]], tuple[FileStamp, Record[Any] | None, list[Problem]]] = {}

    def load(self, path: Path, model: type[M], problems: list[Problem]) -> Record[M] | None:
        """`load_record`, or what it gave last time if the file has not changed since."""
        stamp = file_stamp(path)
        cached = self._entries.get((path, model))
        if cached is None or cached[0] != stamp:
            found: list[Problem] = []
            cached = (stamp, load_record(path, model, found), found)
            self._entries[(path, model)] = cached
        problems.extend(cached[2])
        return cast("Record[M] | None", cached[1])


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
    sources.registries = load_records(yaml_files(content_dir / "registry", inputs), Registry, sources.problems, cache)
    sources.campaigns = load_records(yaml_files(content_dir / "plans", inputs), Campaign, sources.problems, cache)
    sources.pages = find_pages(pages_dir, inputs)
    folders = [content_dir]
    if sources.site is not None and sources.site.model.illustrative_data:
        folders.append(content_dir / ILLUSTRATIVE)
        made_up = Inputs(inputs.refused)
        report_strays(content_dir / ILLUSTRATIVE, made_up, top=False)
        sources.problems += made_up.problems
    for folder in folders:
        sources.decisions += load_records(yaml_files(folder / "decisions", inputs), DecisionFile,
                                          sources.problems, cache)
        for path, campaign, illustrative in find_tables(folder / "results", folder != content_dir):
            if inputs.allows(path):
                table, found = read_table(path, campaign, illustrative)
                sources.result_tables.append(table)
                sources.problems.extend(found)
    return sources


def yaml_files(folder: Path, inputs: Inputs) -> list[Path]:
    """The records of a folder, `*.yaml`, in sorted order, but none that is a refused link."""
    return [path for path in sorted(folder.glob("*.yaml")) if inputs.allows(path)]


def load_records(paths: list[Path], model: type[M], problems: list[Problem], cache: RecordCache) -> list[Record[M]]:
    """Load each path as `model`, keeping the ones that pass."""
    records = (cache.load(path, model, problems) for path in paths)
    return [record for record in records if record is not None]


def load_record(path: Path, model: type[M], problems: list[Problem]) -> Record[M] | None:
    """Load one YAML file as `model`; add its problems to `problems`."""
    if not path.is_file():
        problems.append(Problem(Location(path), "", "missing_file"))
        return None
    try:
        loaded, found = load_yaml(path)
        todos = find_todos(path) if loaded is not None else []
    except OSError as error:                # no permission, or gone since it was listed
        problems.append(unreadable(path, error))
        return None
    problems.extend(found)
    if loaded is None:
        return None
    if todos:
        problems.extend(todos)         # a scaffold being filled in: list what is left, nothing else
        return None
    try:
        return Record(model.model_validate(loaded.data), loaded)
    except ValidationError as error:
        problems.extend(schema_problem(loaded, detail) for detail in error.errors(include_url=False))
        return None


def find_todos(path: Path) -> list[Problem]:
    """Every TODO marker the `new` command left that staff have not filled in yet."""
    text = path.read_text(encoding="utf-8")
    if "TODO" not in text:              # nearly every file: skip the line-by-line look
        return []
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        if "TODO" in code:
            problems.append(Problem(Location(path, number, code.index("TODO") + 1), "", "todo_left"))
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
}
RANGE_CODES = {"greater_than_equal": ">= {ge}", "less_than_equal": "<= {le}",
               "greater_than": "> {gt}", "less_than": "< {lt}"}


def schema_problem(loaded: LoadedFile, detail: ErrorDetails) -> Problem:
    """One pydantic error as a located, plain-language problem."""
    where: PathKey = tuple(detail["loc"])
    code, params = describe_error(detail)
    anchor = where[:-1] if detail["type"] == "missing" else where
    return Problem(loaded.locate(anchor), format_path(where), code, params)


def describe_error(detail: ErrorDetails) -> tuple[str, dict[str, object]]:
    """Map a pydantic error to a catalogue code and its parameters."""
    kind, loc, ctx = detail["type"], detail["loc"], dict(detail.get("ctx") or {})
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
