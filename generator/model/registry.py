"""The shared lists under `campaigns/registry/`, the glossary and the site's settings."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from .catalogues import AwardKindCode, DocumentKindCode
from .dates import Partial, PartialDate
from .fields import Email, HttpsUrl, HttpUrl, NonEmpty, OrUnknown, Slug, Strict, Text, describe, known
from .measures import MEASURES, MeasureCode

UnitLevel = Literal["national", "province", "department", "district", "commune",
                    "section", "village", "organisation"]


class Unit(Strict):
    """An administrative unit, agency, section or organisation."""

    id: Slug
    name: Text = Field(description=describe("Tên đầy đủ", "Full name"))
    short: Text | None = Field(None, description=describe("Tên viết tắt", "Short name or abbreviation"))
    level: UnitLevel = Field(description=describe(
        "Cấp: national, province, department, district, commune, section, village, organisation",
        "Level: national, province, department, district, commune, section, village, organisation"))
    parent: Slug | None = Field(None, description=describe("Mã đơn vị cấp trên", "Id of the parent unit"))
    valid_from: Partial | None = Field(None, description=describe(
        "Ngày bắt đầu tồn tại với tên và cấp này", "First day this name and level were valid"))
    valid_until: Partial | None = Field(None, description=describe(
        "Ngày cuối cùng tồn tại với tên và cấp này (cấp huyện: 2025-06-30)",
        "Last day this name and level were valid (districts: 2025-06-30)"))


class CountedNoun(Strict):
    """What a count counts: "hộ" / "households" (and "household" for exactly one)."""

    vi: NonEmpty = Field(description=describe("Danh từ tiếng Việt, ví dụ hộ, người, cây cầu", "Vietnamese noun"))
    en: NonEmpty = Field(description=describe("Danh từ tiếng Anh, số nhiều", "English noun, plural"))
    en_one: NonEmpty | None = Field(None, description=describe(
        "Danh từ tiếng Anh, số ít (cho con số 1)", "English noun, singular (for the figure 1)"))


class Indicator(Strict):
    """A measurable indicator shared across campaigns."""

    id: Slug
    name: Text = Field(description=describe("Tên chỉ tiêu", "Name of the indicator"))
    unit: MeasureCode = Field("percent", description=describe(
        "Đơn vị đo: " + ", ".join(f"{m.code} ({m.vi})" for m in MEASURES),
        "Unit of measure: " + ", ".join(f"{m.code} ({m.en})" for m in MEASURES)))
    counted: CountedNoun | None = Field(None, description=describe(
        "Với unit: count, đếm cái gì (hộ, người, cây cầu…)", "With unit: count, what is counted"))
    grades: list[Text] = Field([], description=describe(
        "Với unit: grade, các mức xếp loại, tốt nhất trước (Xuất sắc, Tốt, Khá…)",
        "With unit: grade, the grades, best first"))
    may_exceed_100: StrictBool = Field(False, description=describe(
        "Với tỷ lệ có thể vượt 100% (ví dụ tốc độ tăng trưởng)", "For a rate that may pass 100% (e.g. growth)"))
    definition: Text | None = Field(None, description=describe(
        "Cách tính (tử số / mẫu số)", "How it is computed (numerator / denominator)"))

    def grade_level(self, grade: str) -> Decimal | None:
        """A grade as a number that grows with quality: the best of n grades is n, the worst 1."""
        names = [g.vi.casefold() for g in self.grades]
        folded = " ".join(grade.split()).casefold()
        return Decimal(len(names) - names.index(folded)) if folded in names else None

    def grade_at(self, level: Decimal) -> Text:
        """The grade a level stands for (the nearest one below, for a mean of levels)."""
        return self.grades[len(self.grades) - max(1, min(len(self.grades), int(level)))]

    @model_validator(mode="after")
    def unit_has_what_it_needs(self) -> Indicator:
        """A count names what it counts; a grade scale lists its grades; nothing else has either."""
        if (self.unit == "count") != (self.counted is not None):
            raise PydanticCustomError("indicator_counted", "counted goes with unit: count", {"unit": self.unit})
        if (self.unit == "grade") != bool(self.grades):
            raise PydanticCustomError("indicator_grades", "grades go with unit: grade", {"unit": self.unit})
        return self


class Document(Strict):
    """A legal or administrative document cited by campaigns (decree, decision, plan, directive...)."""

    id: Slug
    kind: DocumentKindCode = Field(description=describe(
        "Loại văn bản theo Nghị định 30/2020/NĐ-CP (xem README)", "Kind of document (see the README)"))
    number: OrUnknown[NonEmpty] | None = Field(None, description=describe(
        "Số và ký hiệu, ví dụ 497/QĐ-UBND hoặc 27-CT/TU", "Number and symbol, e.g. 497/QĐ-UBND or 27-CT/TU"))
    date: OrUnknown[Partial] | None = Field(None, description=describe("Ngày ban hành", "Date of issue"))
    issuer: Slug = Field(description=describe("Mã cơ quan ban hành", "Id of the issuing unit"))
    title: OrUnknown[Text] = Field(description=describe("Trích yếu", "Subject of the document"))
    url: HttpUrl | None = Field(None, description=describe("Địa chỉ toàn văn", "Where the full text is online"))

    @property
    def issued(self) -> PartialDate | None:
        """The date of issue, where the record knows it."""
        return known(self.date)


class AwardForm(Strict):
    """An emulation title or form of commendation, such as the Chairperson's Certificate of Commendation."""

    id: Slug
    kind: AwardKindCode = Field(description=describe(
        "Loại danh hiệu thi đua hoặc hình thức khen thưởng (xem README)",
        "Kind of emulation title or form of commendation (see the README)"))
    name: Text = Field(description=describe("Tên hình thức khen thưởng", "Name of the award form"))
    conferred_by: Slug | None = Field(None, description=describe(
        "Mã đơn vị có thẩm quyền (với proposal: cơ quan xem xét đề xuất, chỉ khi văn bản nêu tên; "
        "\"đề xuất cấp có thẩm quyền\" thì bỏ trống)",
        "Id of the conferring unit (for a proposal: the body that considers it, only where the document names it; "
        "left out for \"to the competent authority\")"))

    @model_validator(mode="after")
    def conferred_by_named(self) -> AwardForm:
        """An award is conferred by someone; only a proposal may leave its considering body to the document's
        words ("cấp có thẩm quyền")."""
        if self.conferred_by is None and self.kind != "proposal":
            raise PydanticCustomError("award_conferred_by", "conferred_by is needed", {"kind": self.kind})
        return self


