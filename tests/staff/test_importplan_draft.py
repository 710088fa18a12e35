"""A seed plan, as text and as .docx, to a draft that `check` loads and lists TODO by TODO."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.base.errors import InputProblems, Problem
from generator.build import check
from generator.commands.cli import main
from generator.staff.importplan import draft_text
from tests.conftest import ROOT, copy_project
from tests.plan_docx import docx_from_text

SEEDS = ROOT / "tests" / "fixtures" / "seeds"      # the five signed plans, as text
KHANH_KHE = "000_105afa82e80e8364.txt"


def import_and_check(tmp_path: Path, source: Path, ident: str) -> tuple[list[str], list[Problem]]:
    """import-plan in a copy of the project, then `check`: the draft's lines and what check found."""
    project = copy_project(tmp_path / "project")
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(source), "--id", ident]) == 0
    path = project.content_dir / "plans" / f"{ident}.yaml"
    with pytest.raises(InputProblems) as caught:
        check(project)
    return path.read_text(encoding="utf-8").splitlines(), [p for p in caught.value.problems if p.location.file == path]


def test_a_seed_becomes_a_draft_that_check_walks_through_todo_by_todo(tmp_path: Path) -> None:
    lines, problems = import_and_check(tmp_path, SEEDS / KHANH_KHE, "2024-thu-nhap")
    errors = [p for p in problems if p.severity == "error"]
    assert errors and {p.code for p in errors} == {"todo_left"}           # nothing but TODOs to fill in
    todo_lines = [n for n, line in enumerate(lines, start=1) if "TODO" in line.split("#")[0]]
    assert sorted(p.location.line for p in errors) == todo_lines


def test_the_draft_keeps_the_documents_words_and_facts(tmp_path: Path) -> None:
    _, text = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "2024-thu-nhap")
    draft = yaml.safe_load(text)
    assert draft["document"]["kind"] == "plan" and draft["document"]["symbol"].startswith("TODO")
    assert draft["document"]["signatory"]["name"] == "Hoàng Văn Mẫn"
    assert draft["implements"] == ["kh-185-2024-van-quan"]
    assert [(t["indicator"], t["comparison"], t["value"]) for t in draft["targets"]] == [
        ("ty-le-dvc-phat-sinh-ho-so-truc-tuyen", "trên", 90), ("ty-le-thanh-toan-truc-tuyen", "trên", 45)]
    assert draft["period"] == {"starts_at_issuance": True, "ends": __import__("datetime").date(2024, 12, 31)}
    submission = draft["submissions"][0]
    assert (submission["to"], str(submission["opens"]), submission["closes"]["rule"]) == (
        "vp-tk-xa-khanh-khe", "2025-01-02", "through")
    assert draft["forwarding"][0]["deadline"]["rule"] == "before"
    assert draft["dossiers"][0]["sets"] == 1 and draft["footnotes"][0]["documents"] == ["qd-497-2024-lang-son"]


def test_forms_named_by_level_take_the_issuers_place_and_near_names_are_only_proposed(tmp_path: Path) -> None:
    _, text = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "2024-thu-nhap")
    lines = text.splitlines()
    forms = [line.split(":", 1)[1].strip() for line in lines if line.strip().startswith("- form:")]
    assert forms == ["giay-khen-chu-tich-ubnd-xa-khanh-khe",       # "Giấy khen của Chủ tịch UBND xã": the issuer's
                     "giay-khen-chu-tich-ubnd-huyen-van-quan",     # place, or the place of the body above it
                     "bang-khen-chu-tich-ubnd-tinh-lang-son"]
    renamed = (SEEDS / KHANH_KHE).read_text(encoding="utf-8").replace("Giấy khen của Chủ tịch UBND xã",
                                                                       "Giấy khen của Chủ tịch UBND xã Khánh")
    (tmp_path / "plan.txt").write_text(renamed, encoding="utf-8")
    lines = draft_text(tmp_path / "plan.txt", ROOT / "campaigns", "2024-thu-nhap")[1].splitlines()
    first = next(n for n, line in enumerate(lines) if line.strip().startswith("- form:"))
    assert "TODO" in lines[first]                                               # a near name is never chosen
    assert "giay-khen-chu-tich-ubnd-xa-khanh-khe" in " ".join(lines[first - 2: first])   # in a comment above


def test_english_comes_only_from_the_published_pairs_and_is_marked_for_review(tmp_path: Path) -> None:
    record = ROOT / "campaigns" / "plans" / "2024-khanh-khe-thanh-toan-truc-tuyen.yaml"
    _, with_memory = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "a-b")
    _, without = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "a-b", skip=record)
    assert "Plan launching the peak emulation campaign" in with_memory
    assert "REVIEW en" in with_memory
    purposes = yaml.safe_load(without)["purposes"]
    assert all(p["en"].startswith("TODO") for p in purposes)            # no other record says these sentences


