"""Content-hashed names for our own CSS, JavaScript and icon, as Material gives its own, so that a host may keep
them for a year; and the `_headers` rules that say so."""

from __future__ import annotations

import hashlib
from pathlib import Path

OWN_ASSETS = ("assets/extra.css", "assets/favicon.svg", "assets/javascripts/twins.js", "assets/javascripts/site.js")
HASH_LENGTH = 8
YEAR = 31_536_000
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


def cache_headers(language_roots: list[str]) -> str:
    """`_headers` rules giving a year's immutable caching to every file named by its content's hash: Material's in
    each language's folder, ours once (every language loads the root's copies; `extra.*.css` never matches the plain
    `extra.css`). HTML keeps the host's default, revalidation on every visit (Netlify's and Cloudflare Pages')."""
    paths = [f"/{root}{pattern}" for root in language_roots for pattern in MATERIAL_HASHED]
    paths += ["/" + hashed_pattern(name) for name in OWN_ASSETS]
    return "".join(f"{path}\n  Cache-Control: public, max-age={YEAR}, immutable\n" for path in paths)


def hashed_pattern(path: str) -> str:
    """ `assets/extra.css` -> `assets/extra.*.css`: its hashed names, whatever the content."""
    stem, _, suffix = path.rpartition(".")
    return f"{stem}.*.{suffix}"
