"""The page shows the document's own words for its targets and awarding bodies; the registry only links them."""

from pathlib import Path

import pytest

from generator.compute.awards import award_view
from generator.compute.campaign import compute_campaign
from generator.compute.print import PrintTarget, print_view
from generator.compute.targets import target_view
from generator.validate.catalog import Catalog
from tests.conftest import context
from tests.validate.test_catalog import check_edited, line_of, located

LANG_SON = "2024-lang-son-hien-dai-hoa-mot-cua"
CHI_LANG = "2026-chi-lang-dich-vu-cong-truc-tuyen"
PAYMENT_PLANS = ["2024-khanh-khe-thanh-toan-truc-tuyen", "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen",
                 "2024-so-nnptnt-lang-son-thanh-toan-truc-tuyen", LANG_SON]


def indicators(campaign_id: str, catalog: Catalog, code: str = "vi") -> list[str]:
    ctx = context(catalog, code)
    return [target_view(t, ctx).indicator for t in catalog.campaigns[campaign_id].targets]


@pytest.mark.parametrize("campaign_id", PAYMENT_PLANS)
def test_the_payment_target_keeps_the_portal_the_plan_names(shipped_catalog: Catalog, campaign_id: str) -> None:
    """Each plan names "tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia", not the registry's shorter
    "Tỷ lệ thanh toán trực tuyến"."""
    named = [n for n in indicators(campaign_id, shipped_catalog) if n.startswith("Tỷ lệ thanh toán trực tuyến")]
    assert named and all("trên Cổng" in n for n in named)
    english = [n for n in indicators(campaign_id, shipped_catalog, "en") if "payment" in n]
    assert english and all("National Public Service Portal" in n for n in english)


def test_lang_son_targets_in_the_plans_words(shipped_catalog: Catalog) -> None:
    """ "người dân và doanh nghiệp" stays (not the registry's "người dân, tổ chức"), as do "hồ sơ TTHC được giải
    quyết" and "phản ánh, kiến nghị liên quan đến thực hiện TTHC"."""
    names = indicators(LANG_SON, shipped_catalog)
    assert "Người dân và doanh nghiệp hài lòng về việc giải quyết TTHC" in names
    assert not any("người dân, tổ chức" in n for n in names)
    assert "Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn" in names
    assert any(n.startswith("Phản ánh, kiến nghị liên quan đến thực hiện TTHC") for n in names)


def test_chi_lang_figures_and_names_as_written(shipped_catalog: Catalog) -> None:
    """ "đạt 100" without a %, and the payment of "phí, lệ phí" as the plan names it."""
    ctx = context(shipped_catalog)
    views = [target_view(t, ctx) for t in shipped_catalog.campaigns[CHI_LANG].targets]
    satisfaction = next(v for v in views if v.indicator.startswith("Mức độ hài lòng"))
    assert satisfaction.wording == "đạt 100"
    assert "Tỷ lệ thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính" in [v.indicator for v in views]


@pytest.mark.parametrize("code", ["vi", "en"])
def test_a_proposal_to_the_competent_authority_names_no_body(shipped_catalog: Catalog, code: str) -> None:
    """Chi Lăng proposes to "cấp có thẩm quyền": the commune is not shown as the body that considers it."""
    campaign, ctx = shipped_catalog.campaigns[CHI_LANG], context(shipped_catalog, code)
    views = {a.form: award_view(a, campaign, ctx) for a in campaign.awards}
    assert views["de-xuat-khen-thuong-cap-tren-xa-chi-lang"].facts == []
    assert views["giay-khen-chu-tich-ubnd-xa-chi-lang"].facts[0].value       # a conferred award still says by whom


def test_only_a_proposal_may_leave_its_body_out(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, "registry/award-forms.yaml",
                                 ("    conferred_by: ubnd-xa-chi-lang\n", ""))
    name = line_of(lines, "giay-khen-chu-tich-ubnd-xa-chi-lang")
    assert located(errors) == {("award-forms.yaml", "award_conferred_by", name)}


@pytest.mark.parametrize(("campaign_id", "worded", "registry"), [
    (CHI_LANG, "Ủy ban Mặt trận Tổ quốc và các đoàn thể xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Chi Lăng"),
    ("2024-so-gtvt-lang-son-thanh-toan-truc-tuyen", "Văn phòng", "Văn phòng Sở Giao thông vận tải"),
    ("2024-khanh-khe-thanh-toan-truc-tuyen", "Văn phòng - Thống kê xã", "Văn phòng - Thống kê xã Khánh Khê"),
])
def test_who_is_responsible_in_the_plans_words(shipped_catalog: Catalog, campaign_id: str, worded: str,
                                               registry: str) -> None:
    """A responsibility names its unit as the plan does; the registry unit stays in the record for checks."""
    view = compute_campaign(shipped_catalog.campaigns[campaign_id], context(shipped_catalog))
    names = [duty.who for duty in view.duties]
    assert worded in names and not any(registry in name for name in names)


@pytest.mark.parametrize(("code", "why"), [("vi", "không có dấu %"), ("en", "without a % sign")])
def test_the_print_notice_keeps_the_note_on_a_target_written_as_signed(shipped_catalog: Catalog, code: str,
                                                                       why: str) -> None:
    """ "đạt 100" on the notice says, as the campaign page does, why it has no %."""
    targets = print_view(shipped_catalog.campaigns[CHI_LANG], context(shipped_catalog, code)).targets
    satisfaction = next(t for t in targets if t.value in ("đạt 100", "reaches 100"))
    assert isinstance(satisfaction, PrintTarget) and why in satisfaction.note
    assert all(not getattr(t, "note", "") for t in targets if t is not satisfaction)   # the rest as before: two A4


@pytest.mark.parametrize(("code", "worded"), [("vi", "Chủ tịch UBND tỉnh"),
                                              ("en", "The Chairperson of the provincial People's Committee")])
def test_who_confers_or_considers_an_award_in_the_plans_words(shipped_catalog: Catalog, code: str,
                                                              worded: str) -> None:
    """The Agriculture letter proposes to "Chủ tịch UBND tỉnh", not to the registry's People's Committee."""
    campaign = shipped_catalog.campaigns["2024-so-nnptnt-lang-son-thanh-toan-truc-tuyen"]
    ctx = context(shipped_catalog, code)
    views = {a.form: award_view(a, campaign, ctx) for a in campaign.awards}
    assert [row.value for row in views["de-xuat-chu-tich-ubnd-tinh-lang-son"].facts] == [worded]
