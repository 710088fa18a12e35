"""The pipeline, start to end: load, validate, compute, render, write."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .compute import compute_site
from .errors import InputProblems, Problem
from .i18n import load_languages
from .load import load_sources
from .render import render_language_files, render_root_files, render_site
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
    def site_dir(self) -> Path:
        return self.root / "site"


def check(project: Project) -> tuple[Catalog, list[Problem]]:
    """Load and validate everything; raise with every error found, or return the catalog and warnings."""
    catalog, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    errors = [p for p in problems if p.severity == "error"]
    if errors or catalog is None:
        raise InputProblems(problems)
    return catalog, problems


def build(project: Project, today: dt.date, out_dir: Path | None = None, parallel: bool = True) -> list[Problem]:
    """Build the whole site into `out_dir` (default `site/`); the old site stays if anything fails."""
    catalog, warnings = check(project)
    languages = load_languages()
    site = compute_site(catalog, languages, today)
    rendered = render_site(site, languages)
    files = render_language_files(catalog, languages, today, site)
    root_files = render_root_files(catalog, today, site)
    docs_root, staging = project.work_dir / "docs", project.work_dir / "staging"
    write_markdown(rendered, files, docs_root, project.pages_dir / "assets")
    built = build_html(site, docs_root, staging, epoch_of(today), parallel)
    write_root_files(root_files, built)
    publish(built, out_dir or project.site_dir)
    return warnings


def epoch_of(day: dt.date) -> int:
    """Midnight UTC of `day`, as the timestamp the builder stamps into files."""
    return calendar.timegm(day.timetuple())
