import dataclasses
import datetime as dt

import pytest

import generator.compute.site as compute
from generator.compute import home as compute_home
from generator.compute.campaign import status_of
from generator.compute.home import upcoming_deadlines
from generator.compute.language import load_languages
from generator.compute.rows import campaign_row
from generator.compute.site import compute_site, navigation, relative_href
from generator.compute.targets import target_wording
from generator.compute.urls import page_url
from generator.compute.views import Link
from generator.model.campaign import Deadline
from generator.model.timeline import campaign_status
from generator.validate.catalog import Catalog
from tests.conftest import TODAY, context


def wordings(catalog: Catalog, campaign_id: str, code: str) -> list[str]:
    ctx = context(catalog, code)
    return [target_wording(t, ctx) for t in catalog.campaigns[campaign_id].targets]


def test_targets_are_worded_from_the_data_in_both_languages(shipped_catalog: Catalog) -> None:
    assert wordings(shipped_catalog, "2024-khanh-khe-thanh-toan-truc-tuyen", "vi") == ["trên 90%", "trên 45%"]
    assert wordings(shipped_catalog, "2024-khanh-khe-thanh-toan-truc-tuyen", "en") == ["above 90%", "above 45%"]
    chi_lang_vi = wordings(shipped_catalog, "2026-chi-lang-dich-vu-cong-truc-tuyen", "vi")
    chi_lang_en = wordings(shipped_catalog, "2026-chi-lang-dich-vu-cong-truc-tuyen", "en")
    assert "đạt từ 98% trở lên" in chi_lang_vi and "at least 98%" in chi_lang_en
    assert "ít nhất 90%" in chi_lang_vi and "at least 90%" in chi_lang_en
    assert "đạt 100%" in chi_lang_vi and "all (100%)" in chi_lang_en
    assert "ít nhất 1 lần/tháng" in chi_lang_vi and "at least once a month" in chi_lang_en


@pytest.mark.parametrize("today, expected", [
    (dt.date(2026, 5, 31), "upcoming"), (dt.date(2026, 6, 1), "running"),
    (dt.date(2026, 12, 31), "running"), (dt.date(2027, 1, 1), "ended"),
])
def test_status_follows_the_injected_date(shipped_catalog: Catalog, today: dt.date, expected: str) -> None:
    assert campaign_status(shipped_catalog.campaigns["2026-chi-lang-dich-vu-cong-truc-tuyen"], today) == expected


def test_both_languages_have_the_same_pages(shipped_catalog: Catalog) -> None:
    site = compute_site(shipped_catalog, load_languages(), TODAY)
    vi, en = ([page.path for page in site.pages[code]] for code in ("vi", "en"))
    assert vi == en
    assert "phong-trao/2024-lang-son-hien-dai-hoa-mot-cua.md" in vi


def test_each_page_knows_its_twin(shipped_catalog: Catalog) -> None:
    site = compute_site(shipped_catalog, load_languages(), TODAY)
    page = next(p for p in site.pages["vi"] if p.path == "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen.md")
    vi_alt, en_alt = page.meta["alternates"]
    assert en_alt["href"] == "../../en/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
    assert en_alt["link"] == "https://thi-dua.example.org/en/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
    assert vi_alt["link"] == "https://thi-dua.example.org/phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"


@pytest.mark.parametrize("own, url, target, href", [
    ("", "", "en/", "en/"), ("en/", "", "", "../"), ("en/", "phong-trao/x/", "", "../../../phong-trao/x/"),
    ("", "thuat-ngu/", "", "../thuat-ngu/"),
])
def test_relative_twin_links(own: str, url: str, target: str, href: str) -> None:
    assert relative_href(own, url, target) == href


def test_urls_follow_directory_urls() -> None:
    assert [page_url(p) for p in ("index.md", "phong-trao/index.md", "phong-trao/x.md", "thuat-ngu.md")] == [
        "", "phong-trao/", "phong-trao/x/", "thuat-ngu/"]


def test_navigation_is_bounded() -> None:
    assert len(navigation(load_languages()["vi"])) == 7     # section pages only, whatever the number of campaigns


def test_home_lists_a_few_running_campaigns_and_links_to_the_rest(shipped_catalog: Catalog,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = context(shipped_catalog)
    monkeypatch.setattr(compute_home, "HOME_RUNNING", 0)
    campaigns = compute.newest_first(list(ctx.catalog.campaigns.values()))
    running = [c for c in campaigns if status_of(c, ctx) == "running"]
    view = compute_home.home_view(campaigns, [], [], ctx)
    assert view["running"] == []
    assert view["running_more"] == Link(f"Và {len(running)} phong trào khác đang diễn ra: xem danh sách",
                                        "phong-trao/index.md")


def test_issuers_are_listed_in_vietnamese_alphabetical_order(shipped_catalog: Catalog) -> None:
    """'Văn phòng' < 'Đài' < 'Ủy ban' by code point; a Vietnamese reader expects Đài, Ủy ban, Văn phòng."""
    renamed = {"so-gtvt-lang-son": "Văn phòng Tỉnh ủy", "so-nnptnt-lang-son": "Đài Phát thanh"}
    units = {uid: unit.model_copy(update={"name": unit.name.model_copy(update={"vi": renamed[uid]})})
             if uid in renamed else unit for uid, unit in shipped_catalog.units.items()}
    catalog = dataclasses.replace(shipped_catalog, units=units)
    ctx = context(catalog)
    campaigns = list(catalog.campaigns.values())
    issuers = compute.list_view("", "", False, campaigns, "phong-trao/index.md", None, ctx)["issuers"]
    assert [choice.label for choice in issuers] == [  # type: ignore[attr-defined]
        "Đài Phát thanh", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân xã Chi Lăng",
        "Ủy ban nhân dân xã Khánh Khê", "Văn phòng Tỉnh ủy"]
    assert list(compute.campaigns_by_issuer(campaigns, ctx)) == [choice.value for choice in issuers]  # type: ignore[attr-defined]


def test_a_campaign_row_says_when_the_signed_document_has_no_number_yet(shipped_catalog: Catalog) -> None:
    chi_lang = shipped_catalog.campaigns["2026-chi-lang-dich-vu-cong-truc-tuyen"]
    assert chi_lang.document.number is None
    assert campaign_row(chi_lang, context(shipped_catalog, "vi"), "").document.startswith(
        "Kế hoạch /KH-UBND (bản gốc chưa điền số), ")
    assert campaign_row(chi_lang, context(shipped_catalog, "en"), "").document.startswith(
        "Plan /KH-UBND (number left blank in the original), ")


def test_marks_on_the_same_day_come_in_the_same_order_in_both_languages(shipped_catalog: Catalog) -> None:
    chi_lang = shipped_catalog.campaigns["2026-chi-lang-dich-vu-cong-truc-tuyen"]
    assert chi_lang.reporting is not None
    due = chi_lang.reporting.model_copy(update={"due": [Deadline.model_validate(
        {"date": "2026-12-31", "rule": "through"})]})         # a report due on the day the period ends
    campaigns = [chi_lang.model_copy(update={"reporting": due})]
    orders = []
    for code in ("vi", "en"):
        ctx = context(shipped_catalog, code)
        whats = [row.what for row in upcoming_deadlines(campaigns, ctx)]
        ends = [n for n, what in enumerate(whats) if what == ctx.t("tl_period_end")]
        reports = [n for n, what in enumerate(whats) if what.startswith(ctx.t("tl_report"))]
        orders.append((ends, reports))
    assert orders[0] == orders[1] and orders[0][0] and orders[0][1], orders
