"""Benchmark: import-plan against the five hand-made records. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_import

For each seed text (and the .docx made from it), the draft is compared with the hand-made record's facts:
every leaf value of that record on the Vietnamese side and the structural values (ids, numbers, dates,
comparison words), not the English (`en`), not `notes`, `published` or `id` (not in the document). Each
fact is: right (same path, equal after normalising case, quotes, spaces, end marks and Markdown emphasis),
TODO (the draft's value there, or anything else in the same entry - a target, an award, a responsibility, a
paper - is a TODO; an English TODO does not count; or the fact's words are quoted in a TODO note), missing
(not at that path and not quoted in a TODO; "editorial" counts those under a note, as_written, applies_to,
criteria_from or purpose, mostly the editor's words rather than the document's), or wrong (a different
value, nothing flagged in its entry). "Extra" counts the draft's own leaf values at paths the record does not
have, with no TODO in their entry (what the draft says that the editor did not). Targets, awards and
responsibilities are compared entry by entry after pairing entries with the same indicator, form, unit or
who (their order is not a fact); dossier and submission ids are the editor's names and are not counted.
The plan's own wording of a unit (`to_words`, `by_words`, `via_words` of submissions, forwarding and reporting)
is counted like any fact, and shown again on a row of its own ("of which unit wording").
The translation memory leaves the record being measured out, as if it were new.
Then the time from a .docx of about 20 pages to a draft.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator.staff.importplan import draft_text
from generator.staff.importplan.memory import key
from tests.plan_docx import docx_from_text

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "campaigns"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"      # the five signed plans, as text
RECORDS = {
    "000": "2024-khanh-khe-thanh-toan-truc-tuyen", "001": "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen",
    "002": "2024-so-nnptnt-lang-son-thanh-toan-truc-tuyen", "003": "2024-lang-son-hien-dai-hoa-mot-cua",
    "004": "2026-chi-lang-dich-vu-cong-truc-tuyen",
}
SKIP = {"id", "published", "notes"}
EDITORIAL = {"note", "as_written", "applies_to", "criteria_from", "purpose"}   # mostly the editor's words
Path_ = tuple[object, ...]
COUNTS = ("facts", "right", "todo", "missing", "wrong", "notes", "extra",
          "words_facts", "words_right", "words_todo", "words_missing", "words_wrong")   # words_: the `*_words`


def leaves(data: Any, path: Path_ = ()) -> dict[Path_, Any]:
    """Every leaf value by its path; English sides left out."""
    if isinstance(data, dict):
        found: dict[Path_, Any] = {}
        for name, value in data.items():
            if name == "en" or (not path and name in SKIP):
                continue
            found.update(leaves(value, (*path, name)))
        return found
    if isinstance(data, list):
        found = {}
        for index, value in enumerate(data):
            found.update(leaves(value, (*path, index)))
        return found
    return {path: data}


def norm(value: Any) -> str:
    """A value as compared: dates ISO, numbers without trailing zeros, text by `memory.key`."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return format(Decimal(str(value)).normalize(), "f")
    return key(str(value).replace("*", "")) if isinstance(value, str) else str(value)   # Markdown emphasis


def item_of(path: Path_, draft: dict[str, Any]) -> Path_:
    """The path of the innermost list item a leaf belongs to that is an entry of its own (a target, an award, a
    responsibility, a paper), not a bare text in two languages; the whole path if there is none."""
    for end in range(len(path), 0, -1):
        value = at(draft, path[:end])[1]
        if isinstance(path[end - 1], int) and isinstance(value, dict) and set(value) - {"vi", "en"}:
            return path[:end]
    return path


def has_todo(data: Any) -> bool:
    """Whether any string under `data` is a TODO; an English TODO does not count (it asks for a translation,
    not for the Vietnamese to be checked)."""
    if isinstance(data, dict):
        return any(has_todo(v) for k, v in data.items() if k != "en")
    if isinstance(data, list):
        return any(has_todo(v) for v in data)
    return isinstance(data, str) and "TODO" in data


def at(data: Any, path: Path_) -> tuple[bool, Any]:
    """The value at `path`, if the draft has that path."""
    for part in path:
        if isinstance(data, dict):
            if part not in data:
                return False, None
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return False, None
    return True, data


ALIGN = {"targets": "indicator", "awards": "form", "responsibilities": "unit"}


def align(record: dict[str, Any], draft: dict[str, Any]) -> None:
    """Put the draft's targets, awards and responsibilities in the record's order where their ids agree: the
    order of a list is not a fact, and a missed target must not shift every other one."""
    for section, name in ALIGN.items():
        theirs, ours = record.get(section) or [], list(draft.get(section) or [])
        ordered: list[Any] = []
        for wanted in theirs:
            match = next((o for o in ours if isinstance(o, dict) and isinstance(wanted, dict)
                          and o.get(name) is not None and o.get(name) == wanted.get(name)), None)
            if match is None and isinstance(wanted, dict) and isinstance(wanted.get("who"), dict):
                match = next((o for o in ours if isinstance(o, dict) and isinstance(o.get("who"), dict)
                              and key(o["who"].get("vi", "")) == key(wanted["who"]["vi"])), None)
            if match is None:
                match = next((o for o in ours if isinstance(o, dict) and "TODO" in str(o.get(name))), None)
            if match is not None:
                ours.remove(match)
            ordered.append(match if match is not None else {})
        draft[section] = ordered + ours


