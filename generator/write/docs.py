"""Stage 5, write: the generated files to the builder, the builder to HTML, and the new site swapped in whole."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

from ..builder.asset_names import HEADERS_FILE, revalidation_headers
from ..builder.site_builder import InMemoryDocs, LanguageBuild, theme_strings
from ..compute.language import Language
from ..compute.site import SiteView
from ..model.fields import LANGUAGES
from ..render.pages import RenderedPage

DocsContents = dict[str, InMemoryDocs]      # language -> its generated files


def docs_contents(rendered: dict[str, list[RenderedPage]], files: dict[str, dict[str, bytes]]) -> DocsContents:
    """Every generated file of each language, as mkdocs gets it: the pages' Markdown, then the other files."""
    return {language: docs_in_memory(pages, files.get(language, {})) for language, pages in rendered.items()}


def docs_in_memory(pages: list[RenderedPage], files: dict[str, bytes]) -> InMemoryDocs:
    """One language's generated files as a whole build hands them to mkdocs: the pages' Markdown without front
    matter, the other files, and the pages' metadata beside them."""
    return InMemoryDocs({page.path: page.body.encode("utf-8") for page in pages} | files,
                        {page.path: page.meta for page in pages})


def fresh_docs(docs_dir: Path, assets_dir: Path) -> None:
    """A language's docs folder holding only the shared assets (a whole build hands mkdocs the rest)."""
    replace_dir(docs_dir)
    if assets_dir.is_dir():
        shutil.copytree(assets_dir, docs_dir / "assets")


def write_file(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def write_root_files(files: dict[str, bytes], site: Path) -> None:
    """Files of the whole site; the sitemap replaces the builder's one-language sitemaps."""
    for stale in [*site.glob("sitemap.xml*"), *site.glob("*/sitemap.xml*")]:    # where mkdocs writes them
        stale.unlink()
    for path, content in files.items():
        write_file(site / path, content)
    with (site / "sitemap.xml.gz").open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write(files["sitemap.xml"])
    if HEADERS_FILE in files:          # revalidation rules name the site's own folders, known only once built
        write_file(site / HEADERS_FILE, files[HEADERS_FILE] + revalidation_headers(site).encode())


def language_build(site: SiteView, language: Language, docs_root: Path, site_dir: Path,
                   generated: InMemoryDocs | None = None) -> LanguageBuild:
    """What the site builder needs for one language; its address is the site's plus the language's prefix."""
    return LanguageBuild(
        language=language.code,
        docs_dir=docs_root / language.code,
        site_dir=site_dir,
        site_name=site.site_names[language.code],
        site_url=language.url(site.site_url),
        nav=site.nav[language.code],
        theme_strings=theme_strings(language.strings),
        extra=site.theme_extra.get(language.code, {}),
        generated=generated or InMemoryDocs(),
    )


def stamp_builds(source_date_epoch: int) -> None:
    """The time the site builder writes into pages and files: the build's day, never the clock."""
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)


def join_languages(staging: Path) -> Path:
    """The languages' builds as one site: Vietnamese at its root, English under `en/`."""
    root = staging / LANGUAGES[0]
    for code in LANGUAGES[1:]:
        (staging / code).rename(root / code)
    return root


def replace_dir(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
