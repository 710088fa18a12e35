"""The views of a campaign's page and its printed notice: every string final, escaped and in one language."""

from __future__ import annotations

from dataclasses import dataclass, field

from .views import Link, Row
from .views_results import HonourEntry


@dataclass(frozen=True)
class TargetView:
    group: str
    indicator: str
    wording: str
    applies_to: str
    basis: str
    note: str
    latest: str = ""


@dataclass(frozen=True)
class TimelineItem:
    label: str
    date: str
    iso: str
    state: str          # past, today or future: a CSS class, always paired with `state_text`
    state_text: str


@dataclass(frozen=True)
class CriteriaView:
    heading: str
    rule: str
    items: list[str]
    note: str


@dataclass(frozen=True)
class DossierView:
    anchor: str
    name: str
    sets: str
    components: list[str]


@dataclass(frozen=True)
class AwardView:
    name: str
    facts: list[Row]              # conferred (or proposed) by, quota, prize money
    criteria: list[CriteriaView]
    criteria_from: str
    note: str
    dossier: Link | None


@dataclass(frozen=True)
class FootnoteView:
    """A footnote under the number the document gives it, with the way back to where it is cited."""

    number: int
    text: str
    back: str                     # the back link's accessible name, in the page's language


@dataclass(frozen=True)
class SubmissionView:
    rows: list[Row]
    channels: list[str]
    note: str


@dataclass(frozen=True)
class DutyView:
    who: str
    duties: list[str]


@dataclass(frozen=True)
class Section:
    """A titled list of paragraphs; empty sections are left out of the page."""

    title: str
    paragraphs: list[str]
    searched: bool = True        # False: left out of the search index (long formal text)


@dataclass(frozen=True)
class PathStep:
    """One step of the nominee's path: what to do, when, and where it stands today (words, not colour)."""

    title: str
    state: str           # a CSS class: todo, now, done, or unknown (the document gives no date)
    state_text: str
    lines: list[str]     # Markdown


@dataclass(frozen=True)
class CampaignView:
    id: str
    title: str
    status: str
    summary: list[Row]
    document: list[Row]
    related: list[Section]
    texts: list[Section]
    targets: list[TargetView]
    timeline: list[TimelineItem]
    period: list[Row]
    participants: list[Section]
    awards: list[AwardView]
    dossiers: list[DossierView]
    submissions: list[SubmissionView]
    forwarding: list[str]
    duties: list[DutyView]
    reporting: list[Row]
    reporting_notes: list[str]
    closing: list[str]
    references: list[str]
    signature: list[str]
    recipients: list[str]
    notes: list[str]
    footnotes: list[FootnoteView]
    illustrative: bool = False
    print_link: Link | None = None
    results_link: Link | None = None
    honours: list[HonourEntry] = field(default_factory=list)
    path: list[PathStep] = field(default_factory=list)       # the nominee's path (compute/path.py)
    path_anchor: str = ""
    share_text: str = ""        # for a Zalo group or the loudspeaker, HTML-escaped (compute/share.py)


@dataclass(frozen=True)
class PrintAward:
    name: str
    dossier: str
    sets: str
    components: list[str]


@dataclass(frozen=True)
class PrintView:
    """The notice-board version of a campaign: two A4 pages at most."""

    nation: str
    motto: str
    issuer: str
    document: str
    title: str
    targets: list[Row]
    period: str
    submissions: list[SubmissionView]
    awards: list[PrintAward]
    qr: str
    url: str
    back: Link
