"""Stage 5, write: Markdown to disk, the builder to HTML, and the new site swapped in whole."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

from .compute import SiteView
from .i18n import LANGUAGES
from .render import RenderedPage
from .site_builder import LanguageBuild, build_languages


def write_markdown(rendered: dict[str, list[RenderedPage]], files: dict[str, dict[str, bytes]],
                   docs_root: Path, assets_dir: Path) -> None:
    """A fresh docs folder per language: the generated pages, their files and the shared assets."""
    replace_dir(docs_root)
    for language, pages in rendered.items():
        docs = docs_root / language
        for page in pages:
            write_file(docs / page.path, page.markdown.encode("utf-8"))
        for path, content in files.get(language, {}).items():
            write_file(docs / path, content)
        if assets_dir.is_dir():
            shutil.copytree(assets_dir, docs / "assets")


def write_file(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def write_root_files(files: dict[str, bytes], site: Path) -> None:
    """Files of the whole site; the sitemap replaces the builder's one-language sitemaps."""
    for stale in site.rglob("sitemap.xml*"):
        stale.unlink()
    for path, content in files.items():
        write_file(site / path, content)
    with (site / "sitemap.xml.gz").open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write(files["sitemap.xml"])


def build_html(site: SiteView, docs_root: Path, staging: Path, source_date_epoch: int, parallel: bool) -> Path:
    """Both languages into `staging`: Vietnamese at its root, English under `en/`."""
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    replace_dir(staging)
    jobs = [
        LanguageBuild(
            language=code,
            docs_dir=docs_root / code,
            site_dir=staging / code,
            site_name=site.site_names[code],
            site_url=site.site_url if code == LANGUAGES[0] else f"{site.site_url.rstrip('/')}/{code}/",
            nav=site.nav[code],
        )
        for code in LANGUAGES
    ]
    build_languages(jobs, parallel=parallel)
    root = staging / LANGUAGES[0]
    for code in LANGUAGES[1:]:
        (staging / code).rename(root / code)
    return root


def publish(built: Path, out_dir: Path) -> None:
    """Swap the finished site in: readers see the old site or the new one, never half of one."""
    old = out_dir.with_name(out_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists():
        out_dir.rename(old)
    built.rename(out_dir)
    if old.exists():
        shutil.rmtree(old)


def replace_dir(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
