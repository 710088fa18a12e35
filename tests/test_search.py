"""Search as a resident uses it, in real headless Chromium: typed into Material's search box on a phone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.builder.search_shards import write_shards
from tests.browser import CAMPAIGN, PHONE, blocking, describe, record_paths

META = ".md-search-result__meta"
RESULT_ITEMS = ".md-search-result__list > li"
PAGE_AND_MISSING_WORDS = """items => items.map(item => {
  const link = item.querySelector("a.md-search-result__link");  // the page; its sections follow
  return [link.href, [...link.querySelectorAll(".md-search-result__terms del")].map(word => word.textContent)];
})"""
CONFIG = "JSON.parse(document.getElementById('__config').textContent)"
ENGLISH_ONLY = "deadlines"  # "Next deadlines" on the English home page
VIETNAMESE_ONLY = "nộp"
WORKER = "assets/javascripts/search-worker.js"  # "nộp hồ sơ", to submit the dossier


def open_search(page: Any, url: str) -> None:
    """Load `url`, tap the search icon and wait until the search worker has its index."""
    page.goto(url)
    page.locator("label.md-header__button[for='__search']").click()
    wait_for_search_index(page)


def wait_for_search_index(page: Any) -> None:
    """Until the search box says it is ready for a query (the worker has its index)."""
    ready = page.evaluate(f"{CONFIG}.translations['search.result.placeholder']")
    page.wait_for_function("([s, text]) => document.querySelector(s).textContent.trim() === text", arg=[META, ready])


def search(page: Any, site_url: str, query: str) -> dict[str, list[str]]:
    """Type `query` into the open search box; the pages listed, best first, each with the words it lacks."""
    before = page.locator(META).inner_text().strip()
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reads the box on keyup
    page.wait_for_function("([s, text]) => document.querySelector(s).textContent.trim() !== text", arg=[META, before])
    listed: list[tuple[str, list[str]]] = page.locator(RESULT_ITEMS).evaluate_all(PAGE_AND_MISSING_WORDS)
    base = urlsplit(site_url).path
    return {urlsplit(href).path.removeprefix(base): missing for href, missing in listed}


def results(page: Any, site_url: str, start: str, query: str) -> dict[str, list[str]]:
    open_search(page, site_url + start)
    return search(page, site_url, query)


def index_text(site: Path) -> str:
    """The words a language's search index holds (its shards' words, lowercased), with spaces between."""
    return " ".join(word for shard in (site / "search" / "t").glob("*.json") for word in json.loads(shard.read_bytes()))


@pytest.mark.parametrize("query", ["thanh toan truc tuyen", "truc tuyen", "toan", "THANH TOÁN", "thanh toán",
                                   "thanh toan truc tuy"])  # the last word half typed
def test_vietnamese_search_with_or_without_accents_finds_the_campaign(phone: Any, site_url: str, query: str) -> None:
    found = results(phone, site_url, CAMPAIGN, query)
    assert found.get(CAMPAIGN) == [], found  # listed, and no word of the query marked missing
    assert not any(path.startswith("en/") for path in found), found


def test_dang_ky_finds_the_page_saying_dang_ky(phone: Any, site_url: str, built_site: Path) -> None:
    assert "đăng ký" in (built_site / CAMPAIGN / "index.html").read_text(encoding="utf-8")
    assert results(phone, site_url, "", "dang ky").get(CAMPAIGN) == []


def test_accented_query_lists_an_exact_match_first(phone: Any, site_url: str, built_site: Path) -> None:
    first = next(iter(results(phone, site_url, "", "thanh toán")))
    assert "thanh toán" in (built_site / first / "index.html").read_text(encoding="utf-8").lower()


def test_vietnamese_pages_do_not_search_english_pages(phone: Any, site_url: str, built_site: Path) -> None:
    assert ENGLISH_ONLY in index_text(built_site / "en") and ENGLISH_ONLY not in index_text(built_site)
    assert results(phone, site_url, "", ENGLISH_ONLY) == {}
    none = phone.evaluate(f"{CONFIG}.translations['search.result.none']")
    assert phone.locator(META).inner_text().strip() == none


def test_english_pages_do_not_search_vietnamese_pages(phone: Any, site_url: str, built_site: Path) -> None:
    assert VIETNAMESE_ONLY in index_text(built_site) and VIETNAMESE_ONLY not in index_text(built_site / "en")
    assert results(phone, site_url, "en/", VIETNAMESE_ONLY) == {}
    assert phone.locator(META).inner_text().strip() == "No matching documents"


@pytest.mark.parametrize("start, query", [("", VIETNAMESE_ONLY), ("en/", ENGLISH_ONLY)])
def test_each_language_finds_its_own_words_on_its_own_pages(phone: Any, site_url: str, start: str, query: str) -> None:
    found = results(phone, site_url, start, query)
    assert found and all(path.startswith("en/") == (start == "en/") for path in found), found


# Ranking, through the very search worker the site ships, on an index made for the question.
RANKING_DOCS = [
    {"location": "exact/", "title": "Hồ sơ", "text": "<p>Người dân thanh toán trực tuyến.</p>"},
    {"location": "folded/", "title": "Thành tích toàn diện", "text": "<p>Khen thưởng cuối năm.</p>"},
]
RUN_WORKER = """async ([url, index, queries]) => {
  const worker = new Worker(url);
  const ask = message => new Promise(resolve => {
    worker.onmessage = event => resolve(event.data);
    worker.postMessage(message);
  });
  await ask({type: 0, data: {...index, options: {suggest: false}}});  // SETUP, then READY
  const ranked = [];
  for (const query of queries) {
    const reply = await ask({type: 2, data: query});  // QUERY, then RESULT
    ranked.push(reply.data.items.map(group => group[0].location.split("#")[0]));
  }
  worker.terminate();
  return ranked;
}"""


def rank(page: Any, site_url: str, built_site: Path, queries: list[str]) -> dict[str, list[str]]:
    """Each query's result pages, best first, from the site's worker on an index of RANKING_DOCS written beside a
    copy of it (the worker reads `../../search/` from where it is), inside the session's built site while it runs
    only: the other tests (the publishing ones check every file against SHA256SUMS) see the site as built."""
    shipped = json.loads((built_site / "search" / "search_index.json").read_bytes())
    folder = built_site / "ranking-test"
    worker = folder / WORKER
    worker.parent.mkdir(parents=True, exist_ok=True)
    try:
        worker.write_bytes((built_site / WORKER).read_bytes())
        write_shards(folder / "search", shipped["config"], RANKING_DOCS)
        index = json.loads((folder / "search" / "search_index.json").read_bytes())
        page.goto(site_url)
        return dict(zip(queries, page.evaluate(RUN_WORKER, [f"{site_url}ranking-test/{WORKER}", index, queries]),
                        strict=True))
    finally:
        shutil.rmtree(folder)


def test_accents_rank_exact_matches_first_and_no_accents_find_both(phone: Any, site_url: str, built_site: Path) -> None:
    ranked = rank(phone, site_url, built_site, ["thanh toán", "toàn", "thanh toan", "thanh"])
    assert ranked["thanh toán"][0] == "exact/"  # "thanh" also folds from "Thành" in the other title
    assert ranked["toàn"] == ["folded/"]  # accents typed are kept: "toàn" is not "toán"
    assert set(ranked["thanh toan"]) == {"exact/", "folded/"}
    assert ranked["thanh"] == ["exact/", "folded/"]  # the word as written before its folded look-alike


def test_the_search_index_waits_until_a_resident_starts_searching(phone: Any, site_url: str) -> None:
    requested = record_paths(phone)
    phone.goto(site_url + CAMPAIGN, wait_until="networkidle")
    assert not [path for path in requested if path.endswith("search_index.json")]
    phone.locator("label.md-header__button[for='__search']").click()
    wait_for_search_index(phone)
    assert [path for path in requested if path.endswith("search_index.json")] == [urlsplit(site_url).path
                                                                                   + "search/search_index.json"]
    assert CAMPAIGN in search(phone, site_url, "thanh toan")


def test_the_search_shortcut_key_fetches_the_index_too(desktop: Any, site_url: str) -> None:
    requested = record_paths(desktop)
    desktop.goto(site_url + "en/", wait_until="networkidle")
    assert not [path for path in requested if path.endswith("search_index.json")]
    desktop.keyboard.press("/")
    wait_for_search_index(desktop)
    assert [path for path in requested if path.endswith("search_index.json")]
    assert "en/" + CAMPAIGN in search(desktop, site_url, "online payment")


def test_search_by_keyboard_alone_opens_a_result(desktop: Any, site_url: str) -> None:
    desktop.goto(site_url, wait_until="networkidle")
    desktop.keyboard.press("/")
    wait_for_search_index(desktop)
    desktop.keyboard.type("thanh toan truc tuyen")
    # the worker answers as the words are typed: wait for the answer to the whole query before moving to it
    desktop.wait_for_function("(campaign) => { const link = document.querySelector('.md-search-result__list > li a');"
                              " return link && new URL(link.href).pathname.endsWith(campaign); }", arg=CAMPAIGN)
    focused = None
    for _ in range(20):                 # a late answer may draw the list again under the key: press until on a link
        desktop.keyboard.press("ArrowDown")                   # to the first result
        focused = desktop.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        if focused:
            break
        desktop.wait_for_timeout(250)
    assert focused, "the arrow key never reached a result"
    assert urlsplit(focused).path.endswith(CAMPAIGN), focused
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(f"**/{CAMPAIGN}?h=*")


def test_search_results_have_no_serious_accessibility_violation(browser: Any, site_url: str, axe_script: Path) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, bypass_csp=True)   # axe is an inline script
    try:
        page = context.new_page()
        open_search(page, site_url)
        assert CAMPAIGN in search(page, site_url, "thanh toan")
        page.add_script_tag(path=str(axe_script))
        found = blocking(page.evaluate("async () => (await axe.run()).violations"))
        assert not found, describe(found)
    finally:
        context.close()


def test_a_query_answered_once_is_answered_again_offline(phone: Any, site_url: str) -> None:
    open_search(phone, site_url)
    online = search(phone, site_url, "thanh toan truc tuyen")
    assert CAMPAIGN in online
    phone.context.set_offline(True)
    try:
        phone.locator("input.md-search__input").fill("")
        phone.locator("input.md-search__input").press("End")
        wait_for_search_index(phone)                          # the box is empty again, ready for a query
        assert search(phone, site_url, "truc tuyen thanh toan") == online     # the same words: nothing to fetch
    finally:
        phone.context.set_offline(False)


def test_only_the_manifest_waits_for_search_and_the_worker_is_ours(phone: Any, site_url: str, built_site: Path) -> None:
    config = json.loads((built_site / "search" / "search_index.json").read_bytes())
    assert config["docs"] == [] and config["config"]["shards"]["keys"]
    phone.goto(site_url + CAMPAIGN)
    assert phone.evaluate(f"{CONFIG}.search").endswith(WORKER)


def test_english_pages_find_vietnamese_names_typed_without_accents(phone: Any, site_url: str) -> None:
    found = results(phone, site_url, "en/", "khanh khe online payment")
    assert found.get("en/" + CAMPAIGN) == [], found            # "Khánh Khê commune", "online payment"
