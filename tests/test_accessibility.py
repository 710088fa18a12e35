"""Accessibility of every page type in both languages, checked by axe-core in real headless Chromium.

axe-core comes from the npm registry, pinned, into the git-ignored build/node/ (installed on first
use). A page passes when axe reports no violation of impact "serious" or "critical". The violations
first run found (search dialog without a name, contrast of Material's red, checkboxes without labels
in the dossier checklist, scrolling tables out of keyboard reach) are fixed in generator/theme/ and
site_src/assets/extra.css.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import DESKTOP, PHONE, ROOT

AXE_VERSION = "4.14.1"
NODE_DIR = ROOT / "build" / "node"
AXE_DIR = NODE_DIR / "node_modules" / "axe-core"
BLOCKING = {"serious", "critical"}
CAMPAIGN = "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
PAGES = ["", "phong-trao/", CAMPAIGN, "ket-qua/2024-lang-son-hien-dai-hoa-mot-cua/", "khen-thuong/", "lich/",
         "thuat-ngu/", "gioi-thieu/", "in/2024-khanh-khe-thanh-toan-truc-tuyen/"]
LANGUAGES = ["", "en/"]
DEVICES = {"phone": PHONE, "desktop": DESKTOP}

Audit = Callable[[str, str], list[dict[str, Any]]]


def installed_axe() -> str | None:
    package = AXE_DIR / "package.json"
    version: str | None = json.loads(package.read_text(encoding="utf-8"))["version"] if package.is_file() else None
    return version


def install_axe() -> None:
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(f"The accessibility tests need npm: sudo apt-get install npm (then axe-core@{AXE_VERSION} "
                    f"is installed into {NODE_DIR.relative_to(ROOT)}/ on first use)")
    command = [npm, "install", "--prefix", str(NODE_DIR), "--no-save", "--no-package-lock", "--no-audit",
               "--no-fund", f"axe-core@{AXE_VERSION}"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"npm could not install axe-core@{AXE_VERSION} into {NODE_DIR}:\n{done.stderr}")


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe.min.js at the pinned version, installed from the npm registry when missing."""
    if installed_axe() != AXE_VERSION:
        install_axe()
    assert installed_axe() == AXE_VERSION
    return AXE_DIR / "axe.min.js"


@pytest.fixture(scope="module")
def audit(site_url: str, browser: Any, axe_script: Path) -> Audit:
    """axe's violations for (device, path), each page audited once for the module."""
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def run(device: str, path: str) -> list[dict[str, Any]]:
        if (device, path) not in results:
            results[device, path] = run_axe(browser, device, site_url + path, axe_script)
        return results[device, path]

    return run


def run_axe(browser: Any, device: str, url: str, axe_script: Path) -> list[dict[str, Any]]:
    # axe is injected as an inline script, which the site's own policy (rightly) refuses: the audit bypasses it.
    context = browser.new_context(viewport=DEVICES[device], is_mobile=device == "phone", bypass_csp=True)
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(path=str(axe_script))
    violations: list[dict[str, Any]] = page.evaluate("async () => (await axe.run()).violations")
    context.close()
    return violations


def blocking(violations: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Serious and critical violations: rule id -> the elements, as CSS selectors."""
    return {v["id"]: [" ".join(node["target"]) for node in v["nodes"]] for v in violations if v["impact"] in BLOCKING}


def describe(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{rule} on {len(targets)} element(s), e.g. {targets[:3]}" for rule, targets in found.items())


def cases() -> list[Any]:
    return [pytest.param(device, language + page, id=f"{device}-{language + page or 'home'}")
            for device in DEVICES for language in LANGUAGES for page in PAGES]


@pytest.mark.parametrize("device, path", cases())
def test_page_has_no_serious_accessibility_violation(audit: Audit, device: str, path: str) -> None:
    found = blocking(audit(device, path))
    assert not found, describe(found)
