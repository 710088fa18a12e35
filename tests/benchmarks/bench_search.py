"""Benchmark: one search on a province's site, on a slow phone. Prints numbers; it is not a test.

    .venv/bin/python -m tests.benchmarks.bench_search [--size large] [--site FOLDER] [--runs 3]

Builds the synthetic province (or takes a built site), serves it on localhost, and in Debian's headless
Chromium with the CPU slowed 4 times (DevTools' `Emulation.setCPUThrottlingRate`) on a 360 px phone:

- the site's search as residents have it (Material's search box, our worker and sharded index,
  `generator/builder/search_shards.py`): a Vietnamese page opens, search starts (the `/` key, which makes
  `twins.js` let the manifest through), a query is typed; the time from starting search to the first result
  shown, and the bytes it downloaded (each response gzipped at level 6, as a web server sends it), the
  search worker's included (the page fetches it when it loads);
- unless `--no-pagefind`, Pagefind (`make bench-install`), the reference for large static sites: its index
  built from the same HTML (one per language, by `<html lang>`), then the same query through its JavaScript
  API from a page of the same site: the time to the first result's data, and the bytes.

Each query runs in a fresh browser context (an empty cache). The bytes are counted where the files are sent
(the search workers' requests are out of the page's sight), each file gzipped at level 6 as a web server
sends it (Pagefind's own files are compressed already). Whether a query without accents finds the
Vietnamese text is printed too. The network is localhost: the times are the CPU's, not a phone's radio.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.build import build
from tests.benchmarks import synthetic
from tests.browser import chromium
from tests.conftest import copy_project

QUERIES = ("thanh toan truc tuyen", "thanh toán trực tuyến")
CPU_SLOWDOWN = 4
PHONE = {"width": 360, "height": 740}
GZIP_LEVEL = 6
WORKER = "assets/javascripts/search-worker.js"
PROBE = "pagefind-probe.html"          # a page of the site without a policy, to load Pagefind's script from
PROBE_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>probe</title></head>
<body><p>probe</p></body></html>
"""
PAGEFIND_QUERY = """async (query) => {
  const started = performance.now();
  const pagefind = await import("./pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const first = search.results.length ? await search.results[0].data() : null;
  return {ms: performance.now() - started, results: search.results.length,
          first: first && first.url, title: first && first.meta.title};
}"""


def built_site(size: str, folder: Path) -> Path:
    """The synthetic province of `size`, built into `folder/site`."""
    project = copy_project(folder)
    spec = synthetic.SIZES[size]
    synthetic.write_province(project, spec.units, spec.campaigns)
    build(project, synthetic.TODAY)
    return project.site_dir


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0))


def slow_phone(browser: Any) -> tuple[Any, Any]:
    """A fresh phone-sized context (empty cache) and page, its CPU slowed `CPU_SLOWDOWN` times."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    return context, page


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site and notes every file it sends: the browser's workers fetch too, out of the page's sight."""

    sent: list[str] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> Any:
        self.sent.append(self.path.split("?")[0])
        return super().send_head()


