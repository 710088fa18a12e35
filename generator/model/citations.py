"""How a document names the documents it cites: the citing document's own words for the issuer."""

from __future__ import annotations

from pydantic import Field

from .fields import Slug, Strict, Text, describe


class Citation(Strict):
    """One cited document as this document words it; the registry links and translates, it does not reword."""

    document: Slug = Field(description=describe("Mã văn bản được dẫn", "Id of the cited document"))
    issuer: Text = Field(description=describe(
        "Cơ quan ban hành như văn bản này ghi (\"của Chủ tịch UBND tỉnh\": Chủ tịch UBND tỉnh)",
        "The issuer as this document words it (\"của Chủ tịch UBND tỉnh\": the Chairperson of the provincial "
        "People's Committee)"))
