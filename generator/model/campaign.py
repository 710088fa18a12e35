"""The schema of everything in `campaigns/`: one pydantic model per record kind.

Every field carries a Vietnamese / English description: they become the JSON
Schema that editors show while staff type. The campaign is here; its building blocks are in `fields`,
the shared registry in `model_registry`, decisions in `model_decisions`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, StrictBool

from .catalogues import DocumentKindCode, RecipientKindCode
from .citations import Citation
from .comparisons import ComparisonWord
from .dates import Full, Partial, PartialDate
from .decisions import Awardee, Decision, DecisionFile
from .dossiers import Channel, Deadline, Dossier, DossierComponent, Forwarding, Submission
from .fields import (
    BY_UNIT_FOLDER,
    RESERVED_CAMPAIGN_IDS,
    HttpUrl,
    NonEmpty,
    OrUnknown,
    Slug,
    Strict,
    Text,
    Unknown,
    describe,
    known,
)
from .registry import AwardForm, Document, Glossary, GlossaryTerm, Indicator, Registry, Site, Unit, UnitLevel

__all__ = [
    "BY_UNIT_FOLDER",
    "RESERVED_CAMPAIGN_IDS",
    "AwardForm",
    "Awardee",
    "Channel",
    "Citation",
    "Deadline",
    "Decision",
    "DecisionFile",
    "Document",
    "Dossier",
    "DossierComponent",
    "Forwarding",
    "Glossary",
    "GlossaryTerm",
    "HttpUrl",
    "Indicator",
    "NonEmpty",
    "Registry",
    "Site",
    "Slug",
    "Strict",
    "Submission",
    "Text",
    "Unit",
    "UnitLevel",
    "Unknown",
    "describe",
    "known",
]


class Recipient(Text):
    """One line of "Nơi nhận" (recipients), optionally tied to a unit of the registry."""

    unit: Slug | None = Field(None, description=describe(
        "Mã đơn vị nhận trong danh mục (nếu có)", "Registry id of the receiving unit, if any"))


class Signatory(Strict):
    """The signature block: "TM. ... / KT. ... / position / name"."""

    on_behalf_of: Text | None = Field(None, description=describe(
        "TM. (thay mặt), ví dụ Ủy ban nhân dân", "On behalf of (TM.), e.g. the People's Committee"))
    signed_for: Text | None = Field(None, description=describe(
        "KT. (ký thay), ví dụ Chủ tịch", "Signed for (KT.), e.g. the Chairperson"))
    position: OrUnknown[Text] = Field(description=describe("Chức vụ người ký", "Position of the signer"))
    name: OrUnknown[NonEmpty] = Field(description=describe("Họ tên người ký", "Name of the signer"))


class CampaignDocument(Strict):
    """The signed document that launches the campaign."""

    kind: DocumentKindCode = Field(description=describe(
        "Loại văn bản theo Nghị định 30/2020/NĐ-CP: plan (Kế hoạch), directive (Chỉ thị), decision (Quyết định)… "
        "(xem README)", "Kind of document (see the README)"))
    party: StrictBool = Field(False, description=describe(
        "true với văn bản của cấp ủy Đảng: số và ký hiệu nối bằng gạch ngang (27-CT/TU)",
        "true for a Party committee's document: number and symbol joined by a hyphen (27-CT/TU)"))
    number: OrUnknown[NonEmpty] | None = Field(None, description=describe(
        "Số văn bản; để trống (null) nếu bản gốc chưa điền số",
        "Number; null where the signed draft leaves it blank"))
    symbol: NonEmpty = Field(description=describe("Ký hiệu, ví dụ KH-UBND", "Symbol, e.g. KH-UBND"))
    date: OrUnknown[Partial] | None = Field(None, description=describe(
        "Ngày ban hành với độ chính xác văn bản ghi (2024-06 nếu chỉ có tháng); "
        "{unknown: not_stated} nếu bản gốc không ghi",
        "Date of issue at the precision given (2024-06 for a month only); {unknown: not_stated} if not stated"))
    place: OrUnknown[Text] | None = Field(None, description=describe(
        "Địa danh ghi ở đầu văn bản", "Place named in the header"))
    issuer: Slug = Field(description=describe("Mã cơ quan ban hành", "Id of the issuing unit"))
    title: Text = Field(description=describe("Tên văn bản (trích yếu)", "Title of the document"))
    subject: Text | None = Field(None, description=describe(
        "V/v (về việc) của công văn", "Re: line of an official letter"))
    addressees: list[Text] = Field([], description=describe("Kính gửi", "Addressed to"))
    signatory: OrUnknown[Signatory] = Field(description=describe("Người ký", "Signature block"))
    recipients: list[Recipient] = Field([], description=describe("Nơi nhận", "Recipients"))

    @property
    def issued(self) -> PartialDate | None:
        """The date of issue, where the record knows it."""
        return known(self.date)


class Baseline(Strict):
    """Where an indicator stood when the target was set ("năm 2025 đạt 30%")."""

    value: Decimal = Field(description=describe("Con số", "The figure"))
    date: Partial = Field(description=describe("Thời điểm (năm, tháng hoặc ngày)", "When (a year, month or day)"))


class Target(Strict):
    """One target: an indicator, a comparison word and a figure."""

    indicator: Slug = Field(description=describe("Mã chỉ tiêu trong danh mục", "Registry id of the indicator"))
    name: Text | None = Field(None, description=describe(
        "Tên chỉ tiêu đúng như văn bản ghi, nếu khác tên trong danh mục (trang hiện tên này)",
        "The indicator's name as the document words it, where it differs from the registry's (the page shows it)"))
    as_written: Text | None = Field(None, description=describe(
        "Mức chỉ tiêu đúng như văn bản ghi, nếu khác cách trang tự viết (ví dụ \"đạt 100\" không có %)",
        "The target as the document writes it, where the site's own wording would differ (e.g. \"đạt 100\")"))
    comparison: ComparisonWord = Field(description=describe(
        "Từ so sánh đúng như văn bản: trên, từ, đạt từ, tối thiểu, ít nhất, đạt, dưới, không quá, tối đa, "
        "giảm xuống dưới, tăng, giảm, xếp loại … trở lên, trong nhóm … dẫn đầu, hoàn thành...",
        "Comparison word exactly as the document says it"))
    value: Decimal | None = Field(None, description=describe(
        "Con số (45 nghĩa là 45% với chỉ tiêu tính bằng %); bỏ trống với chỉ tiêu hoàn thành hoặc xếp loại",
        "The figure (45 means 45% for a percent indicator); none for done or grade indicators"))
    grade: NonEmpty | None = Field(None, description=describe(
        "Mức xếp loại (tiếng Việt, đúng như trong danh mục chỉ tiêu), ví dụ Tốt",
        "The grade (in Vietnamese, as in the indicator's scale), e.g. Tốt"))
    by: Partial | None = Field(None, description=describe(
        "Thời hạn đạt, nếu văn bản ghi (\"đến năm 2030\": 2030)", "When it is due, where stated (\"by 2030\": 2030)"))
    baseline: Baseline | None = Field(None, description=describe(
        "Mức xuất phát, nếu văn bản ghi", "The starting level, where stated"))
    applies_to: Text | None = Field(None, description=describe(
        "Áp dụng cho ai, nếu văn bản nói rõ", "Whom the target applies to, where stated"))
    group: Text | None = Field(None, description=describe("Nhóm chỉ tiêu", "Group of targets"))
    basis: list[Slug] = Field([], description=describe(
        "Mã văn bản giao chỉ tiêu", "Ids of the documents that set the target"))
    note: Text | None = Field(None, description=describe(
        "Ghi chú cho người dân, hiện cạnh tên chỉ tiêu (lời văn bản, phạm vi)",
        "Note for residents, shown beside the target's name (the document's words, its scope)"))
    editor_note: Text | None = Field(None, description=describe(
        "Ghi chú của người nhập liệu (cách ghi nhận chỉ tiêu, chỗ văn bản chưa thống nhất); không hiện trong tên "
        "chỉ tiêu mà trong phần ghi chú của người nhập liệu",
        "The editor's note (how the target was recorded, where the document is inconsistent); never shown in the "
        "target's name, only among the editor's notes"))

    def level(self, indicator: Indicator) -> Decimal:
        """The figure results are compared with: the value, a grade's level, or 1 (done) for a done target."""
        if self.grade is not None:
            return indicator.grade_level(self.grade) or Decimal(0)
        return self.value if self.value is not None else Decimal(1)


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
    name: Text | None = Field(None, description=describe("Tên hình thức, đúng như văn bản ghi; trang ghi lời này",
                                                         "The award as the document words it; the page shows it"))
    by: Text | None = Field(None, description=describe(
        "Ai khen (hoặc xem xét đề xuất), đúng như văn bản ghi (\"Chủ tịch UBND xã\"); trang ghi lời này",
        "Who confers it (or considers the proposal), as the document words it; the page shows these words"))
    collective: Criteria | None = Field(None, description=describe("Tiêu chuẩn với tập thể", "For collectives"))
    individual: Criteria | None = Field(None, description=describe("Tiêu chuẩn với cá nhân", "For individuals"))
    criteria_from: Slug | None = Field(None, description=describe(
        "Mã văn bản quy định tiêu chuẩn, nếu áp dụng theo văn bản khác",
        "Id of the document whose criteria apply, where criteria are by reference"))
    note: Text | None = Field(None, description=describe("Ghi chú", "Note"))
    dossier: Slug | None = Field(None, description=describe("Mã bộ hồ sơ áp dụng", "Id of the dossier that applies"))
    quota: dict[RecipientKindCode, Annotated[int, Field(ge=1, le=100_000)]] = Field({}, description=describe(
        "Số lượng tối đa theo đối tượng (\"không quá 05 tập thể và 10 cá nhân\": {collective: 5, individual: 10})",
        "The most that may be awarded, by recipient (\"at most 5 collectives and 10 individuals\")"))
    prize: dict[RecipientKindCode, Annotated[Decimal, Field(gt=0)]] = Field({}, description=describe(
        "Tiền thưởng (đồng) theo đối tượng, nếu văn bản ghi", "Prize money (VND) by recipient, where stated"))


