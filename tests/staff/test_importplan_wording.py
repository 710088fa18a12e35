"""Rules of how a plan words what it cites and reads its parts (Decree 30/2020), on sentences not from the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.staff.importplan import draft_text

ROOT = Path(__file__).resolve().parents[2]

PLAN = """\
Số: /KH-UBND

Chi Lăng, ngày tháng 3 năm 2027

KẾ HOẠCH

Phát động phong trào thi đua “Thử nghiệm cách gọi văn bản”

Thực hiện Kế hoạch số 77/KH-UBND ngày 02/02/2027 của UBND tỉnh về phát động thi đua năm 2027; \
Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát \
thủ tục hành chính. UBND xã Chi Lăng ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao chất lượng phục vụ người dân.

II. NỘI DUNG THI ĐUA

1. Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.

2. Tỷ lệ thanh toán trực tuyến phí dịch vụ nước sạch bảo đảm đạt trên 50%.

III. THỜI GIAN THI ĐUA

Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2027.

IV. TỔ CHỨC THỰC HIỆN

1. Công an xã có trách nhiệm phối hợp tuyên truyền.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Thử
"""


def draft_of(tmp_path: Path, text: str) -> dict[str, Any]:
    """The draft of a plan given as text."""
    source = tmp_path / "ke-hoach.txt"
    source.write_text(text, encoding="utf-8")
    draft: dict[str, Any] = yaml.safe_load(draft_text(source, ROOT / "campaigns", "2027-thu")[1])
    return draft


def test_a_cited_issuer_is_kept_as_the_plan_words_it_unless_it_is_the_registrys_own_name(tmp_path: Path) -> None:
    """"của UBND tỉnh" is the plan's short wording: a `citations` entry; "của Văn phòng Chính phủ" is the registry's
    full name (and "hướng dẫn" begins the subject, not the issuer): no entry needed."""
    draft = draft_of(tmp_path, PLAN)
    assert draft["citations"] == [{"document": "kh-77-2027", "issuer": {"vi": "UBND tỉnh", "en": draft[
        "citations"][0]["issuer"]["en"]}}]


def test_a_new_cited_document_is_cited_by_the_draft_too(tmp_path: Path) -> None:
    """The document the plan implements is new to the registry: the draft still says it implements it, by the id
    its drafted registry entry gets; one the registry has is a reference."""
    draft = draft_of(tmp_path, PLAN)
    assert draft["implements"] == ["kh-77-2027"]
    assert "tt-02-2017-vpcp" in draft["references"]


def test_a_target_keeps_its_indicator_in_the_plans_words_when_they_differ_from_the_registry() -> None:
    """"Tỷ lệ thanh toán trực tuyến phí dịch vụ ... đạt trên 50%": the registry's indicator begins the phrase, and the
    plan's longer words are its `name`, without quotes or the verb before the figure; the registry's own name needs
    no `name`."""
    from generator.staff.importplan.draft_body import indicator_words
    from generator.staff.importplan.registry import load_registry
    from generator.staff.importplan.targets import find_targets
    registry = load_registry(ROOT / "campaigns" / "registry")
    text = ("Phấn đấu “Tỷ lệ thanh toán trực tuyến phí dịch vụ nước sạch” bảo đảm đạt trên 50%; "
            "tỷ lệ thanh toán trực tuyến đạt 60%.")
    longer, same = find_targets(text, registry.indicators)
    assert longer.indicator == same.indicator == "ty-le-thanh-toan-truc-tuyen"
    assert indicator_words(longer.phrase) == "Tỷ lệ thanh toán trực tuyến phí dịch vụ nước sạch"
    assert indicator_words(same.phrase) == "tỷ lệ thanh toán trực tuyến"


def test_the_drafted_target_carries_the_plans_name_only_where_it_differs(tmp_path: Path) -> None:
    first, second = draft_of(tmp_path, PLAN)["targets"]
    assert "name" not in first and first["value"] == 60
    assert second["name"]["vi"] == "Tỷ lệ thanh toán trực tuyến phí dịch vụ nước sạch" and second["value"] == 50


def test_the_issuers_own_units_are_found_as_it_names_them_and_nothing_else() -> None:
    """A body names its own units without the place it shares with them; another body's unit, or a name that is
    not the start of one of its units' names, is never taken."""
    from generator.staff.importplan.registry import load_registry
    registry = load_registry(ROOT / "campaigns" / "registry")
    assert registry.own_unit("Trung tâm Cung ứng dịch vụ sự nghiệp công xã", "ubnd-xa-chi-lang") == \
        "tt-cung-ung-dvsnc-xa-chi-lang"
    assert registry.own_unit("Văn phòng Sở", "so-gtvt-lang-son") == "van-phong-so-gtvt-lang-son"
    assert registry.own_unit("Công an xã", "ubnd-xa-khanh-khe") is None            # not a unit of that commune
    assert registry.own_unit("Ủy ban Mặt trận Tổ quốc xã", "ubnd-xa-chi-lang") is None   # not its name's start
    assert registry.own_unit("Công an xã", None) is None


