"""Benchmark: result tables at province scale. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_results [--units 500 --indicators 20 --periods 8]

Writes a copy of the shipped project with U units, I indicators, a campaign with I targets and
U x I x P result rows (default 80,000), then measures load + validate + compute of the results,
and the size of the built results page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import random
import statistics
import tempfile
import time
from pathlib import Path

from generator.build import Project, build
from generator.compute.attainment import compute_results
from generator.load.records import load_sources
from generator.validate.catalog import validate_sources
from tests.conftest import copy_project

CAMPAIGN = "2026-bench-tinh"


def write_province(project: Project, units: int, indicators: int, periods: int) -> None:
    """Registry entries, one campaign and one result table with units x indicators x periods rows."""
    registry = ["units:"] + [
        f"  - {{id: bench-xa-{u:04d}, name: {{vi: UBND xã Thử {u:04d}, en: Test commune {u:04d}}}, level: commune, "
        f"parent: ubnd-tinh-bac-ninh, valid_from: 2025-07-01}}" for u in range(units)]
    registry += ["indicators:"] + [
        f"  - {{id: bench-chi-tieu-{i:02d}, name: {{vi: Chỉ tiêu thử {i:02d}, en: Test indicator {i:02d}}}}}"
        for i in range(indicators)]
    (project.content_dir / "registry" / "bench.yaml").write_text("\n".join(registry) + "\n", encoding="utf-8")
    targets = "\n".join(f"  - {{indicator: bench-chi-tieu-{i:02d}, comparison: {'trên' if i % 2 else 'từ'}, value: 80}}"
                        for i in range(indicators))
    campaign = (Path(__file__).parents[1] / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
    campaign = campaign.replace("id: 2026-thu-nghiem", f"id: {CAMPAIGN}")
    campaign = campaign.replace("ubnd-xa-chi-lang", "ubnd-tinh-bac-ninh")
    campaign = campaign.replace("  starts: 2026-06-01", "  starts: 2026-01-01")
    head, _, tail = campaign.partition("targets:\n")
    tail = tail[tail.index("period:"):]
    plan = project.content_dir / "plans" / f"{CAMPAIGN}.yaml"
    plan.write_text(f"{head}targets:\n{targets}\n{tail}", encoding="utf-8")
    rng = random.Random(7)
    rows = ["unit;indicator;period;value;numerator;denominator;as_of;source"]
    for u in range(units):
        for i in range(indicators):
            for p in range(1, periods + 1):
                month = f"2026-{p:02d}"
                if i % 2:
                    den = rng.randint(50, 5000)
                    rows.append(f"bench-xa-{u:04d};bench-chi-tieu-{i:02d};{month};;{int(den * rng.uniform(.6, 1)):,};"
                                f"{den:,};;thử".replace(",", "."))
                else:
                    rows.append(f"bench-xa-{u:04d};bench-chi-tieu-{i:02d};{month};{rng.uniform(60, 100):.1f};;;;thử"
                                .replace(".", ","))
    folder = project.content_dir / "results" / CAMPAIGN
    folder.mkdir(parents=True)
    (folder / "bench.csv").write_bytes(("\ufeff" + "\n".join(rows) + "\n").encode("utf-8"))


def measure_pipeline(project: Project) -> tuple[float, int]:
    started = time.perf_counter()
    catalog, problems = validate_sources(load_sources(project.content_dir, project.pages_dir))
    assert catalog is not None and not [p for p in problems if p.severity == "error"], problems[:3]
    results = compute_results(catalog.campaigns[CAMPAIGN], catalog.results[CAMPAIGN], catalog.indicators)
    assert results is not None
    return time.perf_counter() - started, len(catalog.results[CAMPAIGN])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--indicators", type=int, default=20)
    parser.add_argument("--periods", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        write_province(project, args.units, args.indicators, args.periods)
        timings = [measure_pipeline(project) for _ in range(args.repeat)]
        rows = timings[0][1]
        print(f"rows: {rows}")
        print(f"load + validate + compute: median {statistics.median(t for t, _ in timings):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t, _ in timings)}; budget 3 s)")
        started = time.perf_counter()
        build(project, dt.date(2026, 11, 22))
        print(f"full site build: {time.perf_counter() - started:.2f} s")
        for prefix in ("", "en/"):
            page = project.site_dir / prefix / "ket-qua" / CAMPAIGN / "index.html"
            html = page.read_bytes()
            print(f"results page /{prefix}ket-qua/{CAMPAIGN}/: {len(html) / 1024:.0f} KB HTML, "
                  f"{len(gzip.compress(html, 6)) / 1024:.0f} KB gzipped (budget 300 KB HTML)")


if __name__ == "__main__":
    main()