class Responsibility(Strict):
    """What one unit must do (Tổ chức thực hiện)."""

    unit: Slug | None = Field(None, description=describe("Mã đơn vị", "Id of the unit"))
    who: Text | None = Field(None, description=describe(
        "Ai, đúng như văn bản ghi (bắt buộc nếu không có trong danh mục; có cả unit thì trang ghi lời này)",
        "Who, as the document words it (needed where not a registry unit; with `unit`, the page shows these words)"))
    duties: list[Text] = Field(min_length=1, description=describe("Nhiệm vụ", "Duties"))


Cadence = Literal["monthly", "quarterly", "half_yearly", "yearly"]


class Reporting(Strict):
    """How often results are reported, and to whom."""

    cadence: list[Cadence] = Field(min_length=1, description=describe(
        "monthly, quarterly, half_yearly, yearly", "Reporting cadence"))
    to: Slug | None = Field(None, description=describe("Mã đơn vị nhận báo cáo", "Id of the unit reported to"))
    to_words: Text | None = Field(None, description=describe("Nơi nhận báo cáo, đúng như văn bản ghi",
                                                             "The unit reported to, as the document words it"))
    by: Text | None = Field(None, description=describe("Ai báo cáo", "Who reports"))
    due: list[Deadline] = Field([], description=describe(
        "Hạn nộp báo cáo, chỉ khi văn bản ghi ngày (không suy ra từ kỳ báo cáo)",
        "Report deadlines, only where the document gives dates (never derived from the cadence)"))
    note: list[Text] = Field([], description=describe("Ghi chú", "Notes"))


