"""Caching: our own assets by content-hashed names, shared by both languages, and a year's caching for them."""

from __future__ import annotations

import re
from pathlib import Path

from generator.asset_names import hashed_name

OWN = re.compile(r'(?:href|src)="([^"]*assets/(?:extra|favicon|javascripts/twins|javascripts/site)[^"]*)"')


def test_a_hashed_name_changes_with_the_content() -> None:
    assert re.fullmatch(r"assets/extra\.[0-9a-f]{8}\.css", hashed_name("assets/extra.css", b"a"))
    assert hashed_name("assets/extra.css", b"a") != hashed_name("assets/extra.css", b"b")


def test_every_page_loads_our_assets_by_hashed_names_from_the_root(built_site: Path) -> None:
    for page in [built_site / "index.html", built_site / "en/index.html", built_site / "en/phong-trao/index.html"]:
        found = OWN.findall(page.read_text(encoding="utf-8"))
        assert len(found) == 4, (page, found)
        for href in found:
            assert re.search(r"\.[0-9a-f]{8}\.(css|svg|js)$", href), href
            assert (page.parent / href).resolve().is_relative_to(built_site.resolve() / "assets"), href
            assert (page.parent / href).resolve().is_file(), href


def test_hashed_files_are_cached_for_a_year(built_site: Path) -> None:
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    hashed = [p.relative_to(built_site).as_posix() for p in (built_site / "assets").rglob("*")
              if re.search(r"^(extra|favicon|twins|site)\.[0-9a-f]{8}\.", p.name)]
    assert len(hashed) == 4
    rules = re.findall(r"^(/\S+)\n  Cache-Control: public, max-age=31536000, immutable$", headers, re.M)
    for name in hashed:
        assert any(re.fullmatch(re.escape(rule[1:]).replace(r"\*", ".*"), name) for rule in rules), name
    assert not any(re.fullmatch(re.escape(rule[1:]).replace(r"\*", ".*"), "assets/extra.css") for rule in rules)
    assert "/en/assets/stylesheets/*\n  Cache-Control: public, max-age=31536000, immutable" in headers
