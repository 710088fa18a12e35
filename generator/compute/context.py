"""Stage 3, compute (context): what every view needs, the content, the language and today, and cited documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..base.markup import block, cell
from ..model.campaign import Campaign, Text, Unknown, known
from ..model.catalogues import DOCUMENT_KIND
from ..validate.catalog import Catalog
from .attainment import CampaignResults
from .language import Language
from .urls import CAMPAIGNS_DIR
from .views import Page

# What is made of one record: a page ("campaign" | "print" | "results" | "unit") or a file ("calendar" | "ics" |
# "data" | "record"), and the record's id; ("descriptor", "") for the data package's descriptor
PageKey = tuple[str, str]
T = TypeVar("T")        # what a memo keeps, or a list holds (paging); the one T of compute and render


class Reuse(Protocol):
    """The preview's memo (compute/memo.py SiteMemo for views, render/memo.py FileMemo for files): given a language
    (or "" for both), what is made of a record and how to make it, the one to use: kept from the last save unless
    the save changed what it shows."""

    def __call__(self, code: str, key: PageKey, make: Callable[[], T], /) -> T: ...


def make_now(code: str, key: PageKey, make: Callable[[], T], /) -> T:
    """No memo: make it."""
    return make()


@dataclass(frozen=True)
class Deferred:
    """The page of one record, made only when the preview cannot keep the one it made before (compute/memo.py)."""

    key: PageKey
    make: Callable[[], Page]


@dataclass(frozen=True)
class Context:
    """What every part of a campaign view needs: the content, the language and today."""

    catalog: Catalog
    lang: Language
    today: dt.date
    results: Mapping[str, CampaignResults]     # the campaigns with a results page (figures on their targets)

    def t(self, key: str, **values: object) -> str:
        return self.lang.t(key, **values)

    def kind(self, code: str) -> str:
        """The name of a kind of document, from the law's catalogue."""
        return self.lang.name(DOCUMENT_KIND[code])

    def text(self, text: Text | None) -> str:
        return block(self.lang.text(text)) if text else ""

    def cell(self, text: Text | None) -> str:
        """This language's side of a text, for one table cell (escaped once, as `text` is)."""
        return cell(self.lang.text(text)) if text else ""

    def texts(self, texts: list[Text] | Unknown) -> list[str]:
        return [self.unknown(texts)] if isinstance(texts, Unknown) else [self.text(t) for t in texts]

    def unknown(self, gap: Unknown) -> str:
        """ "Không ghi trong bản gốc" / "Not in the copy at hand (page 3 is missing)": which gap, and why."""
        what = self.t(f"unknown_{gap.unknown}")
        return self.t("unknown_with_note", what=what, note=self.text(gap.note)) if gap.note else what

    def known_text(self, text: Text | Unknown) -> str:
        """A text of the document, or what the record says of its absence."""
        return self.unknown(text) if isinstance(text, Unknown) else self.text(text)

    def public_url(self, path: str) -> str:
        """The public address of a page of this language: `phong-trao/x/` -> https://…/en/phong-trao/x/."""
        return self.lang.url(self.catalog.site.url, path)

    def campaign_url(self, campaign_id: str) -> str:
        """The public address of a campaign's page in this language."""
        return self.public_url(f"{CAMPAIGNS_DIR}/{campaign_id}/")

    def published(self, campaign_id: str) -> bool:
        """Whether a campaign has published a real outcome: results or commendation decisions, not illustrative ones."""
        results = self.results.get(campaign_id)
        return (results is not None and not results.illustrative) or any(
            not d.illustrative for d in self.catalog.decisions_by_campaign.get(campaign_id, []))

    def unit(self, unit_id: str | None) -> str:
        return block(self.unit_text(unit_id)) if unit_id else ""

    def named(self, words: Text | None, unit_id: str | None) -> str:
        """The document's own wording of a unit where the record gives it, else the registry's name."""
        return self.text(words) or self.unit(unit_id)

    def named_text(self, words: Text | None, unit_id: str) -> str:
        """As `named`, for a text that is escaped as a whole later."""
        return self.lang.text(words) if words else self.unit_text(unit_id)

    def unit_text(self, unit_id: str) -> str:
        """A unit's name as written, for a text that is escaped as a whole later."""
        return self.lang.text(self.catalog.units[unit_id].name)

    def document(self, doc_id: str, cited_by: Campaign | None = None) -> str:
        """A cited document: "Quyết định số 497/QĐ-UBND ngày 15/03/2024 của ... về ...", linked if on the site."""
        if doc_id in self.catalog.campaigns:
            return f"[{self.document_name(doc_id)}]({doc_id}.md)"
        return self.document_name(doc_id, cited_by)

    def document_name(self, doc_id: str, cited_by: Campaign | None = None) -> str:
        """A cited document, unlinked: a campaign's theme, or a registry document's reference, its issuer as the
        citing document words it where the record says so (the registry links and translates, never rewords)."""
        if doc_id in self.catalog.campaigns:
            return self.text(self.catalog.campaigns[doc_id].theme)
        doc = self.catalog.documents[doc_id]
        worded = next((c.issuer for c in cited_by.citations if c.document == doc_id), None) if cited_by else None
        issuer = self.text(worded) if worded else self.unit(doc.issuer)
        values = {"kind": self.kind(doc.kind), "number": known(doc.number) or "…", "issuer": issuer}
        head = (self.t("document_ref", date=self.lang.date(doc.issued), **values) if doc.issued
                else self.t("document_ref_nodate", **values))
        if isinstance(doc.title, Unknown):
            return head
        title = after_word(self.t("document_about", title="").strip(), self.text(doc.title))
        return f"{head} {self.t('document_about', title=title)}"


def after_word(word: str, text: str) -> str:
    """`text` without a first word that is `word` in any case: an abstract signed as "Về giao chỉ tiêu ..." is
    cited "... về giao chỉ tiêu ...", not "... về Về giao chỉ tiêu ..."."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.casefold() == word.casefold() else text


