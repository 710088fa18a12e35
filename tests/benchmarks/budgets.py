"""The developers' guide's budgets, from the medians of the runs of each size, with the measured values.

At the large size (about 3,000 pages per language): the whole build at most 0.33 times the Material
anchor and at most 3.5 times Hugo's; the generator's own stages (load, validate, compute, render) at
most Hugo's whole build; growth linear (large at most 3.5 times medium, for 2.8 times the pages). At
every size: no page over 60 KB of HTML, a first visit at most 100 KB gzipped. With `--incremental`: a
preview edit under 1 s at 1,000 pages (issue 21; on a shared machine, also read the edit's quiet-machine estimate).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from tests.benchmarks.report import ANCHOR_NAMES, kb, verdict

Run = dict[str, Any]
MATERIAL_RATIO = 0.33
HUGO_RATIO = 3.5
LINEAR_RATIO = 3.5
FIRST_VISIT_BUDGET = 100 * 1024
PREVIEW_EDIT_BUDGET = 1.0


def median(runs: list[Run], value: Callable[[Run], float]) -> float:
    """The median of one measure over the runs of a size."""
    return float(statistics.median(value(run) for run in runs))


def anchor_seconds(name: str, kind: str = "wall") -> Callable[[Run], float]:
    """One anchor's wall (or cpu) seconds in a run."""
    return lambda run: float(run["anchors"][name][kind])


def ratio(name: str) -> Callable[[Run], float]:
    """This project's whole build over one anchor's, in a run."""
    return lambda run: float(run["total wall (s)"]) / anchor_seconds(name)(run)


def each(runs: list[Run], key: str) -> str:
    """One measure of every run, for the report."""
    return ", ".join(f"{run[key]:.2f}" for run in runs)


def medians(runs: list[Run]) -> dict[str, float]:
    """The medians the summary and the budgets use."""
    found = {"total": median(runs, lambda r: r["total wall (s)"]),
             "generator": median(runs, lambda r: r["generator (s)"]),
             "generator stages": median(runs, lambda r: r["generator stages (s)"]),
             "site builder": median(runs, lambda r: r["site builder (s)"]),
             "quiet estimate": median(runs, lambda r: r["quiet estimate (s)"])}
    if all("anchors" in run for run in runs):
        found |= {name: median(runs, anchor_seconds(name)) for name in ANCHOR_NAMES}
        found |= {f"{name} cpu": median(runs, anchor_seconds(name, "cpu")) for name in ANCHOR_NAMES}
        found |= {f"total / {name}": median(runs, ratio(name)) for name in ANCHOR_NAMES}
        found["generator stages / hugo"] = median(runs, lambda r: r["generator stages (s)"] / anchor_seconds("hugo")(r))
        found["quiet estimate / material cpu"] = median(runs, lambda r: r["quiet estimate (s)"]
                                                        / anchor_seconds("material", "cpu")(r))
        found["cpu / hugo cpu"] = median(runs, lambda r: sum(r["stages cpu (s)"].values())
                                         / anchor_seconds("hugo", "cpu")(r))
        found["quiet estimate / hugo cpu"] = median(runs, lambda r: r["quiet estimate (s)"]
                                                    / anchor_seconds("hugo", "cpu")(r))
        if all("generator stages cpu (s)" in run for run in runs):
            found["generator stages cpu / hugo cpu"] = median(runs, lambda r: r["generator stages cpu (s)"]
                                                              / anchor_seconds("hugo", "cpu")(r))
    return found


def summary(name: str, runs: list[Run]) -> list[str]:
    """One size's medians over its runs, with each run's values."""
    found = medians(runs)
    lines = [f"== {name}, medians of {len(runs)} run(s), {runs[0]['pages per language']} pages per language",
             f"  this project: total {found['total']:.2f} s ({each(runs, 'total wall (s)')}); generator "
             f"{found['generator']:.2f} s, of which its own stages (load, validate, compute, render) "
             f"{found['generator stages']:.2f} s ({each(runs, 'generator stages (s)')}); site builder "
             f"{found['site builder']:.2f} s; quiet-machine estimate {found['quiet estimate']:.2f} s"]
    if "hugo" in found:
        lines.append(f"  on CPU seconds, which other programs on the cores do not inflate: this project's quiet-machine"
                     f" estimate / Material's cpu (one process) {found['quiet estimate / material cpu']:.2f} x; "
                     f"this project's cpu / Hugo's cpu (both use both cores) {found['cpu / hugo cpu']:.2f} x; "
                     f"quiet-machine estimate / Hugo's cpu {found['quiet estimate / hugo cpu']:.2f} x")
    for anchor in ANCHOR_NAMES if "hugo" in found else ():
        walls = ", ".join(f"{anchor_seconds(anchor)(r):.2f}" for r in runs)
        lines.append(f"  {ANCHOR_NAMES[anchor]}: {found[anchor]:.2f} s ({walls}; cpu {found[anchor + ' cpu']:.2f} s);"
                     f" this project {found['total / ' + anchor]:.2f} x")
    return lines


