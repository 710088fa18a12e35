"""The law's catalogues, as data: kinds of documents, emulation titles and forms of commendation, recipients.

Sources:
- Decree 30/2020/NĐ-CP, Article 7 and Appendix III: the 29 kinds of administrative documents and their
  abbreviations (Nghị quyết (cá biệt), Quyết định (cá biệt), Chỉ thị, … Thư công).
- The Law on Promulgation of Legal Documents: the kinds of legal normative documents (Hiến pháp, Luật,
  Pháp lệnh, Nghị định, Thông tư, …).
- Regulation 66-QĐ/TW and Guidance 36-HD/VPTW: the documents of Party committees ("27-CT/TU").
- The Law on Emulation and Commendation 2022 (Articles 23 and 33) and Decree 98/2023/NĐ-CP: emulation
  titles for individuals, collectives, households and villages/residential groups, and forms of commendation.

Each entry has its Vietnamese and English name: the glossary page lists them, and pages name a kind from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError


@dataclass(frozen=True)
class Kind:
    """One entry of a catalogue: its code in records, its names, and where the law puts it."""

    code: str
    vi: str
    en: str
    abbreviation: str = ""
    group: str = ""                           # the catalogue's own grouping (e.g. "administrative", "party")
    recipients: tuple[str, ...] = ()          # for awards: who may receive it


# --- Documents ----------------------------------------------------------------------------------------

ADMINISTRATIVE, LEGAL, PARTY, OTHER = "administrative", "legal", "party", "other"

DOCUMENT_KINDS: tuple[Kind, ...] = (
    # Decree 30/2020/NĐ-CP, Article 7, in its order
    Kind("resolution", "Nghị quyết", "Resolution", "NQ", ADMINISTRATIVE),
    Kind("decision", "Quyết định", "Decision", "QĐ", ADMINISTRATIVE),
    Kind("directive", "Chỉ thị", "Directive", "CT", ADMINISTRATIVE),
    Kind("rules", "Quy chế", "Rules", "QC", ADMINISTRATIVE),
    Kind("regulation", "Quy định", "Regulation", "QyĐ", ADMINISTRATIVE),
    Kind("communique", "Thông cáo", "Communiqué", "TC", ADMINISTRATIVE),
    Kind("notice", "Thông báo", "Notice", "TB", ADMINISTRATIVE),
    Kind("guidance", "Hướng dẫn", "Guidance", "HD", ADMINISTRATIVE),
    Kind("programme", "Chương trình", "Programme", "CTr", ADMINISTRATIVE),
    Kind("plan", "Kế hoạch", "Plan", "KH", ADMINISTRATIVE),
    Kind("action_plan", "Phương án", "Action plan", "PA", ADMINISTRATIVE),
    Kind("scheme", "Đề án", "Scheme", "ĐA", ADMINISTRATIVE),
    Kind("project", "Dự án", "Project", "DA", ADMINISTRATIVE),
    Kind("report", "Báo cáo", "Report", "BC", ADMINISTRATIVE),
    Kind("minutes", "Biên bản", "Minutes", "BB", ADMINISTRATIVE),
    Kind("submission", "Tờ trình", "Submission", "TTr", ADMINISTRATIVE),
    Kind("contract", "Hợp đồng", "Contract", "HĐ", ADMINISTRATIVE),
    Kind("official_letter", "Công văn", "Official letter", "", ADMINISTRATIVE),
    Kind("official_dispatch", "Công điện", "Official dispatch", "CĐ", ADMINISTRATIVE),
    Kind("memorandum", "Bản ghi nhớ", "Memorandum of understanding", "GN", ADMINISTRATIVE),
    Kind("agreement", "Bản thỏa thuận", "Agreement", "TTh", ADMINISTRATIVE),
    Kind("power_of_attorney", "Giấy ủy quyền", "Power of attorney", "GUQ", ADMINISTRATIVE),
    Kind("invitation", "Giấy mời", "Invitation", "GM", ADMINISTRATIVE),
    Kind("letter_of_introduction", "Giấy giới thiệu", "Letter of introduction", "GGT", ADMINISTRATIVE),
    Kind("leave_permit", "Giấy nghỉ phép", "Leave permit", "NP", ADMINISTRATIVE),
    Kind("dispatch_note", "Phiếu gửi", "Dispatch note", "PG", ADMINISTRATIVE),
    Kind("transfer_note", "Phiếu chuyển", "Transfer note", "PC", ADMINISTRATIVE),
    Kind("notification_slip", "Phiếu báo", "Notification slip", "PB", ADMINISTRATIVE),
    Kind("public_letter", "Thư công", "Public letter", "", ADMINISTRATIVE),
    # Legal normative documents (resolutions and decisions are also of this system)
    Kind("constitution", "Hiến pháp", "Constitution", "", LEGAL),
    Kind("code", "Bộ luật", "Code", "", LEGAL),
    Kind("law", "Luật", "Law", "QH", LEGAL),
    Kind("ordinance", "Pháp lệnh", "Ordinance", "PL", LEGAL),
    Kind("order", "Lệnh", "Order", "L", LEGAL),
    Kind("decree", "Nghị định", "Decree", "NĐ", LEGAL),
    Kind("circular", "Thông tư", "Circular", "TT", LEGAL),
    Kind("joint_circular", "Thông tư liên tịch", "Joint circular", "TTLT", LEGAL),
    Kind("joint_resolution", "Nghị quyết liên tịch", "Joint resolution", "NQLT", LEGAL),
    # Documents of Party committees that the state's catalogue lacks
    Kind("conclusion", "Kết luận", "Conclusion", "KL", PARTY),
    Kind("party_instruction", "Thông tri", "Instruction", "TT", PARTY),
    Kind("statute", "Điều lệ", "Statute", "", PARTY),
    # What emulation plans are also issued as
    Kind("launch_notice", "Phát động", "Launch notice", "PĐ", OTHER),
)

# --- Emulation titles and forms of commendation --------------------------------------------------------

INDIVIDUAL, COLLECTIVE, HOUSEHOLD, VILLAGE = "individual", "collective", "household", "village"
RECIPIENT_KINDS: tuple[Kind, ...] = (
    Kind(INDIVIDUAL, "cá nhân", "individual"),
    Kind(COLLECTIVE, "tập thể", "collective"),
    Kind(HOUSEHOLD, "hộ gia đình", "household"),
    Kind(VILLAGE, "thôn, tổ dân phố", "village or residential group"),
)
ANYONE = (INDIVIDUAL, COLLECTIVE, HOUSEHOLD, VILLAGE)
TITLE, FORM, PROPOSAL = "emulation_title", "commendation_form", "proposal"

AWARD_KINDS: tuple[Kind, ...] = (
    # Emulation titles (danh hiệu thi đua), Law on Emulation and Commendation 2022, Article 23
    Kind("emulation_flag", "Cờ thi đua", "Emulation Flag", "", TITLE, (COLLECTIVE,)),
    Kind("emulation_fighter", "Chiến sĩ thi đua", "Emulation Fighter", "", TITLE, (INDIVIDUAL,)),
    Kind("advanced_worker", "Lao động tiên tiến / Chiến sĩ tiên tiến", "Advanced Worker / Advanced Soldier",
         "", TITLE, (INDIVIDUAL,)),
    Kind("excellent_collective", "Tập thể lao động xuất sắc / Đơn vị quyết thắng",
         "Excellent Labour Collective / Determined-to-Win Unit", "", TITLE, (COLLECTIVE,)),
    Kind("advanced_collective", "Tập thể lao động tiên tiến / Đơn vị tiên tiến",
         "Advanced Labour Collective / Advanced Unit", "", TITLE, (COLLECTIVE,)),
    Kind("household_title", "Danh hiệu thi đua của hộ gia đình", "Emulation title for households",
         "", TITLE, (HOUSEHOLD,)),
    Kind("village_title", "Danh hiệu thi đua của thôn, tổ dân phố",
         "Emulation title for villages and residential groups", "", TITLE, (VILLAGE,)),
    # Forms of commendation (hình thức khen thưởng), Article 33
    Kind("order", "Huân chương", "Order", "", FORM, (INDIVIDUAL, COLLECTIVE)),
    Kind("medal", "Huy chương", "Medal", "", FORM, (INDIVIDUAL,)),
    Kind("honorary_title", "Danh hiệu vinh dự nhà nước", "State honorary title", "", FORM, (INDIVIDUAL, COLLECTIVE)),
    Kind("state_prize", "Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước", "Hồ Chí Minh Prize or State Prize",
         "", FORM, (INDIVIDUAL, COLLECTIVE)),
    Kind("commemorative_medal", "Kỷ niệm chương", "Commemorative medal", "", FORM, (INDIVIDUAL,)),
    Kind("certificate_of_merit", "Bằng khen", "Certificate of Merit", "", FORM, ANYONE),
    Kind("certificate_of_commendation", "Giấy khen", "Certificate of Commendation", "", FORM, ANYONE),
    # What a plan may offer besides: a proposal to a higher level, or a prize of its own contest
    Kind("proposal", "Đề xuất cấp trên khen thưởng", "Proposal for commendation by a higher level",
         "", PROPOSAL, ANYONE),
    Kind("contest_prize", "Giải thưởng của cuộc thi", "Contest prize", "", PROPOSAL, ANYONE),
)

DOCUMENT_KIND = {k.code: k for k in DOCUMENT_KINDS}
AWARD_KIND = {k.code: k for k in AWARD_KINDS}
RECIPIENT_KIND = {k.code: k for k in RECIPIENT_KINDS}


def catalogue_field(catalogue: dict[str, Kind], what_vi: str, what_en: str) -> Any:
    """A text field that takes one code of `catalogue`; editors offer the codes, a wrong one lists them."""
    codes = tuple(catalogue)

    def check(value: Any) -> str:
        if isinstance(value, str) and value in catalogue:
            return value
        expected = ", ".join(f"'{code}'" for code in codes)
        raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": expected})

    listing = "; ".join(f"{k.code} ({k.vi})" for k in catalogue.values())
    return Annotated[str, PlainValidator(check), PlainSerializer(str), WithJsonSchema({
        "type": "string", "enum": list(codes),
        "description": f"{what_vi}: {listing} / {what_en}"})]


if TYPE_CHECKING:                              # to a type checker, a code is text
    DocumentKindCode: TypeAlias = str
    AwardKindCode: TypeAlias = str
    RecipientKindCode: TypeAlias = str
else:
    DocumentKindCode = catalogue_field(DOCUMENT_KIND, "Loại văn bản (Nghị định 30/2020/NĐ-CP)",
                                       "Kind of document (Decree 30/2020/NĐ-CP)")
    AwardKindCode = catalogue_field(
        AWARD_KIND, "Loại danh hiệu hoặc hình thức khen thưởng (Luật Thi đua, khen thưởng 2022)",
        "Kind of emulation title or form of commendation (Law on Emulation and Commendation 2022)")
    RecipientKindCode = catalogue_field(RECIPIENT_KIND, "Đối tượng được khen", "Who receives it")
