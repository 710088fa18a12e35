"""Messages about result tables and commendation decisions.

The same style as every message: what is wrong, then what to do."""

from __future__ import annotations

RESULT_MESSAGES: dict[str, tuple[str, str]] = {
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
}
