"""The schema of everything in `campaigns/`: one pydantic model per record kind.

Every field carries a Vietnamese / English description: they become the JSON
Schema that editors show while staff type.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from .comparisons import ComparisonWord
from .dates import Full, Partial

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120),
    Field(description="Mã định danh: chữ thường không dấu, số và dấu gạch ngang / "
                      "Stable id: lowercase ASCII letters, digits and hyphens"),
]
BY_UNIT_FOLDER = "don-vi"        # phong-trao/don-vi/: the campaign list by issuing unit, once the list is split
RESERVED_CAMPAIGN_IDS = frozenset({BY_UNIT_FOLDER})     # a campaign with this id would take that address
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
HttpUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https?://[^\s/$.?#][^\s]*$", max_length=2_000),
    Field(description="Địa chỉ web bắt đầu bằng http:// hoặc https:// / "
                      "A web address starting with http:// or https://"),
]


def describe(vi: str, en: str) -> str:
    """One description in both languages, as editors show it."""
    return f"{vi} / {en}"


class Strict(BaseModel):
    """Base of every record: unknown keys are refused, nothing is coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class Text(Strict):
    """A text a reader sees, in Vietnamese and English. Markdown is allowed."""

    vi: NonEmpty = Field(description=describe("Bản tiếng Việt", "Vietnamese text"))
    en: NonEmpty = Field(description=describe("Bản tiếng Anh", "English text"))


class Recipient(Text):
    """One line of "Nơi nhận" (recipients), optionally tied to a unit of the registry."""

    unit: Slug | None = Field(None, description=describe(
        "Mã đơn vị nhận trong danh mục (nếu có)", "Registry id of the receiving unit, if any"))


# --- Registries -------------------------------------------------------------

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


class Indicator(Strict):
    """A measurable indicator shared across campaigns."""

    id: Slug
    name: Text = Field(description=describe("Tên chỉ tiêu", "Name of the indicator"))
    unit: Literal["percent", "times_per_month"] = Field("percent", description=describe(
        "Đơn vị đo: percent (%) hoặc times_per_month (lần/tháng)",
        "Unit of measure: percent or times_per_month"))
    definition: Text | None = Field(None, description=describe(
        "Cách tính (tử số / mẫu số)", "How it is computed (numerator / denominator)"))


DocumentKind = Literal["plan", "launch_notice", "official_letter", "decision", "decree",
                       "circular", "law", "scheme"]


class Document(Strict):
    """A legal or administrative document cited by campaigns (decree, decision, plan...)."""

    id: Slug
    kind: DocumentKind = Field(description=describe(
        "Loại văn bản: plan, launch_notice, official_letter, decision, decree, circular, law, scheme",
        "Document type"))
    number: NonEmpty | None = Field(None, description=describe(
        "Số và ký hiệu, ví dụ 497/QĐ-UBND", "Number and symbol, e.g. 497/QĐ-UBND"))
    date: Partial | None = Field(None, description=describe("Ngày ban hành", "Date of issue"))
    issuer: Slug = Field(description=describe("Mã cơ quan ban hành", "Id of the issuing unit"))
    title: Text = Field(description=describe("Trích yếu", "Subject of the document"))
    url: HttpUrl | None = Field(None, description=describe("Địa chỉ toàn văn", "Where the full text is online"))


AwardKind = Literal["certificate_of_merit", "certificate_of_commendation", "proposal"]


class AwardForm(Strict):
    """A form of commendation, such as the Chairperson's Certificate of Commendation."""

    id: Slug
    kind: AwardKind = Field(description=describe(
        "certificate_of_merit (Bằng khen), certificate_of_commendation (Giấy khen), "
        "proposal (đề xuất cấp trên)",
        "Certificate of Merit, Certificate of Commendation, or a proposal to a higher level"))
    name: Text = Field(description=describe("Tên hình thức khen thưởng", "Name of the award form"))
    conferred_by: Slug = Field(description=describe("Mã đơn vị có thẩm quyền", "Id of the conferring unit"))


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


class Site(Strict):
    """`campaigns/site.yaml`: the site's own name and address."""

    name: Text = Field(description=describe("Tên trang", "Site name"))
    description: Text = Field(description=describe("Mô tả ngắn", "Short description"))
    url: HttpUrl = Field(description=describe("Địa chỉ công khai của trang", "Public address of the site"))
    owner: Text = Field(description=describe("Cơ quan quản lý trang", "Body responsible for the site"))
    illustrative_data: StrictBool = Field(False, description=describe(
        "true: đăng cả dữ liệu minh họa trong campaigns/illustrative/ (có nhãn trên mọi trang); false: bỏ đi",
        "true: publish the illustrative data in campaigns/illustrative/ (labelled on every page); false: leave it out"))


