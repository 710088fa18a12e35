"""Every page's content HTML through an allow-list sanitiser (nh3, the Rust library ammonia), after Markdown.

Record text is escaped and its links filtered before it becomes Markdown (`markup.py`), but that works on
text; this works on the HTML a browser gets, so that a link or attribute that slipped through (a reference-
style link, a hand-written page) is removed here, whatever the Content-Security-Policy does. The lists
hold what our templates, charts, QR codes and hand-written pages use: tags, attributes and link schemes
(http, https, mailto, tel; relative links; images from this site only). Scripts, styles, event
handlers, `javascript:` and `data:` links are not on them.
"""

from __future__ import annotations

import re

import nh3

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
TEXT_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "nav", "ol", "p", "pre", "s", "section", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    "form", "label", "option", "select",                            # the list filter (no action, no input)
})
SVG_TAGS = frozenset({"svg", "g", "path", "rect", "circle", "line", "polyline", "text", "title"})
ANY_TAG = frozenset({"class", "id", "title", "role", "hidden", "lang", "dir"})
ATTRIBUTES: dict[str, set[str]] = {
    "*": set(ANY_TAG),
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "li": {"value"},                               # a footnote keeps the number the document gives it
    "time": {"datetime"},
    "option": {"value", "selected"},
    "select": {"name"},
    "details": {"open"},
    "svg": {"viewBox", "width", "height", "shape-rendering", "xmlns", "preserveAspectRatio", "focusable"},
    "g": {"text-anchor", "transform"},
    "path": {"d", "stroke", "fill"},
    "rect": {"x", "y", "width", "height", "fill"},
    "circle": {"cx", "cy", "r", "fill"},
    "line": {"x1", "y1", "x2", "y2", "stroke"},
    "polyline": {"points", "fill", "stroke"},
    "text": {"x", "y", "text-anchor"},
}
PREFIXES = frozenset({"data-", "aria-"})           # data for our scripts, labels for screen readers: never run

OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:|//|\\)", re.I)   # a scheme or a host: not this site


def keep_value(tag: str, attribute: str, value: str) -> str | None:
    """An image only from this site: no page loads anything from another host, whatever the policy says."""
    return None if tag == "img" and attribute == "src" and OTHER_HOST.match(value) else value


_cleaner = nh3.Cleaner(tags=set(TEXT_TAGS | SVG_TAGS), attributes=ATTRIBUTES, url_schemes=set(URL_SCHEMES),
                       link_rel=None, generic_attribute_prefixes=set(PREFIXES), attribute_filter=keep_value)


def sanitise(content: str) -> str:
    """`content` with every tag, attribute and link target not on the lists removed (their text is kept)."""
    return _cleaner.clean(content)
