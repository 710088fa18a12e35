"""Making record text safe to place in generated Markdown."""

from __future__ import annotations

import html


def inline(text: str) -> str:
    """Markdown from staff text: Markdown syntax kept, raw HTML shown as text, never live."""
    return html.escape(text, quote=False)


def cell(text: str) -> str:
    """Text for one Markdown table cell: escaped, on one line, pipes kept literal."""
    return " ".join(inline(text).split()).replace("|", "\\|")


def block(text: str) -> str:
    """A paragraph that may span lines: escaped, with folded newlines kept as Markdown sees them."""
    return inline(text).strip()


def attribute(text: str) -> str:
    """Text for an HTML attribute value."""
    return html.escape(text, quote=True)
