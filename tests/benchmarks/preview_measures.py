"""The staff's waits in the preview: a whole rebuild after one campaign changes, and the incremental preview."""

from __future__ import annotations

import contextlib
import io
import re
import statistics
import time
from typing import Any

from generator.build import Project
from generator.staff.preview import PreviewSite
from generator.staff.serve import rebuild
from tests.benchmarks import synthetic
from tests.benchmarks.stages import Stages, cpu_seconds, staged_build

TODAY = synthetic.TODAY
REBUILDS = 3


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
    """`generator.staff.serve.rebuild` after each of a few one-campaign edits: a new preview's whole build, what
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


# --- The incremental preview (generator.staff.preview) --------------------------------------------------------

INCREMENTAL_EDITS = 5


def timed_refresh(preview: PreviewSite) -> dict[str, Any]:
    """One `PreviewSite.refresh` (what `make serve` runs on every save): wall seconds, per stage, what it did."""
    started, cpu = time.perf_counter(), cpu_seconds()
    refreshed = preview.refresh()
    generator_cpu = cpu_seconds() - cpu
    quiet = generator_cpu + max(refreshed.session_cpu.values(), default=0.0)   # the two sessions run at once
    return {"seconds": round(time.perf_counter() - started, 2), "generator process cpu": round(generator_cpu, 2),
            "sessions cpu": {code: round(s, 2) for code, s in refreshed.session_cpu.items()},
            "quiet-machine estimate (s)": round(quiet, 2),
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
            "median quiet-machine estimate (s)": round(statistics.median(e["quiet-machine estimate (s)"]
                                                                         for e in edits), 2),
            "fallback: a new campaign (s)": fallback["seconds"], "fallback stages": fallback["stages"]}
