"""Where to submit, who forwards to whom and through which unit, and where reports go, drafted in the plan's own
words (`to_words`, `by_words`, `via_words`) wherever they differ from the registry name of the unit matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.base.errors import InputProblems
from generator.build import check
from generator.commands.cli import main
from generator.staff.importplan import draft_text
from generator.staff.importplan.memory import load_memory
from tests.conftest import copy_project
from tests.staff.test_importplan_draft import KHANH_KHE, SEEDS
from tests.staff.test_importplan_wording import PLAN, ROOT, draft_of

TODO_EN = "TODO dịch / translate"
WORDED = """\
V. KHEN THƯỞNG

1. Giấy khen của Chủ tịch UBND xã

Hồ sơ đề nghị khen thưởng nộp về {to} (bộ phận tổng hợp) để tổng hợp, trình Hội đồng trước ngày 15/12/2027.

VI. TỔ CHỨC THỰC HIỆN

1. {by} có trách nhiệm tổng hợp, gửi hồ sơ về {up} (qua {via}) trước ngày 20/12/2027.

2. Chế độ báo cáo

Các phòng, ban chuyên môn định kỳ 6 tháng, năm báo cáo kết quả về {to} để tổng hợp.

KT. CHỦ TỊCH"""
SHORT = {"to": "Công an xã", "by": "Công an xã", "up": "UBND tỉnh", "via": "Trung tâm Phục vụ hành chính công xã"}
FULL = {"to": "Công an xã Chi Lăng", "by": "Công an xã Chi Lăng", "up": "Ủy ban nhân dân tỉnh Bắc Ninh",
        "via": "Trung tâm Phục vụ hành chính công xã Chi Lăng"}


def plan_naming(units: dict[str, str]) -> str:
    """The test plan with an award section, a forwarding and a reporting section naming these units."""
    plan = PLAN.replace("IV. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã có trách nhiệm phối hợp tuyên truyền.\n\n", "")
    return plan.replace("KT. CHỦ TỊCH", WORDED.format(**units))


def english_of(vi: str) -> str:
    """What the draft may write in English for these words: a published pair, else the TODO."""
    return load_memory(ROOT / "campaigns").english(vi) or TODO_EN


def test_a_unit_the_plan_names_short_is_drafted_in_its_words(tmp_path: Path) -> None:
    """"nộp về Công an xã (...) để ...", "Công an xã ... gửi hồ sơ về UBND tỉnh (qua Trung tâm ... xã)", "báo cáo
    ... về Công an xã để ...": each unit is matched and the plan's words for it kept beside it, without the
    bracketed note or the purpose; English only from a published pair."""
    draft = draft_of(tmp_path, plan_naming(SHORT))
    (submission,) = draft["submissions"]
    (forwarding,) = draft["forwarding"]
    reporting = draft["reporting"]
    assert submission["to"] == "cong-an-xa-chi-lang" and submission["to_words"]["vi"] == "Công an xã"
    assert (forwarding["by"], forwarding["to"], forwarding["via"]) == (
        "cong-an-xa-chi-lang", "ubnd-tinh-bac-ninh", "tt-pvhcc-xa-chi-lang")
    assert (forwarding["by_words"]["vi"], forwarding["to_words"]["vi"], forwarding["via_words"]["vi"]) == (
        "Công an xã", "UBND tỉnh", "Trung tâm Phục vụ hành chính công xã")
    assert reporting["to"] == "cong-an-xa-chi-lang" and reporting["to_words"]["vi"] == "Công an xã"
    for words in (submission["to_words"], forwarding["by_words"], forwarding["to_words"], forwarding["via_words"],
                  reporting["to_words"]):
        assert words["en"] == english_of(words["vi"])
    assert list(submission)[:4] == ["id", "dossiers", "to", "to_words"]          # beside the unit it words


def test_a_unit_named_as_the_registry_names_it_gets_no_wording(tmp_path: Path) -> None:
    """The plan gives each unit's full registry name: the site shows that name already, so nothing is drafted."""
    draft = draft_of(tmp_path, plan_naming(FULL))
    (submission,) = draft["submissions"]
    (forwarding,) = draft["forwarding"]
    assert submission["to"] == "cong-an-xa-chi-lang" and "to_words" not in submission
    assert (forwarding["by"], forwarding["to"], forwarding["via"]) == (
        "cong-an-xa-chi-lang", "ubnd-tinh-bac-ninh", "tt-pvhcc-xa-chi-lang")
    assert not {"by_words", "to_words", "via_words"} & set(forwarding)
    assert draft["reporting"]["to"] == "cong-an-xa-chi-lang" and "to_words" not in draft["reporting"]


def test_a_unit_not_matched_gets_no_wording_to_guess_at(tmp_path: Path) -> None:
    """A receiver the registry does not have stays a TODO for its id, with no wording drafted for it."""
    draft = draft_of(tmp_path, plan_naming({**SHORT, "to": "Ban Chỉ huy Quân sự xã"}))
    (submission,) = draft["submissions"]
    assert str(submission["to"]).startswith("TODO") and "to_words" not in submission


