"""What a draft is made of: texts in both languages, TODOs, and values with the source place beside them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .memory import Memory

REVIEW = "REVIEW en: bản dịch đã đăng, soát lại / published translation, review it"


@dataclass
class Note:
    """A value with comment lines written above it (the source place, a quoted paragraph, proposals)."""

    value: Any
    comments: list[str] = field(default_factory=list)


@dataclass
class Todo:
    """A value the importer could not fill: `TODO hint`, with why and where in the comment above."""

    hint: str
    comments: list[str] = field(default_factory=list)


@dataclass
class Pair:
    """A text in both languages; `en` None is a TODO; `reviewed` False marks English from the memory."""

    vi: str
    en: str | None
    comments: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def pair(vi: str, memory: Memory, where: str = "", **extra: Any) -> Pair:
    """The document's own words in Vietnamese; English only from the memory, else TODO."""
    en = memory.english(vi)
    comments = [f"nguồn/source: {where}"] if where else []
    if en is not None:
        comments.append(REVIEW)
    return Pair(vi, en, comments, dict(extra))


def quote(text: str, limit: int = 300) -> str:
    """A paragraph to show in a comment: one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