def test_a_self_naming_issuer_is_made_whole_with_the_documents_place(tmp_path: Path) -> None:
    """"UBND xã ban hành" and a title "trên địa bàn xã Chi Lăng": the commune's committee; without the place, or
    with a place the registry lacks, the issuer stays a TODO."""
    plan = PLAN.replace("UBND xã Chi Lăng ban hành", "UBND xã ban hành").replace(
        "“Thử nghiệm cách gọi văn bản”", "“Thử nghiệm” trên địa bàn xã Chi Lăng")
    assert draft_of(tmp_path, plan)["document"]["issuer"] == "ubnd-xa-chi-lang"
    elsewhere = plan.replace("xã Chi Lăng", "xã Hòa Bình")
    assert str(draft_of(tmp_path, elsewhere)["document"]["issuer"]).startswith("TODO")
    another = plan.replace("UBND xã ban hành kế hoạch như sau", "Kế hoạch như sau, theo quy chế do UBND xã ban hành")
    assert str(draft_of(tmp_path, another)["document"]["issuer"]).startswith("TODO")     # about another document


def test_a_list_of_targets_is_cut_only_where_the_next_indicator_begins() -> None:
    """An indicator's own name may hold a comma ("thanh toán trực tuyến phí, lệ phí"); a list is cut where the next
    target's head word ("tỷ lệ", "mức độ") follows, or at a full stop."""
    from generator.staff.importplan.registry import load_registry
    from generator.staff.importplan.targets import find_targets
    registry = load_registry(ROOT / "campaigns" / "registry")
    text = ("Phấn đấu năm 2028: tỷ lệ thanh toán trực tuyến phí, lệ phí cấp phép xây dựng đạt 70%, tỷ lệ hồ sơ xử lý "
            "trực tuyến đạt trên 85%. Mức độ hài lòng của người dân, tổ chức đạt từ 95% trở lên.")
    fee, online, pleased = find_targets(text, registry.indicators)
    assert fee.phrase == "tỷ lệ thanh toán trực tuyến phí, lệ phí cấp phép xây dựng"
    assert (fee.indicator, online.indicator, pleased.indicator) == (
        "ty-le-thanh-toan-truc-tuyen", "ty-le-ho-so-xu-ly-truc-tuyen", "muc-do-hai-long")
    assert pleased.phrase == "Mức độ hài lòng của người dân, tổ chức"


def test_a_period_run_into_its_bold_heading_is_read(tmp_path: Path) -> None:
    """"**2. Thời gian thi đua:** Từ ngày ... đến hết ngày ...": a short bold heading that runs its content in."""
    plan = PLAN.replace("Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2027.\n", "").replace(
        "III. THỜI GIAN THI ĐUA\n", "**2. Thời gian thi đua:** Từ ngày 01/4/2027 đến hết ngày 30/9/2027.\n")
    period = draft_of(tmp_path, plan)["period"]
    assert (str(period["starts"]), str(period["ends"])) == ("2027-04-01", "2027-09-30")


def test_the_reporting_section_keeps_who_reports_and_its_words(tmp_path: Path) -> None:
    """"5. Chế độ báo cáo" - "Các phòng, ban chuyên môn định kỳ 6 tháng, năm báo cáo ...": who reports is the
    subject before "định kỳ"; the section's paragraphs are the reporting notes, not left over as TODOs."""
    plan = PLAN.replace("KT. CHỦ TỊCH", "2. Chế độ báo cáo\n\nCác phòng, ban chuyên môn định kỳ 6 tháng, năm báo cáo "
                        "kết quả về Công an xã để tổng hợp.\n\nKT. CHỦ TỊCH")
    draft = draft_of(tmp_path, plan)
    reporting = draft["reporting"]
    assert reporting["cadence"] == ["half_yearly", "yearly"] and reporting["to"] == "cong-an-xa-chi-lang"
    assert reporting["by"]["vi"] == "Các phòng, ban chuyên môn"
    assert reporting["note"][0]["vi"].startswith("Các phòng, ban chuyên môn định kỳ")
    assert not any("Các phòng, ban chuyên môn" in note["vi"] for note in draft["notes"])


