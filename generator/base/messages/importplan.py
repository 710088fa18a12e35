"""Messages of `import-plan` (issue 16): a file that cannot be read as a plan; nothing is written."""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "import_unsupported": (
        "Lệnh import-plan chỉ đọc tệp .docx, .md hoặc .txt, không đọc \"{suffix}\"; chưa ghi tệp nào. Cách sửa: "
        "mở văn bản trong Word và lưu lại dưới dạng .docx (tệp .doc cũ, .pdf không đọc được).",
        "import-plan reads only .docx, .md or .txt files, not \"{suffix}\"; nothing was written. To fix: open the "
        "document in Word and save it as .docx (old .doc files and .pdf cannot be read).",
    ),
    "import_encrypted": (
        "Tệp Word được đặt mật khẩu (mã hóa) nên không đọc được; chưa ghi tệp nào. Cách sửa: mở tệp bằng mật "
        "khẩu, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại dưới dạng .docx.",
        "The Word file is protected by a password (encrypted) and cannot be read; nothing was written. To fix: "
        "open it with the password, remove the password (File > Info > Protect Document), save it as .docx.",
    ),
    "import_corrupt": (
        "Tệp .docx bị hỏng hoặc không phải tệp Word ({problem}); chưa ghi tệp nào. Cách sửa: mở tệp trong Word, "
        "lưu lại dưới dạng .docx; hoặc xin lại bản gốc.",
        "The .docx file is damaged or not a Word file ({problem}); nothing was written. To fix: open it in Word "
        "and save it again as .docx, or ask for the original again.",
    ),
    "import_not_text": (
        "Tệp văn bản không đọc được dưới dạng UTF-8 (byte {byte}); chưa ghi tệp nào. Cách sửa: lưu lại tệp với "
        "mã hóa UTF-8.",
        "The text file cannot be read as UTF-8 (byte {byte}); nothing was written. To fix: save it again as UTF-8.",
    ),
    "import_no_text": (
        "Tệp không có chữ nào (có thể là ảnh chụp hoặc bản quét); chưa ghi tệp nào. Cách sửa: dùng tệp Word "
        "gốc của văn bản, hoặc nhận dạng chữ (OCR) rồi soát lại trước khi nhập.",
        "The file has no text (it may be a photo or a scan); nothing was written. To fix: use the document's "
        "original Word file, or run text recognition (OCR) and proofread it before importing.",
    ),
    "import_not_a_plan": (
        "Tệp không giống một văn bản phát động thi đua: không thấy {missing}; chưa ghi tệp nào. Cách sửa: kiểm "
        "tra đúng tệp chưa; nếu đúng, tạo bản nháp bằng lệnh \"new\" và điền tay.",
        "The file does not look like a plan launching an emulation campaign: no {missing_en} was found; nothing "
        "was written. To fix: check that it is the right file; if it is, make a draft with \"new\" and fill it in.",
    ),
}
