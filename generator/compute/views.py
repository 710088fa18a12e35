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
class WindowRow:
    """A submission window on the home page: which campaign, where to hand in, until when, and its state."""

    link: Link
    where: str
    until: str
    state: str
    open: bool


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