@contextmanager
def counting_server(site: Path) -> Iterator[str]:
    """`site` on a free port of 127.0.0.1, noting what it sends; its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def sent_since(site: Path, start: int) -> dict[str, int]:
    """Gzipped bytes of each file the server sent since its `start`-th, by path (a folder's index.html for a folder)."""
    found = {}
    for path in CountingHandler.sent[start:]:
        target = site / unquote(path).lstrip("/")
        target = target / "index.html" if target.is_dir() else target
        found[path] = gzipped(target.read_bytes()) if target.is_file() else 0
    return found


def by_file(seen: dict[str, int]) -> dict[str, float]:
    """KB per file downloaded, by its name."""
    return {url.rsplit("/", 1)[-1][:40]: round(size / 1024, 1) for url, size in seen.items()}


def site_query(browser: Any, base: str, site: Path, query: str) -> dict[str, Any]:
    """The site's search on the Vietnamese home page: start search, type, wait for the first result."""
    context, page = slow_phone(browser)
    try:
        page.goto(base)
        page.wait_for_load_state("networkidle")
        start = len(CountingHandler.sent)
        started = time.perf_counter()
        page.keyboard.press("/")
        box = page.locator("input.md-search__input")
        box.fill(query)
        box.press("End")                   # Material reads the box on keyup
        page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
        seconds = time.perf_counter() - started
        first = page.locator(".md-search-result__item a").first.get_attribute("href")
        listed = page.locator(".md-search-result__meta").inner_text().strip()
        page.wait_for_load_state("networkidle")
        seen = sent_since(site, start)
        worker = gzipped((site / WORKER).read_bytes())    # fetched with the page, before search starts: counted too
        return {"seconds": round(seconds, 2), "bytes": sum(seen.values()) + worker, "files": by_file(seen),
                "worker KB": round(worker / 1024, 1), "first": first, "listed": listed}
    finally:
        context.close()


def pagefind_index(site: Path, options: list[str]) -> float:
    """Pagefind's index of the built site, in `site/pagefind/`; the seconds it took."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind", *options],
                   check=True, stdout=subprocess.DEVNULL)
    (site / PROBE).write_text(PROBE_PAGE, encoding="utf-8")
    return time.perf_counter() - started


def pagefind_query(browser: Any, base: str, site: Path, query: str) -> dict[str, Any]:
    """Pagefind's JavaScript API from a Vietnamese page of the site: the search and the first result's data."""
    context, page = slow_phone(browser)
    try:
        page.goto(base + PROBE)
        page.wait_for_load_state("networkidle")
        start = len(CountingHandler.sent)
        found = page.evaluate(PAGEFIND_QUERY, query)
        page.wait_for_load_state("networkidle")
        seen = sent_since(site, start)
        return {"seconds": round(found["ms"] / 1000, 2), "bytes": sum(seen.values()), "files": by_file(seen),
                "results": found["results"], "first": found["first"]}
    finally:
        context.close()


def folder_bytes(folder: Path) -> dict[str, float]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return {"files": len(files), "MB": round(sum(p.stat().st_size for p in files) / 1e6, 1)}


def measure(site: Path, runs: int, pagefind_options: list[str] | None) -> dict[str, Any]:
    """Every query `runs` times with the site's search (and Pagefind's, unless `pagefind_options` is None); the
    medians."""
    found: dict[str, Any] = {}
    searches: list[tuple[str, Any]] = [("site search", site_query)]
    if pagefind_options is not None:
        found["pagefind index (s)"] = round(pagefind_index(site, pagefind_options), 1)
        found["pagefind folder"] = folder_bytes(site / "pagefind")
        searches.append(("pagefind", pagefind_query))
    with counting_server(site) as base, chromium() as browser:
        for name, query_with in searches:
            for query in QUERIES:
                tries = [query_with(browser, base, site, query) for _ in range(runs)]
                found[f"{name}: {query}"] = {"seconds (median)": statistics.median(t["seconds"] for t in tries),
                                             "KB gzipped (median)": round(statistics.median(
                                                 t["bytes"] for t in tries) / 1024, 1), "tries": tries}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="large", choices=sorted(synthetic.SIZES))
    parser.add_argument("--site", type=Path, help="a built site to measure instead of building one")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pagefind", default="", help="more options for Pagefind's indexer, e.g. "
                        "'--glob {phong-trao,en/phong-trao}/**/*.html --exclude-selectors .md-header'")
    parser.add_argument("--no-pagefind", action="store_true", help="measure the site's search only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        site = args.site or built_site(args.size, Path(tmp))
        for name, value in measure(site, args.runs, None if args.no_pagefind else shlex.split(args.pagefind)).items():
            print(f"{name}: {value}")


if __name__ == "__main__":
    main()
