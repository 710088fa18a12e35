"""Shared fixtures: the shipped content, a pinned "today", copies of the project to break, a browser and axe."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.base.errors import Problem
from generator.build import Project, build
from generator.compute.context import Context
from generator.compute.language import load_languages
from generator.compute.results import campaign_results
from generator.load.records import Sources, load_sources
from generator.validate.catalog import Catalog, validate_sources
from tests.browser import (
    AXE_DIR,
    AXE_SHA256,
    AXE_VERSION,
    DESKTOP,
    PHONE,
    chromium,
    install_axe,
    installed_axe,
    serve_directory,
)

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path: to compare two builds byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def modified_times(folder: Path) -> dict[str, int]:
    """Every file under `folder`, by relative path, with its modification time: to see what a step rewrote."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def context(catalog: Catalog, code: str = "vi", today: dt.date = TODAY) -> Context:
    """What the compute stage's functions take, for `catalog` in one language, as `compute_site` makes it."""
    return Context(catalog, load_languages()[code], today, campaign_results(catalog))


def copy_project(target: Path) -> Project:
    """A copy of the shipped inputs, safe to break."""
    for name in ("campaigns", "site_src"):
        shutil.copytree(ROOT / name, target / name)
    return Project(target)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def shipped_sources() -> Sources:
    """The shipped content (this repository's campaigns/ and site_src/) as read, once for the session.

    Shared by every test that uses it: read it, never change it (break a `project` copy instead)."""
    return load_sources(ROOT / "campaigns", ROOT / "site_src")


@pytest.fixture(scope="session")
def shipped_validation(shipped_sources: Sources) -> tuple[Catalog | None, list[Problem]]:
    """The shipped content validated once for the session: its catalog and its problems (read-only, as above)."""
    return validate_sources(shipped_sources)


@pytest.fixture(scope="session")
def shipped_catalog(shipped_validation: tuple[Catalog | None, list[Problem]]) -> Catalog:
    """The catalog of the shipped content, once for the session (read-only, as above)."""
    catalog, _ = shipped_validation
    assert catalog is not None
    return catalog


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content, built once for the whole session, in strict mode."""
    project = copy_project(tmp_path_factory.mktemp("built"))
    build(project, TODAY)
    return project.site_dir


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site, served over HTTP on this machine only."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, shared by the browser tests."""
    with chromium() as browser:
        yield browser


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A 360 x 740 phone with an empty cache: each test is a first visit."""
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    """A 1280 x 900 desktop page, closed after the test even when it fails."""
    page = browser.new_page(viewport=DESKTOP)
    yield page
    page.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe.min.js at the pinned version, installed from the npm registry when missing."""
    if installed_axe() != AXE_VERSION:
        install_axe()
    assert installed_axe() == AXE_VERSION
    script = AXE_DIR / "axe.min.js"
    assert hashlib.sha256(script.read_bytes()).hexdigest() == AXE_SHA256, f"{script}: not the pinned axe-core"
    return script
