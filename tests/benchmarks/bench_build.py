"""Benchmark: whole-site builds of a synthetic province. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_build [--sizes small,medium,large] [--no-rebuild]
    .venv/bin/python -m tests.benchmarks.bench_build --sizes large --profile vi [--experiment NAME ...]

Each size runs in a fresh Python process, from scratch in a temporary folder: a copy of the shipped
project (`tests.conftest.copy_project`), the synthetic province of `tests/benchmarks/synthetic.py`,
then the stages of `generator.build.build` timed one by one (the same calls, in the same order):
the generator (load + validate, compute, render, a fresh docs folder, and at the end the root files and
the swap into `site/`) and the site builder (mkdocs, both languages at once on two cores). Then the
built site is measured: pages, sizes, the search indexes, the largest page and the bytes of a first
visit (computed from the files: the page's HTML, the CSS and JavaScript it loads and the search
worker, each gzipped at level 6 as a web server sends them, as `tests/test_phone.py` measures them
in Chromium), and what opening search adds (the index and the lunr files for its language: the
site asks for them only then, see generator/theme/assets/javascripts/twins.js).

On the 1,000-page size it also measures a whole rebuild after one campaign changes, through
`generator.serve.rebuild` (a new preview's whole build: what `make serve` does when it starts).

`--profile vi` (or `en`) runs mkdocs for that language once more, alone, under cProfile, and prints
where its time goes. Experiments measure proposed changes without touching generator/: they are
monkeypatched inside this benchmark's processes only, and reported as experiments.

- `--experiment NAME` (see EXPERIMENTS): patches the generator's or Material's code for the whole run;
- `--incremental`: on the 1,000-page size, the preview `make serve` runs (`generator.preview.PreviewSite`): its
  first build, a few one-campaign edits (each re-renders only its pages), then a new campaign (a whole build).

Set BENCH_REBUILD_SIZE=small to try the rebuild measures quickly. Times are wall seconds; CPU seconds
are printed too, since on a busy machine they still show the work done (see BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import gzip
import io
import json
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from generator.build import Project, build_language_site, check, collecting_rarely, epoch_of
from generator.forked import for_each_language
from generator.i18n import LANGUAGES
from generator.preview import PreviewSite
from generator.publish import new_build, publish
from generator.serve import rebuild
from generator.write import (
    join_languages,
    replace_dir,
    stamp_builds,
    write_root_files,
)
from tests.benchmarks import synthetic
from tests.conftest import copy_project

TODAY = synthetic.TODAY
REBUILD_SIZE = "medium"
REBUILDS = 3
PAGE_BUDGET = 60 * 1024
GZIP_LEVEL = 6


# --- Timing the stages of generator.build.build --------------------------------------------

def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Stages:
    """Wall and CPU seconds per stage of one build, in pipeline order.

    CPU seconds do not grow when other programs share the cores, so they show the work done even on a
    busy machine: on a quiet one, the wall time of a one-process stage is about its CPU time.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    languages: dict[str, dict[str, float]] = field(default_factory=dict)   # mkdocs per language: wall, cpu

    @contextlib.contextmanager
    def time(self, name: str) -> Iterator[None]:
        started, cpu = time.perf_counter(), cpu_seconds()
        yield
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu_seconds() - cpu

    @property
    def builder(self) -> float:
        """The site builder's wall time: the slower language's mkdocs (the languages build at once)."""
        return max((times["mkdocs wall"] for times in self.languages.values()), default=0.0)

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    @property
    def generator(self) -> float:
        return self.total - self.builder

    @property
    def quiet_estimate(self) -> float:
        """The total on a quiet machine: CPU seconds, counting only the slower of the languages built at once."""
        languages = [times["cpu"] for times in self.languages.values()]
        return sum(self.cpu.values()) - sum(languages) + max(languages, default=0.0)

    @property
    def quiet_generator_share(self) -> float:
        builder = max((times["mkdocs cpu"] for times in self.languages.values()), default=0.0)
        return 1 - builder / self.quiet_estimate


PER_LANGUAGE = "per language, both at once: compute, render, docs folder, site builder"


