"""Hostile and accidental input: whatever is in campaigns/, `check` passes or reports located problems.

Never a traceback, a hang or runaway memory. The shipped records are the seeds; Hypothesis mutates them
(keys deleted or renamed, values of another type, dates swapped, files truncated at any byte, control
characters and NUL bytes, NFD text, 1 MB strings, random Unicode) and every mutated project goes through
`generator.build.check`, the load and validate stages, in a fresh copy.

Set HOSTILE_EXAMPLES (default 60) to explore more, e.g. `HOSTILE_EXAMPLES=2000` for a long fuzzing run.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
import types
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from generator.base.errors import InputProblems, Problem, format_problems
from generator.base.messages import CATALOGUE
from generator.build import Project, check
from generator.commands.cli import main
from generator.load.yamlload import load_yaml
from generator.model import campaign as model
from generator.model.campaign import Campaign
from tests.conftest import ROOT, copy_project


def shipped(*suffixes: str) -> tuple[str, ...]:
    """The shipped input files under campaigns/ with these suffixes (not the generated JSON Schema)."""
    return tuple(sorted(
        path.relative_to(ROOT).as_posix() for path in (ROOT / "campaigns").rglob("*")
        if path.suffix in suffixes and path.is_file() and "_schema" not in path.parts
    ))


SEEDS = shipped(".yaml")                      # records: mutated as data and as bytes
TABLES = shipped(".csv", ".xlsx")             # result tables: mutated as bytes
PLANS: tuple[str, ...] = tuple(seed for seed in SEEDS if seed.startswith("campaigns/plans/"))

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "60"))
SECONDS_PER_INPUT = 10.0   # any one check taking longer is a hang
MEMORY_LIMIT = 200 * 2**20  # bytes, traced peak of one check
MB = 2**20

# Problems that one file can cause in another, untouched one; everything else must point into the mutated file.
# A new check that relates two files adds its code here.
CROSS_RECORD = frozenset({
    "unknown_ref", "duplicate_id", "weaker_than_parent", "unit_not_valid",          # records and registries
    "results_unknown_campaign", "results_period_outside", "results_duplicate",      # result tables
    "award_not_offered", "decision_before_campaign",                                # commendation decisions
})

HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,   # no example database to keep; a failure prints its @reproduce_failure blob instead
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


# --- Running the pipeline on a mutated project ------------------------------------------------------

class Hang(Exception):
    """The pipeline gave no answer within its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `Hang` in the main thread if the body runs longer than `seconds`."""
    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Outcome:
    """What `check` said: passed (with warnings) or refused (with problems)."""

    passed: bool
    problems: list[Problem]

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


def run_check(project: Project) -> Outcome:
    """`check` the project; any exception but `InputProblems` propagates and fails the test."""
    with time_limit(SECONDS_PER_INPUT):
        try:
            _, warnings = check(project)
        except InputProblems as refused:
            outcome = Outcome(False, refused.problems)
        else:
            outcome = Outcome(True, warnings)
        format_problems(outcome.problems)  # what the CLI prints must render too
    return outcome


def check_with(replacements: dict[str, bytes]) -> tuple[Project, Outcome]:
    """A fresh copy of the shipped project with `replacements` (path -> bytes) written over it, checked."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as directory:
        project = copy_project(Path(directory))
        for relative, raw in replacements.items():
            (project.root / relative).write_bytes(raw)
        outcome = run_check(project)
        assert_located(project, {project.root / relative for relative in replacements}, outcome)
        return project, outcome


def line_count(path: Path) -> int:
    """Lines as the most generous reader counts them (YAML, editors and str.splitlines all agree within this)."""
    return len(path.read_bytes().decode("utf-8", errors="replace").splitlines()) + 1


@cache
def shipped_problems() -> frozenset[tuple[str, int, int, str]]:
    """The problems of the shipped content (its warnings), as (file, line, column, code)."""
    try:
        problems = check(Project(ROOT))[1]
    except InputProblems as refused:
        problems = refused.problems
    return frozenset(key_of(p, ROOT) for p in problems)


