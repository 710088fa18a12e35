"""Stage 3, compute (paging): long lists split over numbered pages, so no page outgrows its budget.

A commune's lists fit on one page; a province's calendar, honour roll and campaign list do not
(BENCHMARKS.md: the calendar alone was 1.66 MB of HTML at 3,000 pages). Page 1 keeps the list's own
address; page n lives under it, at `<list>/trang/<n>/`, an address no campaign id can take.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable, Sequence
from typing import Any

from .context import Context, T
from .views import Link, Page, Pager

PAGER_REACH = 2          # the pager links this many pages either side of the current one


def page_paths(first: str, count: int) -> list[str]:
    """`lich.md`, `lich/trang/2.md`, ...; `phong-trao/index.md`, `phong-trao/trang/2.md`, ..."""
    folder = first[: -len("index.md")] if first.endswith("index.md") else first[: -len(".md")] + "/"
    return [first] + [f"{folder}trang/{n}.md" for n in range(2, count + 1)]


@functools.lru_cache(maxsize=1 << 16)      # pages link to the same few lists and campaigns from the same folders
def link_between(source: str, target: str) -> str:
    """A Markdown link from one page's source file to another's."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


@functools.lru_cache(maxsize=1 << 16)
def url_between(source: str, target: str) -> str:
    """A relative link between two final URLs (folders): `phong-trao/trang/2/` -> `phong-trao/` is `../../`."""
    relative = posixpath.relpath(target or ".", source or ".")
    return "" if relative == "." else relative + "/"


def pager_view(paths: list[str], current: int, ctx: Context) -> Pager:
    """Previous, next, the first and last pages and the two either side of this one; gaps shown as "…"."""
    here = paths[current - 1]

    def link(text: str, n: int) -> str:
        return f"[{text}]({link_between(here, paths[n - 1])})"

    items = [link(ctx.t("pager_previous"), current - 1)] if current > 1 else []
    shown = [n for n in range(1, len(paths) + 1) if n in (1, len(paths)) or abs(n - current) <= PAGER_REACH]
    for before, n in zip([0, *shown], shown, strict=False):
        if n - before > 1:
            items.append("…")
        items.append(f'<strong aria-current="page">{n}</strong>' if n == current else link(str(n), n))
    if current < len(paths):
        items.append(link(ctx.t("pager_next"), current + 1))
    return Pager(label=ctx.t("pager_label"), position=ctx.t("pager_position", page=current, pages=len(paths)),
                 items=items)


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