@collecting_rarely
def staged_build(project: Project, stages: Stages) -> list[str]:
    """`generator.build.build`, line for line, with each stage timed (in each language's process by itself);
    the pages of the first language, as the built site has them."""
    with stages.time("load + validate"):
        catalog, _ = check(project)
    with stages.time(PER_LANGUAGE):
        stamp_builds(epoch_of(TODAY))
        staging = new_build(project.site_dir)
        made = for_each_language(functools.partial(timed_language_site, project, catalog, staging), LANGUAGES)
    stages.languages = {code: times for code, (_, times) in made.items()}
    with stages.time("root files + swap into site/"):
        built = join_languages(staging)
        write_root_files(made[LANGUAGES[0]][0], built)
        publish(built, project.site_dir)
    return built_pages(project.site_dir)


def built_pages(site: Path) -> list[str]:
    """The first language's pages (Vietnamese, at the site's root; English is under `en/`)."""
    return sorted(str(page.relative_to(site)) for page in site.rglob("index.html")
                  if page.relative_to(site).parts[0] != "en")


def timed_language_site(project: Project, catalog: Any, staging: Path,
                        code: str) -> tuple[dict[str, bytes], dict[str, float]]:
    """`build_language_site` in its language's process, timed: its root files and seconds."""
    times = Stages()
    with times.time("all"):
        root_files = build_language_site(project, catalog, TODAY, staging, code, times.time)
    seconds, cpu = times.seconds, times.cpu
    return root_files, {"wall": seconds.pop("all"), "cpu": cpu.pop("all"),
                               "mkdocs wall": seconds["site builder"], "mkdocs cpu": cpu["site builder"]} | seconds


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory (ru_maxrss, KB on Linux) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "largest child": round(children, 1), "sum": round(own + children, 1)}


# --- Measuring the built site ------------------------------------------------------------------

class LoadedFiles(HTMLParser):
    """What a browser fetches on its own for a page: scripts, stylesheets and the icon."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script" and found.get("src"):
            self.urls.append(str(found["src"]))
        elif tag == "link" and found.get("href") and set((found.get("rel") or "").split()) & {"stylesheet", "icon"}:
            self.urls.append(str(found["href"]))


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0))


def language_root(site: Path, page: Path) -> Path:
    return site / "en" if page.relative_to(site).parts[0] == "en" else site


def search_worker(root: Path) -> list[Path]:
    """Material's search worker script: it loads with every page."""
    return sorted((root / "assets" / "javascripts" / "workers").glob("search.*.min.js"))


def search_files(root: Path) -> list[Path]:
    """What opening search adds (generator/theme/assets/javascripts/twins.js holds it until then): the lunr
    files the worker imports for the index's language, and the index."""
    index = root / "search" / "search_index.json"
    lunr = root / "assets" / "javascripts" / "lunr" / "min"
    languages = json.loads(index.read_bytes())["config"]["lang"] if index.is_file() else []
    found = [lunr / name for code in languages if code != "en"
             for name in ("lunr.stemmer.support.min.js", f"lunr.{code}.min.js")]
    return found + [index]


def first_visit(site: Path, page: Path) -> dict[str, int]:
    """Gzipped bytes per file of a first visit to `page` (an index.html), computed from the files."""
    parser = LoadedFiles()
    parser.feed(page.read_text(encoding="utf-8"))
    files = [page]
    for url in parser.urls:
        if url.startswith(("http:", "https:", "//", "data:")):
            continue
        target = (page.parent / url.split("?")[0].split("#")[0]).resolve()
        if target.is_file() and target not in files:
            files.append(target)
    files += [f for f in search_worker(language_root(site, page)) if f not in files]
    return gzipped_files(site, files)


def opening_search(site: Path, page: Path) -> dict[str, int]:
    """Gzipped bytes per file that opening search on `page` downloads."""
    return gzipped_files(site, [f for f in search_files(language_root(site, page)) if f.is_file()])


def gzipped_files(site: Path, files: list[Path]) -> dict[str, int]:
    return {str(f.relative_to(site.resolve()) if f.is_relative_to(site.resolve()) else f): gzipped(f.read_bytes())
            for f in files}