def large_budgets(large: list[Run], medium: list[Run] | None) -> list[str]:
    """The budgets stated at the large size."""
    found, lines = medians(large), []
    if "hugo" in found:
        lines += [
            verdict(f"whole build at most {MATERIAL_RATIO} x Material's: {found['total']:.2f} / "
                    f"{found['material']:.2f} s = {found['total / material']:.2f} x",
                    found["total / material"] <= MATERIAL_RATIO),
            verdict(f"whole build at most {HUGO_RATIO} x Hugo's: {found['total']:.2f} / {found['hugo']:.2f} s = "
                    f"{found['total / hugo']:.2f} x", found["total / hugo"] <= HUGO_RATIO),
            verdict(f"generator's own stages at most Hugo's whole build: {found['generator stages']:.2f} / "
                    f"{found['hugo']:.2f} s = {found['generator stages / hugo']:.2f} x",
                    found["generator stages / hugo"] <= 1), *cpu_budgets(found)]
    if medium:
        ratio, pages = found["total"] / medians(medium)["total"], [r[0]["pages per language"] for r in (large, medium)]
        quiet = found["quiet estimate"] / medians(medium)["quiet estimate"]
        lines.append(verdict(f"linear: large / medium = {ratio:.2f} x (quiet-machine estimate {quiet:.2f} x) for "
                             f"{pages[0]} / {pages[1]} = {pages[0] / pages[1]:.2f} x the pages; at most "
                             f"{LINEAR_RATIO} x", ratio <= LINEAR_RATIO))
    return lines


def cpu_budgets(found: dict[str, float]) -> list[str]:
    """The same ratios on CPU seconds, which a shared machine does not inflate: Material runs in one process, so its
    CPU time is its wall time on a quiet machine; Hugo's CPU time is at least its wall time there."""
    ratios = [("this project's quiet-machine estimate / Material's cpu", "quiet estimate / material cpu",
               MATERIAL_RATIO),
              ("this project's quiet-machine estimate / Hugo's cpu", "quiet estimate / hugo cpu", HUGO_RATIO),
              ("the generator's own stages' cpu / Hugo's cpu", "generator stages cpu / hugo cpu", 1.0)]
    return ["  on CPU seconds, for a shared machine:"] + [
        verdict(f"  {text} = {found[key]:.2f} x (at most {limit})", found[key] <= limit)
        for text, key, limit in ratios if key in found]


def size_budgets(name: str, runs: list[Run]) -> list[str]:
    """The budgets every size must meet (page weight; the preview where it was measured)."""
    site = runs[0]["site"]
    largest = site["largest_pages"][0]
    heaviest = max(site["first_visits"].items(), key=lambda item: item[1])
    lines = [verdict(f"{name}: no page over 60 KB of HTML: largest {largest[0]} {kb(largest[1])}, "
                     f"{site['pages_over_budget']} over", site["pages_over_budget"] == 0),
             verdict(f"{name}: first visit at most 100 KB gzipped: heaviest {heaviest[0]} {kb(heaviest[1])} "
                     f"(opening search adds {kb(site['opening_search'][heaviest[0]])})",
                     heaviest[1] <= FIRST_VISIT_BUDGET)]
    previews = [run["incremental preview"] for run in runs if "incremental preview" in run]
    if previews:
        edit = statistics.median(p["median (s)"] for p in previews)
        quiet = statistics.median(p["median quiet-machine estimate (s)"] for p in previews)
        lines.append(verdict(f"{name}: a preview edit (one campaign) under {PREVIEW_EDIT_BUDGET:.0f} s: median "
                             f"{edit:.2f} s (quiet-machine estimate {quiet:.2f} s)", edit < PREVIEW_EDIT_BUDGET))
    return lines


def budgets(results: dict[str, list[Run]]) -> list[str]:
    """Every budget the sizes run can show, met or not."""
    lines = large_budgets(results["large"], results.get("medium")) if "large" in results else []
    return lines + [line for name, runs in results.items() for line in size_budgets(name, runs)]
