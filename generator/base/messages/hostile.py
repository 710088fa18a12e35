"""Messages for hostile and careless input: files not read, tables too large, unclear figures, unsafe text.

One part of `messages.CATALOGUE`; the same style: what is wrong, then what to do.
"""

from __future__ import annotations

HOSTILE_MESSAGES: dict[str, tuple[str, str]] = {
    "results_number_ambiguous": (
        "\"{got}\" đọc được thành hai số khác nhau (dấu . và , có nghĩa ngược nhau ở Việt Nam và trong tiếng Anh: "
        "12.000 là mười hai nghìn hoặc mười hai). Cách sửa: viết không có dấu phân cách hàng nghìn (12000), "
        "hoặc ghi phần thập phân khác 3 chữ số (12,0).",
        "\"{got}\" reads as two different numbers (. and , mean opposite things in Vietnamese and English: "
        "12.000 is twelve thousand or twelve). To fix: write it without a thousands separator (12000), "
        "or with other than 3 decimal places (12.0).",
    ),
    "results_count_negative": (
        "Số đếm \"{got}\" âm. Cách sửa: tử số và mẫu số là số hồ sơ, từ 0 trở lên.",
        "The count \"{got}\" is negative. To fix: numerators and denominators count applications, 0 or more.",
    ),
    "table_too_big": (
        "Tệp bảng quá lớn (giới hạn {limit}). Cách sửa: chia thành nhiều tệp, hoặc xóa các trang tính và ô thừa.",
        "The table file is too large (limit {limit}). To fix: split it into several files, or remove "
        "unused sheets and cells.",
    ),
    "table_too_many_rows": (
        "Bảng có quá {limit} dòng (có thể do một ô lạc ở xa). Cách sửa: xóa các dòng và ô thừa, hoặc chia tệp.",
        "The table has more than {limit} rows (perhaps a stray cell far down). To fix: delete the unused rows "
        "and cells, or split the file.",
    ),
    "table_too_many_columns": (
        "Bảng có quá {limit} cột (có thể do một ô lạc ở xa). Cách sửa: xóa các cột và ô thừa.",
        "The table has more than {limit} columns (perhaps a stray cell far to the right). "
        "To fix: delete the unused columns and cells.",
    ),
    "table_more_problems": (
        "Còn {count} lỗi nữa trong tệp này không được liệt kê. Cách sửa: sửa các lỗi trên rồi kiểm tra lại.",
        "{count} more problems in this file are not listed. To fix: fix those above, then check again.",
    ),
    "table_character": (
        "Ô có ký tự điều khiển hoặc ký tự ẩn {char} (có thể đảo ngược chữ hiển thị). "
        "Cách sửa: xóa ký tự này, hoặc gõ lại nội dung ô.",
        "The cell holds a control or invisible character {char} (it can reverse the text shown). "
        "To fix: delete it, or type the cell again.",
    ),
    "file_unreadable": (
        "Không đọc được tệp ({problem}). Cách sửa: kiểm tra quyền đọc tệp, hoặc xóa liên kết hỏng.",
        "The file cannot be read ({problem}). To fix: check that it is readable, or remove the broken link.",
    ),
    "stray_yaml": (
        "Tệp không được đọc: ở đây chỉ đọc tệp có đuôi .yaml (chữ thường). "
        "Cách sửa: đổi đuôi tệp thành .yaml, hoặc chuyển tệp ra khỏi campaigns/.",
        "This file is not read: only files ending in .yaml (lower case) are read here. "
        "To fix: rename it to end in .yaml, or move it out of campaigns/.",
    ),
    "stray_table_place": (
        "Tệp không được đọc: bảng kết quả phải nằm trong campaigns/results/<mã phong trào>/. "
        "Cách sửa: chuyển tệp vào thư mục mang mã phong trào.",
        "This file is not read: result tables belong in campaigns/results/<campaign id>/. "
        "To fix: move it into the folder named after its campaign.",
    ),
    "stray_table_format": (
        "Tệp không được đọc: chỉ đọc bảng .csv và .xlsx (tệp này là \"{suffix}\"). "
        "Cách sửa: mở bằng bảng tính và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.",
        "This file is not read: only .csv and .xlsx tables are (this one is \"{suffix}\"). "
        "To fix: open it in a spreadsheet and save it as .xlsx or CSV UTF-8.",
    ),
    "link_outside": (
        "Liên kết tượng trưng trỏ ra ngoài thư mục dự án ({target}); tệp không được đọc. "
        "Cách sửa: thay liên kết bằng bản sao của tệp trong dự án.",
        "The symbolic link points outside the project folder ({target}); the file is not read. "
        "To fix: replace the link with a copy of the file inside the project.",
    ),
    "invisible_character": (
        "Có ký tự ẩn {char} (ký tự điều hướng văn bản hoặc ký tự không độ rộng) có thể làm chữ hiển thị khác "
        "với nội dung, ví dụ ngày bị đảo ngược. Cách sửa: xóa ký tự này, hoặc gõ lại đoạn văn bản.",
        "There is an invisible character {char} (a text-direction control or a zero-width character) that can "
        "make the text shown differ from what is written, e.g. a date shown reversed. "
        "To fix: delete it, or type the text again.",
    ),
}