@dataclass
class SiteMeasures:
    pages_per_language: int
    html_files: int
    files: int
    site_bytes: int
    search_index: dict[str, dict[str, int]]
    largest_pages: list[tuple[str, int]]
    pages_over_budget: int
    over_budget_by_section: dict[str, int]
    first_visits: dict[str, int]
    opening_search: dict[str, int]


def section_of(path: str) -> str:
    """ "en/phong-trao/x/index.html" -> "phong-trao/", "lich/index.html" -> "lich/"."""
    parts = path.removeprefix("en/").split("/")
    return parts[0] + "/" if len(parts) > 1 else parts[0]


def measure_site(site: Path, campaign: str) -> SiteMeasures:
    """Sizes of the built site that matter to readers and to the host."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = sorted(((str(p.relative_to(site)), p.stat().st_size) for p in files if p.suffix == ".html"),
                  key=lambda item: -item[1])
    indexes = {}
    for code, root in (("vi", site), ("en", site / "en")):
        data = (root / "search" / "search_index.json").read_bytes()
        indexes[code] = {"raw": len(data), "gzip": gzipped(data), "entries": len(json.loads(data)["docs"])}
    visits = {"/": "index.html", "/phong-trao/": "phong-trao/index.html",
              f"/phong-trao/{campaign}/": f"phong-trao/{campaign}/index.html",
              "/en/": "en/index.html", f"/en/phong-trao/{campaign}/": f"en/phong-trao/{campaign}/index.html"}
    largest = html[0][0]
    visits[f"/{largest.removesuffix('index.html')} (largest page)"] = largest
    return SiteMeasures(
        pages_per_language=len([p for p in html if not p[0].startswith("en/") and p[0] != "404.html"]),
        html_files=len(html), files=len(files), site_bytes=sum(p.stat().st_size for p in files),
        search_index=indexes, largest_pages=html[:8],
        pages_over_budget=len([size for _, size in html if size > PAGE_BUDGET]),
        over_budget_by_section=dict(sorted(Counter(section_of(path) for path, size in html
                                                   if size > PAGE_BUDGET).items())),
        first_visits={name: sum(first_visit(site, site / path).values()) for name, path in visits.items()},
        opening_search={name: sum(opening_search(site, site / path).values()) for name, path in visits.items()},
    )


# --- Rebuild after one campaign changes ----------------------------------------------------------

def edit_campaign(project: Project, campaign: str, round_: int) -> None:
    """A staff edit: one target's figure changes (a new page body, a new search entry)."""
    plan = project.content_dir / "plans" / f"{campaign}.yaml"
    content = plan.read_text(encoding="utf-8")
    match = re.search(r"(?m)^  value: (\d+)$", content)
    assert match, plan
    figure = max(1, int(match.group(1)) - 1 - round_)
    plan.write_text(content[:match.start(1)] + str(figure) + content[match.end(1):], encoding="utf-8")


def measure_rebuilds(project: Project, campaigns: tuple[str, ...]) -> dict[str, Any]:
    """`generator.serve.rebuild` after each of a few one-campaign edits: a new preview's whole build, what
    `make serve` does first (and on a fallback, less the parsed records it keeps); the stages of one more build."""
    seconds, cpu_used = [], []
    for round_ in range(REBUILDS):
        edit_campaign(project, campaigns[round_ * 7 % len(campaigns)], round_)
        started, cpu = time.perf_counter(), cpu_seconds()
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            assert rebuild(project, TODAY)            # (the shipped plans' warning, and the preview's report)
        seconds.append(time.perf_counter() - started)
        cpu_used.append(cpu_seconds() - cpu)          # the sessions' processes included: they have ended
    edit_campaign(project, campaigns[0], REBUILDS)
    stages = Stages()
    staged_build(project, stages)
    return {"serve.rebuild seconds": [round(s, 2) for s in seconds], "median": round(statistics.median(seconds), 2),
            "cpu seconds (both languages)": [round(s, 2) for s in cpu_used],
            "stages of one more": {k: round(v, 2) for k, v in stages.seconds.items()},
            "stages of one more, cpu": {k: round(v, 2) for k, v in stages.cpu.items()}}


