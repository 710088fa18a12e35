"""Caching: our own assets by content-hashed names, shared by both languages, and a year's caching for them."""

from __future__ import annotations

import re
from pathlib import Path

from generator.builder.asset_names import hashed_name

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
    assert "/assets/stylesheets/*\n  Cache-Control: public, max-age=31536000, immutable" in headers


def header_rules(headers: str) -> list[tuple[str, str]]:
    """Each `_headers` rule's path and its Cache-Control value."""
    return re.findall(r"^(/\S*)\n(?:  (?!Cache-Control)[^\n]*\n)*  Cache-Control: ([^\n]+)$", headers, re.M)


def matches(rule: str, path: str) -> bool:
    """Whether a Netlify/Cloudflare `_headers` path (a `*` splat) matches a file's path from the root."""
    return re.fullmatch(re.escape(rule).replace(r"\*", ".*"), path) is not None or (rule == "/" and path == "/")


def test_every_file_has_one_caching_rule_a_year_when_hashed_and_revalidation_otherwise(built_site: Path) -> None:
    """Hosts join the values of every rule matching a path: no file may get two Cache-Control values, every
    page, feed, calendar and download must be revalidated, and only hashed files kept for a year."""
    rules = header_rules((built_site / "_headers").read_text(encoding="utf-8"))
    assert ("/", "no-cache") in rules
    files = ["/" + p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()]
    for path in files:
        found = [value for rule, value in rules if matches(rule, path)]
        assert len(found) <= 1, (path, found)
        if path.endswith((".html", ".xml", ".json", ".ics", ".csv", ".txt", ".gz")):
            assert found == ["no-cache"], (path, found)
        if found and "immutable" in found[0]:
            assert re.search(r"[.][0-9a-f]{8,}[.](min[.])?(css|js|svg|png)([.]map)?$", path), path


def test_english_pages_load_the_one_copy_of_the_assets(built_site: Path) -> None:
    """No second copy of the stylesheets, scripts and search worker under `en/`: every asset an English page
    names, Material's search worker too, is under the root's `assets/` and exists."""
    assert not (built_site / "en" / "assets").exists()
    for page in [built_site / "en/index.html", built_site / "en/lien-he/index.html"]:
        html = page.read_text(encoding="utf-8")
        named = re.findall(r'(?:href|src)="([^"]*assets/[^"]*)"', html)
        named += re.findall(r'"search": "([^"]*)"', html)
        assert len(named) >= 6, (page, named)
        for href in named:
            path = href.split("?", 1)[0]        # the search worker's address names its language's index
            assert (page.parent / path).resolve().is_relative_to(built_site.resolve() / "assets"), href
            assert (page.parent / path).resolve().is_file(), href
