"""Shared fixtures: the shipped content, a pinned "today", copies of the project to break."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.build import Project, build

from .browser import chromium, serve_directory

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path: to compare two builds byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_project(target: Path) -> Project:
    """A copy of the shipped inputs, safe to break."""
    for name in ("campaigns", "site_src"):
        shutil.copytree(ROOT / name, target / name)
    return Project(target)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return copy_project(tmp_path)


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