def key_of(problem: Problem, root: Path) -> tuple[str, int, int, str]:
    relative = Path(problem.location.file).resolve().relative_to(root.resolve()).as_posix()
    return relative, problem.location.line, problem.location.column, problem.code


def assert_located(project: Project, mutated: set[Path], outcome: Outcome) -> None:
    """Every problem has a catalogued message and points into a real file of the project, at a real line.

    Problems in files that were not mutated are either the shipped warnings or the ones a record can
    cause in another (an id that no longer resolves, a duplicate id, a weaker child target).
    """
    if not outcome.passed:
        assert any(p.severity == "error" for p in outcome.problems), "refused without an error"
    for problem in outcome.problems:
        where = f"{problem.location}: {problem.code} {problem.path}"
        assert problem.code in CATALOGUE, where
        file = Path(problem.location.file)
        relative, line, column, code = key_of(problem, project.root)   # raises if outside the project
        assert file.is_file(), where
        first_line = 1 if file.suffix == ".yaml" else 0   # a table may be refused as a whole (line 0)
        assert first_line <= line <= line_count(file), where
        assert column >= first_line, where
        if file not in mutated:
            assert code in CROSS_RECORD or (relative, line, column, code) in shipped_problems(), where


# --- The seeds, as data and as bytes -----------------------------------------------------------------

@cache
def seed_bytes(seed: str) -> bytes:
    return (ROOT / seed).read_bytes()


@cache
def seed_data(seed: str) -> Any:
    loaded, problems = load_yaml(ROOT / seed)
    assert loaded is not None, problems
    return loaded.data


