"""Content-hashed names for our own CSS, JavaScript and icon, as Material gives its own, so that a host may keep
them for a year; and the `_headers` rules that say so."""

from __future__ import annotations

import hashlib
from pathlib import Path

OWN_ASSETS = ("assets/extra.css", "assets/favicon.svg", "assets/javascripts/twins.js", "assets/javascripts/site.js")
HASH_LENGTH = 8
YEAR = 31_536_000
REVALIDATE = "no-cache"          # keep a copy, but ask the server (an ETag) before each use
ASSETS_DIR = "assets"
HEADERS_FILE = "_headers"
# Material's files whose names already carry a content hash (its stylesheets, bundle and search worker).
MATERIAL_HASHED = ("assets/stylesheets/*", "assets/javascripts/bundle.*", "assets/javascripts/workers/*")


def hashed_name(path: str, content: bytes) -> str:
    """ `assets/extra.css` -> `assets/extra.1a2b3c4d.css`, from the file's bytes."""
    stem, _, suffix = path.rpartition(".")
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:HASH_LENGTH]}.{suffix}"


def own_assets(folders: list[Path]) -> dict[str, tuple[str, bytes]]:
    """Each of our assets found under `folders` (the first that has it): its hashed name and its bytes."""
    found: dict[str, tuple[str, bytes]] = {}
    for name in OWN_ASSETS:
        file = next((folder / name for folder in folders if (folder / name).is_file()), None)
        if file is not None:
            content = file.read_bytes()
            found[name] = (hashed_name(name, content), content)
    return found


def cache_headers() -> str:
    """`_headers` rules giving a year's immutable caching to every file named by its content's hash: Material's
    and ours, once, under the root's `assets/` (every language loads those; `extra.*.css` never matches the plain
    `extra.css`)."""
    paths = [f"/{pattern}" for pattern in MATERIAL_HASHED] + ["/" + hashed_pattern(name) for name in OWN_ASSETS]
    return "".join(f"{path}\n  Cache-Control: public, max-age={YEAR}, immutable\n" for path in paths)


def revalidation_headers(site: Path) -> str:
    """`_headers` rules asking browsers to revalidate everything that is not hashed (pages, feeds, calendars,
    downloads, search index) on every visit: each of the site's top-level files and folders but `assets/`.
    Listed one by one, never as `/*`, since hosts join the values of every rule that matches a path."""
    paths = ["/"] + [f"/{entry.name}/*" if entry.is_dir() else f"/{entry.name}"
                     for entry in sorted(site.iterdir(), key=lambda e: e.name)
                     if entry.name not in (ASSETS_DIR, HEADERS_FILE)]
    return "".join(f"{path}\n  Cache-Control: {REVALIDATE}\n" for path in paths)


def hashed_pattern(path: str) -> str:
    """ `assets/extra.css` -> `assets/extra.*.css`: its hashed names, whatever the content."""
    stem, _, suffix = path.rpartition(".")
    return f"{stem}.*.{suffix}"
