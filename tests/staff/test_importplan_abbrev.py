"""Unit names written short (Decree 30/2020 usage) are matched after expansion on both sides; near ones are not."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from generator.staff.importplan.abbrev import expanded
from generator.staff.importplan.awards import form_of_home, sentences
from generator.staff.importplan.draft import Context, recipient
from generator.staff.importplan.memory import Memory
from generator.staff.importplan.proposals import PROPOSE, form_for
from generator.staff.importplan.registry import Registry, load_registry
from generator.staff.importplan.targets import find_targets
from tests.staff.test_importplan_wording import PLAN, draft_of

REGISTRY = """\
units:
  - id: ubnd-huyen-meo-vac
    name: {vi: Ủy ban nhân dân huyện Mèo Vạc, en: Mèo Vạc District People's Committee}
    short: {vi: UBND huyện Mèo Vạc, en: Mèo Vạc District People's Committee}
  - id: so-tnmt-ha-giang
    name: {vi: Sở Tài nguyên và Môi trường tỉnh Hà Giang, en: Hà Giang Department of Natural Resources}
    short: {vi: Sở TN&MT, en: Department of Natural Resources}
  - id: hd-tdkt-huyen-meo-vac
    name: {vi: Hội đồng Thi đua - Khen thưởng huyện Mèo Vạc, en: Mèo Vạc District Emulation Council}
    parent: ubnd-huyen-meo-vac
  - id: ubnd-xa-pai-lung
    name: {vi: Ủy ban nhân dân xã Pải Lủng, en: Pải Lủng Commune People's Committee}
    parent: ubnd-huyen-meo-vac
award_forms:
  - id: giay-khen-chu-tich-ubnd-huyen-meo-vac
    name: {vi: Giấy khen của Chủ tịch UBND huyện Mèo Vạc, en: Certificate of the District Chairman}
  - id: de-nghi-hd-tdkt-huyen-meo-vac
    name: {vi: Đề nghị Hội đồng Thi đua - Khen thưởng huyện Mèo Vạc xem xét khen thưởng, en: Nomination to the council}
  - id: de-xuat-cap-co-tham-quyen
    name: {vi: Đề xuất cấp có thẩm quyền khen thưởng, en: Proposal to the competent level}
"""


def registry(tmp_path: Path) -> Registry:
    """A small registry of places not in the seeds."""
    (tmp_path / "units.yaml").write_text(REGISTRY, encoding="utf-8")
    return load_registry(tmp_path)


def test_abbreviations_are_written_out_the_same_way_on_both_sides() -> None:
    assert expanded("Sở TN&MT") == expanded("Sở Tài nguyên và Môi trường") == "sở tài nguyên và môi trường"
    assert expanded("Hội đồng TĐKT huyện") == "hội đồng thi đua - khen thưởng huyện"
    assert expanded("Uỷ ban nhân dân (UBND) xã") == "ủy ban nhân dân (ủy ban nhân dân) xã"
    assert expanded("tình hình KT-XH, TTHC") == "tình hình kinh tế - xã hội, thủ tục hành chính"


def test_a_unit_written_short_is_found_only_by_its_exact_name_after_expansion(tmp_path: Path) -> None:
    units = registry(tmp_path)
    assert units.unit("Sở Tài nguyên và Môi trường") == "so-tnmt-ha-giang"          # the short name, written out
    assert units.unit("Hội đồng TĐKT huyện Mèo Vạc") == "hd-tdkt-huyen-meo-vac"
    assert units.unit("Uỷ ban nhân dân huyện Mèo Vạc") == "ubnd-huyen-meo-vac"       # old tone placement
    assert units.unit("Hội đồng TĐKT huyện Mèo") is None                              # near: never chosen
    assert "hd-tdkt-huyen-meo-vac" in units.near_units("Hội đồng TĐKT huyện Mèo")


def test_an_award_form_named_by_level_takes_the_place_of_the_issuer_or_a_body_above(tmp_path: Path) -> None:
    ctx = Context(cast(Any, None), Memory(), registry(tmp_path))
    assert form_of_home("Giấy khen của Chủ tịch UBND huyện", ctx) is None              # no issuer: no place
    ctx.issuer = "ubnd-xa-pai-lung"
    assert form_of_home("Giấy khen của Chủ tịch UBND huyện", ctx) == "giay-khen-chu-tich-ubnd-huyen-meo-vac"
    assert form_of_home("Giấy khen của Chủ tịch UBND xã", ctx) is None                 # no such form
    assert form_of_home("Giấy khen của Chủ tịch UBND", ctx) is None                    # no level named


def test_standards_run_on_in_one_paragraph_are_one_criterion_a_sentence() -> None:
    text = "Hoàn thành tốt nhiệm vụ tại TP. Hà Giang. Có ít nhất 02 sáng kiến được công nhận. theo mục 3."
    assert sentences(text) == ["Hoàn thành tốt nhiệm vụ tại TP. Hà Giang.",
                               "Có ít nhất 02 sáng kiến được công nhận. theo mục 3."]
    assert sentences("Một tiêu chuẩn duy nhất, không cắt.") == ["Một tiêu chuẩn duy nhất, không cắt."]


def test_a_recipient_line_to_a_bodys_members_is_tied_to_that_body(tmp_path: Path) -> None:
    ctx = Context(cast(Any, None), Memory(), registry(tmp_path))
    line = recipient("Các thành viên Hội đồng TĐKT huyện Mèo Vạc", cast(Any, None), ctx)
    assert line.extra == {"unit": "hd-tdkt-huyen-meo-vac"} and line.vi.startswith("Các thành viên")
    assert not recipient("Thường trực Hội đồng TĐKT huyện Mèo", cast(Any, None), ctx).extra


def test_a_rate_written_without_its_percent_sign_keeps_the_documents_words() -> None:
    (bare,) = find_targets("Tỷ lệ hộ gia đình dùng nước sạch đạt 95.", {})
    assert bare.written == "đạt 95" and bare.value == 95
    (marked,) = find_targets("Tỷ lệ hộ gia đình dùng nước sạch đạt từ 95% trở lên.", {})
    assert marked.written == ""
    (count,) = find_targets("Số buổi tập huấn cho thôn bản ít nhất 02 lần/tháng.", {})
    assert count.written == ""


def test_targets_keep_the_order_the_paragraph_gives_them(tmp_path: Path) -> None:
    plan = PLAN.replace("1. Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.",
                        "1. 100% trạm y tế xã được kết nối mạng; tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.")
    first, second = draft_of(tmp_path, plan)["targets"][:2]
    assert first["value"] == 100 and first["indicator"].startswith("TODO")      # the figure-first one, written first
    assert second["value"] == 60


def test_a_nomination_to_a_body_is_its_registry_proposal_form_when_exactly_one_names_it(tmp_path: Path) -> None:
    ctx = Context(cast(Any, None), Memory(), registry(tmp_path))
    text = "Các đơn vị lập hồ sơ gửi về Hội đồng TĐKT của huyện để xem xét, quyết định khen thưởng theo quy định."
    assert (words := PROPOSE.search(text)) is not None and words["to"] == "Hội đồng TĐKT của huyện"
    assert form_for("Hội đồng TĐKT của huyện", ctx) is None                  # no issuer: "của huyện" is no one
    ctx.issuer = "ubnd-huyen-meo-vac"
    assert form_for("Hội đồng TĐKT của huyện", ctx) == "de-nghi-hd-tdkt-huyen-meo-vac"
    ctx.issuer = "ubnd-xa-pai-lung"
    assert form_for("Hội đồng TĐKT huyện", ctx) == "de-nghi-hd-tdkt-huyen-meo-vac"   # the place of the body above
    assert form_for("Hội đồng TĐKT của xã", ctx) is None                     # the commune's council: no such form
    assert form_for("cấp có thẩm quyền", ctx) is None                        # names no registry unit


def test_an_unmarked_case_after_the_standards_is_their_note_not_one_more(tmp_path: Path) -> None:
    plan = PLAN.replace("KT. CHỦ TỊCH", "V. KHEN THƯỞNG\n\nGiấy khen của Chủ tịch UBND xã:\n\n- Đối với cá nhân:\n\n"
                        "- Hoàn thành xuất sắc nhiệm vụ được giao trong năm.\n\n"
                        "Trường hợp cá nhân là công chức thì phải được xếp loại hoàn thành tốt nhiệm vụ.\n\n"
                        "KT. CHỦ TỊCH")
    (award,) = draft_of(tmp_path, plan)["awards"]
    assert [i["vi"] for i in award["individual"]["items"]] == ["Hoàn thành xuất sắc nhiệm vụ được giao trong năm."]
    assert award["individual"]["note"]["vi"].startswith("Trường hợp cá nhân là công chức")
