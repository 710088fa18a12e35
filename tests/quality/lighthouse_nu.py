"""Lighthouse (mobile) and the Nu HTML checker on the built site. Prints numbers; it is not a test.

    .venv/bin/python -m tests.quality.lighthouse_nu [--site site] [--today 2026-12-04] [--json out.json]

Installs Lighthouse and vnu-jar (pinned, tests/quality/tools.py) from the npm registry into build/node/, builds
the shipped site for `--today` into a temporary folder (unless `--site` names a built one), serves it on
127.0.0.1, runs Lighthouse with Debian's /usr/bin/chromium (headless, mobile, its default) on the home page, a
campaign, a results page and a unit page in both languages, and the Nu checker on every page. Prints the SEO,
accessibility and best-practices scores of each page with the audits that fail, then Nu's error count per page.
The goal is 100 / 100 / 100 and 0 errors.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from .tools import LIGHTHOUSE, REPO, VNU_JAR, ensure_tools

CATEGORIES = ("seo", "accessibility", "best-practices")
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
KINDS = ("phong-trao", "ket-qua", "don-vi")      # a campaign, a results page, a unit page


def built_site(today: dt.date) -> Path:
    """The shipped project built for `today` into a new temporary folder (a build never writes inside build/)."""
    out = Path(tempfile.mkdtemp(prefix="thi-dua-quality-")) / "site"
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--today", today.isoformat(), "--out",
                           str(out)], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stdout + done.stderr)
    return out


def sample_pages(site: Path) -> list[str]:
    """Home, then the first campaign, results and unit page, in Vietnamese and English: paths from the root."""
    found = [""]
    for kind in KINDS:
        first = sorted(p.parent.name for p in (site / kind).glob("*/index.html"))[:1]
        found += [f"{kind}/{name}/" for name in first]
    return found + [f"en/{path}" for path in found]


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A local server for `site`, on a free port, in a thread; its address."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str) -> dict[str, Any]:
    """Lighthouse's report (JSON) for `url`, mobile, the three categories."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(["node", str(LIGHTHOUSE), url, f"--only-categories={','.join(CATEGORIES)}",
                        f"--chrome-flags={CHROME_FLAGS}", "--output=json", f"--output-path={report}", "--quiet"],
                       check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
        result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
        return result


def scores(report: dict[str, Any]) -> dict[str, Any]:
    """Each category's score out of 100, and the ids of the audits it loses points on."""
    out: dict[str, Any] = {}
    for name in CATEGORIES:
        category = report["categories"][name]
        failing = [ref["id"] for ref in category["auditRefs"] if ref.get("weight", 0) > 0
                   and (report["audits"][ref["id"]].get("score") is not None)
                   and report["audits"][ref["id"]]["score"] < 1]
        out[name] = {"score": round((category["score"] or 0) * 100), "failing": failing}
    return out


def nu_errors(site: Path) -> dict[str, list[str]]:
    """The Nu checker's errors on every HTML file of `site`, by page."""
    done = subprocess.run(["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                           str(site)], capture_output=True, text=True, timeout=600)
    by_page: dict[str, list[str]] = collections.defaultdict(list)
    for message in json.loads(done.stderr)["messages"]:
        page = message.get("url", "").split(str(site.resolve()))[-1]
        by_page[page].append(f"{message.get('lastLine')}: {message['message']}")
    return by_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build the shipped project)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 4))
    parser.add_argument("--json", type=Path, help="also write the numbers as JSON to this file")
    args = parser.parse_args()
    problem = ensure_tools(with_lighthouse=True)
    if problem:
        sys.exit(problem)
    site = args.site.resolve() if args.site else built_site(args.today)
    pages = sorted(site.rglob("*.html"))
    server, root = serve(site)
    results: dict[str, Any] = {"lighthouse": {}, "nu": {}}
    try:
        print(f"Lighthouse (mobile), {', '.join(CATEGORIES)}:")
        for path in sample_pages(site):
            scored = scores(lighthouse(root + path))
            results["lighthouse"][path or "/"] = scored
            numbers = " ".join(f"{scored[name]['score']:>3}" for name in CATEGORIES)
            failing = sorted({a for name in CATEGORIES for a in scored[name]["failing"]})
            print(f"  {numbers}  /{path}" + (f"  failing: {', '.join(failing)}" if failing else ""))
    finally:
        server.shutdown()
    errors = nu_errors(site)
    results["nu"] = {"pages": len(pages), "errors": sum(len(e) for e in errors.values()), "by_page": errors}
    print(f"Nu HTML checker: {results['nu']['errors']} errors on {len(errors)} of {len(pages)} pages")
    for page, found in sorted(errors.items())[:20]:
        print(f"  {len(found):>4}  {page}  first: {found[0]}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
