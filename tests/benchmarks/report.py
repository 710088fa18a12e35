"""The benchmark's report: the numbers of one run of one size."""

from __future__ import annotations

from typing import Any


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
        *[f"  search index {code}: {kb(v['raw'])} raw, {kb(v['gzip'])} gzipped in {v.get('files', 1):,} files "
          f"(a query fetches a few), {v['entries']:,} entries"
          for code, v in site["search_index"].items()],
        f"  pages over 60 KB of HTML: {site['pages_over_budget']} {site['over_budget_by_section']}; largest:",
        *[f"    {kb(size):>11}  {path}" for path, size in site["largest_pages"]],
        "  first visit (gzipped HTML + CSS + JS + search worker), and what opening search adds (its manifest):",
        *[f"    {kb(size):>11}  + {kb(site['opening_search'][path]):>11}  {path}"
          for path, size in site["first_visits"].items()],
    ]
    if "cards, warm" in result:
        lines += cards_report(result)
    if "anchors" in result:
        lines += anchors_report(result)
    if "rebuild after one campaign change" in result:
        r = result["rebuild after one campaign change"]
        lines.append(f"  whole rebuild after one campaign change (serve.rebuild, a new preview): "
                     f"{r['serve.rebuild seconds']} s, median {r['median']} s "
                     f"(cpu {r['cpu seconds (both languages)']} s)")
        lines.append(f"    stages of one more build: {r['stages of one more']}; cpu: {r['stages of one more, cpu']}")
    if "incremental preview" in result:
        r = result["incremental preview"]
        lines.append(f"  incremental preview (generator.staff.preview): first build {r['first build (s)']} s "
                     f"{r['first build stages']}")
        lines.append(f"    one-campaign edits: median {r['median (s)']} s (quiet-machine estimate: generator cpu + "
                     f"slower session's cpu, median {r['median quiet-machine estimate (s)']} s); "
                     f"median per stage {r['median stages (s)']}")
        lines += [f"    {edit['seconds']} s {edit['stages']}; generator process cpu {edit['generator process cpu']} s; "
                  f"sessions cpu {edit['sessions cpu']}; changed: {edit['changed files']}" for edit in r["edits"]]
        lines.append(f"    fallback, a new campaign: {r['fallback: a new campaign (s)']} s {r['fallback stages']}")
    if "profile" in result:
        lines += profile_report(result["profile"])
    return "\n".join(lines)


def anchors_report(result: dict[str, Any]) -> list[str]:
    """The anchors of this run, beside this project's build of the same pages."""
    anchors, total = result["anchors"], result["total wall (s)"]
    lines = [f"  anchors, from the same pages as Markdown ({anchors['given']}):"]
    for name in ("material", "hugo"):
        run = anchors[name]
        lines.append(f"    {ANCHOR_NAMES[name]}: {run['wall']:.2f} s wall, {run['cpu']:.2f} s cpu; this project "
                     f"{total / run['wall']:.2f} x; HTML pages written {run['pages']}")
    return lines


def cards_report(result: dict[str, Any]) -> list[str]:
    """The link preview cards' share of the generator's stages: cold (none kept) and warm (build/cards kept)."""
    lines = []
    for name, cards in (("cold, none kept", result["cards, cold (slower language)"]),
                        ("warm, build/cards kept", result["cards, warm"])):
        lines.append(f"  cards, {name} (slower language): {cards['cards']:,} cards, {cards['drawn']:,} drawn, "
                     f"{cards['cards cpu (s)']:.2f} s cpu ({cards['ms per card']:.2f} ms each) of compute + render "
                     f"{cards['compute + render cpu (s)']:.2f} s cpu; without the cards "
                     f"{cards['without cards cpu (s)']:.2f} s")
    return lines


ANCHOR_NAMES = {"material": "mkdocs + Material + mkdocs-static-i18n", "hugo": "Hugo, a minimal bilingual layout"}


def profile_report(profile: dict[str, Any]) -> list[str]:
    lines = [f"  profile of one language alone: {profile['wall seconds (profiled)']} s under cProfile "
             f"({profile['profile file']})"]
    parts = profile["parts (inclusive, profiled seconds)"]
    lines += [f"    {seconds:7.2f} s  {name}" for name, seconds in parts.items()]
    lines += ["  top functions by own time:"] + [f"    {line}" for line in profile["top functions by own time"]]
    return lines


def fmt_load(load: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in load)


def verdict(text: str, met: bool) -> str:
    return f"  [{'met' if met else 'NOT MET'}] {text}"
