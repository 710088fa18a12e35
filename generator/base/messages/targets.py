"""Messages about targets in any unit, awards and unknown facts (the law's catalogues).

The same style as every message: what is wrong, then what to do."""

from __future__ import annotations

TARGET_MESSAGES: dict[str, tuple[str, str]] = {
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
    "wording_without_unit": (
        "Có lời văn bản gọi tên một đơn vị nhưng không có mã đơn vị \"{field}\". Cách sửa: thêm \"{field}\" (mã đơn vị "
        "trong danh mục) hoặc bỏ lời này.",
        "The document's wording of a unit is given but there is no unit id \"{field}\". To fix: add \"{field}\" "
        "(a registry unit id) or remove the wording.",
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
}