# --- Campaigns ----------------------------------------------------------------

class Signatory(Strict):
    """The signature block: "TM. ... / KT. ... / position / name"."""

    on_behalf_of: Text | None = Field(None, description=describe(
        "TM. (thay mặt), ví dụ Ủy ban nhân dân", "On behalf of (TM.), e.g. the People's Committee"))
    signed_for: Text | None = Field(None, description=describe(
        "KT. (ký thay), ví dụ Chủ tịch", "Signed for (KT.), e.g. the Chairperson"))
    position: Text = Field(description=describe("Chức vụ người ký", "Position of the signer"))
    name: NonEmpty = Field(description=describe("Họ tên người ký", "Name of the signer"))


class CampaignDocument(Strict):
    """The signed document that launches the campaign."""

    kind: Literal["plan", "launch_notice", "official_letter"] = Field(description=describe(
        "plan (Kế hoạch), launch_notice (Phát động), official_letter (Công văn)",
        "Document type"))
    number: NonEmpty | None = Field(None, description=describe(
        "Số văn bản; để trống (null) nếu bản gốc chưa điền số",
        "Number; null where the signed draft leaves it blank"))
    symbol: NonEmpty = Field(description=describe("Ký hiệu, ví dụ KH-UBND", "Symbol, e.g. KH-UBND"))
    date: Partial | None = Field(None, description=describe(
        "Ngày ban hành với độ chính xác văn bản ghi (2024-06 nếu chỉ có tháng); null nếu không ghi",
        "Date of issue at the precision given (2024-06 for a month only); null if not stated"))
    place: Text | None = Field(None, description=describe("Địa danh ghi ở đầu văn bản", "Place named in the header"))
    issuer: Slug = Field(description=describe("Mã cơ quan ban hành", "Id of the issuing unit"))
    title: Text = Field(description=describe("Tên văn bản (trích yếu)", "Title of the document"))
    subject: Text | None = Field(None, description=describe(
        "V/v (về việc) của công văn", "Re: line of an official letter"))
    addressees: list[Text] = Field([], description=describe("Kính gửi", "Addressed to"))
    signatory: Signatory = Field(description=describe("Người ký", "Signature block"))
    recipients: list[Recipient] = Field([], description=describe("Nơi nhận", "Recipients"))


class Target(Strict):
    """One target: an indicator, a comparison word and a figure."""

    indicator: Slug = Field(description=describe("Mã chỉ tiêu trong danh mục", "Registry id of the indicator"))
    comparison: ComparisonWord = Field(description=describe(
        "Từ so sánh đúng như văn bản: trên, từ, đạt từ, tối thiểu, ít nhất, đạt, dưới, không quá, tối đa...",
        "Comparison word exactly as the document says it"))
    value: Decimal = Field(description=describe(
        "Con số (45 nghĩa là 45% với chỉ tiêu tính bằng %)", "The figure (45 means 45% for a percent indicator)"))
    applies_to: Text | None = Field(None, description=describe(
        "Áp dụng cho ai, nếu văn bản nói rõ", "Whom the target applies to, where stated"))
    group: Text | None = Field(None, description=describe("Nhóm chỉ tiêu", "Group of targets"))
    basis: list[Slug] = Field([], description=describe(
        "Mã văn bản giao chỉ tiêu", "Ids of the documents that set the target"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))


class Period(Strict):
    """The campaign period."""

    starts: Partial | None = Field(None, description=describe(
        "Ngày bắt đầu (2026-06 nếu chỉ có tháng)", "First day (2026-06 for a month only)"))
    starts_at_issuance: StrictBool = Field(False, description=describe(
        "true nếu văn bản ghi \"từ ngày ban hành\"", "true where it says \"from the date of issuance\""))
    ends: Partial = Field(description=describe(
        "Ngày kết thúc, tính đến hết ngày (hoặc hết tháng)", "Last day, inclusive (or last month)"))
    stated_days: int | None = Field(None, ge=1, le=3660, description=describe(
        "Số ngày văn bản nêu, nếu có (ví dụ 150 ngày)", "Number of days the document states, if any"))


class Participants(Strict):
    """Who may take part (Đối tượng)."""

    collective: list[Text] = Field([], description=describe("Tập thể", "Collectives"))
    individual: list[Text] = Field([], description=describe("Cá nhân", "Individuals"))
    general: list[Text] = Field([], description=describe(
        "Đối tượng chung, không tách tập thể/cá nhân", "Participants not split by collective/individual"))


