"""The Content-Security-Policy each page carries, and proof in Chromium that it holds."""

from __future__ import annotations

import base64
import hashlib
import re
import time
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from generator.builder.csp import add_policy, script_hashes

PAGES = ["", "phong-trao/", "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/",
         "ket-qua/2024-lang-son-hien-dai-hoa-mot-cua/", "en/lich/", "in/2026-chi-lang-dich-vu-cong-truc-tuyen/",
         "404.html"]


def test_inline_scripts_are_hashed_and_json_is_not() -> None:
    page = '<html><head><script>var a=1</script><script id="c" type="application/json">{}</script>' \
           '<script src="x.js"></script></head></html>'
    digest = base64.b64encode(hashlib.sha256(b"var a=1").digest()).decode()
    assert script_hashes(page) == [f"'sha256-{digest}'"]
    out = add_policy(page)
    assert out.startswith('<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
                          f"script-src 'self' 'sha256-{digest}';")
    assert '<meta name="referrer" content="strict-origin-when-cross-origin">' in out


def test_every_built_page_has_its_policy(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert html.count('http-equiv="Content-Security-Policy"') == 1, page
        assert all(h in html for h in script_hashes(html)), page
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    assert "Permissions-Policy:" in headers and "frame-ancestors 'self'" in headers


@pytest.fixture
def site(site_url: str, browser: Any) -> tuple[str, Any]:
    return site_url, browser


@pytest.mark.parametrize("path", PAGES)
def test_pages_work_under_their_policy(site: tuple[str, Any], path: str) -> None:
    url, browser = site
    page = browser.new_page()
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.goto(url + path)
    if path == "phong-trao/":
        page.get_by_label("Tình trạng").select_option("running")       # our script runs
    search_until_found(page, "thanh toan")                             # Material's search worker runs
    assert refused == []
    page.close()


def search_until_found(page: Any, query: str, seconds: float = 10) -> None:
    """Type the query until results show: typed before the worker is ready, Material does not rerun it."""
    deadline = time.monotonic() + seconds
    while True:
        page.fill(".md-search__input", query)
        page.press(".md-search__input", "End")              # Material reads the box on keyup
        try:
            expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"[1-9]"), timeout=1000)
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise


def test_an_injected_inline_script_does_not_run(site: tuple[str, Any]) -> None:
    url, browser = site
    page = browser.new_page()
    page.goto(url + "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/")
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1';
                             document.body.appendChild(s); }""")
    assert page.evaluate("window.pwned") is None
    page.close()


def test_an_inline_script_in_the_content_is_never_blessed() -> None:
    page = ('<html><head><script>var frame=1</script></head><body><article class="md-content__inner md-typeset">'
            "<script>alert(1)</script></article><script>var after=1</script></body></html>")
    blessed = script_hashes(page)
    digest = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert len(blessed) == 2 and f"'sha256-{digest}'" not in blessed
