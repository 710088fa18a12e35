"""The only code mkdocs runs of ours: it routes events to small functions elsewhere in the package.

Each page's twins go into the theme, each page gets its Content-Security-Policy, and the Vietnamese
search index gets its folded copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.csp import add_policy
from generator.search_fold import fold_index_file


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
