"""Test helper: a seed plan's text saved as a Word file with python-docx, as staff receive it."""

from __future__ import annotations

import re
from pathlib import Path

import docx

from generator.staff.importplan.source import Para, read_source

MARK = re.compile(r"(\[\^\d+\])")


def write_docx(paras: list[Para], out: Path) -> Path:
    """Each paragraph as a Word paragraph: line breaks kept, bold kept, footnote marks as superscript figures."""
    document = docx.Document()
    for para in paras:
        paragraph = document.add_paragraph()
        for number, line in enumerate(para.lines):
            for piece in MARK.split(line):
                if not piece:
                    continue
                run = paragraph.add_run(piece.strip("[^]") if MARK.fullmatch(piece) else piece)
                run.bold = para.bold
                run.font.superscript = bool(MARK.fullmatch(piece))
            if number < len(para.lines) - 1:
                paragraph.add_run().add_break()
    document.save(str(out))
    return out


def docx_from_text(text_file: Path, out: Path, repeat_body: int = 1) -> Path:
    """A seed's text file as .docx; `repeat_body` > 1 repeats the body to make a long plan (for timing)."""
    paras = list(read_source(text_file).paras)
    if repeat_body > 1:
        head, body, tail = paras[:6], paras[6:-12], paras[-12:]
        paras = head + body * repeat_body + tail
    return write_docx(paras, out)