def test_nothing_of_the_document_is_silently_dropped(tmp_path: Path) -> None:
    """Every paragraph but the headings of sections (the record's own structure) is in the draft: its words as a
    value or quoted in a TODO, or (a line that sets a structure, like "Đối với tập thể ... sau:") its place."""
    from generator.staff.importplan.body import read_body
    from generator.staff.importplan.header import read_header
    from generator.staff.importplan.source import read_source

    source = read_source(SEEDS / KHANH_KHE)
    header = read_header(source.paras)
    headings = read_body(source.paras, header.body_from, header.used).headings
    _, text = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "a-b")
    flat = re.sub(r"\s+", " ", text)
    for index, para in enumerate(source.paras):
        words = re.sub(r"^(?:[-+•]\s*)*(?:\[\^\d+\]|\d+(?:\.\d+)*[.)]|[a-zđ]\))?\s*(?:Tập thể:|Cá nhân:)?\s*", "",
                       para.text)[:40]           # a list mark, a number, a group label: structure, not words
        if len(words) > 25 and index not in headings:
            assert words in flat or re.search(rf"{KHANH_KHE}:{para.line}\b", flat), (para.line, words)


def test_a_docx_made_from_the_seed_gives_the_same_draft(tmp_path: Path) -> None:
    word = docx_from_text(SEEDS / KHANH_KHE, tmp_path / "plan.docx")

    def strip(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.lstrip().startswith("#")]

    _, from_text = draft_text(SEEDS / KHANH_KHE, ROOT / "campaigns", "a-b")
    _, from_word = draft_text(word, ROOT / "campaigns", "a-b")
    assert strip(from_word) == strip(from_text)
    assert "plan.docx, đoạn/paragraph" in from_word


def test_the_command_end_to_end_and_it_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    word = docx_from_text(SEEDS / KHANH_KHE, tmp_path / "khanh-khe.docx")
    project = copy_project(tmp_path / "project")
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(word)]) == 0
    out = capsys.readouterr()
    drafted = project.content_dir / "plans" / "khanh-khe.yaml"           # no date in this copy: the file's name
    assert drafted.is_file() and "Traceback" not in out.err
    assert f"{drafted}:" in out.err and "TODO" in out.err               # check's TODOs, by line
    before = drafted.read_bytes()
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(word)]) == 1
    assert "already exists" in capsys.readouterr().err and drafted.read_bytes() == before
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(word), "--id", "../x"]) == 1
    assert not (project.content_dir / "x.yaml").exists()


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("00*.txt")))
def test_every_seed_drafts_to_a_record_with_only_todos_left(tmp_path: Path, seed: str) -> None:
    _, problems = import_and_check(tmp_path, SEEDS / seed, "2024-thu-nhap")
    assert {p.code for p in problems if p.severity == "error"} == {"todo_left"}


SMALL_PLAN = """\
Số: /KH-UBND

Chi Lăng, ngày tháng 3 năm 2027

KẾ HOẠCH

Phát động phong trào thi đua “Thử nghiệm nhập văn bản”

Thực hiện Kế hoạch số 77/KH-UBND ngày 02/02/2027 của UBND tỉnh Bắc Ninh về phát động thi đua năm 2027. \
UBND xã Chi Lăng ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao chất lượng phục vụ người dân.

II. NỘI DUNG THI ĐUA

1. Tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.

III. THỜI GIAN THI ĐUA

Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2027.

IV. TỔ CHỨC THỰC HIỆN

1. Công an xã có trách nhiệm phối hợp tuyên truyền.

V. PHỤ LỤC

Một đoạn lạ không thuộc mục nào nhưng vẫn phải được giữ lại.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Thử
"""


def test_a_new_cited_document_is_drafted_into_the_registry_and_checked(tmp_path: Path) -> None:
    source = tmp_path / "ke-hoach.txt"
    source.write_text(SMALL_PLAN, encoding="utf-8")
    project = copy_project(tmp_path / "project")
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(source), "--id", "2027-thu"]) == 0
    registry = project.content_dir / "registry" / "documents-2027-thu.yaml"
    entry = yaml.safe_load(registry.read_text(encoding="utf-8"))["documents"][0]
    assert (entry["id"], entry["kind"], entry["number"], str(entry["date"])) == (
        "kh-77-2027", "plan", "77/KH-UBND", "2027-02-02")
    assert entry["issuer"] == "ubnd-tinh-bac-ninh" and entry["title"]["vi"] == "Phát động thi đua năm 2027"
    draft = yaml.safe_load((project.content_dir / "plans" / "2027-thu.yaml").read_text(encoding="utf-8"))
    assert draft["document"]["issuer"] == "ubnd-xa-chi-lang" and draft["document"]["date"] == "2027-03"
    assert draft["targets"][0]["comparison"] == "đạt từ … trở lên" and draft["targets"][0]["value"] == 60
    assert draft["responsibilities"][0]["unit"] == "cong-an-xa-chi-lang"
    assert any("Một đoạn lạ" in note["vi"] and note["vi"].startswith("TODO") for note in draft["notes"])
    with pytest.raises(InputProblems) as caught:
        check(project)
    errors = [p for p in caught.value.problems if p.severity == "error"]
    assert {p.code for p in errors} == {"todo_left"} and {p.location.file for p in errors} == {
        registry, project.content_dir / "plans" / "2027-thu.yaml"}
