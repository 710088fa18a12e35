"""Benchmark: whole-site builds of a synthetic province. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_build [--sizes small,medium,large] [--no-rebuild] [--runs 3]
    .venv/bin/python -m tests.benchmarks.bench_build --sizes large --profile vi [--experiment NAME ...]

Each size runs in a fresh Python process, from scratch in a temporary folder: a copy of the shipped
project (`tests.conftest.copy_project`), the synthetic province of `tests/benchmarks/synthetic.py`,
then the stages of `generator.build.build` timed one by one (the same calls, in the same order):
the generator (load + validate, compute, render, a fresh docs folder, and at the end the root files and
the swap into `site/`) and the site builder (mkdocs, both languages at once on two cores). Then the
built site is measured: pages, sizes, the search indexes, the largest page and the bytes of a first
visit (computed from the files: the page's HTML, the CSS and JavaScript it loads and the search
worker, each gzipped at level 6 as a web server sends them, as `tests/test_phone.py` measures them
in Chromium), and what opening search adds (the search manifest: the site asks for it only then, see
generator/builder/theme/assets/javascripts/twins.js; a query's shards and blocks are measured by bench_search.py).

Then, unless `--no-anchors`, the same pages are built by the tools a province would pick instead
(`anchors.py`: mkdocs + Material + mkdocs-static-i18n, and Hugo; `make bench-install` installs them),
and the report gives this project's time as a ratio of theirs. `--runs N` runs each size N times,
each in a fresh process, and the budgets (`budgets.py`) are judged on the medians.

On the 1,000-page size it also measures a whole rebuild after one campaign changes, through
`generator.staff.serve.rebuild` (a new preview's whole build: what `make serve` does when it starts).

`--profile vi` (or `en`) runs mkdocs for that language once more, alone, under cProfile, and prints
where its time goes. Each run writes its results (`results.json`, and one JSON file per size and run)
and profiles (`<size>-<run>-<language>.prof`) into a folder of its own, `build/bench/<time>-<pid>/` (or
`--out`). Experiments measure proposed changes without touching generator/: they are monkeypatched
inside this benchmark's processes only, and reported as experiments.

- `--experiment NAME` (see EXPERIMENTS): patches the generator's or Material's code for the whole run;
- `--incremental`: on the 1,000-page size, the preview `make serve` runs (`generator.staff.preview.PreviewSite`): its
  first build, a few one-campaign edits (each re-renders only its pages), then a new campaign (a whole build).

The modules beside this one, by meaning: `stages` (the timed build), `site_measures` (the built site),
`preview_measures` (the staff's waits), `profiling` (cProfile and the experiments), `anchor_pages` and
`anchors` (the other tools), `report` (one run's numbers), `budgets` (the medians and the budgets).

Set BENCH_REBUILD_SIZE=small to try the rebuild measures quickly. Times are wall seconds; CPU seconds
are printed too, since on a busy machine they still show the work done (see BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.build import check
from generator.model.fields import LANGUAGES
from tests.benchmarks import synthetic
from tests.benchmarks.anchors import measure_anchors
from tests.benchmarks.budgets import budgets, summary
from tests.benchmarks.preview_measures import measure_incremental, measure_rebuilds
from tests.benchmarks.profiling import EXPERIMENTS, profile_language
from tests.benchmarks.report import report
from tests.benchmarks.site_measures import measure_site
from tests.benchmarks.stages import TODAY, Stages, card_shares, peak_memory_mb, staged_build, warm_generator
from tests.conftest import copy_project

REBUILD_SIZE = "medium"
RUNS_DIR = Path(__file__).resolve().parents[2] / "build" / "bench"     # git-ignored


# --- One size, in its own process --------------------------------------------------------------------

@dataclass(frozen=True)
class Options:
    rebuilds: bool
    profile: str | None
    incremental: bool
    anchors: bool
    out: Path                 # this run's folder: its results and profiles
    label: str = "1"          # which run of the size this is, for its files' names


def run_folder(root: Path = RUNS_DIR) -> Path:
    """A new folder for one run's output (`build/bench/<time>-<pid>`): two runs never write the same file."""
    folder = root / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=False)
    return folder


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
            "generator stages (s)": round(stages.generator_stages, 3),
            "generator stages cpu (s)": round(stages.generator_stages_cpu, 3),
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
            "cards, cold (slower language)": card_shares(stages.languages),
            "cards, warm": warm_generator(project),
        }
        if options.anchors:
            result["anchors"] = measure_anchors(project, check(project)[0], TODAY, Path(tmp) / "anchors")
        if options.rebuilds and name == os.environ.get("BENCH_REBUILD_SIZE", REBUILD_SIZE):
            result["rebuild after one campaign change"] = measure_rebuilds(project, province.campaign_ids)
        if options.profile:
            result["profile"] = profile_language(project, options.profile,
                                                 options.out / f"{name}-{options.label}-{options.profile}.prof")
        if options.incremental and name == os.environ.get("BENCH_REBUILD_SIZE", REBUILD_SIZE):
            result["incremental preview"] = measure_incremental(project, province.campaign_ids)
        result["load average after"] = os.getloadavg()
    return result


