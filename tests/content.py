"""Content for tests: the minimal campaign record, and edits made to a copy of the shipped project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.build import Project
from generator.builder.site_builder import LanguageBuild

MINIMAL = Path(__file__).resolve().parent / "fixtures" / "minimal.yaml"


def minimal() -> dict[str, Any]:
    """tests/fixtures/minimal.yaml as plain strings, lists and dicts: a fresh copy on each call, free to change."""
    data: dict[str, Any] = yaml.load(MINIMAL.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return data


def add_untargeted_results(project: Project, campaign: str, unit: str) -> None:
    """Figures for `campaign`, reported by `unit`, only on an indicator it has no target for (muc-do-hai-long)."""
    table = project.content_dir / "results" / campaign / "khac.csv"
    table.parent.mkdir(parents=True)
    table.write_text(f"unit,indicator,period,value\n{unit},muc-do-hai-long,2024-Q4,95\n", encoding="utf-8")


def language_job(tmp_path: Path, pages: dict[str, str], nav: list[dict[str, str]], site: str = "site") -> LanguageBuild:
    """A Vietnamese build of `pages` (docs path -> Markdown, written into `tmp_path/docs`) into `tmp_path/<site>`."""
    docs = tmp_path / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    return LanguageBuild("vi", docs, tmp_path / site, "Thử", "https://example.org/", nav)
