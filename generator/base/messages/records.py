"""Messages about a record's fields (the schema) and references across records.

The same style as every message: what is wrong, then what to do."""

from __future__ import annotations

RECORD_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": (
        "Thiếu trường bắt buộc \"{field}\". Cách sửa: thêm \"{field}:\" vào đây.",
        "The required field \"{field}\" is missing. To fix: add \"{field}:\" here.",
    ),
    "missing_vi": (
        "Thiếu bản tiếng Việt. Cách sửa: thêm \"vi: ...\" cạnh \"en:\".",
        "The Vietnamese text is missing. To fix: add \"vi: ...\" next to \"en:\".",
    ),
    "missing_en": (
        "Thiếu bản tiếng Anh. Cách sửa: thêm \"en: ...\" cạnh \"vi:\".",
        "The English text is missing. To fix: add \"en: ...\" next to \"vi:\".",
    ),
    "extra_forbidden": (
        "Trường \"{field}\" không có trong mẫu dữ liệu. Cách sửa: kiểm tra chính tả, hoặc xóa trường này.",
        "The field \"{field}\" is not part of the schema. To fix: check its spelling, or remove it.",
    ),
    "string_type": (
        "Cần một đoạn văn bản, nhận được {got}. Cách sửa: viết văn bản, đặt trong ngoặc kép nếu cần.",
        "Expected text, got {got}. To fix: write text, in quotes if needed.",
    ),
    "string_too_short": (
        "Văn bản đang trống. Cách sửa: điền nội dung.",
        "The text is empty. To fix: fill it in.",
    ),
    "string_too_long": (
        "Văn bản quá dài (tối đa {max_length} ký tự). Cách sửa: rút gọn.",
        "The text is too long (at most {max_length} characters). To fix: shorten it.",
    ),
    "slug": (
        "Mã \"{got}\" không hợp lệ. Cách sửa: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, "
        "ví dụ 2024-khanh-khe-thanh-toan.",
        "The id \"{got}\" is not valid. To fix: use only lowercase ASCII letters, digits and hyphens, "
        "e.g. 2024-khanh-khe-thanh-toan.",
    ),
    "url": (
        "Địa chỉ \"{got}\" không hợp lệ: chỉ chấp nhận địa chỉ bắt đầu bằng http:// hoặc https://. "
        "Cách sửa: sửa địa chỉ.",
        "The address \"{got}\" is not allowed: only addresses starting with http:// or https:// are. "
        "To fix: correct the address.",
    ),
    "int_type": (
        "Cần một số nguyên, nhận được {got}. Cách sửa: viết một số, ví dụ 2.",
        "Expected a whole number, got {got}. To fix: write a number, e.g. 2.",
    ),
    "number_type": (
        "Cần một con số, nhận được {got}. Cách sửa: viết số, dùng dấu chấm cho phần thập phân (98.5).",
        "Expected a number, got {got}. To fix: write a number, with a point for decimals (98.5).",
    ),
    "bool_type": (
        "Cần true hoặc false, nhận được {got}. Cách sửa: viết true hoặc false (không dùng yes/no).",
        "Expected true or false, got {got}. To fix: write true or false (not yes/no).",
    ),
    "list_type": (
        "Cần một danh sách (các dòng bắt đầu bằng \"- \"), nhận được {got}. Cách sửa: viết dạng danh sách.",
        "Expected a list (lines starting with \"- \"), got {got}. To fix: write it as a list.",
    ),
    "mapping_type": (
        "Cần các cặp khóa: giá trị, nhận được {got}. Cách sửa: xem tệp mẫu.",
        "Expected keys and values, got {got}. To fix: compare with an example file.",
    ),
    "literal_error": (
        "Giá trị {got} không hợp lệ. Cách sửa: dùng một trong các giá trị: {expected}. Nếu không giá trị nào "
        "đúng với văn bản, đừng chọn giá trị gần đúng: nhờ người bảo trì thêm giá trị mới vào danh sách trong "
        "generator/model/ (catalogues.py, fields.py hoặc campaign.py).",
        "The value {got} is not allowed. To fix: use one of: {expected}. If none of them is what the document "
        "says, do not pick the nearest: ask the maintainers to add the value to the "
        "list in generator/model/ (catalogues.py, fields.py or campaign.py).",
    ),
    "comparison": (
        "Từ so sánh {got} không có trong danh mục. Cách sửa: dùng đúng từ trong văn bản, một trong: {expected}. "
        "Nếu văn bản dùng từ khác, đừng thay bằng từ gần nghĩa: nhờ người bảo trì thêm từ đó, với nghĩa và cách "
        "dịch tiếng Anh, vào generator/model/comparisons.py.",
        "The comparison word {got} is not known. To fix: use the document's word, one of: {expected}. If the "
        "document uses another word, do not swap in a near one: ask the maintainers to add it, with its meaning "
        "and English wording, to generator/model/comparisons.py.",
    ),
    "too_short": (
        "Danh sách cần ít nhất {min_length} mục. Cách sửa: thêm nội dung.",
        "The list needs at least {min_length} item(s). To fix: add them.",
    ),
    "number_range": (
        "Giá trị {got} nằm ngoài khoảng cho phép ({limit}). Cách sửa: kiểm tra lại con số.",
        "The value {got} is out of range ({limit}). To fix: check the figure.",
    ),
    "date_format": (
        "\"{got}\" không phải ngày dạng YYYY-MM-DD. Cách sửa: viết năm-tháng-ngày, ví dụ 2024-06-12 "
        "(hoặc 2024-06 nếu văn bản chỉ ghi tháng).",
        "\"{got}\" is not a date in YYYY-MM-DD form. To fix: write year-month-day, e.g. 2024-06-12 "
        "(or 2024-06 where the document gives only the month).",
    ),
    "date_invalid": (
        "Ngày {got} không tồn tại. Cách sửa: kiểm tra ngày và tháng.",
        "The date {got} does not exist. To fix: check the day and month.",
    ),
    "date_needs_day": (
        "Ngày {got} thiếu ngày cụ thể, nhưng ở đây cần đủ ngày. Cách sửa: viết đủ YYYY-MM-DD.",
        "The date {got} has no day, but a full date is needed here. To fix: write YYYY-MM-DD.",
    ),
    "invalid": (
        "Giá trị không hợp lệ: {detail}. Cách sửa: xem mô tả trường trong lược đồ (JSON Schema).",
        "Invalid value: {detail}. To fix: see the field's description in the JSON Schema.",
    ),
    # Across records
    "duplicate_id": (
        "Mã \"{id}\" đã được dùng ở {other}. Cách sửa: đặt mã khác cho một trong hai.",
        "The id \"{id}\" is already used at {other}. To fix: give one of them another id.",
    ),
    "reserved_id": (
        "Mã \"{id}\" là tên một thư mục của trang web (danh sách theo đơn vị). Cách sửa: đặt mã khác.",
        "The id \"{id}\" is the name of one of the site's folders (the list by unit). To fix: choose another id.",
    ),
    "unknown_ref": (
        "Không tìm thấy {kind_vi} có mã \"{id}\". Cách sửa: sửa mã, hoặc thêm vào {file}.",
        "No {kind_en} with id \"{id}\" exists. To fix: correct the id, or add it to {file}.",
    ),
    "percent_range": (
        "Tỷ lệ {got}% nằm ngoài khoảng 0-100. Cách sửa: kiểm tra lại con số trong văn bản.",
        "The percentage {got}% is outside 0-100. To fix: check the figure in the document.",
    ),
    "negative_value": (
        "Giá trị {got} không được âm. Cách sửa: kiểm tra lại con số.",
        "The value {got} cannot be negative. To fix: check the figure.",
    ),
}
