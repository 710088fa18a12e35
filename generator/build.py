"""The pipeline, start to end: load, validate, compute, render, write."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from .compute import SiteView, compute_site
from .errors import InputProblems, Problem
from .i18n import Language, load_languages
from .load import RecordCache, load_sources
from .render import RenderedPage, render_language_files, render_root_files, render_site
from .validate import Catalog, validate_sources
from .write import build_html, publish, write_markdown, write_root_files

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")  # Viet Nam keeps UTC+7 all year


def today_in_vietnam() -> dt.date:
    """Today's date in Asia/Ho_Chi_Minh: the default "today" of a build."""
    return dt.datetime.now(VIETNAM).date()


@dataclass(frozen=True)
class Project:
    """Where a project's inputs are and where its outputs go."""

    root: Path

    @property
    def content_dir(self) -> Path:
        return self.root / "campaigns"

    @property
    def pages_dir(self) -> Path:
        return self.root / "site_src"

    @property
    def work_dir(self) -> Path:
        return self.root / "build"

    @property
    def docs_dir(self) -> Path:
        """The generated Markdown, a folder per language: what the site builder reads."""
        return self.work_dir / "docs"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


def check(project: Project, cache: RecordCache | None = None) -> tuple[Catalog, list[Problem]]:
    """Load and validate everything; raise with every error found, or return the catalog and warnings."""
    catalog, problems = validate_sources(load_sources(project.content_dir, project.pages_dir, cache))
    errors = [p for p in problems if p.severity == "error"]
    if errors or catalog is None:
        raise InputProblems(problems)
    return catalog, problems


Timer = Callable[[str], AbstractContextManager[object]]


def untimed(stage: str) -> AbstractContextManager[object]:
    return contextlib.nullcontext()


@dataclass(frozen=True)
class Generated:
    """What the generator makes before the site builder runs."""

    warnings: list[Problem]
    languages: dict[str, Language]
    site: SiteView
    rendered: dict[str, list[RenderedPage]]     # the pages' Markdown, per language
    files: dict[str, dict[str, bytes]]          # calendars, feeds and data, per language
    root_files: dict[str, bytes]                # sitemap, robots.txt, build-info.json, _headers


def generate(project: Project, today: dt.date, cache: RecordCache | None = None, timed: Timer = untimed) -> Generated:
    """Load and validate, compute, render: every stage before the site builder, each timed by `timed`."""
    with timed("load + validate"):
        catalog, warnings = check(project, cache)
    with timed("compute"):
        languages = load_languages()
        site = compute_site(catalog, languages, today)
    with timed("render"):
        rendered = render_site(site, languages)
        files = render_language_files(catalog, languages, today, site)
        root_files = render_root_files(catalog, today, site)
    return Generated(warnings, languages, site, rendered, files, root_files)


def build(project: Project, today: dt.date, out_dir: Path | None = None, parallel: bool = True) -> list[Problem]:
    """Build the whole site into `out_dir` (default `site/`); the old site stays if anything fails."""
    made = generate(project, today)
    write_markdown(made.rendered, made.files, project.docs_dir, project.pages_dir / "assets")
    built = build_html(made.site, made.languages, project.docs_dir, project.work_dir / "staging", epoch_of(today),
                       parallel)
    write_root_files(made.root_files, built)
    publish(built, out_dir or project.site_dir)
    return made.warnings


def epoch_of(day: dt.date) -> int:
    """Midnight UTC of `day`, as the timestamp the builder stamps into files."""
    return calendar.timegm(day.timetuple())
