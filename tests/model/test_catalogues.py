"""Any real plan, not only the five: a fixture with every kind of document, award and target unit, rendered.

Update the golden pages with: python -m pytest tests/model/test_catalogues.py --update-golden
"""

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from generator.compute.targets import figure
from generator.load.records import load_sources
from generator.model.campaign import AwardForm
from generator.model.catalogues import AWARD_KINDS, DOCUMENT_KINDS, RECIPIENT_KIND, Kind
from generator.model.comparisons import VOCABULARY
from generator.model.measures import MEASURES
from generator.render.data import render_data_files
from generator.validate.catalog import Catalog, validate_sources
from generator.validate.targets import check_recipient
from tests.conftest import context, copy_project
from tests.render.test_pages import assert_golden, golden_text, render_catalog

FIXTURE = Path(__file__).parents[1] / "fixtures" / "catalogues"
GOLDEN = Path(__file__).parents[1] / "golden_catalogues"
CAMPAIGN = "2026-bac-ninh-duong-giao-thong-nong-thon"
README = Path(__file__).parents[2] / "README.md"


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    root = tmp_path_factory.mktemp("catalogues")
    copy_project(root)
    shutil.copytree(FIXTURE, root / "campaigns", dirs_exist_ok=True)
    (root / "campaigns" / "README.md").unlink()
    found, problems = validate_sources(load_sources(root / "campaigns", root / "site_src"))
    assert [p for p in problems if p.severity == "error"] == []
    assert found is not None
    return found


def test_the_fixture_pages_match_their_golden_files(catalog: Catalog, update_golden: bool) -> None:
    rendered = render_catalog(catalog)
    produced = {f"{code}/{page.path}": golden_text(page) for code, pages in rendered.items() for page in pages
                if CAMPAIGN in page.path or page.path == "thuat-ngu.md"}
    produced["chi-tieu.csv"] = render_data_files(catalog)["du-lieu/chi-tieu.csv"].decode("utf-8")
    assert_golden(produced, GOLDEN, update_golden)


def page(catalog: Catalog, language: str, path: str) -> str:
    return next(golden_text(p) for p in render_catalog(catalog)[language] if p.path == path)


@pytest.mark.parametrize("language, expected", [
    ("vi", ["Chỉ thị", "Số 27-CT/TU", "tháng 3/2026", "Không ghi trong bản gốc",
            "Không có trong bản đang có (chữ ký bị che trong bản chụp)",
            "trên 120 km đến năm 2030 (mức xuất phát năm 2025: 45,5 km)", "ít nhất 1.200 hộ",
            "tối thiểu 2,5 tỷ đồng", "đạt từ 90 điểm trở lên", "trong nhóm 10 dẫn đầu",
            "xếp loại Hoàn thành tốt nhiệm vụ trở lên", "hoàn thành đến ngày 31/12/2026", "tăng 120%",
            "giảm xuống dưới 5%", "ít nhất 1 lần/quý", "Nghị quyết số 44/2025/NQ-HĐND ngày 10/12/2025",
            "Hướng dẫn số 2358/HD-BTĐKT của", "Chương trình số 04-CTr/TU",
            "**Số lượng tối đa:** 5 tập thể, 10 cá nhân, 3 hộ gia đình, 2 thôn, tổ dân phố",
            "**Tiền thưởng:** tập thể: 20.000.000 đồng"]),
    ("en", ["Directive", "No. 27-CT/TU", "March 2026", "Not stated in the original",
            "Not in the copy at hand (the signature is covered in the scan)",
            "above 120 km by 2030 (baseline 2025: 45.5 km)", "at least 1,200 households", "at least VND 2.5 billion",
            "at least 90 points", "among the top 10", "graded Good or better", "done by 31 December 2026",
            "an increase of at least 120%", "down to below 5%", "at least once a quarter",
            "Resolution No. 44/2025/NQ-HĐND of 10 December 2025", "Programme No. 04-CTr/TU",
            "**At most:** 5 collectives, 10 individuals, 3 households, 2 villages or residential groups",
            "**Prize money:** collective: VND 20,000,000"]),
])
def test_every_new_kind_is_worded_in_both_languages(catalog: Catalog, language: str, expected: list[str]) -> None:
    text = page(catalog, language, f"phong-trao/{CAMPAIGN}.md")
    for phrase in expected:
        assert phrase in text, phrase


def test_a_cited_document_without_a_subject_claims_none(catalog: Catalog) -> None:
    text = page(catalog, "vi", f"phong-trao/{CAMPAIGN}.md")
    assert "Nghị quyết số 44/2025/NQ-HĐND ngày 10/12/2025 của Ủy ban nhân dân tỉnh Bắc Ninh\n" in text


