"""Read a signed plan (.docx, .md or .txt) into paragraphs, each with where it stands in the source."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...base.errors import InputProblems, Location, Problem

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"     # an encrypted .docx (or an old .doc) is an OLE compound file
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Para:
    """One paragraph: its lines as written (markup removed), and its place: a line, or a paragraph number."""

    lines: tuple[str, ...]
    line: int
    bold: bool = False

    @property
    def text(self) -> str:
        """The paragraph as one line of text."""
        return clean_spaces(" ".join(self.lines))


@dataclass(frozen=True)
class Source:
    """A document read into paragraphs; `unit` says whether `Para.line` counts lines or paragraphs."""

    path: Path
    paras: tuple[Para, ...]
    unit: str = "line"

    def where(self, para: Para) -> str:
        """`file:line` for a text file, `file, đoạn/paragraph N` for a Word file."""
        if self.unit == "line":
            return f"{self.path.name}:{para.line}"
        return f"{self.path.name}, đoạn/paragraph {para.line}"


def clean_spaces(text: str) -> str:
    """NFC, non-breaking and repeated spaces made one space, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def fail(path: Path, code: str, line: int = 0, **params: object) -> InputProblems:
    """The located problem for a file that cannot be imported."""
    return InputProblems([Problem(Location(path, line, 1 if line else 0), "", code, params)])


def read_source(path: Path) -> Source:
    """Read `path` by its suffix; raise InputProblems (nothing written) if it cannot be read as text."""
    suffix = path.suffix.lower()
    if suffix not in {".docx", ".md", ".txt"}:
        raise fail(path, "import_unsupported", suffix=suffix or path.name)
    try:
        data = path.read_bytes()[:MAX_BYTES]
    except OSError as error:
        raise fail(path, "import_corrupt", problem=error.strerror or type(error).__name__) from None
    source = read_docx(path, data) if suffix == ".docx" else read_text(path, data)
    source = Source(source.path, rejoin(source.paras), source.unit)
    if not any(para.text for para in source.paras):
        raise fail(path, "import_no_text")
    return source


def rejoin(paras: tuple[Para, ...]) -> tuple[Para, ...]:
    """A paragraph that begins in lower case continues the one before (a page break or a footnote block cut
    it); it keeps the first one's place."""
    joined: list[Para] = []
    for para in paras:
        first = para.text[:1]
        if joined and first.isalpha() and first.islower() and not re.match(r"^[a-zđ]\s*[).]\s", para.text):
            before = joined[-1]
            joined[-1] = Para((*before.lines, *para.lines), before.line, before.bold)
        else:
            joined.append(para)
    return tuple(joined)


def read_docx(path: Path, data: bytes) -> Source:
    """A Word file's body paragraphs (tables' cells too, in reading order), numbered from 1."""
    if data.startswith(OLE_MAGIC):
        raise fail(path, "import_encrypted")
    if not zipfile.is_zipfile(path):
        raise fail(path, "import_corrupt", problem="không phải tệp zip / not a zip archive")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise fail(path, "import_corrupt", problem=type(error).__name__) from None
    except Exception as error:         # lxml's XMLSyntaxError and kin: a damaged part
        raise fail(path, "import_corrupt", problem=type(error).__name__) from None
    paras: list[Para] = []
    body = body_paragraphs(document)
    for number, paragraph in enumerate(body, start=1):
        lines = tuple(clean_spaces(part) for part in paragraph_text(paragraph).split("\n"))
        runs = [run for run in paragraph.runs if run.text.strip()]
        bold = bool(runs) and all(run.bold for run in runs)
        if any(lines):
            paras.append(Para(tuple(line for line in lines if line), number, bold))
    try:
        notes = word_footnotes(document)
    except Exception as error:     # a damaged footnotes part
        raise fail(path, "import_corrupt", problem=type(error).__name__) from None
    paras += [Para((f"[^{ident}] {text}",), len(body) + n) for n, (ident, text) in enumerate(notes, start=1) if text]
    return Source(path, tuple(paras), unit="paragraph")


def body_paragraphs(document: Any) -> list[Any]:
    """The body's paragraphs in reading order, those in tables too (Decree 30 puts the issuer and number, the
    motto and date, "Nơi nhận" and the signature side by side in tables), each merged cell once."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found: list[Any] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            found.append(Paragraph(child, document))
        elif tag == "tbl":
            seen: set[int] = set()
            for row in Table(child, document).rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        found += cell.paragraphs
    return found


def paragraph_text(paragraph: Any) -> str:
    """A Word paragraph's text, a superscript figure (a footnote mark typed as such) written as [^n]."""
    parts = []
    for run in paragraph.runs:
        text = run.text
        parts.append(f"[^{text.strip()}]" if run.font.superscript and text.strip().isdigit() else text)
        parts += [f"[^{mark.get(W + 'id')}]" for mark in run._r.iter(W + "footnoteReference")]
    return "".join(parts) if parts else str(paragraph.text)


def word_footnotes(document: Any) -> list[tuple[str, str]]:
    """The Word footnotes (id, text) of the document's footnotes part, in order; separators left out."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            return [(note.get(W + "id"), clean_spaces("".join(t.text or "" for t in note.iter(W + "t"))))
                    for note in root.iter(W + "footnote") if note.get(W + "type") is None]
    return []


def read_text(path: Path, data: bytes) -> Source:
    """A text or Markdown file: paragraphs are blocks between blank lines, Markdown markup taken out."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise fail(path, "import_not_text", byte=f"0x{data[error.start]:02x}") from None
    paras: list[Para] = []
    block: list[str] = []
    start = 0
    bold = False
    for number, raw in enumerate(text.splitlines() + [""], start=1):
        if raw.strip() in {"", "---"}:
            if block:
                paras.append(Para(tuple(block), start, bold))
            block = []
            continue
        if block and re.match(r"^\s*[-+•]\s", raw):      # a list item starts its own paragraph
            paras.append(Para(tuple(block), start, bold))
            block = []
        if not block:
            start, bold = number, raw.strip().startswith(("**", "#"))
        line = unmark(raw)
        if line:
            block.append(line)
    return Source(path, tuple(paras))


def unmark(line: str) -> str:
    """A Markdown line as plain text: headings, emphasis and HTML tags out; footnote marks as [^n]."""
    line = re.sub(r"<sup>\s*(\d+)\s*</sup>", r"[^\1]", line)
    line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
    line = re.sub(r"</?[a-zA-Z]+>", "", line)
    line = re.sub(r"^\s*#+\s*", "", line)
    line = re.sub(r"(\*\*|__|\*)", "", line)
    line = re.sub(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)", lambda m: "[^" + m.group(1).translate(SUPERSCRIPTS) + "]", line.strip())
    return clean_spaces(line)


SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
