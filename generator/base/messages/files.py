"""Messages about reading files: encoding and YAML syntax.

The same style as every message: what is wrong, then what to do."""

from __future__ import annotations

FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "not_utf8": (
        "Tệp không phải UTF-8 (byte {byte} không đọc được). Cách sửa: lưu lại tệp với mã hóa UTF-8.",
        "The file is not UTF-8 (byte {byte} cannot be read). To fix: save the file again as UTF-8.",
    ),
    "yaml_syntax": (
        "Lỗi cú pháp YAML: {problem}. Cách sửa: kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này.",
        "YAML syntax error: {problem}. To fix: check the indentation, colons and quotes on this line.",
    ),
    "yaml_tab": (
        "Dòng thụt lề bằng phím Tab. Cách sửa: thay Tab bằng dấu cách (2 dấu cách mỗi cấp).",
        "This line is indented with a tab. To fix: use spaces instead (2 spaces per level).",
    ),
    "yaml_duplicate_key": (
        "Khóa \"{key}\" bị lặp (đã có ở dòng {first}). Cách sửa: xóa hoặc gộp một trong hai.",
        "The key \"{key}\" appears twice (first on line {first}). To fix: delete or merge one of them.",
    ),
    "yaml_leading_zero": (
        "Số {got} bắt đầu bằng 0 nên YAML có thể hiểu sai (hệ bát phân). Cách sửa: viết {fixed}, "
        "hoặc đặt trong ngoặc kép nếu đó là chữ.",
        "The number {got} starts with 0, which YAML may read as octal. To fix: write {fixed}, "
        "or put it in quotes if it is text.",
    ),
    "yaml_tag": (
        "Thẻ YAML {tag} không được phép. Cách sửa: xóa thẻ, chỉ dùng văn bản, số, danh sách và khóa.",
        "The YAML tag {tag} is not allowed. To fix: remove it; use only text, numbers, lists and keys.",
    ),
    "yaml_not_mapping": (
        "Tệp phải là một bảng khóa: giá trị (ví dụ \"id: ...\"). Cách sửa: xem tệp mẫu trong campaigns/.",
        "The file must be a mapping of keys to values (e.g. \"id: ...\"). "
        "To fix: compare with an example in campaigns/.",
    ),
    "control_character": (
        "Có ký tự điều khiển {char} (thường do dán từ Word) mà YAML không cho phép. "
        "Cách sửa: xóa ký tự này, hoặc gõ lại đoạn văn bản.",
        "There is a control character {char} (often pasted from Word), which YAML does not allow. "
        "To fix: delete it, or type the text again.",
    ),
    "yaml_alias_loop": (
        "Bí danh YAML (*) trỏ vào chính nó. Cách sửa: bỏ bí danh, viết nội dung ra.",
        "A YAML alias (*) refers to itself. To fix: remove the alias and write the content out.",
    ),
    "yaml_too_big": (
        "Tệp quá lớn hoặc có quá nhiều bí danh lồng nhau (giới hạn {limit}). Cách sửa: chia nhỏ tệp, bỏ bí danh.",
        "The file is too large or expands too many nested aliases (limit {limit}). To fix: split it, remove aliases.",
    ),
    "yaml_empty": (
        "Tệp trống. Cách sửa: thêm nội dung hoặc xóa tệp.",
        "The file is empty. To fix: add content or delete the file.",
    ),
}