class Criteria(Strict):
    """Commendation criteria for collectives or individuals."""

    rule: Literal["all", "any"] = Field("all", description=describe(
        "all: đạt các tiêu chuẩn sau; any: đạt một trong các tiêu chuẩn sau",
        "all: meets every criterion; any: meets one of them"))
    items: list[Text] = Field(min_length=1, description=describe("Các tiêu chuẩn", "The criteria"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))


class CampaignAward(Strict):
    """An award form offered by this campaign, with its criteria and dossier."""

    form: Slug = Field(description=describe("Mã hình thức khen thưởng trong danh mục", "Registry id of the award form"))
    collective: Criteria | None = Field(None, description=describe("Tiêu chuẩn với tập thể", "For collectives"))
    individual: Criteria | None = Field(None, description=describe("Tiêu chuẩn với cá nhân", "For individuals"))
    criteria_from: Slug | None = Field(None, description=describe(
        "Mã văn bản quy định tiêu chuẩn, nếu áp dụng theo văn bản khác",
        "Id of the document whose criteria apply, where criteria are by reference"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))
    dossier: Slug | None = Field(None, description=describe("Mã bộ hồ sơ áp dụng", "Id of the dossier that applies"))


class DossierComponent(Strict):
    """One paper in a nomination dossier."""

    text: Text = Field(description=describe("Tên giấy tờ", "The paper"))
    documents: list[Slug] = Field([], description=describe(
        "Mã văn bản quy định mẫu (ví dụ Nghị định 98/2023)", "Ids of documents that prescribe the form"))


class Dossier(Strict):
    """A nomination dossier: how many sets and which papers."""

    id: Slug
    name: Text | None = Field(None, description=describe("Tên bộ hồ sơ", "Name of the dossier"))
    sets: int | None = Field(None, ge=1, le=20, description=describe("Số bộ hồ sơ", "Number of sets"))
    components: list[DossierComponent] = Field(min_length=1, description=describe("Thành phần hồ sơ", "Papers"))


class Deadline(Strict):
    """A deadline worded so it cannot be misread."""

    date: Full
    rule: Literal["through", "before"] = Field(description=describe(
        "through: đến hết ngày đó; before: trước ngày đó",
        "through: until the end of that day; before: before that day"))


class Channel(Strict):
    """One way to hand in a dossier."""

    kind: Literal["in_person", "online", "post"] = Field(description=describe(
        "in_person (trực tiếp), online (trực tuyến), post (bưu điện)", "In person, online or by post"))
    place: Text | None = Field(None, description=describe("Nơi nộp trực tiếp", "Where to hand it in"))
    url: HttpUrl | None = Field(None, description=describe("Địa chỉ nộp trực tuyến", "Online address"))
    name: Text | None = Field(None, description=describe("Tên hệ thống trực tuyến", "Name of the online system"))


class Submission(Strict):
    """Where, how and when nomination dossiers are submitted."""

    id: Slug
    dossiers: list[Slug] = Field([], description=describe("Các bộ hồ sơ nộp tại đây", "Dossiers handed in here"))
    to: Slug = Field(description=describe("Mã đơn vị tiếp nhận", "Id of the receiving unit"))
    to_note: Text | None = Field(None, description=describe(
        "Người/bộ phận cụ thể tiếp nhận", "The person or body that receives it"))
    purpose: Text | None = Field(None, description=describe("Để làm gì", "What it is for"))
    opens: Full | None = Field(None, description=describe("Ngày bắt đầu nhận", "First day of the window"))
    closes: Deadline | None = Field(None, description=describe("Hạn cuối", "Deadline"))
    channels: list[Channel] = Field([], description=describe("Cách nộp", "Ways to submit"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))


class Forwarding(Strict):
    """A deadline for forwarding collected dossiers to a higher level."""

    by: Slug = Field(description=describe("Mã đơn vị chuyển", "Id of the forwarding unit"))
    to: Slug = Field(description=describe("Mã đơn vị nhận", "Id of the receiving unit"))
    via: Slug | None = Field(None, description=describe("Qua đơn vị (ví dụ Phòng Nội vụ)", "Via which unit"))
    deadline: Deadline = Field(description=describe("Hạn chuyển", "Deadline"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))


class Responsibility(Strict):
    """What one unit must do (Tổ chức thực hiện)."""

    unit: Slug | None = Field(None, description=describe("Mã đơn vị", "Id of the unit"))
    who: Text | None = Field(None, description=describe(
        "Tên người/đơn vị nếu không có trong danh mục", "Who, where not a registry unit"))
    duties: list[Text] = Field(min_length=1, description=describe("Nhiệm vụ", "Duties"))


