"""Our mkdocs hooks: they route events to small functions elsewhere in the package.

Generated pages are converted by cmark-gfm instead of Python-Markdown, each page's twins go into the
theme, each page gets its Content-Security-Policy, and the Vietnamese search index gets its folded
copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.csp import add_policy
from generator.page_html import COMMONMARK, to_html, toc_tokens
from generator.search_fold import fold_index_file

SOURCE = "_commonmark_source"     # where a generated page's Markdown waits while Python-Markdown gets none


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """A generated page's Markdown is kept for `on_page_content`; Python-Markdown gets nothing to convert."""
    if not page.meta.get(COMMONMARK):
        return markdown
    setattr(page, SOURCE, markdown)
    return ""


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """A generated page's HTML from cmark-gfm, with what mkdocs' `Page.render` sets beside it."""
    markdown = getattr(page, SOURCE, None)
    if markdown is None:
        return html
    from mkdocs.structure.pages import _RelativePathTreeprocessor
    from mkdocs.structure.toc import get_toc

    links = _RelativePathTreeprocessor(page.file, files, config)
    rendered = to_html(markdown, links.path_to_url)
    page.toc = get_toc(toc_tokens(rendered.headings))  # type: ignore[arg-type]  # the TypedDict is private
    page._title_from_render = rendered.title
    page.present_anchor_ids = rendered.anchor_ids
    page.links_to_anchors = links.links_to_anchors
    delattr(page, SOURCE)
    return rendered.content


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Material reads `extra.alternate` for hreflang links and the language switch: make it per page."""
    config.extra["alternate"] = page.meta.get("alternates", [])
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Every page: a policy that allows this site's scripts and, by hash, its own inline ones."""
    return add_policy(output)


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """Pages made from templates alone (404.html) get the same policy."""
    return add_policy(output_content) if template_name.endswith(".html") else output_content


def on_post_build(config: Any) -> None:
    """After Material's search plugin wrote its index: let Vietnamese readers search without accents."""
    fold_index_file(Path(config["site_dir"]) / "search" / "search_index.json")
