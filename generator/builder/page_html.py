"""Generated pages to HTML without Python-Markdown: GitHub's cmark-gfm (C) converts, mkdocs' link rules apply.

At province scale Python-Markdown was 61% of the site builder's time (BENCHMARKS.md). The pages
the generator writes need only CommonMark with tables and footnotes, plus heading anchors and
mkdocs' link rewriting; cmark-gfm converts them about 30 times faster. Hand-written pages in
`site_src/` keep Python-Markdown and every extension of `mkdocs.yml`.

What Python-Markdown and mkdocs did during the conversion is done here on the HTML:
- each heading gets an id (unique on the page) and a permalink, by the `toc` settings of `mkdocs.yml`;
- the table of contents and the title (the first h1) come from those headings;
- every relative link to a file (`../lich.md`, `x.ics`) becomes its URL by mkdocs' own rule, with
  mkdocs' own warnings for a missing target, and links to anchors are kept for mkdocs to check.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import cmarkgfm  # type: ignore[import-untyped]
from cmarkgfm.cmark import Options  # type: ignore[import-untyped]
from markdown.extensions.toc import TocExtension, nest_toc_tokens, unique  # type: ignore[import-untyped]
from markdown.util import parseBoolValue  # type: ignore[import-untyped]

COMMONMARK = "commonmark"      # the metadata flag of the pages converted here
CMARK_OPTIONS = Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_FOOTNOTES   # raw HTML: texts arrive escaped (markup.py)
CMARK_EXTENSIONS = ["table"]
HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.DOTALL)
ID = re.compile(r'\sid="([^"]*)"')
TAG = re.compile(r"<[^>]*>")
FOOTNOTE_REF = re.compile(r'<sup class="footnote-ref">.*?</sup>', re.DOTALL)    # not part of a heading's name
LINK = re.compile(r'(<(?:a|img)\s[^>]*?\b(?:href|src)=")([^"]*)(")')
TOC_SETTINGS = {"permalink", "permalink_class", "permalink_title", "permalink_leading", "slugify", "separator",
                "toc_depth", "marker", "title", "title_class", "toc_class"}  # the last four shape only a [TOC] marker
FOOTNOTES = '<section class="footnotes" data-footnotes>'
BACKREF = 'aria-label="Back to reference '
STYLED_FOOTNOTES = '<section class="footnote" data-footnotes>'    # the class Material styles
LABELLED_TABLE = re.compile(r'(<div class="[^"]*\btds-labelled\b[^"]*">\s*<table>.*?</thead>)(.*?</table>)', re.DOTALL)
HEADER_CELL = re.compile(r"<th[^>]*>(.*?)</th>", re.DOTALL)
ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
DATA_CELL = re.compile(r"<td>(.*?)</td>", re.DOTALL)


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    name: str
    span: tuple[int, int] = field(default=(0, 0), compare=False)   # where the heading element is in the HTML


@dataclass(frozen=True)
class HeadingAnchors:
    """How headings get ids, permalinks and a place in the table of contents: the settings of Python-Markdown's
    `toc`, read as it reads them, with its defaults."""

    slugify: Callable[[str, str], str]
    separator: str
    permalink: str                 # the link's text, as HTML; empty for no permalink
    permalink_class: str
    permalink_title: str
    permalink_leading: bool
    toc_levels: range

    @classmethod
    def from_toc(cls, settings: Mapping[str, Any]) -> HeadingAnchors:
        """From `markdown_extensions: toc:` as mkdocs holds it (`config.mdx_configs["toc"]`); ValueError for
        a setting that generated pages would not follow."""
        unknown = sorted(set(settings) - TOC_SETTINGS)
        if unknown:
            raise ValueError(", ".join(unknown))
        toc = TocExtension(**settings).getConfigs()         # with toc's own defaults, read as toc reads them
        permalink = toc["permalink"]
        shown = parseBoolValue(permalink, False)
        depth = str(toc["toc_depth"])
        top, bottom = depth.split("-") if "-" in depth else ("1", depth)
        return cls(toc["slugify"], toc["separator"],
                   "&para;" if shown is True else "" if shown is False else html.escape(str(permalink), quote=False),
                   toc["permalink_class"], toc["permalink_title"], bool(toc["permalink_leading"]),
                   range(int(top), int(bottom) + 1))

    def link(self, heading_id: str) -> str:
        """The permalink of a heading, as `toc` writes it."""
        if not self.permalink:
            return ""
        title = f' title="{quoted(self.permalink_title)}"' if self.permalink_title else ""
        return f'<a class="{quoted(self.permalink_class)}" href="#{heading_id}"{title}>{self.permalink}</a>'


def quoted(value: str) -> str:
    """An attribute's value escaped as ElementTree, and so Python-Markdown, writes it."""
    return html.escape(value, quote=False).replace('"', "&quot;").replace("\n", "&#10;")


