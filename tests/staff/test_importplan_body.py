"""What the body is drafted into: cited documents, targets (word, figure, unit, indicator), the period."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from generator.staff.importplan.citations import find_citations
from generator.staff.importplan.period import read_period
from generator.staff.importplan.registry import load_registry
from generator.staff.importplan.targets import find_targets

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = load_registry(ROOT / "campaigns" / "registry")


def test_a_cited_document_is_read_whole_and_matched_to_the_registry() -> None:
    text = ("Thực hiện Kế hoạch số 185/KH-UBND, ngày 12/6/2024 của UBND huyện Văn Quan về Phát động đợt thi đua; "
            "theo mẫu số 08 ban hành kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.")
    first, second = find_citations(text, REGISTRY.documents)
    assert (first.kind, first.number, first.date, first.issuer, first.found) == (
        "plan", "185/KH-UBND", "12/6/2024", "UBND huyện Văn Quan", "kh-185-2024-van-quan")
    assert first.subject.startswith("Phát động đợt thi đua")
    assert (second.kind, second.found) == ("decree", "nd-98-2023")


def test_a_document_the_registry_lacks_is_not_matched_by_number_alone() -> None:
    """Same number and symbol, another year: a new document, proposed, never taken for the registered one."""
    (cited,) = find_citations("Căn cứ Kế hoạch số 185/KH-UBND ngày 12/6/2023 của UBND huyện.", REGISTRY.documents)
    assert cited.found is None and cited.number == "185/KH-UBND"


@pytest.mark.parametrize(("text", "word", "value", "unit"), [
    ("tỷ lệ thanh toán trực tuyến đạt trên 45%", "trên", "45", "percent"),
    ("tỷ lệ hồ sơ xử lý trực tuyến đạt từ 90%", "đạt từ", "90", "percent"),
    ("tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt từ 98% trở lên", "đạt từ … trở lên", "98", "percent"),
    ("tỷ lệ hồ sơ xử lý trực tuyến từ 90% trở lên", "từ … trở lên", "90", "percent"),
    ("mức độ hài lòng tối thiểu 90%", "tối thiểu", "90", "percent"),
    ("tỷ lệ thanh toán trực tuyến đạt 100%", "đạt", "100", "percent"),
    ("số lần tuyên truyền mỗi thôn ít nhất 01 lần/tháng", "ít nhất", "1", "times_per_month"),
    ("tỷ lệ thanh toán trực tuyến đạt 12,5%", "đạt", "12.5", "percent"),
])
def test_targets_keep_the_documents_comparison_word(text: str, word: str, value: str, unit: str) -> None:
    (target,) = find_targets(text, REGISTRY.indicators)
    assert (target.word, target.value, target.unit) == (word, Decimal(value), unit)


def test_an_indicator_is_chosen_only_by_its_whole_name_and_near_ones_are_proposed() -> None:
    (exact,) = find_targets("tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia đạt trên 45%",
                            REGISTRY.indicators)
    assert (exact.indicator, exact.proposals) == ("ty-le-thanh-toan-truc-tuyen", [])
    (near,) = find_targets("tỷ lệ thanh toán trưc tuyen đạt trên 45%", REGISTRY.indicators)
    assert near.indicator is None and "ty-le-thanh-toan-truc-tuyen" in near.proposals


def test_footnote_marks_give_a_target_its_basis() -> None:
    text = "tỷ lệ A đạt trên 90%; tỷ lệ thanh toán trực tuyến đạt trên 45%[^2]; tỷ lệ B đạt trên 99% theo kế hoạch[^4]."
    first, second, third = find_targets(text, REGISTRY.indicators)
    assert (first.footnotes, second.footnotes, third.footnotes) == ([2], [2], [4])   # a clause's own, else the next


@pytest.mark.parametrize(("text", "want"), [
    ("Thời gian thi đua thực hiện từ ngày ban hành Kế hoạch đến hết ngày 31/12/2024.",
     {"starts_at_issuance": True, "ends": "2024-12-31"}),
    ("Thời gian: 150 ngày, từ ngày 20/4/2024 đến hết ngày 20/9/2024.",
     {"starts": "2024-04-20", "ends": "2024-09-20", "stated_days": 150}),
    ("Từ tháng 6/2026 đến hết tháng 12/2026.", {"starts": "2026-06", "ends": "2026-12"}),
    ("Từ ngày 06/6/2024 đến ngày 31/12/2024", {"starts": "2024-06-06", "ends": "2024-12-31"}),
    ("Thời gian thi đua: trong năm.", None),
])
def test_the_period_in_its_forms(text: str, want: dict[str, object] | None) -> None:
    assert read_period(text) == want
