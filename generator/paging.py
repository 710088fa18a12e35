"""Stage 3, compute (paging): long lists split over numbered pages, so no page outgrows its budget.

A commune's lists fit on one page; a province's calendar, honour roll and campaign list do not
(BENCHMARKS.md: the calendar alone was 1.66 MB of HTML at 3,000 pages). Page 1 keeps the list's own
address; page n lives under it, at `<list>/trang/<n>/`, an address no campaign id can take.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .compute_campaign import Context
from .views import Link, Page, Pager

T = TypeVar("T")


def page_paths(first: str, count: int) -> list[str]:
    """`lich.md`, `lich/trang/2.md`, ...; `phong-trao/index.md`, `phong-trao/trang/2.md`, ..."""
    folder = first[: -len("index.md")] if first.endswith("index.md") else first[: -len(".md")] + "/"
    return [first] + [f"{folder}trang/{n}.md" for n in range(2, count + 1)]


def link_between(source: str, target: str) -> str:
    """A Markdown link from one page's source file to another's."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def pager_view(paths: list[str], current: int, ctx: Context) -> Pager:
    """Links to every page of a list; the current one has no link."""
    here = paths[current - 1]
    return Pager(
        label=ctx.t("pager_label"),
        position=ctx.t("pager_position", page=current, pages=len(paths)),
        pages=[Link(str(n), "" if n == current else link_between(here, path)) for n, path in enumerate(paths, 1)],
    )


def paged(first: Page, items: Sequence[T], size: int,
          view_of: Callable[[Sequence[T], str, Pager | None], Any], ctx: Context) -> list[Page]:
    """A list page split every `size` items; `view_of(chunk, path, pager)` is one page's view."""
    paths = page_paths(first.path, max(1, -(-len(items) // size)))
    pages = []
    for n, path in enumerate(paths, 1):
        pager = pager_view(paths, n, ctx) if len(paths) > 1 else None
        title = first.title if n == 1 else ctx.t("pager_title", title=first.title, page=n, pages=len(paths))
        pages.append(Page(path, first.template, title, view_of(items[(n - 1) * size: n * size], path, pager),
                          first.meta))
    return pages


def from_page(path: str, link: Link) -> Link:
    """A link written from the docs folder (`phong-trao/x.md`), made to work from the page at `path`."""
    return Link(link.text, link_between(path, link.href))
