"""Stage 3, compute (addresses): where each kind of page and file lives in a language's site.

The folder names are Vietnamese in both languages (the English site is the same tree under `en/`), so a page and
its twin differ only by that prefix."""

from __future__ import annotations

from ..model.campaign import BY_UNIT_FOLDER

CAMPAIGNS_DIR = "phong-trao"
UNITS_DIR = f"{CAMPAIGNS_DIR}/{BY_UNIT_FOLDER}"      # the campaign list by issuing unit, once it is split
IMPLEMENTING_DIR = "trien-khai"
PRINT_DIR = "in"
RESULTS_DIR = "ket-qua"
DATA_DIR = "du-lieu"
CALENDAR_DIR = "lich"
ALL_CALENDAR = "tat-ca.ics"
UNIT_PAGES_DIR = "don-vi"
CONTACT_PAGE = "lien-he.md"


def page_url(path: str) -> str:
    """The URL mkdocs gives a page (directory URLs): `phong-trao/x.md` -> `phong-trao/x/`."""
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("index")] if stem.endswith("/index") else stem + "/")
