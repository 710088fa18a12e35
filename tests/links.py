"""Finding the internal links and anchors of a built site that lead nowhere."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag in ("a", "link") and values.get("href") and values.get("rel") not in ("alternate", "canonical"):
            self.hrefs.append(values["href"] or "")
        if tag in ("script", "img") and values.get("src"):
            self.hrefs.append(values["src"] or "")


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def target_file(site: Path, page: Path, href: str) -> Path:
    """The file a relative link from `page` opens (directory URLs end in index.html)."""
    path = unquote(urlsplit(href).path)
    base = site if path.startswith("/") else page.parent          # the 404 page links from the site's root
    target = (base / path.lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() else target


def broken_links(built_site: Path) -> list[str]:
    """Every link or anchor of the site that leads nowhere, as `page -> href`."""
    broken: list[str] = []
    pages = sorted(built_site.rglob("*.html"))
    ids = {page.resolve(): parse(page).ids for page in pages}
    for page in pages:
        for href in parse(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("//", "mailto:", "tel:")):
                continue
            target = page.resolve() if not parts.path else target_file(built_site, page, href)
            if not target.is_file() or built_site.resolve() not in target.parents:
                broken.append(f"{page.relative_to(built_site)} -> {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids.get(target, set()):
                broken.append(f"{page.relative_to(built_site)} -> {href} (no such anchor)")
    return broken
