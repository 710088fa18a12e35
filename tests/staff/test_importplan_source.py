"""import-plan refuses what it cannot read as a plan, with a located message in both languages, writing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from generator.base.errors import InputProblems
from generator.commands.cli import main
from generator.staff.importplan.source import read_source
from tests.conftest import copy_project

PLAN = "Số: /KH-UBND\n\nKẾ HOẠCH\n\nPhát động phong trào thi đua \"Thử\"\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Mục đích.\n"


def encrypted(path: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file, not a zip."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    return path


def corrupt(path: Path) -> Path:
    """A .docx cut off half way."""
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.save(str(path))
    path.write_bytes(path.read_bytes()[:400])
    return path


def not_word(path: Path) -> Path:
    """A zip that is not a Word document."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    return path


def scanned(path: Path) -> Path:
    """A Word file with no text at all, as a scanned page pasted in as a picture leaves it."""
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.save(str(path))
    return path


def text_file(content: bytes, name: str) -> object:
    def make(path: Path) -> Path:
        target = path.with_name(name)
        target.write_bytes(content)
        return target
    return make


CASES = [
    ("encrypted.docx", encrypted, "import_encrypted", "mật khẩu", "password"),
    ("corrupt.docx", corrupt, "import_corrupt", "bị hỏng", "damaged"),
    ("zip.docx", not_word, "import_corrupt", "bị hỏng", "damaged"),
    ("scan.docx", scanned, "import_no_text", "không có chữ", "no text"),
    ("blank.txt", text_file(b"\n \n\n", "blank.txt"), "import_no_text", "không có chữ", "no text"),
    ("latin1.txt", text_file("KẾ HOẠCH".encode("cp1258", errors="replace") + b"\xff", "latin1.txt"),
     "import_not_text", "UTF-8", "UTF-8"),
    ("minutes.txt", text_file("Biên bản họp chi bộ\n\nNội dung: bàn việc\n".encode(), "minutes.txt"),
     "import_not_a_plan", "không giống", "does not look like"),
    ("plan.pdf", text_file(b"%PDF-1.7", "plan.pdf"), "import_unsupported", ".docx", ".docx"),
]


@pytest.mark.parametrize(("name", "make", "code", "vi", "en"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_is_refused_in_both_languages_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: object, code: str, vi: str,
        en: str) -> None:
    project = copy_project(tmp_path / "project")
    source = make(tmp_path / name)  # type: ignore[operator]
    before = {p: p.stat().st_mtime_ns for p in project.content_dir.rglob("*")}
    assert main(["--root", str(tmp_path / "project"), "import-plan", str(source), "--id", "2027-thu"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{source}" in err and "vi: " in err and "en: " in err and vi in err and en in err
    assert {p: p.stat().st_mtime_ns for p in project.content_dir.rglob("*")} == before
    if code != "import_unsupported":
        with pytest.raises(InputProblems) as caught:
            from generator.staff.importplan import draft_text
            draft_text(source, project.content_dir, "2027-thu")
        assert [p.code for p in caught.value.problems] == [code]


def test_text_paragraphs_keep_their_first_line_and_markup_is_taken_out(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("\n\n## **KẾ HOẠCH**\n\nDòng một  \ndòng hai<sup>2</sup>\n\n- Mục một;\n- Mục hai.\n",
                    encoding="utf-8")
    paras = read_source(path).paras
    assert [(p.text, p.line) for p in paras] == [("KẾ HOẠCH", 3), ("Dòng một dòng hai[^2]", 5),
                                                 ("- Mục một;", 8), ("- Mục hai.", 9)]
    assert paras[0].bold


def test_a_word_file_is_read_by_paragraph_with_superscript_footnote_marks(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    paragraph = document.add_paragraph("Theo Quyết định")
    paragraph.add_run("1").font.superscript = True
    paragraph.add_run(" năm 2024.")
    document.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    assert [p.text for p in source.paras] == ["KẾ HOẠCH", "Theo Quyết định[^1] năm 2024."]
    assert source.where(source.paras[1]) == "plan.docx, đoạn/paragraph 2"


def test_a_paragraph_cut_by_a_page_break_is_joined_but_a_lettered_item_is_not(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("Cá nhân có thành tích xuất sắc được quy định tại mục II của Phát\n\n"
                    "động này. Có sáng kiến.\n\na) Hồ sơ đề nghị: 01 bộ.\n\nb) Biên bản họp xét.\n", encoding="utf-8")
    assert [(p.text, p.line) for p in read_source(path).paras] == [
        ("Cá nhân có thành tích xuất sắc được quy định tại mục II của Phát động này. Có sáng kiến.", 1),
        ("a) Hồ sơ đề nghị: 01 bộ.", 5), ("b) Biên bản họp xét.", 7)]


FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Quyết định số 497/QĐ-UBND ngày 15/3/2024 của UBND tỉnh.</w:t></w:r>'
    '</w:p></w:footnote></w:footnotes>')


def test_real_word_footnotes_are_read_with_their_marks(tmp_path: Path) -> None:
    """Word keeps footnotes in their own part; python-docx reads the body, the importer reads that part too."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Tỷ lệ thanh toán trực tuyến đạt trên 45%")
    paragraph.add_run()._r.append(parse_xml(
        '<w:footnoteReference xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1"/>'))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(str(tmp_path / "plan.docx"))
    assert [p.text for p in read_source(tmp_path / "plan.docx").paras] == [
        "Tỷ lệ thanh toán trực tuyến đạt trên 45%[^1]", "[^1] Quyết định số 497/QĐ-UBND ngày 15/3/2024 của UBND tỉnh."]
