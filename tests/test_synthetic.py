"""The synthetic province of the benchmarks: valid, deterministic, the pages it promises; and many sites on one host."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from generator.build import Project, build, check
from generator.compute.language import load_languages
from generator.compute.site import compute_site
from generator.model.fields import LANGUAGES
from tests.benchmarks import synthetic
from tests.conftest import copy_project, files_of

UNITS, CAMPAIGNS = 3, 2
HOST = "https://tinh.example.org"
PREFIXES = ("/xa-a/", "/xa-b/")
URL_IN_TEXT = re.compile(r"""https?://[^\s"'<>)\]]+""")


@pytest.fixture
def province(tmp_path: Path) -> tuple[Project, synthetic.Province]:
    project = copy_project(tmp_path)
    return project, synthetic.write_province(project, UNITS, CAMPAIGNS)


def test_the_synthetic_province_passes_check(province: tuple[Project, synthetic.Province]) -> None:
    project, written = province
    catalog, _ = check(project)
    assert set(written.campaign_ids) <= set(catalog.campaigns)
    assert written.campaigns == UNITS * CAMPAIGNS
    assert written.with_results == UNITS * 2          # campaign 0 of each unit has ended, 1 is running: both report
    assert written.with_results == len([c for c in written.campaign_ids if c in catalog.results])
    assert written.decisions >= 1
    assert written.decisions == len([d for d in catalog.decisions if d.decision.campaign in written.campaign_ids])
    units = [catalog.units[u.id] for u in synthetic.make_units(UNITS)]
    assert {u.level for u in units} == {"commune", "department"}
    assert all(u.parent == synthetic.PROVINCE and str(u.valid_from) == "2025-07-01" for u in units)


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    first, second, other = (copy_project(tmp_path / name) for name in ("a", "b", "c"))
    synthetic.write_province(first, UNITS, CAMPAIGNS, seed=7)
    synthetic.write_province(second, UNITS, CAMPAIGNS, seed=7)
    synthetic.write_province(other, UNITS, CAMPAIGNS, seed=8)
    assert files_of(first.content_dir) == files_of(second.content_dir)
    assert files_of(first.content_dir) != files_of(other.content_dir)


def test_a_unit_is_the_same_whatever_the_number_of_units() -> None:
    few, many = synthetic.make_units(3), synthetic.make_units(30)
    assert many[:3] == few
    assert [c.record for c in synthetic.make_campaigns(few[1], 2, synthetic.SEED)] == \
        [c.record for c in synthetic.make_campaigns(many[1], 2, synthetic.SEED)]


def test_the_province_has_the_pages_it_promises(province: tuple[Project, synthetic.Province]) -> None:
    project, written = province
    catalog, _ = check(project)
    pages = compute_site(catalog, load_languages(), synthetic.TODAY).pages
    expected = synthetic.pages_per_language(project)
    assert {code: len(synthetic.record_pages([p.path for p in pages[code]])) for code in LANGUAGES} == \
        {code: expected for code in LANGUAGES}
    shipped = synthetic.pages_per_language(copy_project(project.root / "shipped"))
    assert expected - shipped == 2 * written.campaigns + written.with_results
    assert expected - shipped == synthetic.synthetic_pages(UNITS, CAMPAIGNS)
    paths = {page.path for page in pages["vi"]}
    for campaign in written.campaign_ids:
        assert {f"phong-trao/{campaign}.md", f"in/{campaign}.md"} <= paths


@pytest.mark.parametrize("name, pages", [("small", 100), ("medium", 1_000), ("large", 3_000)])
def test_the_default_sizes_give_about_100_1000_and_3000_pages(tmp_path: Path, name: str, pages: int) -> None:
    size = synthetic.SIZES[name]
    shipped = synthetic.pages_per_language(copy_project(tmp_path))
    assert abs(shipped + synthetic.synthetic_pages(size.units, size.campaigns) - pages) <= pages * 0.02


# --- Many sites under one host ------------------------------------------------------------------

class Links(HTMLParser):
    """Every address an HTML page links to or loads."""

    ATTRIBUTES = frozenset({"href", "src", "action", "content", "data"})

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name in self.ATTRIBUTES and (name != "content" or value.startswith(("http", "/")))):
                self.found.append(value)
            elif value and name == "srcset":
                self.found += [part.split()[0] for part in value.split(",") if part.strip()]


def public_url(prefix: str, path: str) -> str:
    """The address a file is served at: `phong-trao/x/index.html` -> https://host/xa-a/phong-trao/x/."""
    return HOST + prefix + (path.removesuffix("index.html") if path.endswith("index.html") else path)


def addresses(file: Path) -> list[str]:
    """The addresses in one file: links and loads of a page, URLs written in feeds, sitemaps and calendars."""
    text = file.read_bytes().decode("utf-8", errors="replace")        # keeps the CRLF of .ics files
    if file.suffix == ".html":
        parser = Links()
        parser.feed(text)
        return parser.found
    if file.suffix in {".xml", ".ics", ".json", ".txt", ".csv"}:
        return URL_IN_TEXT.findall(text.replace("\r\n ", ""))     # .ics folds long lines
    return []


def leaves(page_url: str, address: str, prefix: str) -> bool:
    """Whether `address`, on the page at `page_url`, points to our host outside `prefix`."""
    if address.startswith(("mailto:", "tel:", "#", "data:", "javascript:")):
        return False
    parts = urlsplit(urljoin(page_url, address))
    return parts.netloc == urlsplit(HOST).netloc and not parts.path.startswith(prefix)


def escapes(site: Path, prefix: str) -> list[str]:
    """Every address on our host that leaves `prefix`, as `file: address`."""
    found = []
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        path = str(file.relative_to(site))
        found += [f"{path}: {address}" for address in addresses(file) if leaves(public_url(prefix, path), address,
                                                                                prefix)]
    return found


def build_for(root: Path, prefix: str, seed: int) -> Path:
    project = copy_project(root)
    synthetic.write_province(project, UNITS, CAMPAIGNS, seed=seed, url=HOST + prefix)
    build(project, synthetic.TODAY)
    return project.site_dir


def test_two_sites_built_apart_share_one_host_without_clashes(tmp_path: Path) -> None:
    """Two communes' sites, each built on its own with its own `url:`, served from one host under two prefixes."""
    sites = {prefix: build_for(tmp_path / prefix.strip("/"), prefix, seed) for seed, prefix in enumerate(PREFIXES)}
    host = tmp_path / "host"
    for prefix, site in sites.items():
        shutil.copytree(site, host / prefix.strip("/"))          # fails if anything is already there
    served = {str(p.relative_to(host)) for p in host.rglob("*") if p.is_file()}
    assert sum(len([p for p in site.rglob("*") if p.is_file()]) for site in sites.values()) == len(served)
    for prefix, site in sites.items():
        assert escapes(site, prefix) == []
        assert f"Sitemap: {HOST}{prefix}sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
        html = (site / "phong-trao" / "index.html").read_text(encoding="utf-8")
        assert f'href="{HOST}{prefix}en/phong-trao/" hreflang="en"' in html


def test_the_host_check_catches_a_link_out_of_the_prefix(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<a href="/khac/">x</a><a href="../">y</a><a href="https://a.b/">z</a>'
                                         '<link rel="alternate" href="https://tinh.example.org/xa-b/">',
                                         encoding="utf-8")
    assert escapes(tmp_path, "/xa-a/") == ["index.html: /khac/", "index.html: ../",
                                           "index.html: https://tinh.example.org/xa-b/"]
