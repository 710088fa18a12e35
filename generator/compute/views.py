"""The typed views templates receive: every string final, escaped and in one language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Row:
    """A label and its value, for definition tables."""

    label: str
    value: str


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
class WindowRow:
    """A submission window on the home page: which campaign, where to hand in, until when, and its state."""

    link: Link
    where: str
    until: str
    state: str
    open: bool


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
    path: list[PathStep] = field(default_factory=list)       # the nominee's path (compute_path.py)
    path_anchor: str = ""
    share_text: str = ""        # for a Zalo group or the loudspeaker, HTML-escaped (compute_share.py)


@dataclass(frozen=True)
class CampaignRow:
    link: Link
    issuer: str
    document: str
    period: str
    status: str
    status_key: str = ""
    years: str = ""          # space-separated years the period touches, for the list's filter
    issuer_id: str = ""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class DeadlineRow:
    date: str
    link: Link
    what: str


@dataclass(frozen=True)
class Pager:
    """Where this page is in a list split over several pages; `items` are the pager's links, in Markdown."""

    label: str
    position: str
    items: list[str]


HANDWRITTEN = "handwritten.md.j2"     # staff pages keep Python-Markdown and every extension of mkdocs.yml


@dataclass(frozen=True)
class Page:
    """One page of one language: where it goes, which template, and its view."""

    path: str
    template: str
    title: str
    view: Any
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorSummary:
    number: int
    name: str
    target: str
    latest: str
    verdict: str
    bar: str
    units_met: str
    as_of: str
    chart: str
    points: list[Row]


@dataclass(frozen=True)
class StandingRow:
    rank: int
    unit: str
    met: str
    cells: list[str]
    unit_id: str = ""
    href: str = ""          # the unit's own page, a final URL from the results page


@dataclass(frozen=True)
class HonourEntry:
    recipient: str
    award: str
    decision: str
    campaign: Link
    year: int


@dataclass(frozen=True)
class HonourGroup:
    title: str
    entries: list[HonourEntry]


@dataclass(frozen=True)
class HonourYear:
    label: str
    groups: list[HonourGroup]


@dataclass(frozen=True)
class ResultsView:
    title: str
    campaign: Link
    illustrative: bool
    measured_note: str
    indicators: list[IndicatorSummary]
    standings: list[StandingRow]
    eligible: list[str]
    others: list[Row]
    others_note: str
    honours: list[HonourEntry]
    downloads: list[Link]
    units_link: Link | None = None


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


@dataclass(frozen=True)
class UnitFigure:
    """A unit's latest figure on one target: met or not in words, and how it moved."""

    indicator: str
    target: str
    latest: str
    verdict: str
    met: bool
    trend: str


@dataclass(frozen=True)
class UnitResults:
    campaign: Link
    results_link: Link
    figures: list[UnitFigure]
    illustrative: bool


@dataclass(frozen=True)
class UnitView:
    """A unit's own page: its campaigns, its figures against each target, its commendations."""

    title: str
    illustrative: bool
    campaigns: list[Link]
    results: list[UnitResults]
    honours: list[HonourEntry]