class Registry(Strict):
    """One file under `campaigns/registry/`: any of the four shared lists."""

    units: list[Unit] = Field([], description=describe("Đơn vị", "Units"))
    indicators: list[Indicator] = Field([], description=describe("Chỉ tiêu", "Indicators"))
    documents: list[Document] = Field([], description=describe("Văn bản", "Documents"))
    award_forms: list[AwardForm] = Field([], description=describe("Hình thức khen thưởng", "Award forms"))


class GlossaryTerm(Strict):
    """A term or abbreviation explained on the glossary page."""

    vi: NonEmpty = Field(description=describe("Thuật ngữ tiếng Việt", "Vietnamese term"))
    en: NonEmpty = Field(description=describe("Thuật ngữ tiếng Anh", "English rendering"))
    abbreviation: NonEmpty | None = Field(None, description=describe("Viết tắt", "Abbreviation"))


class Glossary(Strict):
    """`campaigns/glossary.yaml`."""

    terms: list[GlossaryTerm] = Field(description=describe("Các thuật ngữ", "Terms"))


class Contact(Strict):
    """Who answers for the site (Decree 42/2022/NĐ-CP): a value left out shows as "not yet provided", never guessed."""

    address: Text | None = Field(None, description=describe(
        "Địa chỉ trụ sở cơ quan quản lý trang", "Postal address of the managing agency"))
    phone: NonEmpty | None = Field(None, description=describe("Số điện thoại liên hệ", "Contact phone number"))
    email: Email | None = Field(None, description=describe("Thư điện tử liên hệ", "Contact e-mail address"))
    responsible: Text | None = Field(None, description=describe(
        "Người chịu trách nhiệm nội dung (họ tên, chức vụ)", "Person responsible for the content (name, position)"))


class DataLicence(Strict):
    """The licence of the open data under `du-lieu/`, declared in its catalogue."""

    id: NonEmpty = Field(description=describe("Mã giấy phép, ví dụ CC-BY-4.0", "Licence id, e.g. CC-BY-4.0"))
    title: Text = Field(description=describe("Tên giấy phép", "Name of the licence"))
    url: HttpUrl = Field(description=describe("Địa chỉ văn bản giấy phép", "Where the licence's text is"))


class Site(Strict):
    """`campaigns/site.yaml`: the site's own name and address."""

    name: Text = Field(description=describe("Tên trang", "Site name"))
    description: Text = Field(description=describe("Mô tả ngắn", "Short description"))
    url: HttpUrl = Field(description=describe("Địa chỉ công khai của trang", "Public address of the site"))
    owner: Text = Field(description=describe("Cơ quan quản lý trang", "Body responsible for the site"))
    illustrative_data: StrictBool = Field(False, description=describe(
        "true: đăng cả dữ liệu minh họa trong campaigns/illustrative/ (có nhãn trên mọi trang); false: bỏ đi",
        "true: publish the illustrative data in campaigns/illustrative/ (labelled on every page); false: leave it out"))
    contact: Contact = Field(default_factory=Contact, description=describe(
        "Địa chỉ, điện thoại, thư điện tử, người chịu trách nhiệm (Nghị định 42/2022/NĐ-CP); mục chưa có để trống",
        "Address, phone, e-mail and person responsible (Decree 42/2022/NĐ-CP); leave out what is not yet known"))
    monitoring_script: HttpsUrl | None = Field(None, description=describe(
        "Mã theo dõi, giám sát theo Thông tư 22/2023/TT-BTTTT (địa chỉ tệp script); để trống là không dùng",
        "The monitoring code Circular 22/2023/TT-BTTTT asks for (its script's address); leave out to go without"))
    data_licence: DataLicence | None = Field(None, description=describe(
        "Giấy phép của dữ liệu mở (du-lieu/)", "Licence of the open data (du-lieu/)"))
    publish_individual_names: StrictBool = Field(False, description=describe(
        "true: tệp tải về ghi họ tên cá nhân được khen thưởng (Luật 91/2025/QH15); mặc định không ghi",
        "true: downloads carry the names of individuals commended (Law 91/2025/QH15); by default they do not"))
