"""The pipeline, start to end: load, validate, compute, render, write."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import gc
import shutil
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

from .base.errors import InputProblems, Problem
from .builder.forked import for_each_language
from .builder.site_builder import build_language_html
from .compute.context import make_now
from .compute.language import Language, load_languages
from .compute.memo import SiteMemo
from .compute.site import SiteView, compute_site
from .load.records import RecordCache, load_sources
from .model.fields import LANGUAGES
from .render.cards import prune_cards
from .render.feeds import sitemap
from .render.memo import FileMemo, RenderMemo
from .render.pages import RenderedPage, render_language_files, render_root_files, render_site
from .validate.catalog import Catalog, validate_sources
from .write.docs import (
    docs_in_memory,
    fresh_docs,
    join_languages,
    language_build,
    stamp_builds,
    write_root_files,
)
from .write.publish import exclusive, new_build, output_lock, publish, refuse_output_over

# By default Python looks for reference cycles after every 700 new objects, and its fuller looks walk the objects
# that live for the whole build: 300,000 lists, dicts and models for the records alone at province scale. With
# these thresholds the generator takes a third less time (BENCHMARKS.md). A build makes few cycles, and ends.
BUILD_GC_THRESHOLD = (100_000, 50, 100)

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
    def assets_dir(self) -> Path:
        """CSS and images shared by both languages, copied into each language's docs folder."""
        return self.pages_dir / "assets"

    @property
    def work_dir(self) -> Path:
        return self.root / "build"

    @property
    def docs_dir(self) -> Path:
        """The site builder's docs folder per language: the shared assets (generated files come in memory)."""
        return self.work_dir / "docs"

    @property
    def cards_dir(self) -> Path:
        """Link preview cards drawn before, by a hash of what they say: drawn once, not at every build."""
        return self.work_dir / "cards"

    @property
    def lock_file(self) -> Path:
        """Held by the build that uses `work_dir`: one build at a time per project."""
        return self.work_dir / "build.lock"

    @property
    def preview_docs_dir(self) -> Path:
        """The preview's own docs folders, so that a build beside it never replaces them."""
        return self.work_dir / "preview-docs"

    @property
    def preview_dir(self) -> Path:
        """What `serve` shows while staff edit."""
        return self.work_dir / "preview"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


P = ParamSpec("P")
R = TypeVar("R")


def collecting_rarely(stage: Callable[P, R]) -> Callable[P, R]:
    """Run `stage` with the build's garbage-collection thresholds, and put back the caller's after."""
    @functools.wraps(stage)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        before = gc.get_threshold()
        gc.set_threshold(*BUILD_GC_THRESHOLD)
        try:
            return stage(*args, **kwargs)
        finally:
            gc.set_threshold(*before)
    return run


@collecting_rarely
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

    languages: dict[str, Language]
    site: SiteView
    rendered: dict[str, list[RenderedPage]]     # the pages' Markdown, per language
    files: dict[str, dict[str, bytes]]          # calendars, feeds and data, per language
    root_files: dict[str, bytes]                # sitemap, robots.txt, build-info.json, _headers


@dataclass
class Memo:
    """The preview's views and Markdown of the last save, so that a save makes again only what it changed."""

    site: SiteMemo = field(default_factory=SiteMemo)
    render: RenderMemo = field(default_factory=RenderMemo)
    files: FileMemo = field(default_factory=FileMemo)


@collecting_rarely
def generate(project: Project, today: dt.date, cache: RecordCache | None = None,
             timed: Timer = untimed, memo: Memo | None = None) -> tuple[Generated, list[Problem]]:
    """Load and validate, compute, render: every stage before the site builder, each timed by `timed`;
    what they made, and the warnings about the input. With a `memo`, what the last call made is reused."""
    with timed("load + validate"):
        catalog, warnings = check(project, cache)
    return make(catalog, today, LANGUAGES, timed, project.cards_dir, memo), warnings


def make(catalog: Catalog, today: dt.date, codes: Sequence[str], timed: Timer = untimed,
         cards_cache: Path | None = None, memo: Memo | None = None) -> Generated:
    """Compute and render the languages in `codes`; the site's root files come with the first language. Link
    preview cards already drawn are read from `cards_cache`; with a `memo`, what the last call made is reused."""
    with timed("compute"):
        languages = load_languages()
        site = memo.site.compute(catalog, languages, today, codes) if memo else compute_site(catalog, languages,
                                                                                             today, codes)
    with timed("render"):
        rendered = memo.render.render_site(site, languages) if memo else render_site(site, languages)
        if memo:
            memo.files.start(memo.site.stale)
        files = render_language_files(catalog, site, cards_cache, memo.files if memo else make_now)
        root_files = render_root_files(catalog, today, site, memo.render.sitemap if memo else sitemap) \
            if LANGUAGES[0] in codes else {}
    return Generated(languages, site, rendered, files, root_files)


@collecting_rarely
def build(project: Project, today: dt.date, out_dir: Path | None = None, parallel: bool = True) -> list[Problem]:
    """Build the whole site into `out_dir` (default `site/`); the old site stays if anything fails.

    After loading and validating, each language is computed, rendered and built in a process of its
    own, one per core (BENCHMARKS.md: a third less time at province scale than one after the other).
    """
    catalog, warnings = check(project)
    out = out_dir or project.site_dir
    refuse_output_over(out, project.root, [project.content_dir, project.pages_dir, project.work_dir])
    with exclusive(project.lock_file), exclusive(output_lock(out)):
        started = time.time()
        staging = new_build(out)            # beside the output: the swap is a rename on one file system
        try:
            stamp_builds(epoch_of(today))
            made = for_each_language(functools.partial(build_language_site, project, catalog, today, staging),
                                     LANGUAGES, parallel)
            built = join_languages(staging)
            write_root_files(made[LANGUAGES[0]], built)
            publish(built, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        prune_cards(project.cards_dir, started)     # under the project's lock: the cards this build did not use
    return warnings


def build_language_site(project: Project, catalog: Catalog, today: dt.date, staging: Path,
                        code: str, timed: Timer = untimed) -> dict[str, bytes]:
    """One language from its views to its HTML in `staging/<code>`; the site's root files if it is the first."""
    made = make(catalog, today, (code,), timed, project.cards_dir)
    with timed("docs folder"):
        fresh_docs(project.docs_dir / code, project.assets_dir)
        generated = docs_in_memory(made.rendered[code], made.files[code])      # not written to disk
    with timed("site builder"):
        build_language_html(language_build(made.site, made.languages[code], project.docs_dir, staging / code,
                                           generated))
    return made.root_files


def epoch_of(day: dt.date) -> int:
    """Midnight UTC of `day`, as the timestamp the builder stamps into files."""
    return calendar.timegm(day.timetuple())