# --- Profiling mkdocs, and experiments -------------------------------------------------------------

# Inclusive time of the parts of a one-language mkdocs build, by (file suffix, function name).
PROFILE_PARTS = {
    "mkdocs: read + render Markdown (_populate_page)": ("mkdocs/commands/build.py", "_populate_page"),
    "mkdocs: Python-Markdown (Page.render; hand-written pages, nothing for generated ones)":
        ("mkdocs/structure/pages.py", "render"),
    "ours: generated pages to HTML with cmark-gfm (CommonMarkPage.render)": ("generator/mkdocs_hooks.py",
                                                                             "render"),
    "mkdocs: theme templates per page (_build_page)": ("mkdocs/commands/build.py", "_build_page"),
    "mkdocs: Jinja render of a page (Template.render)": ("jinja2/environment.py", "render"),
    "mkdocs: anchor validation (validate_anchor_links)": ("mkdocs/structure/pages.py", "validate_anchor_links"),
    "mkdocs: static templates (404, sitemap.xml)": ("mkdocs/commands/build.py", "_build_theme_template"),
    "mkdocs: copy static files (theme assets)": ("mkdocs/structure/files.py", "copy_static_files"),
    "mkdocs: gather files (get_files)": ("mkdocs/structure/files.py", "get_files"),
    "mkdocs: navigation (get_navigation)": ("mkdocs/structure/nav.py", "get_navigation"),
    "Material search: per page entry (on_page_context)": ("material/plugins/search/plugin.py", "on_page_context"),
    "Material search: write index (on_post_build)": ("material/plugins/search/plugin.py", "on_post_build"),
    "our hook: alternates per page (on_page_context)": ("generator/mkdocs_hooks.py", "on_page_context"),
    "our hook: fold Vietnamese index (on_post_build)": ("generator/mkdocs_hooks.py", "on_post_build"),
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


# --- The incremental preview (generator.preview) --------------------------------------------------------

INCREMENTAL_EDITS = 5


def timed_refresh(preview: PreviewSite) -> dict[str, Any]:
    """One `PreviewSite.refresh` (what `make serve` runs on every save): wall seconds, per stage, what it did."""
    started, cpu = time.perf_counter(), cpu_seconds()
    refreshed = preview.refresh()
    return {"seconds": round(time.perf_counter() - started, 2), "generator process cpu": round(cpu_seconds() - cpu, 2),
            "stages": {k: round(v, 2) for k, v in refreshed.seconds.items()}, "whole build": refreshed.whole_because,
            "changed files": {code: paths for code, paths in refreshed.updated.items()}
            if refreshed.whole_because is None else {code: len(paths) for code, paths in refreshed.updated.items()}}


def add_campaign(project: Project, campaign: str) -> str:
    """A staff addition: a copy of a campaign under a new id (a new page in each language: a whole build)."""
    new = f"{campaign}-ban-sao"
    text = (project.content_dir / "plans" / f"{campaign}.yaml").read_text(encoding="utf-8")
    assert f"id: {campaign}\n" in text
    (project.content_dir / "plans" / f"{new}.yaml").write_text(text.replace(f"id: {campaign}\n", f"id: {new}\n", 1),
                                                                encoding="utf-8")
    return new


def measure_incremental(project: Project, campaigns: tuple[str, ...]) -> dict[str, Any]:
    """The product's preview: its first (whole) build, a few one-campaign edits, then a new campaign (a fallback)."""
    preview = PreviewSite(project, TODAY)
    try:
        with contextlib.redirect_stderr(io.StringIO()):      # the shipped plans' warning
            first = timed_refresh(preview)
            edits = []
            for round_ in range(INCREMENTAL_EDITS):
                edit_campaign(project, campaigns[round_ * 7 % len(campaigns)], REBUILDS + 1 + round_)
                edits.append(timed_refresh(preview))
            add_campaign(project, campaigns[1])
            fallback = timed_refresh(preview)
    finally:
        preview.close()
    assert first["whole build"] and fallback["whole build"] and not any(e["whole build"] for e in edits), edits
    stages = {name: round(statistics.median(e["stages"][name] for e in edits), 2) for name in edits[0]["stages"]}
    return {"first build (s)": first["seconds"], "first build stages": first["stages"], "edits": edits,
            "median (s)": round(statistics.median(e["seconds"] for e in edits), 2), "median stages (s)": stages,
            "fallback: a new campaign (s)": fallback["seconds"], "fallback stages": fallback["stages"]}


# --- One size, in its own process --------------------------------------------------------------------

@dataclass(frozen=True)
class Options:
    rebuilds: bool
    profile: str | None
    incremental: bool


def run_size(name: str, options: Options) -> dict[str, Any]:
    size = synthetic.SIZES[name]
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as tmp:
        project = copy_project(Path(tmp))
        started = time.perf_counter()
        province = synthetic.write_province(project, size.units, size.campaigns)
        write_seconds = time.perf_counter() - started
        stages = Stages()
        wall_started = time.perf_counter()
        paths = staged_build(project, stages)
        wall = time.perf_counter() - wall_started
        memory = peak_memory_mb()
        pages = len(paths)
        records = len(synthetic.record_pages(paths))
        assert records == synthetic.pages_per_language(project), (records, synthetic.pages_per_language(project))
        measures = measure_site(project.site_dir, province.campaign_ids[0])
        result: dict[str, Any] = {
            "size": asdict(size), "province": {k: v for k, v in asdict(province).items() if k != "campaign_ids"},
            "writing the synthetic inputs (s)": round(write_seconds, 2),
            "stages (s)": {k: round(v, 3) for k, v in stages.seconds.items()},
            "stages cpu (s)": {k: round(v, 3) for k, v in stages.cpu.items()},
            "mkdocs per language (s)": {k: {n: round(x, 2) for n, x in v.items()} for k, v in stages.languages.items()},
            "generator (s)": round(stages.generator, 2), "site builder (s)": round(stages.builder, 2),
            "total wall (s)": round(wall, 2), "generator share": round(stages.generator / wall, 3),
            "quiet estimate (s)": round(stages.quiet_estimate, 2),
            "generator share (quiet estimate)": round(stages.quiet_generator_share, 3),
            "pages per language": pages, "ms per page (total / pages of both languages)": round(
                wall * 1000 / (2 * pages), 2),
            "peak memory (MB)": memory, "site": asdict(measures), "load average before": load_before,
        }
        if options.rebuilds and name == os.environ.get("BENCH_REBUILD_SIZE", REBUILD_SIZE):
            result["rebuild after one campaign change"] = measure_rebuilds(project, province.campaign_ids)
        if options.profile:
            result["profile"] = profile_language(project, options.profile,
                                                 Path(tmp).parent / f"bench-{name}.prof")
        if options.incremental and name == os.environ.get("BENCH_REBUILD_SIZE", REBUILD_SIZE):
            result["incremental preview"] = measure_incremental(project, province.campaign_ids)
        result["load average after"] = os.getloadavg()
    return result


# --- Report ---------------------------------------------------------------------------------------------

def kb(size: float) -> str:
    return f"{size / 1024:,.1f} KB"


def report(result: dict[str, Any]) -> str:
    site = result["site"]
    lines = [
        f"== {result['size']['name']}: {result['size']['units']} units x {result['size']['campaigns']} campaigns "
        f"= {result['province']['campaigns']} synthetic campaigns, {result['pages per language']} pages per language",
        f"  load average before / after: {fmt_load(result['load average before'])} / "
        f"{fmt_load(result['load average after'])}",
        f"  writing the synthetic inputs: {result['writing the synthetic inputs (s)']:.2f} s (not part of the build)",
        f"  {'stage':38} {'wall':>7}   {'cpu':>7}",
        *[f"  {name:38} {seconds:7.2f} s {result['stages cpu (s)'][name]:7.2f} s"
          for name, seconds in result["stages (s)"].items()],
        f"  mkdocs per language (wall, cpu): {result['mkdocs per language (s)']}",
        f"  generator {result['generator (s)']:.2f} s + site builder {result['site builder (s)']:.2f} s = total "
        f"{result['total wall (s)']:.2f} s; generator share {result['generator share']:.1%}",
        f"  quiet-machine estimate (cpu seconds, counting the slower language only): "
        f"{result['quiet estimate (s)']:.2f} s; generator share {result['generator share (quiet estimate)']:.1%}",
        f"  {result['ms per page (total / pages of both languages)']:.1f} ms per page "
        f"(total / {2 * result['pages per language']} pages of both languages)",
        f"  peak memory: {result['peak memory (MB)']}",
        f"  site: {site['files']:,} files, {site['site_bytes'] / 1e6:,.1f} MB; {site['html_files']:,} HTML files",
        *[f"  search index {code}: {kb(v['raw'])} raw, {kb(v['gzip'])} gzipped, {v['entries']:,} entries"
          for code, v in site["search_index"].items()],
        f"  pages over 60 KB of HTML: {site['pages_over_budget']} {site['over_budget_by_section']}; largest:",
        *[f"    {kb(size):>11}  {path}" for path, size in site["largest_pages"]],
        "  first visit (gzipped HTML + CSS + JS + search worker), and what opening search adds (index, lunr):",
        *[f"    {kb(size):>11}  + {kb(site['opening_search'][path]):>11}  {path}"
          for path, size in site["first_visits"].items()],
    ]
    if "rebuild after one campaign change" in result:
        r = result["rebuild after one campaign change"]
        lines.append(f"  whole rebuild after one campaign change (serve.rebuild, a new preview): "
                     f"{r['serve.rebuild seconds']} s, median {r['median']} s "
                     f"(cpu {r['cpu seconds (both languages)']} s)")
        lines.append(f"    stages of one more build: {r['stages of one more']}; cpu: {r['stages of one more, cpu']}")
    if "incremental preview" in result:
        r = result["incremental preview"]
        lines.append(f"  incremental preview (generator.preview): first build {r['first build (s)']} s "
                     f"{r['first build stages']}")
        lines.append(f"    one-campaign edits: median {r['median (s)']} s; median per stage {r['median stages (s)']}")
        lines += [f"    {edit['seconds']} s {edit['stages']}; generator process cpu {edit['generator process cpu']} s; "
                  f"changed: {edit['changed files']}" for edit in r["edits"]]
        lines.append(f"    fallback, a new campaign: {r['fallback: a new campaign (s)']} s {r['fallback stages']}")
    if "profile" in result:
        lines += profile_report(result["profile"])
    return "\n".join(lines)


def profile_report(profile: dict[str, Any]) -> list[str]:
    lines = [f"  profile of one language alone: {profile['wall seconds (profiled)']} s under cProfile "
             f"({profile['profile file']})"]
    parts = profile["parts (inclusive, profiled seconds)"]
    lines += [f"    {seconds:7.2f} s  {name}" for name, seconds in parts.items()]
    lines += ["  top functions by own time:"] + [f"    {line}" for line in profile["top functions by own time"]]
    return lines


def fmt_load(load: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in load)


def budgets(results: dict[str, dict[str, Any]]) -> list[str]:
    """The issue's budgets, met or not, from the sizes that were run."""
    lines = []
    if "large" in results:
        large = results["large"]
        lines.append(verdict(f"3,000 pages per language under 30 s in total: {large['total wall (s)']:.1f} s "
                             f"(quiet-machine estimate {large['quiet estimate (s)']:.1f} s)",
                             large["total wall (s)"] < 30))
        lines.append(verdict(f"generator share under 10%: {large['generator share']:.1%} "
                             f"(quiet-machine estimate {large['generator share (quiet estimate)']:.1%})",
                             large["generator share"] < 0.10))
        if "medium" in results:
            medium = results["medium"]
            per_page = [r["total wall (s)"] / r["pages per language"] for r in (medium, large)]
            ratio = large["total wall (s)"] / medium["total wall (s)"]
            quiet = large["quiet estimate (s)"] / medium["quiet estimate (s)"]
            lines.append(verdict(f"linear: large / medium = {ratio:.2f} x (quiet-machine estimate {quiet:.2f} x) "
                                 f"for {large['pages per language']} / {medium['pages per language']} pages; at most "
                                 f"3.5 x; seconds per 1,000 pages {per_page[0] * 1000:.2f} / {per_page[1] * 1000:.2f}",
                                 ratio <= 3.5))
    for name, result in results.items():
        largest = result["site"]["largest_pages"][0]
        lines.append(verdict(f"{name}: no page over 60 KB of HTML: largest {largest[0]} {kb(largest[1])}, "
                             f"{result['site']['pages_over_budget']} over", result["site"]["pages_over_budget"] == 0))
        heaviest = max(result["site"]["first_visits"].items(), key=lambda item: item[1])
        lines.append(verdict(f"{name}: first visit at most 100 KB gzipped: heaviest {heaviest[0]} {kb(heaviest[1])} "
                             f"(opening search adds {kb(result['site']['opening_search'][heaviest[0]])})",
                             heaviest[1] <= 100 * 1024))
        if "rebuild after one campaign change" in result:
            r = result["rebuild after one campaign change"]
            lines.append(f"  [info] {name}: a whole rebuild (serve.rebuild) takes {r['median']:.1f} s (median)")
        if "incremental preview" in result:
            r = result["incremental preview"]
            lines.append(verdict(f"{name}: rebuild after one campaign change under 5 s (make serve, incremental): "
                                 f"median {r['median (s)']:.1f} s; a fallback to a whole build "
                                 f"{r['fallback: a new campaign (s)']:.1f} s", r["median (s)"] < 5))
    return lines


def verdict(text: str, met: bool) -> str:
    return f"  [{'met' if met else 'NOT MET'}] {text}"


# --- Command line ------------------------------------------------------------------------------------------

def wait_for_quiet(threshold: float, limit: float) -> float:
    """Wait (at most `limit` seconds) until the 1-minute load average is below `threshold`; return it."""
    deadline = time.monotonic() + limit
    while os.getloadavg()[0] >= threshold and time.monotonic() < deadline:
        time.sleep(5)
    return os.getloadavg()[0]


def run_in_child(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """One size in a fresh interpreter: its peak memory and imports are its own."""
    if args.quiet_load:
        wait_for_quiet(args.quiet_load, args.quiet_wait)
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        target = Path(out.name)
    command = [sys.executable, "-m", "tests.benchmarks.bench_build", "--one", name, "--json", str(target)]
    command += ["--no-rebuild"] if args.no_rebuild else []
    command += ["--profile", args.profile] if args.profile else []
    command += ["--incremental"] if args.incremental else []
    for experiment in args.experiment:
        command += ["--experiment", experiment]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    result: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    target.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="small,medium,large", help="comma-separated: small, medium, large")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the rebuild measure on the medium size")
    parser.add_argument("--profile", choices=LANGUAGES, help="profile one language's mkdocs build")
    parser.add_argument("--experiment", action="append", default=[], choices=sorted(EXPERIMENTS),
                        help="monkeypatch the generator, mkdocs or Material for this run only, to measure a change")
    parser.add_argument("--incremental", action="store_true",
                        help="also measure the incremental preview (make serve) on the medium size")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--quiet-load", type=float, default=0.0,
                        help="before each size, wait until the 1-minute load average is below this (0: do not wait)")
    parser.add_argument("--quiet-wait", type=float, default=900, help="wait at most this many seconds for quiet")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    for experiment in args.experiment:
        EXPERIMENTS[experiment]()
    if args.one:
        result = run_size(args.one, Options(not args.no_rebuild, args.profile, args.incremental))
        result["experiments"] = args.experiment
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    experiments = args.experiment
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; experiments: {experiments or 'none'}")
    results = {}
    for name in args.sizes.split(","):
        results[name] = run_in_child(name, args)
        print(report(results[name]), flush=True)
    print("budgets:")
    print("\n".join(budgets(results)))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