def rename_dossiers(record: dict[str, Any], draft: dict[str, Any]) -> None:
    """Dossier and submission ids are names the editor chooses, not facts of the document: they are not
    counted, and the draft's dossier ids are read as the record's (by position) where awards and
    submissions refer to them, so that which dossier goes with which award still counts."""
    names = {ours.get("id"): theirs.get("id") for ours, theirs in zip(draft.get("dossiers") or [],
                                                                        record.get("dossiers") or [], strict=False)}
    for award in draft.get("awards") or []:
        if isinstance(award, dict) and award.get("dossier") in names:
            award["dossier"] = names[award["dossier"]]
    for submission in draft.get("submissions") or []:
        if isinstance(submission, dict):
            submission["dossiers"] = [names.get(d, d) for d in submission.get("dossiers") or []]
    for data in (record, draft):
        for section in ("dossiers", "submissions"):
            for entry in data.get(section) or []:
                if isinstance(entry, dict):
                    entry.pop("id", None)


def score(record: dict[str, Any], draft: dict[str, Any]) -> dict[str, int]:
    """Counts of right, todo, missing and wrong facts, and of those the `*_words` ones."""
    align(record, draft)
    rename_dossiers(record, draft)
    quoted = key(" ".join(str(n.get("vi", "")) for n in draft.get("notes") or [] if isinstance(n, dict)))
    counts = dict.fromkeys(COUNTS, 0)
    for path, value in leaves(record).items():
        present, got = at(draft, path)
        if present and norm(got) == norm(value):
            found = "right"
        elif (present and (has_todo(got) or has_todo(at(draft, item_of(path, draft))[1]))) or \
                (not present and isinstance(value, str) and len(value) > 12 and key(value)[:60] in quoted):
            found = "todo"
        elif not present:
            found = "missing"
            counts["notes"] += any(part in EDITORIAL for part in path)
        else:
            found = "wrong"
        for prefix in ("", "words_") if any(str(part).endswith("_words") for part in path) else ("",):
            counts[f"{prefix}facts"] += 1
            counts[f"{prefix}{found}"] += 1
    theirs = leaves(record)
    for path, value in leaves(draft).items():
        if path not in theirs and not has_todo(value) and not has_todo(at(draft, item_of(path, draft))[1]):
            counts["extra"] += 1
    return counts


def measure(source: Path, name: str) -> dict[str, int]:
    """Draft from `source` and score it against the hand-made record `name`."""
    record_path = CONTENT / "plans" / f"{name}.yaml"
    _, text = draft_text(source, CONTENT, "bench-draft", skip=record_path)
    return score(yaml.safe_load(record_path.read_text(encoding="utf-8")), yaml.safe_load(text))


def line(label: str, counts: dict[str, int]) -> str:
    """One row of the table."""
    share = {k: 100 * counts[k] / max(counts["facts"], 1) for k in ("right", "todo", "missing", "wrong")}
    return (f"{label:<28} facts {counts['facts']:>4}  right {share['right']:5.1f}%  TODO {share['todo']:5.1f}%  "
            f"missing {share['missing']:5.1f}% ({counts['notes']:>2} editorial)  wrong-unflagged {counts['wrong']:>3}  "
            f"extra-unflagged {counts['extra']:>3}")


def words_line(counts: dict[str, int]) -> str:
    """The row for the plan's own wording of units (`*_words`), in facts rather than shares."""
    return (f"{'  of which unit wording':<28} facts {counts['words_facts']:>4}  right {counts['words_right']:>4}   "
            f"TODO {counts['words_todo']:>4}   missing {counts['words_missing']:>4}   "
            f"wrong-unflagged {counts['words_wrong']:>3}")


def main() -> None:
    """Print the table and the timing."""
    total = dict.fromkeys(COUNTS, 0)
    with tempfile.TemporaryDirectory() as tmp:
        for prefix, name in RECORDS.items():
            text_file = next(SEEDS.glob(f"{prefix}_*.txt"))
            word_file = docx_from_text(text_file, Path(tmp) / f"{text_file.stem}.docx")
            for label, source in ((f"{prefix} .txt", text_file), (f"{prefix} .docx", word_file)):
                counts = measure(source, name)
                total = {k: total[k] + counts[k] for k in total}
                print(line(label, counts))
        print(line("all", total))
        print(words_line(total))
        long = docx_from_text(next(SEEDS.glob("003_*.txt")), Path(tmp) / "long.docx", repeat_body=6)
        import docx
        words = sum(len(p.text.split()) for p in docx.Document(str(long)).paragraphs)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            draft_text(long, CONTENT, "bench-long")
            runs.append(time.perf_counter() - started)
        print(f".docx -> draft, {words} words (~{words / 450:.0f} pages): best {min(runs):.2f} s of 3 (target < 2 s)")


if __name__ == "__main__":
    main()