# --- Command line ------------------------------------------------------------------------------------------

def wait_for_quiet(threshold: float, limit: float) -> float:
    """Wait (at most `limit` seconds) until the 1-minute load average is below `threshold`; return it."""
    deadline = time.monotonic() + limit
    while os.getloadavg()[0] >= threshold and time.monotonic() < deadline:
        time.sleep(5)
    return os.getloadavg()[0]


def run_in_child(name: str, label: str, args: argparse.Namespace) -> dict[str, Any]:
    """One run of one size in a fresh interpreter: its peak memory and imports are its own."""
    if args.quiet_load:
        wait_for_quiet(args.quiet_load, args.quiet_wait)
    target = args.out / f"{name}-{label}.json"
    command = [sys.executable, "-m", "tests.benchmarks.bench_build", "--one", name, "--json", str(target),
               "--out", str(args.out), "--label", label]
    command += ["--no-rebuild"] if args.no_rebuild else []
    command += ["--no-anchors"] if args.no_anchors else []
    command += ["--profile", args.profile] if args.profile else []
    command += ["--incremental"] if args.incremental else []
    for experiment in args.experiment:
        command += ["--experiment", experiment]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    result: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return result


def saved_runs(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The runs a benchmark saved in `folder`, by size, smallest size first."""
    runs: dict[str, list[dict[str, Any]]] = {}
    for name in synthetic.SIZES:
        for path in sorted(folder.glob(f"{name}-*.json")):
            runs.setdefault(name, []).append(json.loads(path.read_text(encoding="utf-8")))
    return runs


def print_medians(results: dict[str, list[dict[str, Any]]]) -> None:
    """Each size's medians over its runs, then the budgets."""
    for name, runs in results.items():
        print("\n".join(summary(name, runs)))
    print("budgets:")
    print("\n".join(budgets(results)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="small,medium,large",
                        help="comma-separated: small, thousand (about 1,000 pages: the preview's budget), medium, "
                             "large")
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
    parser.add_argument("--out", type=Path, help="this run's folder for results and profiles "
                        "(default: a new build/bench/<time>-<pid>)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each size; the budgets take the medians")
    parser.add_argument("--no-anchors", action="store_true",
                        help="skip the anchors (mkdocs + Material + mkdocs-static-i18n; Hugo)")
    parser.add_argument("--summarize", type=Path, metavar="FOLDER",
                        help="only print the medians and budgets of the runs saved in FOLDER (<size>-<run>.json)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--label", default="1", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.summarize:
        print_medians(saved_runs(args.summarize))
        return
    args.out = args.out or run_folder()
    args.out.mkdir(parents=True, exist_ok=True)
    for experiment in args.experiment:
        EXPERIMENTS[experiment]()
    if args.one:
        result = run_size(args.one, Options(not args.no_rebuild, args.profile, args.incremental,
                                            not args.no_anchors, args.out, args.label))
        result["experiments"] = args.experiment
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    experiments = args.experiment
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; experiments: {experiments or 'none'}; "
          f"output in {args.out}")
    results: dict[str, list[dict[str, Any]]] = {}
    for name in args.sizes.split(","):
        for run in range(1, args.runs + 1):
            results.setdefault(name, []).append(run_in_child(name, str(run), args))
            print(f"-- run {run} of {args.runs}\n" + report(results[name][-1]), flush=True)
    print_medians(results)
    for target in [args.out / "results.json", *([args.json] if args.json else [])]:
        target.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
