"""A resident's phone: 360 px wide, slow data. Nothing scrolls sideways, and a first visit stays light.

The weight of a first visit is measured in real Chromium with an empty cache: every response the
page gets (HTML, CSS, JavaScript, the search worker, images) is gzipped here at level 6, as a web
server would send it, and summed. The budget holds because the search index waits until a resident
starts searching (tests/test_search.py), the favicon is SVG, Material's palette stylesheet is not
loaded, and our scripts come in two small files.
"""

from __future__ import annotations

import gzip
import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser import ARTIFACTS, CAMPAIGN, PAGES, PHONE

BUDGET = 100 * 1024
RESULTS = next(page for page in PAGES if page.startswith("ket-qua/"))   # in English, its ranking is wider than a phone
PATHS = [language + page for language in ("", "en/") for page in PAGES if not page.startswith("in/")]  # not paper
# Each table of the page, and the box it scrolls in (its nearest ancestor that scrolls sideways), if any.
TABLE_BOXES = """() => [...document.querySelectorAll("article table")].map(table => {
  let box = table.parentElement;
  while (box && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
  const shown = (box || table).getBoundingClientRect();
  return {html: table.outerHTML.slice(0, 80), width: table.scrollWidth, box: box ? box.clientWidth : null,
          left: shown.left, right: shown.right};
})"""


