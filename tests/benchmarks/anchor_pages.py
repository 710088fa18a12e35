"""The synthetic province's pages written out as Markdown files, for the tools a province would pick instead.

The anchors of `anchors.py` build the same pages as this project: the generator's own Markdown for
every page of both languages (the same count per language, the same size), the hand-written pages
of `site_src/`, the shared stylesheet, and the other files the pages link to (.ics, data, feeds).
Writing them out is not timed: a province using those tools would keep Markdown files in git.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.build import Project, make
from generator.model.fields import LANGUAGES
from generator.validate.catalog import Catalog

SHOWN_META = ("hide", "search")    # the page settings Material reads from front matter; the rest is ours


@dataclass(frozen=True)
class LanguagePages:
    """One language's pages as Markdown, its other files, and its navigation (section pages only)."""

    code: str
    site_name: str
    pages: dict[str, str]              # docs path (`phong-trao/x.md`) -> Markdown
    meta: dict[str, dict[str, Any]]    # docs path -> the front matter Material would read
    files: dict[str, bytes]            # .ics, data, feeds
    nav: list[dict[str, str]]

    @property
    def markdown_bytes(self) -> int:
        return sum(len(body.encode("utf-8")) for body in self.pages.values())


def province_pages(project: Project, catalog: Catalog, today: dt.date) -> dict[str, LanguagePages]:
    """Every language's pages, as the generator makes them, plus the hand-written ones."""
    found = {}
    for code in LANGUAGES:
        made = make(catalog, today, (code,))
        pages = {page.path: page.body for page in made.rendered[code]}
        meta = {page.path: {k: v for k, v in page.meta.items() if k in SHOWN_META} for page in made.rendered[code]}
        for source in sorted((project.pages_dir / code).rglob("*.md")):
            pages[str(source.relative_to(project.pages_dir / code))] = source.read_text(encoding="utf-8")
        found[code] = LanguagePages(code, made.site.site_names[code], pages, meta, made.files[code],
                                    made.site.nav[code])
    return found


def with_front_matter(body: str, meta: dict[str, Any]) -> str:
    """A page as a person would keep it in git: YAML front matter, if it has settings, then the Markdown."""
    if not meta:
        return body
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n\n" + body


def title_of(body: str) -> str:
    """The page's first level-1 heading, which mkdocs takes as its title (Hugo needs it in front matter)."""
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def write_files(folder: Path, files: dict[str, bytes | str]) -> None:
    """Each file at its path under `folder`."""
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)


def copy_assets(project: Project, target: Path) -> None:
    """The shared stylesheet, where both languages' pages link to it."""
    if project.assets_dir.is_dir():
        shutil.copytree(project.assets_dir, target, dirs_exist_ok=True)
