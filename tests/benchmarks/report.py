"""The benchmark's report: the numbers of each size, and the budgets met or not."""

from __future__ import annotations

from typing import Any

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
