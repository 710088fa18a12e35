"""The only code mkdocs runs of ours: each page's twins into the theme, and a folded Vietnamese search index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.search_fold import fold_index_file


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Material reads `extra.alternate` for hreflang links and the language switch: make it per page."""
    config.extra["alternate"] = page.meta.get("alternates", [])
    return context


def on_post_build(config: Any) -> None:
    """After Material's search plugin wrote its index: let Vietnamese readers search without accents."""
    fold_index_file(Path(config["site_dir"]) / "search" / "search_index.json")
