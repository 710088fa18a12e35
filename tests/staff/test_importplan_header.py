"""The Decree 30 layout: number and symbol (a blank number kept blank), place and date (partial dates kept
partial), kind and subject, the signature block and "Nơi nhận"."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.staff.importplan.header import partial_date, read_header, signature_parts
from generator.staff.importplan.source import Para, read_source


def paras(text: str, tmp_path: Path) -> tuple[Para, ...]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return read_source(path).paras


HEAD = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN

Số: {number}/KH-UBND

Lạng Sơn, ngày {day} tháng {month} năm 2024

KẾ HOẠCH

Phát động đợt thi đua cao điểm “Đẩy mạnh hiện đại hoá bộ phận một cửa”

I. MỤC ĐÍCH, YÊU CẦU

Nội dung.

Nơi nhận:

- Ban TĐKT TW;
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Dương Xuân Huyền
"""


@pytest.mark.parametrize(("number", "day", "month", "want_number", "want_date"), [
    ("", "", "4", None, "2024-04"),            # a draft: number blank, day blank
    ("185", "12", "6", "185", "2024-06-12"),
    ("", "", "", None, "2024"),
])
def test_number_and_date_keep_what_the_document_leaves_blank(tmp_path: Path, number: str, day: str, month: str,
                                                             want_number: str | None, want_date: str) -> None:
    header = read_header(paras(HEAD.format(number=number, day=day, month=month), tmp_path))
    assert (header.number, header.symbol, header.place, header.date) == (want_number, "KH-UBND", "Lạng Sơn",
                                                                        want_date)


def test_kind_title_signature_and_recipients(tmp_path: Path) -> None:
    header = read_header(paras(HEAD.format(number="", day="", month="4"), tmp_path))
    assert header.kind == "plan"
    assert header.title == "Kế hoạch Phát động đợt thi đua cao điểm “Đẩy mạnh hiện đại hoá bộ phận một cửa”"
    assert header.name == "Dương Xuân Huyền"
    assert signature_parts(header.sign_lines) == ({"on_behalf_of": "ỦY BAN NHÂN DÂN", "signed_for": "CHỦ TỊCH"},
                                                  "PHÓ CHỦ TỊCH")
    assert [text for text, _ in header.recipients] == ["Ban TĐKT TW", "Thường trực Tỉnh ủy", "Lưu: VT, NC"]


def test_an_official_letter_is_known_by_its_v_v_line_and_addressees(tmp_path: Path) -> None:
    text = ("Số: /SNN-VP\n\nLạng Sơn, ngày tháng 6 năm 2024\n\nV/v thực hiện phát động đợt thi đua\n\n"
            "Kính gửi:\n\n- Các Chi cục trực thuộc Sở;\n- Văn phòng Sở.\n\nNội dung.\n\n"
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Phúc Đạt\n")
    header = read_header(paras(text, tmp_path))
    assert (header.kind, header.title, header.subject) == ("official_letter", "Thực hiện phát động đợt thi đua",
                                                           "V/v thực hiện phát động đợt thi đua")
    assert [t for t, _ in header.addressees] == ["Các Chi cục trực thuộc Sở", "Văn phòng Sở"]
    assert signature_parts(header.sign_lines) == ({"signed_for": "GIÁM ĐỐC"}, "PHÓ GIÁM ĐỐC")


def test_a_copy_without_header_has_no_number_or_date(tmp_path: Path) -> None:
    header = read_header(paras("## KẾ HOẠCH\n\n### Phát động thi đua “A”\n\nNội dung.\n", tmp_path))
    assert (header.symbol, header.date, header.kind) == (None, None, "plan")


@pytest.mark.parametrize(("parts", "want"), [(("", "", "2024"), "2024"), (("", "6", "2024"), "2024-06"),
                                             (("5", "1", "2025"), "2025-01-05")])
def test_partial_dates(parts: tuple[str, str, str], want: str) -> None:
    assert partial_date(*parts) == want


def test_a_word_file_in_the_decree_30_layout_reads_its_tables(tmp_path: Path) -> None:
    """Issuer and number beside the motto and date, "Nơi nhận" beside the signature: tables, as Word files have."""
    import docx

    document = docx.Document()
    top = document.add_table(rows=2, cols=2)
    for cell, lines in zip([*top.rows[0].cells, *top.rows[1].cells], [
            ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            ["Số: /KH-UBND"], ["Lạng Sơn, ngày tháng 4 năm 2024"]], strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for text in ("KẾ HOẠCH", "Phát động đợt thi đua “A”", "I. MỤC ĐÍCH, YÊU CẦU", "Nội dung."):
        document.add_paragraph(text)
    bottom = document.add_table(rows=1, cols=2)
    for cell, lines in zip(bottom.rows[0].cells, [["Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT."],
                                                  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                   "Dương Xuân Huyền"]], strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    header = read_header(read_source(tmp_path / "plan.docx").paras)
    assert (header.body_name, header.symbol, header.date, header.kind) == (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "KH-UBND", "2024-04", "plan")
    assert [t for t, _ in header.recipients] == ["Sở Nội vụ", "Lưu: VT"] and header.name == "Dương Xuân Huyền"
    assert signature_parts(header.sign_lines) == ({"on_behalf_of": "ỦY BAN NHÂN DÂN", "signed_for": "CHỦ TỊCH"},
                                                  "PHÓ CHỦ TỊCH")
    import yaml

    from generator.staff.importplan import draft_text
    _, text = draft_text(tmp_path / "plan.docx", Path(__file__).resolve().parents[2] / "campaigns", "a-b")
    assert yaml.safe_load(text)["document"]["issuer"] == "ubnd-tinh-lang-son"      # the body named above the number


def test_a_signature_by_order_is_left_to_staff_as_a_todo(tmp_path: Path) -> None:
    """TL. (by order) has no field in the record: the draft says so in a TODO note, it does not drop it."""
    import yaml

    from generator.staff.importplan import draft_text
    text = HEAD.format(number="", day="", month="4").replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                                                             "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG")
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    _, drafted = draft_text(tmp_path / "plan.txt", Path(__file__).resolve().parents[2] / "campaigns", "a-b")
    record = yaml.safe_load(drafted)
    assert record["document"]["signatory"]["position"]["vi"] == "Chánh văn phòng"
    assert any(note["vi"].startswith("TODO") and "TL. CHỦ TỊCH" in note["vi"] for note in record["notes"])
