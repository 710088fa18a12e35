"""Accessibility of every page type in both languages, checked by axe-core in real headless Chromium.

axe-core comes from the npm registry, pinned, into the git-ignored build/node/ (installed on first
use). A page passes when axe reports no violation of impact "serious" or "critical". The violations
first run found (search dialog without a name, contrast of Material's red, checkboxes without labels
in the dossier checklist, scrolling tables out of keyboard reach) are fixed in generator/builder/theme/ and
site_src/assets/extra.css.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser import DEVICES, PAGES, blocking, describe, run_axe

LANGUAGES = ["", "en/"]

Audit = Callable[[str, str], list[dict[str, Any]]]


@pytest.fixture(scope="module")
def audit(site_url: str, browser: Any, axe_script: Path) -> Audit:
    """axe's violations for (device, path), each page audited once for the module."""
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def run(device: str, path: str) -> list[dict[str, Any]]:
        if (device, path) not in results:
            results[device, path] = run_axe(browser, device, site_url + path, axe_script)
        return results[device, path]

    return run


def cases() -> list[Any]:
    return [pytest.param(device, language + page, id=f"{device}-{language + page or 'home'}")
            for device in DEVICES for language in LANGUAGES for page in PAGES]


@pytest.mark.parametrize("device, path", cases())
def test_page_has_no_serious_accessibility_violation(audit: Audit, device: str, path: str) -> None:
    found = blocking(audit(device, path))
    assert not found, describe(found)
