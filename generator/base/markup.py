"""Making record text safe to place in generated Markdown.

Staff may use Markdown in texts (emphasis, lists, links, footnote marks). Raw HTML is escaped,
so it shows as text and never becomes markup, and a link or image whose target uses any scheme
but http, https, mailto or tel (javascript:, data:, vbscript:, ...) is turned back into plain text.
"""

from __future__ import annotations

import html
import re

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
INLINE_TARGET = re.compile(r"\]\(\s*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:")
REFERENCE_TARGET = re.compile(r"^([ \t]*)\[([^\]\n]+)\]:[ \t]*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:", re.MULTILINE)


def inline(text: str) -> str:
    """Markdown from staff text: Markdown syntax kept, raw HTML shown as text, unsafe links made text."""
    return neutralize_links(html.escape(text, quote=False))


def neutralize_links(text: str) -> str:
    """ "[x](javascript:...)" -> "[x]\\(javascript:...)", which Markdown shows as written."""
    if "]" not in text:                 # most texts: no link and no reference can be in them
        return text
    text = INLINE_TARGET.sub(lambda m: m.group(0) if is_safe(m.group(1)) else "]\\(" + m.group(0)[2:], text)
    return REFERENCE_TARGET.sub(lambda m: m.group(0) if is_safe(m.group(3)) else m.group(1) + "\\" + m.group(0)
                                [len(m.group(1)):], text)


def is_safe(scheme: str) -> bool:
    return scheme.lower() in SAFE_SCHEMES


def cell(text: str) -> str:
    """Text for one Markdown table cell: escaped, on one line, pipes kept literal."""
    return " ".join(inline(text).split()).replace("|", "\\|")


def block(text: str) -> str:
    """A paragraph that may span lines: escaped, with folded newlines kept as Markdown sees them."""
    return inline(text).strip()


def attribute(text: str) -> str:
    """Text for an HTML attribute value."""
    return html.escape(text, quote=True)
