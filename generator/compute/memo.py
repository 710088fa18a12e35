"""Stage 3, compute, for the preview: each record's pages kept from the last save unless this save changed
what they show.

The preview's records come from its `RecordCache`, so a record whose file did not change is the same
object as at the last save. `SiteMemo` compares the new catalog with the last one and makes again:
- every page that is not one record's (home, lists, calendar, results index, honours, glossary,
  contact, the lists of units and of implementing campaigns, staff pages): always, they are few;
- the campaign, print and results pages of a campaign whose record or result tables changed;
- the pages of the units that issue such a campaign or have figures in it, before or after the save.
Anything else that changed makes every page again: the site, glossary or registry records, today, the
translations, a decision, a campaign added or removed, a campaign's theme or the plans it implements (both
show on other campaigns' pages), or which campaigns have results. The preview's tests compare the outcome
of a set of edits, byte for byte, with a whole build (tests/staff/test_preview_incremental.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from ..model.campaign import Campaign
from ..model.fields import LANGUAGES
from ..validate.catalog import Catalog
from .context import PageKey, T
from .language import Language
from .site import SiteView, compute_site

CAMPAIGN_PAGES = ("campaign", "print", "results", "calendar")    # what a campaign's record makes
PAGE_KINDS = ("campaign", "print", "results", "unit")


@dataclass
class Previous:
    """What the last computation was made from."""

    catalog: Catalog
    today: dt.date
    strings: dict[str, Mapping[str, object]]


@dataclass
class SiteMemo:
    """The preview's views of every record's pages, per language, from one save to the next."""

    previous: Previous | None = None
    pages: dict[tuple[str, PageKey], object] = field(default_factory=dict)
    stale: set[PageKey] | None = None        # the record pages this save makes again; None: every page
    made: int = 0                            # record pages made by the last `compute`, for the tests

    def compute(self, catalog: Catalog, languages: dict[str, Language], today: dt.date,
                codes: Sequence[str] = LANGUAGES) -> SiteView:
        """`compute_site`, making again only the record pages whose inputs changed since the last call."""
        now = Previous(catalog, today, {code: languages[code].strings for code in codes})
        self.stale = stale_pages(self.previous, now)
        if self.stale is None:
            self.pages.clear()
        self.made = 0
        try:
            site = compute_site(catalog, languages, today, codes, reuse=self.reuse)
        except BaseException:
            self.forget()
            raise
        self.previous = now
        return site

    def reuse(self, code: str, key: PageKey, make: Callable[[], T]) -> T:
        """What the last save made of a record (a page, or a campaign's calendar), unless it is stale (or new): then
        `make` makes it."""
        kept = self.pages.get((code, key))
        if kept is None or self.stale is None or key in self.stale:
            kept = self.pages[(code, key)] = make()
            self.made += key[0] in PAGE_KINDS
        return cast(T, kept)

    def forget(self) -> None:
        """Keep nothing: the next `compute` makes every page."""
        self.previous, self.stale = None, None
        self.pages.clear()


def stale_pages(before: Previous | None, now: Previous) -> set[PageKey] | None:
    """The record pages whose inputs changed between two catalogs; None if every page must be made again."""
    if before is None or before.today != now.today or before.strings != now.strings:
        return None
    old, new = before.catalog, now.catalog
    if not same_shared_records(old, new):
        return None
    campaigns = {cid for cid, campaign in new.campaigns.items() if campaign is not old.campaigns[cid]}
    if any(face(old.campaigns[cid]) != face(new.campaigns[cid]) for cid in campaigns):
        return None
    changed = campaigns | {cid for cid, rows in new.results.items() if rows != old.results[cid]}
    units = {unit for catalog in (old, new) for cid in changed for unit in units_shown(catalog, cid)}
    return {(kind, cid) for cid in changed for kind in CAMPAIGN_PAGES} | {("unit", unit) for unit in units}


def same_shared_records(old: Catalog, new: Catalog) -> bool:
    """Whether every record that pages of many records show is the one of the last save."""
    registries = ((old.units, new.units), (old.indicators, new.indicators), (old.documents, new.documents),
                  (old.award_forms, new.award_forms))
    return (old.site is new.site and old.glossary is new.glossary and old.pages == new.pages
            and all(same_objects(a, b) for a, b in registries)
            and old.campaigns.keys() == new.campaigns.keys() and old.results.keys() == new.results.keys()
            and old.decisions == new.decisions)


def same_objects(old: Mapping[str, object], new: Mapping[str, object]) -> bool:
    return old.keys() == new.keys() and all(old[key] is value for key, value in new.items())


def face(campaign: Campaign) -> tuple[object, ...]:
    """What other campaigns' pages show of a campaign: its theme (its links, and where it is cited), and the
    plans it implements (their lists of siblings and children)."""
    return campaign.theme, campaign.implements


def units_shown(catalog: Catalog, campaign_id: str) -> set[str]:
    """The units whose pages show the campaign: its issuer, and the units with figures in its results."""
    campaign = catalog.campaigns.get(campaign_id)
    found = {row.unit for row in catalog.results.get(campaign_id, [])}
    return found | ({campaign.document.issuer} if campaign else set())
