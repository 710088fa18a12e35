"""Stage 2, validate (references): every id a record mentions names something that exists.

The ids are read from each file's data as loaded, not from its model, by the declarations below: a record
that fails the schema has its references checked, at their line and column, by the same code as one that
passes. A value that is not an id (a wrong type, a TODO) is skipped: the schema or the TODO check reports it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..base.errors import Problem
from ..load.yamlload import LoadedFile, PathKey, format_path
from ..model.campaign import Slug

EVERY = "*"                                     # in a declared path: each item of a list
Declared = tuple[tuple[str, tuple[str, ...]], ...]   # (kind of the id, where it stands)
Entries = dict[str, dict[str, Any]]             # kind -> id -> the entry's data as loaded

# Every reference a campaign makes. A new reference field is one more line here.
CAMPAIGN_REFS: Declared = (
    ("unit", ("document", "issuer")),
    ("unit", ("document", "recipients", EVERY, "unit")),
    ("plan", ("implements", EVERY)),
    ("indicator", ("targets", EVERY, "indicator")),
    ("document", ("targets", EVERY, "basis", EVERY)),
    ("award_form", ("awards", EVERY, "form")),
    ("plan", ("awards", EVERY, "criteria_from")),
    ("dossier", ("awards", EVERY, "dossier")),
    ("document", ("dossiers", EVERY, "components", EVERY, "documents", EVERY)),
    ("unit", ("submissions", EVERY, "to")),
    ("dossier", ("submissions", EVERY, "dossiers", EVERY)),
    ("unit", ("forwarding", EVERY, "by")),
    ("unit", ("forwarding", EVERY, "to")),
    ("unit", ("forwarding", EVERY, "via")),
    ("unit", ("responsibilities", EVERY, "unit")),
    ("unit", ("reporting", "to")),
    ("document", ("footnotes", EVERY, "documents", EVERY)),
    ("document", ("references", EVERY)),
    ("document", ("citations", EVERY, "document")),
)
# Every reference a registry file makes.
REGISTRY_REFS: Declared = (
    ("unit", ("units", EVERY, "parent")),
    ("unit", ("documents", EVERY, "issuer")),
    ("unit", ("award_forms", EVERY, "conferred_by")),
)
# Every reference a file of commendation decisions makes.
DECISION_REFS: Declared = (
    ("unit", ("decisions", EVERY, "issuer")),
    ("campaign", ("decisions", EVERY, "campaign")),
    ("unit", ("decisions", EVERY, "recipients", EVERY, "unit")),
)
REGISTRY_LISTS = {"unit": "units", "indicator": "indicators", "document": "documents", "award_form": "award_forms"}
DOSSIER_IDS = ("dossiers", EVERY, "id")         # a campaign's own dossiers, which its awards and submissions name

# kind -> its name in Vietnamese and English, and where to add one
REF_KINDS = {
    "unit": ("đơn vị", "unit", "campaigns/registry/units.yaml"),
    "indicator": ("chỉ tiêu", "indicator", "campaigns/registry/indicators.yaml"),
    "document": ("văn bản", "document", "campaigns/registry/documents.yaml"),
    "award_form": ("hình thức khen thưởng", "award form", "campaigns/registry/award-forms.yaml"),
    "plan": ("kế hoạch", "plan", "campaigns/plans/ or campaigns/registry/documents.yaml"),
    "dossier": ("bộ hồ sơ", "dossier", "dossiers:"),
    "campaign": ("phong trào", "campaign", "campaigns/plans/"),
}
SLUG: TypeAdapter[str] = TypeAdapter(Slug)


def as_id(value: object) -> str | None:
    """`value` as an id, if the schema takes it as one (a number is read as text); otherwise None."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) and is_slug(value) else None


def is_slug(text: str) -> bool:
    """Lowercase ASCII letters, digits and single hyphens, as the model's `Slug`: never a path."""
    try:
        SLUG.validate_python(text)
    except ValidationError:
        return False
    return True


def walk(data: Any, path: tuple[str, ...]) -> list[tuple[PathKey, Any]]:
    """Each value at `path` in `data`, with its full path; a part that is missing or of another type is skipped."""
    found: list[tuple[PathKey, Any]] = [((), data)]
    for step in path:
        if step == EVERY:
            found = [((*where, i), item) for where, value in found if isinstance(value, list)
                     for i, item in enumerate(value)]
        else:
            found = [((*where, step), value[step]) for where, value in found
                     if isinstance(value, dict) and step in value]
    return found


def find_refs(data: Any, declared: Declared) -> Iterator[tuple[str, str, PathKey]]:
    """(kind, id, path) for every id in `data` at one of the `declared` places."""
    for kind, path in declared:
        for where, value in walk(data, path):
            id_ = as_id(value)
            if id_ is not None:
                yield kind, id_, where


def ids_at(data: Any, path: tuple[str, ...]) -> dict[str, Any]:
    """The ids at `path` (which ends at an entry's `id`), each with its entry's data."""
    found: dict[str, Any] = {}
    for _, entry in walk(data, path[:-1]):
        id_ = as_id(entry.get(path[-1])) if isinstance(entry, dict) else None
        if id_ is not None:
            found.setdefault(id_, entry)
    return found


def known_entries(registry_files: list[LoadedFile], campaign_files: list[LoadedFile]) -> Entries:
    """Every id that exists, by kind, from every readable file, the ones that fail the schema too."""
    known: Entries = {kind: {} for kind in REGISTRY_LISTS}
    for file in registry_files:
        for kind, name in REGISTRY_LISTS.items():
            for entry_id, entry in ids_at(file.data, (name, EVERY, "id")).items():
                known[kind].setdefault(entry_id, entry)     # in reading order: the first entry of an id stands
    known["campaign"] = {id_: file.data for file in campaign_files if (id_ := as_id(file.data.get("id"))) is not None}
    known["plan"] = {**known["document"], **known["campaign"]}
    return known


def reference_problems(file: LoadedFile, declared: Declared, known: Entries) -> list[Problem]:
    """An error at each id in `file` that names nothing of its kind."""
    local: Mapping[str, Mapping[str, Any]] = {**known, "dossier": ids_at(file.data, DOSSIER_IDS)}
    return [unknown_ref(file, kind, id_, where) for kind, id_, where in find_refs(file.data, declared)
            if id_ not in local[kind]]


def unknown_ref(file: LoadedFile, kind: str, id_: str, where: PathKey) -> Problem:
    """The error for an id that names nothing of its kind, with where to add one."""
    vi, en, where_to_add = REF_KINDS[kind]
    return Problem(file.locate(where), format_path(where), "unknown_ref",
                   {"id": id_, "kind_vi": vi, "kind_en": en, "file": where_to_add})
