"""Every internal link and anchor of the built site resolves, in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.links import broken_links


def test_internal_links_and_anchors_resolve(built_site: Path) -> None:
    assert broken_links(built_site) == []
    assert len(list(built_site.rglob("*.html"))) >= 40          # 20 pages per language, and more with content
