"""Helpers to drive Debian's Chromium (never a downloaded browser) against a site served on localhost,
and to audit its pages with axe-core."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit

import pytest

from .quality.tools import AXE_SHA256 as AXE_SHA256  # the fixtures check axe.min.js by it
from .quality.tools import AXE_VERSION as AXE_VERSION  # the fixtures check the installed version by it
from .quality.tools import ensure_tools, installed

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO / "test-artifacts"

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
DEVICES = {"phone": PHONE, "desktop": DESKTOP}
CAMPAIGN = "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
PAGES = ["", "phong-trao/", CAMPAIGN, "ket-qua/2024-lang-son-hien-dai-hoa-mot-cua/", "khen-thuong/", "lich/",
         "thuat-ngu/", "gioi-thieu/", "lien-he/", "don-vi/ubnd-xa-chi-lang/",
         "in/2024-khanh-khe-thanh-toan-truc-tuyen/"]   # one of each page type


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve `directory` on a free port of 127.0.0.1; yield its base URL."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser from Debian's package."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def record_requests(page: Any, part: Callable[[SplitResult], str]) -> list[str]:
    """A part of the address of everything the page asks for, as requests happen."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(part(urlsplit(request.url))))
    return seen


def record_hosts(page: Any) -> list[str]:
    return record_requests(page, lambda url: url.hostname or "")


def record_paths(page: Any) -> list[str]:
    return record_requests(page, lambda url: url.path)


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# --- axe-core: from the npm registry, pinned, into the git-ignored build/node/ (installed on first use) ---------

NODE_DIR = REPO / "build" / "node"
AXE_DIR = NODE_DIR / "node_modules" / "axe-core"
BLOCKING = {"serious", "critical"}


def installed_axe() -> str | None:
    return installed("axe-core")


def install_axe() -> None:
    """axe-core with the Nu checker beside it (one npm install, so neither removes the other)."""
    problem = ensure_tools()
    if problem:
        pytest.fail(f"The accessibility tests need axe-core@{AXE_VERSION} in {NODE_DIR.relative_to(REPO)}/: {problem}")


def run_axe(browser: Any, device: str, url: str, axe_script: Path) -> list[dict[str, Any]]:
    # axe is injected as an inline script, which the site's own policy (rightly) refuses: the audit bypasses it.
    context = browser.new_context(viewport=DEVICES[device], is_mobile=device == "phone", bypass_csp=True)
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(path=str(axe_script))
    violations: list[dict[str, Any]] = page.evaluate("async () => (await axe.run()).violations")
    context.close()
    return violations


def blocking(violations: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Serious and critical violations: rule id -> the elements, as CSS selectors."""
    return {v["id"]: [" ".join(node["target"]) for node in v["nodes"]] for v in violations if v["impact"] in BLOCKING}


def describe(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{rule} on {len(targets)} element(s), e.g. {targets[:3]}" for rule, targets in found.items())
