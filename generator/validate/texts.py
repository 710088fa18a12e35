"""Stage 2, validate (texts): footnotes cited in both languages, hand-written pages in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from ..base.errors import Location, Problem
from ..load.records import Record
from ..load.yamlload import PathKey, format_path
from ..model.campaign import Campaign, Text
from ..model.fields import LANGUAGES

FOOTNOTE_MARK = re.compile(r"\[\^([0-9]+)\]")


def iter_texts(model: BaseModel, where: PathKey = ()) -> Iterator[tuple[PathKey, Text]]:
    """Every bilingual text inside `model`, with its path."""
    if isinstance(model, Text):
        yield where, model
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            if isinstance(item, BaseModel):
                yield from iter_texts(item, where + ((name,) if index is None else (name, index)))


def cited_footnotes(record: Record[Campaign]) -> dict[str, dict[str, PathKey]]:
    """Language -> each footnote number cited in the texts (outside the footnotes) -> where it is first cited."""
    cited: dict[str, dict[str, PathKey]] = {language: {} for language in LANGUAGES}
    for where, text in iter_texts(record.model):
        if where and where[0] == "footnotes":
            continue
        for language in LANGUAGES:
            for mark in FOOTNOTE_MARK.findall(getattr(text, language)):
                cited[language].setdefault(mark, where + (language,))  # as Markdown matches them: "01" is not "1"
    return cited


def footnote_problems(record: Record[Campaign]) -> list[Problem]:
    """Every [^n] has a footnote, every footnote is cited, in both languages."""
    def error(where: PathKey, code: str, **params: object) -> Problem:
        return Problem(record.locate(*where), format_path(where), code, params)

    cited = cited_footnotes(record)
    defined = {str(note.number): i for i, note in enumerate(record.model.footnotes)}
    found = [error(where, "footnote_missing", number=number)
             for language in LANGUAGES for number, where in cited[language].items() if number not in defined]
    for number, i in defined.items():
        where = ("footnotes", i, "number")
        languages = [language for language in LANGUAGES if number in cited[language]]
        if not languages:
            found.append(error(where, "footnote_unused", number=number))
        elif len(languages) == 1:
            found.append(error(where, "footnote_language", number=number, language=languages[0]))
    return found


def wording_problems(record: Record[Campaign]) -> list[Problem]:
    """A document's wording of a unit stands only where the record names that unit: wording for no place is an error."""
    campaign = record.model
    unnamed: list[tuple[PathKey, str]] = []
    if campaign.reporting is not None and campaign.reporting.to_words is not None and campaign.reporting.to is None:
        unnamed.append((("reporting", "to_words"), "to"))
    unnamed += [(("forwarding", i, "via_words"), "via") for i, step in enumerate(campaign.forwarding)
                if step.via_words is not None and step.via is None]
    return [Problem(record.locate(*where), format_path(where), "wording_without_unit", {"field": field})
            for where, field in unnamed]


def page_problems(pages: dict[str, dict[str, Path]]) -> list[Problem]:
    """Each hand-written page exists in both languages."""
    found = []
    for slug, by_language in sorted(pages.items()):
        for absent in LANGUAGES:
            if absent in by_language:
                continue
            present = next(iter(by_language))
            expected = by_language[present].parent.parent / absent / f"{slug}.md"
            found.append(Problem(Location(by_language[present]), "", "page_missing", {
                "page": slug, "present": present, "absent": absent, "expected": expected}))
    return found
