"""Which files under `campaigns/` and `site_src/` may be read, and the ones put where nothing reads them.

A symbolic link that leads outside the project (to /etc/passwd, /proc/self/environ) is refused and never
opened, so neither `check`'s output nor the site can show what it points at; a broken link or a link
loop is reported. Files where nothing reads them (`x.yml`, `x.YAML`, a table directly in
`campaigns/results/`, a `.xls`) are reported instead of silently ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import Location, Problem

RECORD_FOLDERS = ("plans", "registry", "decisions")         # read: `<folder>/*.yaml`
RESULTS = "results"                                         # read: `results/<campaign>/*.csv|*.xlsx`
TABLE_SUFFIXES = (".csv", ".xlsx")
TOP_RECORDS = ("site.yaml", "glossary.yaml")


@dataclass
class Inputs:
    """Paths that must not be opened, and the problems found while looking."""

    refused: set[Path] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    def allows(self, path: Path) -> bool:
        """Whether `path` may be read: neither it nor a folder above it is a refused link."""
        return not self.refused or not ({path, *path.parents} & self.refused)


def survey(root: Path, content_dir: Path, pages_dir: Path, illustrative: Path | None) -> Inputs:
    """Links under the input folders checked against the project `root`; files where nothing reads them."""
    inputs = Inputs()
    for base in (content_dir, pages_dir):
        check_links(root.resolve(), base, inputs)
    for folder in (content_dir, illustrative):
        if folder is not None and folder.is_dir():
            report_strays(folder, inputs, top=folder == content_dir)
    return inputs


def check_links(root: Path, base: Path, inputs: Inputs) -> None:
    """Every link under `base` must resolve, and stay inside `root`."""
    for folder, dirs, files in os.walk(base):
        for name in dirs + files:
            path = Path(folder) / name
            if path.is_symlink():
                refuse_link(root, path, inputs)


def refuse_link(root: Path, link: Path, inputs: Inputs) -> None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError) as error:          # broken, or a loop
        inputs.refused.add(link)
        reason = getattr(error, "strerror", None) or "symlink loop"
        inputs.problems.append(Problem(Location(link), "", "file_unreadable", {"problem": reason}))
        return
    if not target.is_relative_to(root):
        inputs.refused.add(link)
        inputs.problems.append(Problem(Location(link), "", "link_outside", {"target": os.readlink(link)}))


def report_strays(folder: Path, inputs: Inputs, top: bool) -> None:
    """Files in the record and result folders of `folder` (campaigns/ or campaigns/illustrative/) not read."""
    if top:
        inputs.problems += [stray(path, "stray_yaml") for path in files_in(folder, inputs)
                            if path.suffix.lower() in (".yaml", ".yml") and path.name not in TOP_RECORDS]
    for name in RECORD_FOLDERS:
        inputs.problems += [stray(path, "stray_yaml") for path in files_in(folder / name, inputs, deep=True)
                            if path.parent != folder / name or path.suffix != ".yaml"]
    results = folder / RESULTS
    for path in files_in(results, inputs, deep=True):
        if path.parent.parent != results:
            inputs.problems.append(stray(path, "stray_table_place"))
        elif path.suffix.lower() not in TABLE_SUFFIXES:
            inputs.problems.append(stray(path, "stray_table_format", suffix=path.suffix or path.name))


def files_in(folder: Path, inputs: Inputs, deep: bool = False) -> list[Path]:
    """The visible files in `folder` (and below it if `deep`), in sorted order; none under a refused link."""
    if not folder.is_dir() or not inputs.allows(folder):
        return []
    found = folder.rglob("*") if deep else folder.iterdir()
    return sorted(path for path in found if not any(part.startswith(".") for part in path.relative_to(folder).parts)
                  and inputs.allows(path) and path.is_file())


def stray(path: Path, code: str, **params: object) -> Problem:
    return Problem(Location(path), "", code, params)
