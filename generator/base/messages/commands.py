"""Messages of the commands that write files (`new`, `import-xlsx`): refused before anything is written.

The same style as every message: what is wrong, then what to do."""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, tuple[str, str]] = {
    "command_id_not_slug": (
        "Mã phong trào \"{id}\" không hợp lệ: mã chỉ gồm chữ thường không dấu (a-z), số và dấu gạch ngang, "
        "không có dấu cách, \"/\" hay \"..\"; chưa ghi tệp nào. Cách sửa: chọn mã như 2027-ten-xa-chu-de.",
        "The campaign id \"{id}\" is not valid: an id has only lowercase ASCII letters, digits and hyphens, "
        "no spaces, \"/\" or \"..\"; nothing was written. To fix: choose an id like 2027-ten-xa-chu-de.",
    ),
    "command_unknown_issuer": (
        "Không có đơn vị \"{id}\" trong danh mục đơn vị; chưa ghi tệp nào.{similar_vi} Cách sửa: dùng mã của "
        "một đơn vị trong campaigns/registry/units.yaml; nếu cơ quan ban hành chưa có ở đó, thêm nó vào tệp ấy "
        "(id, name với vi và en, level, parent) rồi chạy lại lệnh.",
        "There is no unit \"{id}\" in the registry of units; nothing was written.{similar_en} To fix: use the id "
        "of a unit in campaigns/registry/units.yaml; if the issuing body is not there yet, add it to that file "
        "(id, name in vi and en, level, parent), then run the command again.",
    ),
    "command_file_exists": (
        "Đã có tệp {path}; tệp không bị ghi đè. Cách sửa: chọn mã khác, hoặc sửa tệp đã có.",
        "{path} already exists and was not overwritten. To fix: choose another id, or edit the existing file.",
    ),
}