def test_the_body_above_is_named_by_its_level_and_a_position_by_its_body() -> None:
    """"UBND huyện" in a commune's plan is the district above it; "Chủ tịch UBND xã" holds office in the commune's
    committee; a level the issuer has no unit above at stays unknown."""
    from generator.staff.importplan.duties import POSITION
    from generator.staff.importplan.registry import load_registry
    registry = load_registry(ROOT / "campaigns" / "registry")
    assert registry.own_unit("UBND huyện", "ubnd-xa-khanh-khe") == "ubnd-huyen-van-quan"
    assert registry.own_unit("UBND tỉnh", "ubnd-xa-khanh-khe") == "ubnd-tinh-lang-son"
    assert registry.own_unit("UBND huyện", "ubnd-xa-chi-lang") is None          # under the province since 2025
    assert registry.own_unit(POSITION.sub("", "Phó Chủ tịch UBND xã"), "ubnd-xa-chi-lang") == "ubnd-xa-chi-lang"


def test_a_submission_names_its_receiver_as_its_own_unit_and_says_why(tmp_path: Path) -> None:
    """"Hồ sơ ... nộp về Công an xã (bộ phận tổng hợp) để tổng hợp, trình Hội đồng trước ngày ...": the receiver
    is the issuer's unit, the bracket its note, the "để" clause the purpose (the time not in it)."""
    plan = PLAN.replace("KT. CHỦ TỊCH", "V. KHEN THƯỞNG\n\n1. Giấy khen của Chủ tịch UBND xã\n\nHồ sơ đề nghị khen "
                        "thưởng nộp về Công an xã (bộ phận tổng hợp) để tổng hợp, trình Hội đồng trước ngày "
                        "15/12/2027.\n\nKT. CHỦ TỊCH")
    (submission,) = draft_of(tmp_path, plan)["submissions"]
    assert submission["to"] == "cong-an-xa-chi-lang" and submission["to_note"]["vi"] == "bộ phận tổng hợp"
    assert submission["purpose"]["vi"] == "để tổng hợp, trình Hội đồng"
    assert submission["closes"] == {"date": __import__("datetime").date(2027, 12, 15), "rule": "before"}


def test_a_responsibility_is_headed_as_the_plan_names_its_unit(tmp_path: Path) -> None:
    """"Công an xã có trách nhiệm ...": the unit, and `who` in the plan's words with its level word, which is not
    left at the start of the duty."""
    plan = PLAN.replace("1. Công an xã có trách nhiệm phối hợp tuyên truyền.",
                        "1. Công an xã có trách nhiệm bảo đảm an ninh tại Trung tâm.")
    (entry,) = draft_of(tmp_path, plan)["responsibilities"]
    assert entry["unit"] == "cong-an-xa-chi-lang" and entry["who"]["vi"] == "Công an xã"
    assert entry["duties"][0]["vi"].startswith("Có trách nhiệm bảo đảm an ninh")


def test_an_award_line_gives_its_form_who_confers_it_and_its_words(tmp_path: Path) -> None:
    """"Bằng khen của Giám đốc Công an tỉnh cho tập thể ...": the form's name stops before "cho" / "đối với", who
    confers it follows "của", and the whole line is the award's note; a form named without its place takes the
    issuer's."""
    plan = PLAN.replace("KT. CHỦ TỊCH", "V. KHEN THƯỞNG\n\nGiấy khen của Chủ tịch UBND xã cho tập thể, cá nhân có "
                        "nhiều sáng kiến trong chuyển đổi số.\n\nKT. CHỦ TỊCH")
    (award,) = draft_of(tmp_path, plan)["awards"]
    assert award["form"] == "giay-khen-chu-tich-ubnd-xa-chi-lang"
    assert award["by"]["vi"] == "Chủ tịch UBND xã"
    assert award["note"]["vi"].startswith("Giấy khen của Chủ tịch UBND xã cho tập thể, cá nhân")


def test_a_figure_first_target_keeps_its_sentence_as_its_note(tmp_path: Path) -> None:
    """"100% hộ kinh doanh được hướng dẫn ...": no indicator is named, so the sentence is the target's note; a
    target that names its indicator gets none."""
    plan = PLAN.replace("1. Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.",
                        "1. Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên; 100% hộ kinh doanh được hướng dẫn "
                        "thanh toán không dùng tiền mặt.")
    named, figure_first = draft_of(tmp_path, plan)["targets"][:2]
    assert "note" not in named
    assert figure_first["value"] == 100 and figure_first["indicator"].startswith("TODO")
    assert figure_first["note"]["vi"] == "100% hộ kinh doanh được hướng dẫn thanh toán không dùng tiền mặt."


def test_a_figure_that_begins_a_list_member_mid_clause_is_a_target() -> None:
    """"Phấn đấu trường tiểu học, 80% trường mầm non được ...": the figure starts the second member of the list."""
    from generator.staff.importplan.targets import find_figure_first
    _, found = find_figure_first("Phấn đấu trường tiểu học, 80% trường mầm non của mỗi xã được trang bị máy tính; "
                                 "giữ 2, 3 lớp học.", {})
    (target,) = found
    assert target.value == 80 and target.phrase == "80% trường mầm non của mỗi xã được trang bị máy tính"
    assert target.word == "" and target.indicator is None             # no comparison word: the draft asks for one
