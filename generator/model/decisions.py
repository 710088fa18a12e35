"""Commendation decisions: who conferred which award form on whom, for which campaign."""

from __future__ import annotations

from pydantic import Field

from .catalogues import RecipientKindCode
from .dates import Full
from .fields import NonEmpty, Slug, Strict, Text, describe


class Awardee(Strict):
    """One recipient of an award: a collective or a village (a unit), an individual or a household (of a unit)."""

    kind: RecipientKindCode = Field(description=describe(
        "collective (tập thể), individual (cá nhân), household (hộ gia đình) hoặc village (thôn, tổ dân phố)",
        "collective, individual, household, or village/residential group"))
    unit: Slug = Field(description=describe(
        "Mã đơn vị (tập thể, thôn được khen; hoặc nơi cá nhân công tác, nơi hộ gia đình sinh sống)",
        "Id of the unit (the collective or village; or where the individual works or the household lives)"))
    name: NonEmpty | None = Field(None, description=describe(
        "Họ tên (cá nhân; chủ hộ với hộ gia đình)", "Full name (individuals; the head of a household)"))
    position: Text | None = Field(None, description=describe("Chức vụ (với cá nhân)", "Position (individuals)"))
    citation: Text | None = Field(None, description=describe("Thành tích được ghi nhận", "Citation"))


class Decision(Strict):
    """A commendation decision: who conferred which award form on whom, for which campaign."""

    id: Slug
    campaign: Slug = Field(description=describe("Mã phong trào", "Id of the campaign"))
    number: NonEmpty = Field(description=describe("Số quyết định, ví dụ 15/QĐ-UBND", "Number, e.g. 15/QĐ-UBND"))
    date: Full = Field(description=describe("Ngày ký quyết định", "Date of the decision"))
    issuer: Slug = Field(description=describe("Mã cơ quan ra quyết định", "Id of the issuing unit"))
    award_form: Slug = Field(description=describe(
        "Mã hình thức khen thưởng (phải có trong phong trào)", "Id of the award form (one the campaign offers)"))
    recipients: list[Awardee] = Field(min_length=1, description=describe("Người, tập thể được khen", "Recipients"))


class DecisionFile(Strict):
    """A file under campaigns/decisions/: one or more decisions."""

    decisions: list[Decision] = Field(min_length=1, description=describe("Các quyết định", "Decisions"))

