"""Every message staff can see, in Vietnamese and English: what is wrong, then what to do."""

from __future__ import annotations

from collections.abc import Mapping

from .messages_hostile import HOSTILE_MESSAGES
from .messages_import import IMPORT_MESSAGES

# code -> (Vietnamese, English). `{name}` fields come from the problem's params.
CATALOGUE: dict[str, tuple[str, str]] = {
    # Reading files
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
    # Schema
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
        "generator/model.py.",
        "The value {got} is not allowed. To fix: use one of: {expected}. If none of them is what the document "
        "says, do not pick the nearest: ask the maintainers to add the value to the list in generator/model.py.",
    ),
    "comparison": (
        "Từ so sánh {got} không có trong danh mục. Cách sửa: dùng đúng từ trong văn bản, một trong: {expected}. "
        "Nếu văn bản dùng từ khác, đừng thay bằng từ gần nghĩa: nhờ người bảo trì thêm từ đó, với nghĩa và cách "
        "dịch tiếng Anh, vào generator/comparisons.py.",
        "The comparison word {got} is not known. To fix: use the document's word, one of: {expected}. If the "
        "document uses another word, do not swap in a near one: ask the maintainers to add it, with its meaning "
        "and English wording, to generator/comparisons.py.",
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
    # Targets in any unit, awards and unknowns (the law's catalogues)
    "results_grade": (
        "\"{got}\" không phải một mức xếp loại của chỉ tiêu này ({grades}). Cách sửa: ghi đúng một mức.",
        "\"{got}\" is not one of this indicator's grades ({grades}). To fix: write one of them.",
    ),
    "results_done": (
        "\"{got}\" không rõ là hoàn thành hay chưa. Cách sửa: ghi \"hoàn thành\" hoặc \"chưa hoàn thành\".",
        "\"{got}\" does not say done or not done. To fix: write \"hoàn thành\" (done) or \"chưa hoàn thành\" "
        "(not done).",
    ),
    "results_counts_not_ratio": (
        "Tử số và mẫu số chỉ dùng cho tỷ lệ; chỉ tiêu này đo bằng {unit}. Cách sửa: ghi con số vào cột giá trị.",
        "Numerator and denominator are only for rates; this indicator is measured in {unit}. To fix: write the "
        "figure in the value column.",
    ),
    "target_scale": (
        "Từ so sánh \"{word}\" dùng cho {word_scale_vi}, nhưng chỉ tiêu \"{indicator}\" đo bằng {unit}. "
        "Cách sửa: chọn từ so sánh hợp với đơn vị đo, hoặc sửa \"unit\" của chỉ tiêu trong "
        "campaigns/registry/indicators.yaml.",
        "The comparison word \"{word}\" is for {word_scale_en}, but the indicator \"{indicator}\" is measured in "
        "{unit}. To fix: choose a word that fits the unit, or correct the indicator's \"unit\" in "
        "campaigns/registry/indicators.yaml.",
    ),
    "target_needs_value": (
        "Chỉ tiêu đo bằng con số cần \"value\". Cách sửa: ghi con số của văn bản; nếu văn bản không ghi, "
        "không đặt chỉ tiêu này vào \"targets\" mà ghi vào \"contents\".",
        "A target measured in figures needs a \"value\". To fix: write the document's figure; if it gives none, "
        "put this aim in \"contents\" instead of \"targets\".",
    ),
    "target_needs_grade": (
        "Chỉ tiêu xếp loại cần \"grade\", một trong: {grades}. Cách sửa: ghi mức xếp loại của văn bản; nếu "
        "không có trong danh sách, thêm vào \"grades\" của chỉ tiêu trong campaigns/registry/indicators.yaml.",
        "A graded target needs a \"grade\", one of: {grades}. To fix: write the document's grade; if it is not "
        "listed, add it to the indicator's \"grades\" in campaigns/registry/indicators.yaml.",
    ),
    "target_whole_number": (
        "Chỉ tiêu \"{indicator}\" ({unit}) đếm bằng số nguyên, nhưng con số là {got}. "
        "Cách sửa: kiểm tra lại con số trong văn bản.",
        "The indicator \"{indicator}\" ({unit}) counts in whole numbers, but the figure is {got}. "
        "To fix: check the figure in the document.",
    ),
    "target_no_figure": (
        "Chỉ tiêu \"{word}\" không có con số hay mức xếp loại. Cách sửa: xóa \"value\" và \"grade\".",
        "A \"{word}\" target has no figure or grade. To fix: remove \"value\" and \"grade\".",
    ),
    "award_recipient": (
        "{award_vi} không dùng để khen {recipient_vi} (chỉ: {allowed_vi}). Cách sửa: kiểm tra đối tượng trong "
        "văn bản, hoặc \"kind\" của hình thức khen thưởng trong campaigns/registry/award-forms.yaml.",
        "{award_en} is not conferred on a {recipient_en} (only: {allowed_en}). To fix: check who is awarded in the "
        "document, or the award form's \"kind\" in campaigns/registry/award-forms.yaml.",
    ),
    "unknown_needs_note": (
        "Khi ghi \"not_in_copy\" (không có trong bản đang có), cần \"note\" nói vì sao "
        "(ví dụ: bản chụp thiếu trang 3). "
        "Cách sửa: thêm note: {{vi: …, en: …}}.",
        "\"not_in_copy\" (not in the copy at hand) needs a \"note\" saying why (e.g. the scan lacks page 3). "
        "To fix: add note: {{vi: …, en: …}}.",
    ),
    "award_conferred_by": (
        "Hình thức khen thưởng loại {kind} phải ghi \"conferred_by\" (đơn vị có thẩm quyền khen). Cách sửa: thêm "
        "conferred_by: <mã đơn vị>; chỉ loại proposal mới được bỏ trống khi văn bản ghi \"cấp có thẩm quyền\".",
        "An award form of kind {kind} needs \"conferred_by\" (the unit that confers it). To fix: add conferred_by: "
        "<unit id>; only a proposal may leave it out, where the document says \"the competent authority\".",
    ),
    "indicator_counted": (
        "Chỉ tiêu đếm số lượng (unit: count) phải ghi \"counted\" (đếm cái gì: hộ, người…), và chỉ nó mới có. "
        "Cách sửa: thêm counted: {{vi: hộ, en: households}}, hoặc bỏ \"counted\" nếu unit là {unit}.",
        "A count indicator (unit: count) must say what it counts in \"counted\", and only it may. "
        "To fix: add counted: {{vi: hộ, en: households}}, or remove \"counted\" if the unit is {unit}.",
    ),
    "indicator_grades": (
        "Chỉ tiêu xếp loại (unit: grade) phải có \"grades\" (tốt nhất trước), và chỉ nó mới có. "
        "Cách sửa: thêm grades, hoặc bỏ \"grades\" nếu unit là {unit}.",
        "A graded indicator (unit: grade) must list its \"grades\" (best first), and only it may. "
        "To fix: add grades, or remove \"grades\" if the unit is {unit}.",
    ),
    "dates_order": (
        "{later_vi} ({later}) đứng trước {earlier_vi} ({earlier}). Cách sửa: kiểm tra hai ngày này.",
        "The {later_en} ({later}) comes before the {earlier_en} ({earlier}). To fix: check both dates.",
    ),
    "duration_mismatch": (
        "Văn bản ghi {stated} ngày nhưng từ {start} đến hết {end} là {actual} ngày. "
        "Giữ nguyên như văn bản và ghi chú sự chênh lệch trong \"notes\".",
        "The document states {stated} days, but {start} through {end} is {actual} days. "
        "Keep it as the document says, and record the difference in \"notes\".",
    ),
    "duration_unnoted": (
        "Số ngày văn bản nêu ({stated}) khác với khoảng ngày ({actual}) nhưng chưa có ghi chú. "
        "Cách sửa: thêm một mục vào \"notes\" nói rõ sự chênh lệch.",
        "The stated number of days ({stated}) differs from the dates ({actual}) and no note says so. "
        "To fix: add an entry to \"notes\" explaining the difference.",
    ),
    "forwarding_before_window": (
        "Hạn chuyển hồ sơ lên cấp trên (ngày cuối {forwarding}) sớm hơn ngày cuối nhận hồ sơ ({closes}). "
        "Cách sửa: kiểm tra hai ngày này trong văn bản.",
        "The forwarding deadline (last day {forwarding}) is before the submission window closes ({closes}). "
        "To fix: check both dates in the document.",
    ),
    "start_needed": (
        "Thời gian thi đua cần \"starts\" hoặc \"starts_at_issuance: true\". Cách sửa: thêm một trong hai.",
        "The period needs \"starts\" or \"starts_at_issuance: true\". To fix: add one of them.",
    ),
    "weaker_than_parent": (
        "Chỉ tiêu \"{child}\" kém chặt hơn chỉ tiêu của kế hoạch cấp trên {parent} (\"{parent_target}\"). "
        "Cách sửa: chỉ tiêu cấp dưới phải ít nhất bằng cấp trên.",
        "The target \"{child}\" is weaker than the parent plan {parent}'s (\"{parent_target}\"). "
        "To fix: a child plan's target must be at least as strict as its parent's.",
    ),
    "unit_not_valid": (
        "Đơn vị \"{id}\" không tồn tại vào ngày {date} (chỉ có {valid}). Cách sửa: dùng đơn vị đúng thời điểm.",
        "The unit \"{id}\" did not exist on {date} (valid {valid}). To fix: use the unit of that time.",
    ),
    "footnote_missing": (
        "Văn bản dẫn chú thích [^{number}] nhưng không có chú thích số {number}. Cách sửa: thêm vào \"footnotes\".",
        "The text cites footnote [^{number}] but there is no footnote {number}. To fix: add it to \"footnotes\".",
    ),
    "footnote_unused": (
        "Chú thích số {number} không được dẫn ở đâu. Cách sửa: thêm [^{number}] vào văn bản (cả vi và en).",
        "Footnote {number} is never cited. To fix: add [^{number}] to the text (both vi and en).",
    ),
    "citation_uncited": (
        "\"citations\" ghi cách gọi văn bản \"{id}\" nhưng văn bản này không dẫn nó (references, footnotes, "
        "implements, criteria_from). Cách sửa: thêm văn bản vào chỗ được dẫn, hoặc bỏ dòng này.",
        "\"citations\" words the document \"{id}\" but this document does not cite it (references, footnotes, "
        "implements, criteria_from). To fix: add it where it is cited, or remove this entry.",
    ),
    "citation_twice": (
        "Văn bản \"{id}\" có hai cách gọi trong \"citations\". Cách sửa: giữ một dòng, đúng như văn bản ghi.",
        "The document \"{id}\" is worded twice in \"citations\". To fix: keep one entry, as the document words it.",
    ),
    "footnote_language": (
        "Chú thích [^{number}] chỉ được dẫn trong bản {language}. Cách sửa: dẫn ở cả hai bản.",
        "Footnote [^{number}] is cited only in the {language} text. To fix: cite it in both.",
    ),
    "page_missing": (
        "Trang viết tay \"{page}\" chỉ có bản {present}, thiếu bản {absent}. Cách sửa: tạo {expected}.",
        "The hand-written page \"{page}\" exists only in {present}, not in {absent}. To fix: create {expected}.",
    ),
    "missing_translation": (
        "Chuỗi giao diện \"{key}\" chưa có bản {language}. Cách sửa: thêm khóa này vào tệp.",
        "The interface string \"{key}\" has no {language} version. To fix: add the key to this file.",
    ),
    # Result tables
    "results_empty": (
        "Bảng kết quả trống. Cách sửa: thêm dòng tiêu đề và số liệu, hoặc xóa tệp.",
        "The result table is empty. To fix: add a header row and figures, or delete the file.",
    ),
    "csv_syntax": (
        "Tệp CSV hỏng: {problem}. Cách sửa: xuất lại từ bảng tính dưới dạng CSV UTF-8.",
        "The CSV file is damaged: {problem}. To fix: export it again from the spreadsheet as CSV UTF-8.",
    ),
    "xlsx_unreadable": (
        "Không đọc được tệp Excel ({problem}). Cách sửa: mở và lưu lại dưới dạng .xlsx.",
        "The Excel file cannot be read ({problem}). To fix: open it and save it again as .xlsx.",
    ),
    "results_unknown_column": (
        "Cột \"{column}\" không được hỗ trợ. Cách sửa: đổi tên cột thành một trong: {known} "
        "(hoặc tên tiếng Việt: đơn vị, chỉ tiêu, kỳ, giá trị, tử số, mẫu số, ngày số liệu, nguồn).",
        "The column \"{column}\" is not supported. To fix: rename it to one of: {known} "
        "(or the Vietnamese names: đơn vị, chỉ tiêu, kỳ, giá trị, tử số, mẫu số, ngày số liệu, nguồn).",
    ),
    "results_missing_column": (
        "Thiếu cột \"{column}\". Cách sửa: thêm cột này vào dòng tiêu đề.",
        "The column \"{column}\" is missing. To fix: add it to the header row.",
    ),
    "results_period": (
        "Kỳ báo cáo \"{got}\" không hợp lệ. Cách sửa: viết 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-09 (tháng), "
        "2026 (năm) hoặc 2026-09-30 (lũy kế đến ngày).",
        "The reporting period \"{got}\" is not valid. To fix: write 2026-Q3 (quarter), 2026-H1 (half year), "
        "2026-09 (month), 2026 (year) or 2026-09-30 (cumulative as of that day).",
    ),
    "results_number": (
        "\"{got}\" không phải con số. Cách sửa: viết số, ví dụ 98,5 hoặc 98.5.",
        "\"{got}\" is not a number. To fix: write a number, e.g. 98,5 or 98.5.",
    ),
    "results_count": (
        "\"{got}\" không phải số nguyên. Cách sửa: tử số và mẫu số là số hồ sơ, ví dụ 1.234.",
        "\"{got}\" is not a whole number. To fix: numerators and denominators are counts, e.g. 1,234.",
    ),
    "results_no_figure": (
        "Dòng này không có số liệu. Cách sửa: điền giá trị (%), hoặc cả tử số và mẫu số.",
        "This row has no figure. To fix: fill in the value (%), or both the numerator and the denominator.",
    ),
    "results_numerator_above": (
        "Tử số {numerator} lớn hơn mẫu số {denominator}. Cách sửa: kiểm tra lại hai số này.",
        "The numerator {numerator} is larger than the denominator {denominator}. To fix: check both figures.",
    ),
    "results_zero_denominator": (
        "Mẫu số bằng 0 nên không tính được tỷ lệ. Cách sửa: bỏ dòng này, hoặc sửa mẫu số.",
        "The denominator is 0, so no rate can be computed. To fix: remove the row, or correct the denominator.",
    ),
    "results_inconsistent": (
        "Giá trị {value}% không khớp với tử số/mẫu số ({computed}%). Cách sửa: sửa một trong hai.",
        "The value {value}% does not match numerator/denominator ({computed}%). To fix: correct one of them.",
    ),
    "results_period_outside": (
        "Kỳ {got} ({start} – {end}) nằm ngoài thời gian thi đua ({campaign_start} – {campaign_end}). "
        "Cách sửa: kiểm tra kỳ báo cáo, hoặc đặt tệp vào đúng phong trào.",
        "The period {got} ({start} – {end}) lies outside the campaign ({campaign_start} – {campaign_end}). "
        "To fix: check the period, or put the file under the right campaign.",
    ),
    "results_duplicate": (
        "Đã có số liệu cho đơn vị, chỉ tiêu và kỳ này ở {other}. Cách sửa: giữ một dòng.",
        "There is already a figure for this unit, indicator and period at {other}. To fix: keep one row.",
    ),
    "results_unknown_campaign": (
        "Thư mục \"{id}\" không phải mã phong trào nào. Cách sửa: đặt tên thư mục đúng mã phong trào.",
        "The folder \"{id}\" is not the id of any campaign. To fix: name the folder after the campaign's id.",
    ),
    # Commendation decisions
    "award_not_offered": (
        "Phong trào {campaign} không có hình thức khen thưởng \"{form}\". Cách sửa: dùng hình thức phong trào "
        "có ({offered}); nếu văn bản của phong trào có hình thức này mà tệp chưa ghi, thêm nó vào \"awards:\" "
        "trong tệp của phong trào.",
        "The campaign {campaign} does not offer the award form \"{form}\". To fix: use a form it offers "
        "({offered}); if the campaign's document offers this one but its file does not list it, add it to "
        "\"awards:\" in the campaign's file.",
    ),
    "decision_before_campaign": (
        "Quyết định ngày {date} có trước khi phong trào bắt đầu ({start}). Cách sửa: kiểm tra ngày quyết định.",
        "The decision of {date} predates the start of the campaign ({start}). To fix: check the decision's date.",
    ),
    "individual_needs_name": (
        "Khen {recipient_vi} cần họ tên ({who_vi}). Cách sửa: thêm \"name:\".",
        "An award to {recipient_en} needs a name ({who_en}). To fix: add \"name:\".",
    ),
    "todo_left": (
        "Còn chỗ TODO chưa điền. Cách sửa: thay bằng nội dung của văn bản đã ký (hoặc xóa mục không có).",
        "A TODO is left to fill in. To fix: replace it with the signed document's text (or remove the item).",
    ),
    "no_campaigns": (
        "Không có phong trào nào trong campaigns/plans/. Cách sửa: thêm một tệp .yaml.",
        "There are no campaigns in campaigns/plans/. To fix: add a .yaml file.",
    ),
    "contact_missing": (
        "Nghị định 42/2022/NĐ-CP yêu cầu nêu {field_vi} của cơ quan quản lý trang; chưa có nên trang ghi "
        "\"Chưa cung cấp\". "
        "Cách sửa: điền {fields} trong campaigns/site.yaml.",
        "Decree 42/2022/NĐ-CP asks for the managing agency's {field_en}; not provided yet, so the site says "
        "\"Not yet provided\". "
        "To fix: fill in {fields} in campaigns/site.yaml.",
    ),
    "missing_file": (
        "Thiếu tệp bắt buộc. Cách sửa: tạo tệp này (xem README).",
        "A required file is missing. To fix: create it (see the README).",
    ),
    # --- Commands that write files (`new`, `import-xlsx`): refused before anything is written -------------
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
    # --- Hostile and careless input (issue 17): files not read, table limits, unclear figures, unsafe text ---
    **HOSTILE_MESSAGES,
    # --- import-plan (issue 16) ---
    **IMPORT_MESSAGES,
}


def explain(code: str, params: Mapping[str, object]) -> tuple[str, str]:
    """The Vietnamese and English message for `code`, filled with `params`."""
    vi, en = CATALOGUE.get(code, CATALOGUE["invalid"])
    safe = _Defaulting(params)
    return vi.format_map(safe), en.format_map(safe)


def bilingual(code: str, **params: object) -> str:
    """The message for `code` as two lines, Vietnamese first: for errors that have no place in a file."""
    vi, en = explain(code, params)
    return f"vi: {vi}\nen: {en}"


class _Defaulting(dict[str, object]):
    """Format params where a missing name shows as itself instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