_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def plain(data: Any) -> Any:
    """`data` with its Decimals as the ints and floats YAML writes."""
    if isinstance(data, dict):
        return {key: plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [plain(item) for item in data]
    if isinstance(data, Decimal):
        return int(data) if data == data.to_integral_value() else float(data)
    return data


def dump(data: Any) -> bytes:
    text: str = yaml.dump(plain(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
    return text.encode("utf-8")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- Strategies ----------------------------------------------------------------------------------------

def model_field_names() -> list[str]:
    """Every key the schema knows, so random mappings are often nearly valid."""
    names: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            names.update(value.model_fields)
    return sorted(names)


DATE_LIKE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TRICKY_TEXT = (
    "", " ", "no", "yes", "on", "off", "~", "null", "true", "010", "0x1F", "1e5", ".inf", "NaN", "-0",
    "0000", "0000-06", "2024-02-30", "2024-13-01", "2024-00", "9999-12-31", "2024-6-1", "12/06/2024",
    "javascript:alert(1)", "<script>alert(1)</script>", "http://", "https://x", "../../etc/passwd",
    "[^1]", "[^0]", "[^99]", "[^100]", "{got}", "{0}", "%s", "{{ x }}", "{% raw %}",
    "a\x00b", "\x00", "\x1b[31m", "\u202eevil", "\ufeff", "\u2028", "\u200b",
    "trên", " trên ", "TRÊN", nfd("trên"), nfd("Đạt từ … trở lên"), "từ … trở lên",
)
LONG_TEXT = ("x" * MB, "Đ" * (MB // 2), "trên 45% " * (MB // 10), "[^1]" * (MB // 4), "ệ\u0323" * (MB // 5))
CONTROL = st.characters(categories=["Cc", "Cf", "Zl", "Zp"])

DATES_TEXT = st.one_of(
    st.dates().map(str),
    st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"),
    st.sampled_from([t for t in TRICKY_TEXT if t[:1].isdigit()]),
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40), st.text(CONTROL, max_size=6), DATES_TEXT, st.sampled_from(TRICKY_TEXT),
)
KEYS = st.one_of(st.sampled_from(model_field_names()), st.text(max_size=12))
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3), max_leaves=8,
)

Slot = tuple[Any, Any]   # (a dict or list inside the data, a key or index in it)


def slots(data: Any) -> list[Slot]:
    """Every place in `data` that holds a value, in document order."""
    found: list[Slot] = []

    def visit(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for key, value in items:
            found.append((node, key))
            visit(value)

    visit(data)
    return found


def converted(value: Any) -> list[Any]:
    """`value` as each other type: str <-> int <-> list <-> dict <-> null."""
    options: list[Any] = [None, [value], {"value": value}, {"vi": value}, True]
    if isinstance(value, str):
        options += [len(value), nfd(value), value + "\x00", value[: len(value) // 2], value.upper(), value * 3]
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        options += [str(value), -value, value * 1000, float(value) + 0.5]
    elif isinstance(value, list):
        options += [value[0] if value else "", {str(i): item for i, item in enumerate(value)}, value * 2]
    elif isinstance(value, dict):
        options += [list(value.values()), list(value), ", ".join(map(str, value))]
    return options


def mutate_tree(draw: st.DrawFn, data: Any) -> Any:
    """One structural mutation of `data` (changed in place where possible); returns the new data."""
    places = slots(data)
    kind = draw(st.sampled_from(["delete", "retype", "retype", "swap_dates", "redate", "rename_key",
                                 "add_key", "duplicate_item", "long_text", "replace_root"]))
    if kind == "replace_root" or not places:
        return draw(VALUES)
    container, key = draw(st.sampled_from(places))
    if kind == "delete":
        del container[key]
    elif kind == "retype":
        container[key] = draw(st.one_of(st.sampled_from(converted(container[key])), VALUES))
    elif kind == "long_text":
        container[key] = draw(st.sampled_from(LONG_TEXT))
    elif kind in ("swap_dates", "redate"):
        dated = [(c, k) for c, k in places if isinstance(c[k], str) and DATE_LIKE.match(c[k])] or [(container, key)]
        first, second = draw(st.sampled_from(dated)), draw(st.sampled_from(dated))
        if kind == "swap_dates":
            first[0][first[1]], second[0][second[1]] = second[0][second[1]], first[0][first[1]]
        else:
            first[0][first[1]] = draw(DATES_TEXT)
    elif kind == "rename_key" and isinstance(container, dict):
        text = str(key)
        new = draw(st.one_of(st.sampled_from([text.upper(), text + "s", text[:-1], nfd(text), text + "\u200b",
                                               " " + text, text.replace("_", "-")]), KEYS))
        items = list(container.items())
        container.clear()
        container.update((new if k == key else k, v) for k, v in items)
    elif kind == "add_key" and isinstance(container, dict):
        container[draw(KEYS)] = draw(VALUES)
    elif kind == "duplicate_item" and isinstance(container, list):
        container.insert(key, copy.deepcopy(container[key]))
    else:
        container[key] = draw(VALUES)
    return data


@st.composite
def mutated_records(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed record, parsed, mutated one to three times, and written back as YAML."""
    seed = draw(st.sampled_from(SEEDS))
    data = copy.deepcopy(seed_data(seed))
    for _ in range(draw(st.integers(1, 3))):
        data = mutate_tree(draw, data)
    return seed, dump(data)


INSERTS = st.one_of(
    st.sampled_from([
        b"\x00", b"\x07", b"\x1b", b"\x7f", b"\t", b"\r", b"\r\n", b"\n", b"\xc2\x85", "\u2028".encode(),
        "\u2029".encode(), b"\xef\xbb\xbf", b"\xff", b"\xc3", b"\xed\xa0\x80", b"&a ", b"*a", b"*a\n",
        b"!!binary ", b"!foo ", b"!!python/object/apply:os.system ['true']", b"<<: *a\n", b"---\n", b"...\n",
        b"? ", b"%YAML 1.1\n", b"[", b"{", b"]", b"}", b"'", b'"', b"# ", b": ", b"- ", b"  ", b"|\n", b">-\n",
        b"~", b"null", b"010", b"yes", b"1" * 5000, b"1.0e999999999999999999999", b"'0000'", b"[^1]",
        b"x" * MB,
    ]),
    st.binary(min_size=1, max_size=16),
    st.text(min_size=1, max_size=16).map(lambda s: s.encode("utf-8")),
    st.text(CONTROL, min_size=1, max_size=4).map(lambda s: s.encode("utf-8")),
)


def mutate_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    """One byte-level accident: truncation, insertion, deletion, overwriting, NFD, moved lines."""
    kind = draw(st.sampled_from(["truncate", "insert", "insert", "insert_line", "delete", "overwrite",
                                 "nfd", "swap_lines", "duplicate_line", "replace_all"]))
    offset = draw(st.integers(0, len(raw)))
    lines = raw.split(b"\n")
    line = draw(st.integers(0, len(lines) - 1))
    if kind == "truncate":
        return raw[:offset]
    if kind == "insert":
        return raw[:offset] + draw(INSERTS) + raw[offset:]
    if kind == "insert_line":
        indent = b" " * draw(st.integers(0, 6))
        return b"\n".join(lines[:line] + [indent + draw(INSERTS) + b": " + draw(INSERTS)] + lines[line:])
    if kind == "delete":
        return raw[:offset] + raw[offset + draw(st.integers(1, 200)):]
    if kind == "overwrite" and offset < len(raw):
        return raw[:offset] + bytes([draw(st.integers(0, 255))]) + raw[offset + 1:]
    if kind == "nfd":
        return nfd(raw.decode("utf-8", errors="surrogateescape")).encode("utf-8", errors="surrogateescape")
    if kind == "swap_lines":
        other = draw(st.integers(0, len(lines) - 1))
        lines[line], lines[other] = lines[other], lines[line]
        return b"\n".join(lines)
    if kind == "duplicate_line":
        return b"\n".join(lines[: line + 1] + lines[line:])
    if kind == "replace_all":
        return draw(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda s: s.encode("utf-8"))))
    return raw


@st.composite
def corrupted_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A shipped record's or table's bytes with one to three accidents."""
    seed = draw(st.sampled_from(SEEDS + TABLES))
    raw = seed_bytes(seed)
    for _ in range(draw(st.integers(1, 3))):
        raw = mutate_bytes(draw, raw)
    return seed, raw


# --- Properties ---------------------------------------------------------------------------------------

@HOSTILE
@given(mutated_records())
def test_mutated_records_pass_or_are_reported_where_they_are_wrong(mutation: tuple[str, bytes]) -> None:
    seed, raw = mutation
    check_with({seed: raw})


@HOSTILE
@given(corrupted_files())
def test_corrupted_files_are_reported_not_crashed_on(mutation: tuple[str, bytes]) -> None:
    seed, raw = mutation
    check_with({seed: raw})


@HOSTILE
@given(st.sampled_from(["campaigns/plans/new.yaml", "campaigns/registry/new.yaml", "campaigns/site.yaml"]),
       VALUES)
def test_any_yaml_value_as_a_record_is_reported_not_crashed_on(relative: str, data: Any) -> None:
    check_with({relative: dump(data)})


# --- Deterministic mutations over all shipped records --------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_every_seed_survives_the_harness_round_trip(seed: str) -> None:
    """Parsing a seed and writing it back (what the structural mutations start from) changes nothing."""
    _, outcome = check_with({seed: dump(seed_data(seed))})
    assert outcome.passed, format_problems(outcome.problems)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_file_saved_as_nfd_reads_like_the_original(seed: str) -> None:
    """Editors on macOS may save decomposed accents (NFD); the reader normalises them to NFC."""
    project, outcome = check_with({seed: nfd(seed_bytes(seed).decode("utf-8")).encode("utf-8")})
    assert outcome.passed, format_problems(outcome.problems)
    found = sorted((file, line, code) for file, line, _, code in (key_of(p, project.root) for p in outcome.problems))
    assert found == sorted((file, line, code) for file, line, _, code in shipped_problems())


@pytest.mark.parametrize(("target", "source"), [(a, b) for a in PLANS for b in PLANS if a != b])
def test_a_plan_copied_over_another_is_a_duplicate_id(target: str, source: str) -> None:
    """Copying a record to start a new one and forgetting to change its id: one located duplicate_id.

    The overwritten record is gone, so whatever cited its id is reported too, where it cites it.
    """
    project, outcome = check_with({target: seed_bytes(source)})
    errors = [p for p in outcome.problems if p.severity == "error"]
    [duplicate] = [p for p in errors if p.code == "duplicate_id"]
    assert Path(duplicate.location.file) in {project.root / target, project.root / source}
    assert (duplicate.location.line, duplicate.location.column) == (3, 1)
    assert {p.code for p in errors if p is not duplicate} <= CROSS_RECORD, format_problems(outcome.problems)


def top_level_keys() -> list[tuple[str, str]]:
    return [(plan, key) for plan in PLANS for key in seed_data(plan)]


def without_top_level_key(seed: str, key: str) -> bytes:
    """The seed's text with the block of one top-level key removed, every other line as it was."""
    loaded, _ = load_yaml(ROOT / seed)
    assert loaded is not None
    starts = sorted(loaded.positions[(name,)][0] for name in loaded.data)
    first = loaded.positions[(key,)][0]
    following = [line for line in starts if line > first]
    lines = seed_bytes(seed).split(b"\n")
    end = following[0] - 1 if following else len(lines)
    return b"\n".join(lines[: first - 1] + lines[end:])


# Deleting an optional key can leave what it held cited elsewhere in the same record, any section may
# hold a footnote's only citation, and a document's own wording (`citations`) outlives the key that cited it.
CITATIONS = frozenset({"footnote_unused", "footnote_language", "citation_uncited"})
CONSEQUENCES = {
    "dossiers": {"unknown_ref"},          # awards and submissions name the deleted dossiers
    "footnotes": {"footnote_missing"},    # texts still cite [^1]
    "notes": {"duration_unnoted"},        # a stated duration that disagrees with the dates needs a note
}


@pytest.mark.parametrize(("seed", "key"), top_level_keys())
def test_deleting_a_top_level_key_passes_or_is_missing_at_the_record(seed: str, key: str) -> None:
    project, outcome = check_with({seed: without_top_level_key(seed, key)})
    mutated = project.root / seed
    required = Campaign.model_fields[key].is_required()
    here = [p for p in outcome.problems if Path(p.location.file) == mutated and p.severity == "error"]
    if required:
        assert not outcome.passed
        missing = [p for p in here if p.code == "missing" and p.path == key]
        assert missing, format_problems(outcome.problems)
        assert (missing[0].location.line, missing[0].location.column) == (1, 1)
        assert all(p.code == "missing" for p in here), format_problems(outcome.problems)
    else:
        assert outcome.passed or {p.code for p in here} <= CITATIONS | CONSEQUENCES.get(key, set()), \
            format_problems(outcome.problems)
        assert "missing" not in {p.code for p in here}


# --- Bombs: refused quickly, in bounded memory ------------------------------------------------------------

@dataclass(frozen=True)
class Measured:
    outcome: Outcome
    seconds: float      # without tracemalloc, which slows allocation-heavy code several times over
    peak_bytes: int     # traced in a second run


def measured(project: Project) -> Measured:
    started = time.monotonic()
    outcome = run_check(project)
    seconds = time.monotonic() - started
    tracemalloc.start()
    try:
        run_check(project)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Measured(outcome, seconds, peak)


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ["lol0: &lol0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * width) + "]")
    return "id: bomb\n" + "\n".join(lines) + "\n"


def quadratic_blowup(keys: int = 2_000, references: int = 2_000) -> str:
    mapping = "{" + ", ".join(f"k{i}: v" for i in range(keys)) + "}"
    return f"big: &big {mapping}\nrefs: [" + ", ".join(["*big"] * references) + "]\n"


@pytest.mark.parametrize("bomb", [billion_laughs, quadratic_blowup])
def test_alias_bomb_is_refused_quickly_in_bounded_memory(bomb: Callable[[], str], tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project.content_dir / "plans" / "bomb.yaml"
    path.write_text(bomb(), encoding="utf-8")
    result = measured(project)
    assert not result.outcome.passed
    assert "yaml_too_big" in result.outcome.codes
    [refusal] = [p for p in result.outcome.problems if p.code == "yaml_too_big"]
    assert refusal.location.file == path and refusal.location.line >= 1
    assert result.seconds < 10, result          # generous bound for slow CI; it takes well under 2 s
    assert result.peak_bytes < MEMORY_LIMIT, result


def test_50_mb_file_is_refused_quickly_in_bounded_memory(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project.content_dir / "plans" / "huge.yaml"
    with path.open("wb") as out:
        out.write(b"id: huge\nnotes:\n")
        line = b"  - {vi: " + b"x" * 1000 + b", en: y}\n"
        for _ in range(50 * MB // len(line) + 1):
            out.write(line)
    assert path.stat().st_size > 50 * MB
    result = measured(project)
    assert result.outcome.codes.count("yaml_too_big") == 1, result
    [refusal] = [p for p in result.outcome.problems if p.code == "yaml_too_big"]
    assert (refusal.location.file, refusal.location.line) == (path, 1)
    assert result.seconds < 10, result
    assert result.peak_bytes < MEMORY_LIMIT, result


# --- Crashes found by the properties, each reduced to its smallest input -------------------------------
# Each fails until the generator fix named in its docstring is applied.

KHANH_KHE = "campaigns/plans/2024-khanh-khe-thanh-toan-truc-tuyen.yaml"


def line_of(seed: str, line: str) -> int:
    """The 1-based number of the first line of `seed` that is exactly `line`."""
    return seed_bytes(seed).decode("utf-8").splitlines().index(line) + 1


def edited(seed: str, old: str, new: str) -> bytes:
    text = seed_bytes(seed).decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f", "\x9f", "\ufffe"])
def test_control_character_is_located(character: str) -> None:
    """yaml.reader.ReaderError is not a MarkedYAMLError: load_yaml lets it escape (yamlload.py)."""
    project, outcome = check_with({KHANH_KHE: edited(KHANH_KHE, "symbol: KH-UBND", f"symbol: KH{character}-UBND")})
    [problem] = [p for p in outcome.problems if Path(p.location.file) == project.root / KHANH_KHE]
    line = line_of(KHANH_KHE, "  symbol: KH-UBND")
    assert (problem.code, problem.location.line, problem.location.column) == ("control_character", line, 13)


def test_number_with_thousands_of_digits_is_located() -> None:
    """int() refuses more than 4300 digits with ValueError (yamlload.build_scalar)."""
    project, outcome = check_with({KHANH_KHE: edited(KHANH_KHE, "  ends: 2024-12-31",
                                                     "  ends: 2024-12-31\n  stated_days: " + "9" * 5000)})
    assert not outcome.passed
    line = line_of(KHANH_KHE, "  ends: 2024-12-31") + 1
    assert any(p.location.line == line for p in outcome.problems if Path(p.location.file) == project.root / KHANH_KHE)


def test_number_with_a_huge_exponent_is_located() -> None:
    """Decimal("1.0e999999999999999999999") raises InvalidOperation (yamlload.build_scalar)."""
    project, outcome = check_with({KHANH_KHE: edited(KHANH_KHE, "    value: 45\n",
                                                     "    value: 1.0e999999999999999999999\n")})
    assert not outcome.passed
    line = line_of(KHANH_KHE, "    value: 45")
    assert any(p.location.line == line for p in outcome.problems if Path(p.location.file) == project.root / KHANH_KHE)


def test_footnote_mark_with_thousands_of_digits_is_located() -> None:
    """validate_texts.footnote_problems calls int() on every [^digits] mark, whatever its length."""
    cited = "theme:\n  vi: x[^" + "1" * 5000 + "] "
    _, outcome = check_with({KHANH_KHE: edited(KHANH_KHE, "theme:\n  vi: ", cited)})
    assert "footnote_missing" in outcome.codes


@pytest.mark.parametrize(("seed", "old", "new"), [
    (KHANH_KHE, "  ends: 2024-12-31", "  ends: '0000'"),
    (KHANH_KHE, "  ends: 2024-12-31", "  ends: '0000-12'"),
    ("campaigns/registry/units.yaml", "valid_until: 2025-06-30", "valid_until: '0000'"),
])
def test_year_zero_is_an_invalid_date(seed: str, old: str, new: str) -> None:
    """dates.parse_partial_date accepts year 0 without a day; first_day()/last_day() then raise ValueError."""
    _, outcome = check_with({seed: edited(seed, old, new)})
    assert "date_invalid" in outcome.codes


@pytest.mark.parametrize("text", [
    pytest.param("id: deep\nx: " + "[" * 1_000 + "]" * 1_000 + "\n", id="flow-1000"),
    pytest.param("id: deep\nx: " + "{a: " * 1_000 + "1" + "}" * 1_000 + "\n", id="mapping-1000"),
    pytest.param("id: deep\nx:\n" + "".join(" " * i + "- \n" for i in range(1_000)), id="block-1000"),
    pytest.param("l0: &l0 [x]\n" + "".join(f"l{i}: &l{i} [*l{i - 1}]\n" for i in range(1, 2_000)), id="aliases-2000"),
])
def test_deep_nesting_is_refused(text: str) -> None:
    """yamlload._Builder.node recurses once per level: RecursionError, whether the text or its aliases nest."""
    project, outcome = check_with({"campaigns/plans/deep.yaml": text.encode("utf-8")})
    assert any(Path(p.location.file) == project.root / "campaigns/plans/deep.yaml" for p in outcome.problems)


def test_very_deep_nesting_does_not_kill_the_interpreter(tmp_path: Path) -> None:
    """libyaml's composer recurses in C: 200 000 nested brackets (400 kB) end the process with SIGSEGV."""
    project = copy_project(tmp_path)
    (project.content_dir / "plans" / "deep.yaml").write_text("x: " + "[" * 200_000 + "]" * 200_000, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project.root), "check"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1, f"exit status {result.returncode}\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "deep.yaml:1:" in result.stderr


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    """load_yaml and errors.read_line read the whole file before refusing it: a 5 GB file committed by mistake
    costs 15 GB of memory (bytes, text, lines); this one 128 MB, three times over."""
    project = copy_project(tmp_path)
    path = project.content_dir / "plans" / "video.yaml"
    with path.open("wb") as out:
        out.truncate(128 * MB)   # sparse: takes no disk space
    result = measured(project)
    assert "yaml_too_big" in result.outcome.codes
    assert result.peak_bytes < MEMORY_LIMIT, result


def test_many_problems_in_one_file_are_reported_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """format_problems rereads the whole file for every problem: 60 000 duplicate keys take minutes to print."""
    project = copy_project(tmp_path)
    (project.content_dir / "plans" / "dup.yaml").write_text("id: dup\n" + "a: 1\n" * 60_000, encoding="utf-8")
    with time_limit(15):   # under a second once fixed
        status = main(["--root", str(project.root), "check"])
    assert status == 1
    assert "dup.yaml:3:1" in capsys.readouterr().err