class Footnote(Strict):
    """A footnote of the document; cite it in a text as [^1]."""

    number: int = Field(ge=1, le=99, description=describe("Số chú thích", "Footnote number"))
    text: Text = Field(description=describe("Nội dung chú thích", "Footnote text"))
    documents: list[Slug] = Field([], description=describe("Mã văn bản được dẫn", "Ids of the documents cited"))

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
    contents: OrUnknown[Annotated[list[Text], Field(min_length=1)]] = Field(description=describe(
        "Nội dung thi đua (hoặc {unknown: not_in_copy, note: …} nếu bản đang có thiếu phần này)",
        "Contents of the campaign (or {unknown: not_in_copy, note: …} where the copy lacks them)"))
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
    citations: list[Citation] = Field([], description=describe(
        "Văn bản được dẫn mà văn bản này ghi cơ quan ban hành khác với danh mục",
        "Cited documents whose issuer this document words otherwise than the registry"))
    published: Full | None = Field(None, description=describe(
        "Ngày đăng lên trang này", "The day this record was first published on this site"))
    updated: Full | None = Field(None, description=describe(
        "Ngày sửa nội dung gần nhất (cho bản tin Atom)", "The day its content last changed (for the Atom feed)"))
    notes: list[Text] = Field([], description=describe(
        "Ghi chú của người nhập liệu về văn bản (chỗ mâu thuẫn, thiếu sót)",
        "Editor's notes on the document (inconsistencies, gaps)"))
