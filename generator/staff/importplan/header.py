"""The layout Decree 30/2020/NĐ-CP prescribes: number and symbol, place and date, kind and subject, signature,
"Nơi nhận"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model.catalogues import DOCUMENT_KINDS
from .source import Para

NUMBER = re.compile(r"^Số\s*:?\s*(\d*)\s*/\s*([0-9A-Za-zĐđ.\-]+)", re.IGNORECASE)
PLACE_DATE = re.compile(r"^([^,]{2,40}),\s*ngày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4})", re.IGNORECASE)
SIGN_PREFIX = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*(.+)$")
NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ ){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do", re.IGNORECASE)
KINDS = {kind.vi.casefold(): kind.code for kind in DOCUMENT_KINDS}
PREFIX_ROLE = {"TM": "on_behalf_of", "KT": "signed_for", "Q": "acting", "TL": "by_order", "TUQ": "by_authority"}


@dataclass
class Header:
    """What the header and the signature block say; None where the document does not say it."""

    number: str | None = None
    symbol: str | None = None
    number_at: Para | None = None
    place: str | None = None
    date: str | None = None
    date_at: Para | None = None
    kind: str | None = None
    kind_word: str = ""
    title: str | None = None
    subject: str | None = None
    title_at: Para | None = None
    body_from: int = 0                       # index of the first paragraph after the title
    sign_lines: list[str] = field(default_factory=list)
    sign_at: Para | None = None
    name: str | None = None
    recipients: list[tuple[str, Para]] = field(default_factory=list)
    addressees: list[tuple[str, Para]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)      # indexes of paragraphs placed here
    body_name: str = ""                              # the issuing body's lines above the number, joined


def partial_date(day: str, month: str, year: str) -> str:
    """`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day (and month) are left blank, as drafts do."""
    if day and month:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year}-{int(month):02d}"
    return year


def read_header(paras: tuple[Para, ...]) -> Header:
    """Read the top of the document up to its title, then the signature block and recipients at the end."""
    header = Header()
    for index, para in enumerate(paras[:12]):
        text = para.text
        if header.symbol is None and header.date is None and header.kind is None and is_sign_block(para) \
                and not MOTTO.search(text) and text.casefold().strip(" :.") not in KINDS:
            header.body_name = " ".join(filter(None, [header.body_name, text]))
            header.used.add(index)
        elif MOTTO.search(text) and index < 6:
            header.used.add(index)
        elif header.symbol is None and (found := NUMBER.match(text)):
            header.number, header.symbol = found.group(1) or None, found.group(2)
            header.number_at = para
            header.used.add(index)
        elif header.date is None and (found := PLACE_DATE.match(text)):
            header.place = found.group(1).strip()
            header.date = partial_date(found.group(2), found.group(3), found.group(4))
            header.date_at = para
            header.used.add(index)
        elif header.kind is None and read_kind(header, paras, index):
            break
    read_signature(header, paras)
    for index, para in enumerate(paras[:25]):       # a letter's "Kính gửi:" list, under its subject
        if para.text.casefold().strip(" :") == "kính gửi":
            header.used.add(index)
            header.addressees = list_after(paras, index, header.used)
    return header


def read_kind(header: Header, paras: tuple[Para, ...], index: int) -> bool:
    """The kind heading ("KẾ HOẠCH") and the subject under it, or an official letter's "V/v ..." line."""
    text = paras[index].text
    if text.casefold().startswith("v/v"):
        header.kind, header.kind_word = "official_letter", "Công văn"
        header.subject = text
        rest = re.sub(r"^v/v\s*", "", text, flags=re.IGNORECASE)
        header.title = rest[:1].upper() + rest[1:]
        header.title_at, header.body_from = paras[index], index + 1
        header.used.add(index)
        return True
    code = KINDS.get(text.casefold().strip(" :."))
    if code is None or not text.isupper() or index + 1 >= len(paras):
        return False
    header.kind, header.kind_word = code, text[:1] + text[1:].lower()
    subject = paras[index + 1].text
    header.title = f"{header.kind_word} {subject[:1].lower() + subject[1:]}" if code == "launch_notice" else \
        f"{header.kind_word} {subject}"
    header.title_at, header.body_from = paras[index + 1], index + 2
    header.used.update({index, index + 1})
    return True


def read_signature(header: Header, paras: tuple[Para, ...]) -> None:
    """From the end: the signer's name, the block of upper-case lines above, and the "Nơi nhận" list."""
    for index in range(len(paras) - 1, max(len(paras) - 40, -1), -1):
        para = paras[index]
        text = para.text
        if header.name is None and NAME.match(text):
            header.name = text
            header.used.add(index)
        elif is_sign_block(para) and (not header.sign_lines or (index + 1 in header.used and sign_above(header))):
            header.sign_lines, header.sign_at = list(para.lines) + header.sign_lines, para
            header.used.add(index)
        elif text.casefold().strip(" :") == "nơi nhận":
            header.used.add(index)
            header.recipients = list_after(paras, index, header.used)


def sign_above(header: Header) -> bool:
    """Whether the block read so far can still grow upwards: TM. (on behalf of) is its top line."""
    return not header.sign_lines or not header.sign_lines[0].startswith("TM.")


def is_sign_block(para: Para) -> bool:
    """Upper-case lines naming a position (CHỦ TỊCH, GIÁM ĐỐC...), maybe with TM./KT./Q./TL."""
    letters = [c for c in para.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(para.text) < 120 and \
        not re.match(r"^[IVX]+\.", para.text)


def list_after(paras: tuple[Para, ...], index: int, used: set[int]) -> list[tuple[str, Para]]:
    """The "- item;" paragraphs that follow `index`, without their dash and end mark."""
    items: list[tuple[str, Para]] = []
    for at in range(index + 1, len(paras)):
        text = paras[at].text
        if not text.startswith(("-", "+", "•")):
            break
        items.append((text.lstrip("-+• ").rstrip(";.,"), paras[at]))
        used.add(at)
    return items


def signature_parts(lines: list[str]) -> tuple[dict[str, str], str]:
    """The prefixed lines (role -> words, e.g. signed_for -> CHỦ TỊCH) and the position, the last line."""
    roles: dict[str, str] = {}
    position = ""
    for line in lines:
        for part in re.split(r"(?=\b(?:TM|KT|Q|TL|TUQ)\.)", line):
            part = part.strip()
            if not part:
                continue
            found = SIGN_PREFIX.match(part.replace(".", ". ", 1)) if "." in part[:4] else None
            if found:
                roles[PREFIX_ROLE[found.group(1)]] = found.group(2).strip()
            else:
                position = part
    return roles, position
