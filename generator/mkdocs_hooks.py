"""The only code mkdocs runs of ours: it routes each page's twins into the theme."""

from __future__ import annotations

from typing import Any


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Material reads `extra.alternate` for hreflang links and the language switch: make it per page."""
    config.extra["alternate"] = page.meta.get("alternates", [])
    return context