@pytest.fixture(scope="module")
def weights() -> Iterator[dict[str, int]]:
    """Each page's first-visit weight, written to test-artifacts/ at the end for the record."""
    found: dict[str, int] = {}
    yield found
    ARTIFACTS.mkdir(exist_ok=True)
    lines = [f"{size / 1024:6.1f} KB  /{path}" for path, size in sorted(found.items())]
    (ARTIFACTS / "first-visit-weight.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def page_id(path: str) -> str:
    return path or "home"


def cases(pages: list[str] = PATHS) -> list[Any]:
    return [pytest.param(path, id=page_id(path)) for path in pages]


@pytest.mark.parametrize("path", cases())
def test_page_does_not_scroll_sideways(phone: Any, site_url: str, path: str) -> None:
    phone.goto(site_url + path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("path", cases())
def test_every_table_fits_or_scrolls_inside_a_box_on_screen(phone: Any, site_url: str, path: str) -> None:
    phone.goto(site_url + path)
    for table in phone.evaluate(TABLE_BOXES):
        assert table["left"] >= 0 and table["right"] <= PHONE["width"], table


@pytest.mark.parametrize("path", ["en/" + RESULTS])
def test_a_wide_table_scrolls_in_its_box_not_the_page(phone: Any, site_url: str, path: str) -> None:
    phone.goto(site_url + path)
    wide = [t for t in phone.evaluate(TABLE_BOXES) if t["box"] is not None and t["width"] > t["box"]]
    assert wide, "the results page has no table wider than the phone: this test proves nothing"
    scrolled = phone.evaluate("""() => {
      const box = [...document.querySelectorAll(".md-typeset__scrollwrap, .tds-table-scroll")]
        .find(b => b.scrollWidth > b.clientWidth);
      box.scrollLeft = box.scrollWidth;
      return box.scrollLeft;
    }""")
    assert scrolled > 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


LISTS = ["", "phong-trao/", "lich/", "khen-thuong/", CAMPAIGN]  # campaigns, deadlines, awards; a campaign's targets
# Each list table of the page: its header row's height, and the boxes of the cells shown in each row shown.
LIST_ROWS = """() => [...document.querySelectorAll(".tds-stack table")].map(table => ({
  header: table.tHead.getBoundingClientRect().height,
  rows: [...table.tBodies[0].rows].filter(row => !row.hidden).map(row => [...row.cells].filter(cell =>
      cell.getClientRects().length).map(cell => {
    const box = cell.getBoundingClientRect();
    return {top: box.top, bottom: box.bottom, left: box.left, right: box.right};
  })),
}))"""


def stacked(cells: list[dict[str, float]]) -> bool:
    """Whether each cell of a row starts below the one before it."""
    return all(below["top"] >= above["bottom"] - 0.5 for above, below in itertools.pairwise(cells))


@pytest.mark.parametrize("path", cases([language + page for language in ("", "en/") for page in LISTS]))
def test_a_list_shows_each_row_as_a_block_of_lines_on_a_phone(phone: Any, site_url: str, path: str) -> None:
    phone.goto(site_url + path)
    tables = phone.evaluate(LIST_ROWS)
    assert tables, f"/{path} has no list table: this test proves nothing"
    for table in tables:
        assert table["header"] <= 1, "the header row should be out of sight on a phone"
        for cells in table["rows"]:
            assert len(cells) >= 2 and stacked(cells), cells
            assert all(cell["left"] >= 0 and cell["right"] <= PHONE["width"] for cell in cells), cells
    headers = phone.locator(".tds-stack").get_by_role("columnheader")
    assert headers.count() >= 3, "screen readers should still get the column names"


def test_a_campaigns_targets_name_each_figure_on_a_phone(phone: Any, site_url: str) -> None:
    phone.goto(site_url + CAMPAIGN)
    shown = phone.evaluate("""() => [...document.querySelectorAll(".tds-labelled td")].filter(cell =>
      cell.getClientRects().length).map(cell => getComputedStyle(cell, "::before").content)""")
    assert shown[:2] == ["none", '"Mức phấn đấu: " / ""'], shown       # the indicator, then its target


def test_a_list_stays_a_table_on_a_desktop(desktop: Any, site_url: str) -> None:
    desktop.goto(site_url + "lich/")
    (table,) = desktop.evaluate(LIST_ROWS)
    assert table["header"] > 10
    assert table["rows"] and not any(stacked(cells) for cells in table["rows"])


CELL_STYLE = """selector => {
  const cell = getComputedStyle(document.querySelector(selector + " td"));
  const header = getComputedStyle(document.querySelector(selector + " th"));
  return [cell.paddingLeft, cell.borderTopWidth, cell.fontSize, header.fontWeight, header.textAlign];
}"""


def test_the_campaign_list_looks_like_the_other_tables_on_a_desktop(desktop: Any, site_url: str) -> None:
    desktop.goto(site_url + "lich/")
    markdown_table = desktop.evaluate(CELL_STYLE, ".tds-stack table")
    desktop.goto(site_url + "phong-trao/")
    assert desktop.evaluate(CELL_STYLE, ".tds-campaigns") == markdown_table
    assert markdown_table[0] != "0px"


def test_the_campaign_filter_hides_rows_on_a_phone_too(phone: Any, site_url: str) -> None:
    phone.goto(site_url + "phong-trao/")
    phone.get_by_label("Tình trạng").select_option("running")
    assert phone.locator(".tds-campaigns tbody tr:visible").count() == 1
    phone.get_by_label("Tình trạng").select_option("")
    assert phone.locator(".tds-campaigns tbody tr:visible").count() == 5


def first_visit(page: Any, site_url: str, path: str) -> dict[str, int]:
    """Load a page until the network is idle; each response's path and its gzipped size."""
    finished: list[Any] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(site_url + path, wait_until="networkidle")
    sizes: dict[str, int] = {}
    for request in finished:
        response = request.response()
        body = response.body() if response is not None else b""
        sizes["/" + request.url.removeprefix(site_url)] = len(gzip.compress(body, compresslevel=6))
    return sizes


@pytest.mark.parametrize("path", cases())
def test_first_visit_downloads_at_most_100_kb_gzipped(
    phone: Any, site_url: str, weights: dict[str, int], path: str
) -> None:
    sizes = first_visit(phone, site_url, path)
    total = weights[path] = sum(sizes.values())
    print(f"/{path}: {total / 1024:.1f} KB gzipped in {len(sizes)} responses")
    listing = "\n".join(f"{size / 1024:6.1f} KB {name}" for name, size in sorted(sizes.items(), key=lambda s: -s[1]))
    assert total <= BUDGET, f"/{path}: {total / 1024:.1f} KB > {BUDGET // 1024} KB gzipped:\n{listing}"
