"""Benchmark: what staff wait for. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_staff

- `check` on the shipped content (budget: under 2 s), as the command runs it, in a new process;
- a live-preview rebuild after saving one campaign file (budget: under 3 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.staff.serve import Preview
from tests.conftest import TODAY, copy_project

RUNS = 5


def time_check(root: Path) -> list[float]:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "check"], check=True,
                       capture_output=True)
        timings.append(time.perf_counter() - started)
    return timings


def time_rebuilds(root: Path) -> list[float]:
    project = copy_project(root / "rebuild")
    preview = Preview(project, TODAY)
    preview.rebuild()
    plan = project.content_dir / "plans" / "2026-chi-lang-dich-vu-cong-truc-tuyen.yaml"
    timings = []
    for n in range(RUNS):
        plan.write_text(plan.read_text(encoding="utf-8") + f"\n# edit {n}\n", encoding="utf-8")
        started = time.perf_counter()
        assert preview.rebuild()
        timings.append(time.perf_counter() - started)
    return timings


def report(name: str, timings: list[float], budget: float) -> None:
    median = statistics.median(timings)
    print(f"{name}: median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in timings)}; budget {budget:.0f} s)"
          f" {'met' if median < budget else 'NOT MET'}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        copy_project(root / "check")
        report("check (new process, shipped content)", time_check(root / "check"), 2)
        report("preview rebuild after one saved file", time_rebuilds(root), 3)


if __name__ == "__main__":
    main()
