"""Where to submit, who forwards to whom, where reports go and each award: in the plan's words on the campaign
page, print page, timeline, calendar and feed; the registry's fuller name only where the record gives no wording."""

from pathlib import Path

import pytest

from generator.compute.awards import award_view
from generator.compute.campaign import forwarding_line, reporting_rows, submission_view
from generator.compute.feeds import event_words
from generator.compute.print import print_view
from generator.compute.schedule import event_marks
from generator.model.timeline import campaign_events, report_events
from generator.validate.catalog import Catalog
from tests.conftest import context
from tests.validate.test_catalog import check_edited, line_of, located

TRANSPORT = "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen"
KHANH_KHE = "2024-khanh-khe-thanh-toan-truc-tuyen"
CHI_LANG = "2026-chi-lang-dich-vu-cong-truc-tuyen"


def shown(catalog: Catalog, campaign_id: str, code: str = "vi") -> list[str]:
    """Every line naming a unit or award on the campaign page, print page, timeline and calendar/feed entries."""
    campaign, ctx = catalog.campaigns[campaign_id], context(catalog, code)
    events = campaign_events(campaign) + report_events(campaign)
    lines = [str(submission_view(s, campaign, ctx)) for s in campaign.submissions]
    lines += [forwarding_line(f, ctx) for f in campaign.forwarding]
    lines += [row.value for row in reporting_rows(campaign, ctx)]
    lines += [award_view(a, campaign, ctx).name for a in campaign.awards]
    lines += [a.name for a in print_view(campaign, ctx).awards]
    lines += [m.label for e in events for m in event_marks(e, campaign, ctx)]
    lines += [" ".join(event_words(campaign, e, ctx)) for e in events]
    return lines


@pytest.mark.parametrize(("campaign_id", "code", "worded", "registry"), [
    (TRANSPORT, "vi", "Văn phòng", "Văn phòng Sở Giao thông vận tải"),
    (TRANSPORT, "vi", "Giấy khen của Giám đốc Sở", "Giám đốc Sở Giao thông vận tải"),
    (KHANH_KHE, "vi", "Văn phòng - Thống kê của UBND xã", "Văn phòng - Thống kê xã Khánh Khê"),
    (KHANH_KHE, "vi", "Giấy khen của Chủ tịch UBND xã", "Giấy khen của Chủ tịch UBND xã Khánh Khê"),
    (KHANH_KHE, "en", "Commune Office and Statistics section", "Office and Statistics section of Khánh Khê"),
    (CHI_LANG, "vi", "Trung tâm Phục vụ Hành chính công xã", "Trung tâm Phục vụ Hành chính công xã Chi Lăng"),
    (KHANH_KHE, "vi", "qua Phòng Nội vụ", "Phòng Nội vụ huyện Văn Quan"),
])
def test_units_and_awards_are_named_in_the_plans_words(shipped_catalog: Catalog, campaign_id: str, code: str,
                                                       worded: str, registry: str) -> None:
    lines = shown(shipped_catalog, campaign_id, code)
    assert any(worded in line for line in lines)
    assert not any(registry in line for line in lines)


def test_without_wording_the_registry_names_the_unit(shipped_catalog: Catalog) -> None:
    """Dropping the wording brings back the registry's name: the wording is what the page shows."""
    campaign = shipped_catalog.campaigns[TRANSPORT]
    bare = campaign.model_copy(update={"submissions": [s.model_copy(update={"to_words": None})
                                                       for s in campaign.submissions]})
    ctx = context(shipped_catalog)
    assert "Văn phòng Sở Giao thông vận tải" in str(submission_view(bare.submissions[0], bare, ctx))


def test_a_reporting_wording_with_no_unit_is_an_error(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, f"plans/{CHI_LANG}.yaml", ("  to: tt-pvhcc-xa-chi-lang\n", ""))
    assert located(errors) == {(f"{CHI_LANG}.yaml", "wording_without_unit", line_of(lines, "  to_words:"))}
    text = errors[0].format()
    assert "Cách sửa" in text and "To fix" in text


def test_a_forwarding_wording_through_no_unit_is_an_error(tmp_path: Path) -> None:
    errors, lines = check_edited(tmp_path, f"plans/{KHANH_KHE}.yaml", ("    via: phong-noi-vu-huyen-van-quan\n", ""))
    assert located(errors) == {(f"{KHANH_KHE}.yaml", "wording_without_unit", line_of(lines, "    via_words:"))}
