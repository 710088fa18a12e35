"""The Nu HTML checker (the W3C validator's engine, vnu-jar from the npm registry, pinned) on every page of the
built site, both languages: no errors. It runs once over the whole folder, in about ten seconds."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .quality.tools import VNU_JAR, ensure_tools


def nu_errors(site: Path) -> list[dict[str, str]]:
    """The checker's errors on every HTML file under `site` (warnings left out)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("The Nu HTML checker needs Java 17: sudo apt-get install default-jre-headless")
    problem = ensure_tools()
    if problem:
        pytest.fail(problem)
    done = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                           str(site)], capture_output=True, text=True, timeout=300)
    messages: list[dict[str, str]] = json.loads(done.stderr)["messages"]
    return messages


def test_every_page_is_valid_html(built_site: Path) -> None:
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 50
    errors = nu_errors(built_site)
    shown = [f"{e.get('url', '').split('/site/')[-1]}:{e.get('lastLine')}: {e['message']}" for e in errors[:20]]
    assert not errors, f"{len(errors)} errors, the first:\n" + "\n".join(shown)