Cadence = Literal["monthly", "quarterly", "half_yearly", "yearly"]


class Reporting(Strict):
    """How often results are reported, and to whom."""

    cadence: list[Cadence] = Field(min_length=1, description=describe(
        "monthly, quarterly, half_yearly, yearly", "Reporting cadence"))
    to: Slug | None = Field(None, description=describe("Mã đơn vị nhận báo cáo", "Id of the unit reported to"))
    by: Text | None = Field(None, description=describe("Ai báo cáo", "Who reports"))
    note: list[Text] = Field([], description=describe("Ghi chú", "Notes"))


class Footnote(Strict):
    """A footnote of the document; cite it in a text as [^1]."""

    number: int = Field(ge=1, le=99, description=describe("Số chú thích", "Footnote number"))
    text: Text = Field(description=describe("Nội dung chú thích", "Footnote text"))
    documents: list[Slug] = Field([], description=describe("Mã văn bản được dẫn", "Ids of the documents cited"))


class Awardee(Strict):
    """One recipient of an award: a collective (a unit) or an individual (a person of a unit)."""

    kind: Literal["collective", "individual"] = Field(description=describe(
        "collective (tập thể) hoặc individual (cá nhân)", "collective or individual"))
    unit: Slug = Field(description=describe(
        "Mã đơn vị (tập thể được khen, hoặc nơi cá nhân công tác)", "Id of the unit (the collective, or their unit)"))
    name: NonEmpty | None = Field(None, description=describe("Họ tên (với cá nhân)", "Full name (individuals)"))
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


class Campaign(Strict):
    """One emulation campaign, as launched by one signed document."""

    id: Slug
    document: CampaignDocument = Field(description=describe("Văn bản phát động", "The launching document"))
    theme: Text = Field(description=describe("Chủ đề phong trào", "Theme of the campaign"))
    implements: list[Slug] = Field([], description=describe(
        "Mã kế hoạch cấp trên mà văn bản này thực hiện", "Ids of the higher-level plans this implements"))
    preamble: list[Text] = Field([], description=describe("Phần mở đầu", "Opening paragraphs"))
    purposes: list[Text] = Field([], description=describe("Mục đích", "Purposes"))
    requirements: list[Text] = Field([], description=describe("Yêu cầu", "Requirements"))
    contents: list[Text] = Field(min_length=1, description=describe("Nội dung thi đua", "Contents of the campaign"))
    solutions: list[Text] = Field([], description=describe("Giải pháp thực hiện", "Implementation measures"))
    targets: list[Target] = Field([], description=describe("Chỉ tiêu", "Targets"))
    period: Period = Field(description=describe("Thời gian thi đua", "Campaign period"))
    participants: Participants = Field(description=describe("Đối tượng thi đua", "Who may take part"))
    awards: list[CampaignAward] = Field([], description=describe("Hình thức khen thưởng", "Award forms"))
    dossiers: list[Dossier] = Field([], description=describe("Hồ sơ đề nghị khen thưởng", "Nomination dossiers"))
    submissions: list[Submission] = Field([], description=describe("Nơi và hạn nộp hồ sơ", "Where and when to submit"))
    forwarding: list[Forwarding] = Field([], description=describe("Hạn chuyển hồ sơ lên trên", "Forwarding deadlines"))
    responsibilities: list[Responsibility] = Field([], description=describe("Tổ chức thực hiện", "Responsibilities"))
    reporting: Reporting | None = Field(None, description=describe("Chế độ báo cáo", "Reporting"))
    closing: list[Text] = Field([], description=describe("Đoạn kết", "Closing paragraphs"))
    footnotes: list[Footnote] = Field([], description=describe("Chú thích", "Footnotes"))
    references: list[Slug] = Field([], description=describe(
        "Văn bản khác được dẫn trong nội dung", "Other documents cited in the text"))
    published: Full | None = Field(None, description=describe(
        "Ngày đăng lên trang này", "The day this record was first published on this site"))
    updated: Full | None = Field(None, description=describe(
        "Ngày sửa nội dung gần nhất (cho bản tin Atom)", "The day its content last changed (for the Atom feed)"))
    notes: list[Text] = Field([], description=describe(
        "Ghi chú của người nhập liệu về văn bản (chỗ mâu thuẫn, thiếu sót)",
        "Editor's notes on the document (inconsistencies, gaps)"))
