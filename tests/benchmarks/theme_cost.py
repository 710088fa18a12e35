"""What each of the theme's templates costs per page: one language's mkdocs build of the synthetic province under
cProfile, with the inclusive time of every Jinja template (Material's partials: navigation, language switcher,
header, footer, ...; and our overrides), per page rendered. A measurement for issue 21's item 4, not a test.

    .venv/bin/python -m tests.benchmarks.theme_cost [--size medium] [--language vi] [--out FOLDER]

Each template compiles to a module whose `root` renders it (and `block_*` its blocks, `macro` its macros): the
cumulative time of those functions, by template file, is what including that template costs, callees included.
"""

from __future__ import annotations

import argparse
import pstats
import tempfile
from pathlib import Path

from generator.model.fields import LANGUAGES
from tests.benchmarks import synthetic
from tests.benchmarks.profiling import profile_language
from tests.conftest import copy_project

TEMPLATE_SUFFIXES = (".html", ".j2")
SHOWN = 25


Raw = dict[tuple[str, int, str], tuple[int, int, float, float, object]]


def template_costs(stats: pstats.Stats) -> dict[str, float]:
    """Per template file, the seconds of its `root`, inclusive (a generator: cProfile adds up its resumptions).

    A template's `root` nested in itself (a recursive navigation) is counted once, by cProfile's own rule."""
    costs: dict[str, float] = {}
    raw: Raw = stats.stats  # type: ignore[attr-defined]
    for (filename, _, name), (_, _, _, cumulative, _) in raw.items():
        if filename.endswith(TEMPLATE_SUFFIXES) and name == "root":
            costs[short_name(filename)] = costs.get(short_name(filename), 0.0) + cumulative
    return costs


def pages_built(stats: pstats.Stats) -> int:
    """How many pages mkdocs put through the theme (`_build_page` calls)."""
    raw: Raw = stats.stats  # type: ignore[attr-defined]
    return sum(calls for (filename, _, name), (calls, *_) in raw.items()
               if filename.endswith("mkdocs/commands/build.py") and name == "_build_page")


def short_name(filename: str) -> str:
    """`.../material/templates/partials/nav.html` -> `material: partials/nav.html`; ours -> `ours: ...`."""
    for marker, label in (("/material/templates/", "material"), ("/generator/builder/theme/", "ours")):
        if marker in filename:
            return f"{label}: {filename.split(marker, 1)[1]}"
    return filename


def report(costs: dict[str, float], pages: int, whole: float) -> list[str]:
    lines = [f"{pages} pages; each template's Jinja, inclusive, under cProfile; share of the whole mkdocs build "
             f"({whole:.2f} s)", f"{'template':<52} {'seconds':>8} {'ms/page':>8} {'share':>6}"]
    for name, seconds in sorted(costs.items(), key=lambda item: -item[1])[:SHOWN]:
        lines.append(f"{name:<52} {seconds:>8.2f} {1000 * seconds / pages:>8.2f} {seconds / whole:>6.0%}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="medium", choices=sorted(synthetic.SIZES))
    parser.add_argument("--language", default=LANGUAGES[0], choices=LANGUAGES)
    parser.add_argument("--out", type=Path, help="a folder for the profile (default: a temporary one)")
    args = parser.parse_args()
    size = synthetic.SIZES[args.size]
    with tempfile.TemporaryDirectory(prefix="theme-cost-") as tmp:
        project = copy_project(Path(tmp))
        synthetic.write_province(project, size.units, size.campaigns)
        out = (args.out or Path(tmp)) / f"theme-{args.size}-{args.language}.prof"
        out.parent.mkdir(parents=True, exist_ok=True)
        profiled = profile_language(project, args.language, out)
        stats = pstats.Stats(str(out))
        costs = template_costs(stats)
        pages = pages_built(stats) or 1
        whole = profiled["parts (inclusive, profiled seconds)"]["mkdocs: whole build"] or 1.0
        print("\n".join(report(costs, pages, whole)))


if __name__ == "__main__":
    main()