def test_results_in_any_unit_are_judged_against_the_target(catalog: Catalog) -> None:
    for language, met, not_met in (("vi", ["130,5 km", "1.250 hộ", "Hoàn thành xuất sắc nhiệm vụ", "135%", "4,2%"],
                                    ["chưa hoàn thành"]),
                                   ("en", ["130.5 km", "1,250 households", "Outstanding", "135%", "4.2%"],
                                    ["not done"])):
        text = page(catalog, language, f"ket-qua/{CAMPAIGN}.md")
        for shown in met:
            assert f"{shown} ✓" in text, shown
        for shown in not_met:
            assert f"{shown} ✗" in text, shown


def test_open_data_gives_each_target_its_unit_and_direction(catalog: Catalog) -> None:
    rows = render_data_files(catalog)["du-lieu/chi-tieu.csv"].decode("utf-8").splitlines()
    mine = [r for r in rows if r.startswith(CAMPAIGN)]
    assert any(",km,higher,2030,45.5,2025" in r for r in mine)
    assert any(",,Hoàn thành tốt nhiệm vụ,grade,higher," in r for r in mine)
    assert any(",done,done,2026-12-31," in r for r in mine)
    assert any("giảm xuống dưới" in r and ",lower," in r for r in mine)


def test_the_readme_lists_every_catalogue_entry() -> None:
    readme = README.read_text(encoding="utf-8")
    codes = [k.code for k in (*DOCUMENT_KINDS, *AWARD_KINDS)] + [m.code for m in MEASURES]
    for code in codes:
        assert f"`{code}`" in readme, code
    for comparison in VOCABULARY:
        assert f"`{comparison.word}`" in readme, comparison.word


@pytest.mark.parametrize("kind", DOCUMENT_KINDS, ids=lambda k: k.code)
def test_every_kind_of_document_is_cited_by_its_own_name_in_both_languages(catalog: Catalog, kind: Kind) -> None:
    document = catalog.documents["ct-05-ttg-2023"].model_copy(update={"kind": kind.code})
    changed = replace(catalog, documents={**catalog.documents, "ct-05-ttg-2023": document})
    assert context(changed, "vi").document_name("ct-05-ttg-2023").startswith(f"{kind.vi} số 05/CT-TTg ")
    assert context(changed, "en").document_name("ct-05-ttg-2023").startswith(f"{kind.en} No. 05/CT-TTg ")


@pytest.mark.parametrize("kind", AWARD_KINDS, ids=lambda k: k.code)
def test_every_kind_of_award_takes_only_the_recipients_the_law_gives_it(kind: Kind) -> None:
    form = AwardForm.model_validate({"id": "x", "kind": kind.code, "name": {"vi": kind.vi, "en": kind.en},
                                     "conferred_by": "ubnd-tinh-bac-ninh"})
    refused: list[object] = []
    for recipient in RECIPIENT_KIND:
        check_recipient(lambda where, code, **params: refused.append(params["recipient_en"]), ("kind",), form,
                        recipient)
    assert sorted(map(str, refused)) == sorted(RECIPIENT_KIND[r].en for r in set(RECIPIENT_KIND) - set(kind.recipients))


@pytest.mark.parametrize(("unit", "value", "vi", "en"), [
    ("percent", "45", "45%", "45%"), ("count", "1200", "1.200 hộ", "1,200 households"),
    ("count", "1", "1 hộ", "1 household"), ("km", "12.5", "12,5 km", "12.5 km"), ("m", "300", "300 m", "300 m"),
    ("ha", "2", "2 ha", "2 ha"), ("vnd", "2000000", "2.000.000 đồng", "VND 2,000,000"),
    ("million_vnd", "500", "500 triệu đồng", "VND 500 million"),
    ("billion_vnd", "2.5", "2,5 tỷ đồng", "VND 2.5 billion"), ("points", "90", "90 điểm", "90 points"),
    ("times_per_month", "1", "1 lần/tháng", "once a month"),
    ("times_per_quarter", "2", "2 lần/quý", "2 times a quarter"),
    ("times_per_year", "1", "1 lần/năm", "once a year"), ("rank", "3", "hạng 3", "rank 3"),
    ("grade", "4", "Hoàn thành xuất sắc nhiệm vụ", "Outstanding"), ("done", "1", "hoàn thành", "done"),
    ("done", "0", "chưa hoàn thành", "not done"),
])
def test_every_unit_of_measure_writes_its_figures_the_local_way(catalog: Catalog, unit: str, value: str, vi: str,
                                                                 en: str) -> None:
    base = {"count": "ho-tham-gia-hien-dat", "grade": "xep-loai-to-chuc-co-so-dang"}.get(unit, "km-duong-nong-thon")
    indicator = catalog.indicators[base].model_copy(update={"unit": unit})
    assert figure(Decimal(value), indicator, context(catalog, "vi")) == vi
    assert figure(Decimal(value), indicator, context(catalog, "en")) == en
    assert {m.code for m in MEASURES} >= {unit}