def test_the_seed_plans_wordings_are_drafted_as_signed(tmp_path: Path) -> None:
    """The Khánh Khê notice: "gửi về Văn phòng - Thống kê ( công chức ...) của UBND xã để ...", and "Văn phòng -
    Thống kê xã ... gửi hồ sơ về UBND huyện (qua Phòng Nội vụ)": the words the hand-made record keeps."""
    record = yaml.safe_load((ROOT / "campaigns" / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml")
                            .read_text(encoding="utf-8"))
    draft = draft_of(tmp_path, (SEEDS / KHANH_KHE).read_text(encoding="utf-8"))
    assert draft["submissions"][0]["to_words"]["vi"] == record["submissions"][0]["to_words"]["vi"]
    for part in ("by_words", "to_words", "via_words"):
        assert draft["forwarding"][0][part]["vi"] == record["forwarding"][0][part]["vi"]


def filled(text: str) -> str:
    """A draft with every English TODO of a wording filled in, as staff would."""
    return re.sub(rf"(_words:\n(?:\s+#.*\n)*\s+vi: .*\n\s+en: ){re.escape(TODO_EN)}", r"\1Filled in", text)


@pytest.mark.parametrize("plan", ["short", "seed"])
def test_a_drafted_wording_passes_check_once_its_english_is_filled_in(tmp_path: Path, plan: str) -> None:
    """import-plan, then the wordings' English filled in: `check` finds nothing on any wording line (the unit
    each words is there, the text complete); only the draft's other TODOs are left."""
    source = SEEDS / KHANH_KHE
    if plan == "short":
        source = tmp_path / "ke-hoach.txt"
        source.write_text(plan_naming(SHORT), encoding="utf-8")
    project = copy_project(tmp_path / "project")
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(source), "--id", "2027-thu"]) == 0
    path = project.content_dir / "plans" / "2027-thu.yaml"
    path.write_text(filled(path.read_text(encoding="utf-8")), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    worded = {n + step for n, line in enumerate(lines, start=1) if "_words:" in line for step in (0, 1, 2)}
    assert len(worded) >= 3 * 4 and not [n for n in worded if TODO_EN in lines[n - 1]]   # key, vi, en: all filled
    with pytest.raises(InputProblems) as caught:
        check(project)
    mine = [p for p in caught.value.problems if p.location.file == path]
    assert {p.code for p in mine if p.severity == "error"} <= {"todo_left"}
    assert not [p for p in mine if p.location.line in worded]



@pytest.mark.parametrize("receiver", ["Công an xã Chi Lăng", "CÔNG AN XÃ CHI LĂNG"])
@pytest.mark.parametrize("when", ["trước ngày 15/12/2027", "hết ngày 15/12/2027", "chậm nhất ngày 15/12/2027",
                                  "chậm nhất là ngày 15/12/2027",
                                  "từ ngày 01/12/2027 đến hết ngày 15/12/2027"])
def test_the_time_after_the_receiver_is_never_drafted_as_its_purpose(tmp_path: Path, receiver: str, when: str) -> None:
    """"nộp về Công an xã Chi Lăng trước ngày ...": the words after the unit are the deadline, not what it does."""
    plan = plan_naming(FULL).replace("Công an xã Chi Lăng (bộ phận tổng hợp) để tổng hợp, trình Hội đồng trước ngày "
                                     "15/12/2027.", f"{receiver} {when}.")
    assert f"{receiver} {when}." in plan
    (submission,) = draft_of(tmp_path, plan)["submissions"]
    assert submission["to"] == "cong-an-xa-chi-lang" and "purpose" not in submission
    assert str(submission["closes"]["date"]) == "2027-12-15"
    assert submission["closes"]["rule"] == ("before" if when.startswith("trước") else "through")


def test_a_receiver_with_no_near_name_says_the_registry_has_none(tmp_path: Path) -> None:
    """Not "near: ?": the TODO says in both languages that no unit of the registry looks like it."""
    source = tmp_path / "ke-hoach.txt"
    source.write_text(plan_naming({**SHORT, "to": "Quỹ Xyz Qwerty (bộ phận tổng hợp)"}), encoding="utf-8")
    text = draft_text(source, ROOT / "campaigns", "2027-thu")[1]
    assert "near: ?" not in text
    assert "không thấy trong danh mục / not in the registry" in text


@pytest.mark.parametrize("when", ["TRƯỚC NGÀY 15/12/2027", "CHẬM NHẤT LÀ NGÀY 15/12/2027", "Hết ngày 15/12/2027"])
def test_the_plans_words_for_a_receiver_end_where_its_time_begins_in_any_case(tmp_path: Path, when: str) -> None:
    """"nộp về Công an xã CHẬM NHẤT LÀ NGÀY ...": the wording is "Công an xã", not the deadline with it."""
    plan = plan_naming(SHORT).replace("Công an xã (bộ phận tổng hợp) để tổng hợp, trình Hội đồng trước ngày "
                                      "15/12/2027.", f"Công an xã {when}.")
    assert f"Công an xã {when}." in plan
    (submission,) = draft_of(tmp_path, plan)["submissions"]
    assert submission["to"] == "cong-an-xa-chi-lang" and submission["to_words"]["vi"] == "Công an xã"
    assert "purpose" not in submission and str(submission["closes"]["date"]) == "2027-12-15"
