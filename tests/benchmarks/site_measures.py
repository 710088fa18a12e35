"""Measuring a built site: pages, sizes, the search indexes, and the bytes of a first visit and of opening search."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

PAGE_BUDGET = 60 * 1024
GZIP_LEVEL = 6


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
    """The search worker script (ours, generator/builder/search_shards.py's reader): it loads with every page."""
    return [root / "assets" / "javascripts" / "search-worker.js"]


def search_files(root: Path) -> list[Path]:
    """What opening search adds (generator/builder/theme/assets/javascripts/twins.js holds it until then): the manifest.
    A query then fetches its words' shards and its results' blocks (tests/benchmarks/bench_search.py)."""
    return [root / "search" / "search_index.json"]


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
    files += [f for f in search_worker(site.resolve()) if f not in files]      # one worker, at the root
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
        index = root / "search" / "search_index.json"
        if index.is_file():              # none with `--experiment no-search`
            parts = [index, *(root / "search").glob("[td]/*.json")]      # the manifest, shards and blocks
            data = [part.read_bytes() for part in parts]
            shards = json.loads(data[0])["config"].get("shards", {})
            indexes[code] = {"raw": sum(map(len, data)), "gzip": sum(map(gzipped, data)), "files": len(parts),
                             "entries": shards.get("entries", len(json.loads(data[0])["docs"]))}
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