@dataclass(frozen=True)
class PageHtml:
    """What mkdocs' `Page.render` would have set: the HTML, its headings, and the ids on the page."""

    content: str
    headings: list[Heading]
    anchor_ids: set[str]

    @property
    def title(self) -> str | None:
        """The first heading's text when it is an h1, as mkdocs takes a page's title."""
        return self.headings[0].name if self.headings and self.headings[0].level == 1 else None


def to_html(markdown: str, rewrite_url: Callable[[str], str], anchors: HeadingAnchors,
            backref_label: str = "") -> PageHtml:
    """A generated page's Markdown to HTML, with heading anchors and links made URLs; a footnote's link back to
    its reference named in the page's language (cmark-gfm writes "Back to reference 1")."""
    converted = cmarkgfm.markdown_to_html_with_extensions(markdown, options=CMARK_OPTIONS,
                                                          extensions=CMARK_EXTENSIONS)
    if backref_label:
        converted = converted.replace(BACKREF, f'aria-label="{html.escape(backref_label)} ')
    linked = LINK.sub(lambda m: m.group(1) + attribute_url(m.group(2), rewrite_url) + m.group(3),
                      converted.replace(FOOTNOTES, STYLED_FOOTNOTES))
    return PageHtml(*with_heading_anchors(with_cell_labels(linked), anchors))


def attribute_url(value: str, rewrite_url: Callable[[str], str]) -> str:
    """Links go through mkdocs, which makes file paths URLs and checks anchors on this page and absolute
    links, as Python-Markdown hands it every link. Kept as written: addresses with a scheme, and relative
    links to a folder (`./`, `../lich/`), which our templates write as raw HTML and Python-Markdown never
    handed mkdocs (it would call them unrecognised)."""
    url = html.unescape(value)
    path = url.split("#", 1)[0].split("?", 1)[0]
    if ":" in path or (path and not path.startswith("/") and "." not in path.rsplit("/", 1)[-1]):
        return value
    return html.escape(rewrite_url(url), quote=True)


def with_cell_labels(content: str) -> str:
    """In each table marked `tds-labelled`, the cells carry their column's name as `data-label`, which a phone
    shows before each cell once it stacks a row into lines (site_src/assets/extra.css)."""
    def label_table(table: re.Match[str]) -> str:
        labels = [TAG.sub("", name).strip() for name in HEADER_CELL.findall(table.group(1))]
        return table.group(1) + ROW.sub(lambda row: labelled_row(row.group(0), labels), table.group(2))

    return LABELLED_TABLE.sub(label_table, content)


def labelled_row(row: str, labels: list[str]) -> str:
    """A row whose cells carry their column's name, but for its first (the row's name) and empty ones (hidden)."""
    columns = itertools.count()

    def label(cell: re.Match[str]) -> str:
        column, inner = next(columns), cell.group(1)
        if 0 < column < len(labels) and inner:
            return f'<td data-label="{labels[column]}">{inner}</td>'
        return cell.group(0)

    return DATA_CELL.sub(label, row)


def with_heading_anchors(content: str, anchors: HeadingAnchors) -> tuple[str, list[Heading], set[str]]:
    """Each heading without an id gets one, as Python-Markdown's `toc` gives it; every heading a permalink.
    Also every id on the page: those it had and those given here."""
    used = set(ID.findall(content))
    headings: list[Heading] = []
    growth = [0]                    # how much longer the HTML before this heading has become

    def anchor(match: re.Match[str]) -> str:
        level, attributes, inner = int(match.group(1)), match.group(2), match.group(3)
        name = " ".join(TAG.sub("", FOOTNOTE_REF.sub("", inner)).split())
        given = ID.search(attributes)
        heading_id = given.group(1) if given else unique(anchors.slugify(html.unescape(name), anchors.separator), used)
        if not given:
            attributes = f' id="{heading_id}"{attributes}'
        link = anchors.link(heading_id)
        made = f"<h{level}{attributes}>{link + inner if anchors.permalink_leading else inner + link}</h{level}>"
        start = match.start() + growth[0]
        headings.append(Heading(level, heading_id, name, (start, start + len(made))))
        growth[0] += len(made) - len(match.group(0))
        return made

    return HEADING.sub(anchor, content), headings, used


def toc_tokens(headings: list[Heading], levels: range = range(1, 7)) -> list[dict[str, Any]]:
    """The headings at `levels` (`toc_depth`) nested by level, in the shape mkdocs' `get_toc` takes
    (Python-Markdown's own nesting)."""
    return nest_toc_tokens([{"level": h.level, "id": h.id, "name": h.name} for h in headings if h.level in levels])  # type: ignore[no-any-return]
