"""Profiling one language's mkdocs build, and experiments: proposed changes monkeypatched for one run."""

from __future__ import annotations

import contextlib
import cProfile
import io
import os
import pstats
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator.build import Project, build_language_site, check, epoch_of
from generator.write.docs import replace_dir, stamp_builds
from tests.benchmarks import synthetic

TODAY = synthetic.TODAY


# --- Profiling mkdocs, and experiments -------------------------------------------------------------

# Inclusive time of the parts of a one-language mkdocs build, by (file suffix, function name).
PROFILE_PARTS = {
    "mkdocs: read + render Markdown (_populate_page)": ("mkdocs/commands/build.py", "_populate_page"),
    "mkdocs: Python-Markdown (Page.render; hand-written pages, nothing for generated ones)":
        ("mkdocs/structure/pages.py", "render"),
    "ours: generated pages to HTML with cmark-gfm (CommonMarkPage.render)": ("generator/builder/hooks.py",
                                                                             "render"),
    "mkdocs: theme templates per page (_build_page)": ("mkdocs/commands/build.py", "_build_page"),
    "mkdocs: Jinja render of a page (Template.render)": ("jinja2/environment.py", "render"),
    "mkdocs: anchor validation (validate_anchor_links)": ("mkdocs/structure/pages.py", "validate_anchor_links"),
    "mkdocs: static templates (404, sitemap.xml)": ("mkdocs/commands/build.py", "_build_theme_template"),
    "mkdocs: copy static files (theme assets)": ("mkdocs/structure/files.py", "copy_static_files"),
    "mkdocs: gather files (get_files)": ("mkdocs/structure/files.py", "get_files"),
    "mkdocs: navigation (get_navigation)": ("mkdocs/structure/nav.py", "get_navigation"),
    "Material search: per page entry (on_page_context)": ("material/plugins/search/plugin.py", "on_page_context"),
    "of which Material's parser (hand-written pages; generated ones whose headings are nested)":
        ("html/parser.py", "feed"),
    "ours: search sections of generated pages (page_html.search_sections)": ("generator/builder/page_html.py",
                                                                            "search_sections"),
    "Material search: write index (on_post_build)": ("material/plugins/search/plugin.py", "on_post_build"),
    "our hook: alternates per page (on_page_context)": ("generator/builder/hooks.py", "on_page_context"),
    "our hook: fold Vietnamese index (on_post_build)": ("generator/builder/hooks.py", "on_post_build"),
    "mkdocs: whole build": ("mkdocs/commands/build.py", "build"),
    "mkdocs: load_config": ("mkdocs/config/base.py", "load_config"),
}


def profile_language(project: Project, code: str, out: Path) -> dict[str, Any]:
    """One language's `build_language_site`, alone in this process, under cProfile for its site builder only."""
    catalog, _ = check(project)
    profiler, wall = cProfile.Profile(), []

    @contextlib.contextmanager
    def profiling_the_site_builder(stage: str) -> Iterator[None]:
        if stage != "site builder":
            yield
            return
        started = time.perf_counter()
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
            wall.append(time.perf_counter() - started)

    stamp_builds(epoch_of(TODAY))
    staging = project.work_dir / "profile"
    replace_dir(staging)
    build_language_site(project, catalog, TODAY, staging, code, profiling_the_site_builder)
    profiler.dump_stats(out)
    stats = pstats.Stats(profiler)
    parts = {name: round(inclusive_seconds(stats, *where), 2) for name, where in PROFILE_PARTS.items()}
    return {"wall seconds (profiled)": round(wall[0], 2), "parts (inclusive, profiled seconds)": parts,
            "top functions by own time": top_functions(out, "tottime"), "profile file": str(out)}


def inclusive_seconds(stats: pstats.Stats, suffix: str, name: str) -> float:
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    return float(sum(row[3] for (path, _, function), row in table.items()
                     if function == name and path.replace(os.sep, "/").endswith(suffix)))


def top_functions(profile: Path, key: str, count: int = 25) -> list[str]:
    buffer = io.StringIO()
    pstats.Stats(str(profile), stream=buffer).sort_stats(key).print_stats(count)
    lines = buffer.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    return [line for line in lines[start:] if line.strip()]


def experiment_no_anchor_validation() -> None:
    """mkdocs' `validation.links.anchors` check turned off (what `anchors: ignore` would do)."""
    from mkdocs.structure.pages import Page

    Page.validate_anchor_links = lambda self, *, files, log_level: None  # type: ignore[method-assign]


def experiment_no_search() -> None:
    """Material's search plugin skipped entirely: no per-page index entries, no index (an upper bound)."""
    from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]

    SearchPlugin.on_page_context = lambda self, context, **kwargs: context
    SearchPlugin.on_post_build = lambda self, **kwargs: None


def experiment_search_page_entries() -> None:
    """One search entry per page (its first section: the title and summary) instead of one per heading."""
    from material.plugins.search.plugin import SearchIndex

    create = SearchIndex.create_entry_for_section

    def first_only(self: Any, section: Any, toc: Any, url: str, page: Any) -> None:
        if section.id is None:
            create(self, section, toc, url, page)

    SearchIndex.create_entry_for_section = first_only


EXPERIMENTS: dict[str, Callable[[], None]] = {
    "no-anchor-validation": experiment_no_anchor_validation,
    "no-search": experiment_no_search,
    "search-page-entries": experiment_search_page_entries,
}
