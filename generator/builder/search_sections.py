"""Search sections: what Material's search would cut a generated page into, from the headings `page_html` found.

Material's search plugin parses every page's HTML again to cut it into entries; the generator's pages are cut
here from what the conversion already knows, with the same result (tests/builder/test_search_sections.py)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .page_html import PageHtml

SEARCH_TOKEN = re.compile(r"<(/?)([A-Za-z][^\s/>]*)([^>]*)>|<!--.*?-->|<![^>]*>|([^<]+)", re.DOTALL)
SEARCH_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>")
SEARCH_KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})    # Material's `Parser.keep`
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})
SEARCH_SKIPPED = frozenset({"script", "style", "object"})
SEARCH_EXCLUDE = "data-search-exclude"
PERMALINK_CLASS = re.compile(r'\sclass="headerlink"')


@dataclass(frozen=True)
class SearchSection:
    """One entry of Material's search index before Material adds the page's address and title: the heading's
    id (None for the page's first section), its title and text, kept tags included."""

    id: str | None
    title: str              # empty: Material takes the page's title
    text: str
    excluded: bool


def search_sections(page: PageHtml) -> list[SearchSection] | None:
    """The page cut at its headings, each part's text as Material's search parser keeps it (`<p>`, lists, code,
    whitespace collapsed); None if a heading sits inside another element, which only Material's parser follows."""
    starts = [heading.span[0] for heading in page.headings] + [len(page.content)]
    preface = page.content[:starts[0]]
    sections = []
    if opens_section(preface) or (page.headings and page.headings[0].level != 1):
        text, closed = searchable(preface)
        if not closed:
            return None
        sections.append(SearchSection(None, "", text, False))
    for heading, end in zip(page.headings, starts[1:], strict=True):
        element, body = page.content[heading.span[0]:heading.span[1]], page.content[heading.span[1]:end]
        excluded = SEARCH_EXCLUDE in element[:element.index(">")]
        if excluded:                                   # not indexed: only its elements must close
            title, text, closed = "", "", all_closed(body)
        else:
            (title, _), (text, closed) = searchable(element, title=True), searchable(body)
        if not closed:
            return None
        sections.append(SearchSection(heading.id if sections else None, title, text, excluded))
    return sections


def all_closed(markup: str) -> bool:
    """Whether every element `markup` opens is closed in it, as Material's parser pairs end tags with start tags."""
    opened: list[str] = []
    for closing, tag, ends in SEARCH_TAG.findall(markup):
        name = tag.lower()
        if not closing and not ends and name not in VOID:
            opened.append(name)
        elif closing and opened and opened[-1] == name:
            opened.pop()
    return not opened


def opens_section(markup: str) -> bool:
    """Whether Material's parser would start a section for this HTML before any heading: text or an element."""
    return any(text is not None or (tag and not closing and tag.lower() not in VOID)
               for closing, tag, _, text in (token.groups() for token in SEARCH_TOKEN.finditer(markup)))


def searchable(markup: str, title: bool = False) -> tuple[str, bool]:
    """The text of `markup` as Material's search parser keeps it; and whether every element it opened is closed."""
    pieces: list[str] = []
    opened: list[tuple[str, bool]] = []           # each open element, and whether it hides its text
    hiding = pre = 0                              # how many open elements hide their text; are `<pre>`
    for match in SEARCH_TOKEN.finditer(markup):
        closing, tag, attributes, text = match.groups()
        if text is not None:
            if not hiding:
                add_text(pieces, html.unescape(text) if "&" in text else text, pre > 0, title)
        elif tag and not closing and (name := tag.lower()) not in VOID:
            hides = name in SEARCH_SKIPPED or SEARCH_EXCLUDE in attributes
            if name in SEARCH_KEPT and not hiding and not hides:
                pieces.append(f"<{name}>")
            hides = hides or bool(title and name == "a" and PERMALINK_CLASS.search(attributes))
            opened.append((name, hides))
            hiding, pre = hiding + hides, pre + (name == "pre")
            if attributes.endswith("/"):
                hiding, pre = close(pieces, opened, name, hiding, pre)
        elif tag and closing:
            hiding, pre = close(pieces, opened, tag.lower(), hiding, pre)
    return "".join(pieces), not opened


def add_text(pieces: list[str], data: str, in_pre: bool, title: bool) -> None:
    """Text as Material adds it: newlines as spaces and runs of whitespace as one, outside `<pre>`."""
    if not in_pre:
        data = " " if data.isspace() else data.replace("\n", " ")
    if title or not data.isspace():
        pieces.append(html.escape(data, quote=False))
    elif in_pre or not pieces or not pieces[-1].isspace():
        pieces.append(data)


def close(pieces: list[str], opened: list[tuple[str, bool]], name: str, hiding: int, pre: int) -> tuple[int, int]:
    """An end tag, as Material handles it (a kept element with nothing in it is dropped); the new counts of open
    elements that hide text and of open `<pre>`."""
    if not opened or opened[-1][0] != name:
        return hiding, pre
    _, hides = opened.pop()
    hiding, pre = hiding - hides, pre - (name == "pre")
    if hides or hiding or name not in SEARCH_KEPT:
        return hiding, pre
    start = pieces.index(f"<{name}>")
    if any(not piece.isspace() for piece in pieces[start + 1:]):
        pieces.append(f"</{name}>")
    else:
        del pieces[start:]
    return hiding, pre
