"""The standard abbreviations of Vietnamese administrative writing, expanded before two unit names are compared.

Decree 30/2020 lets a document shorten a body's name after its first use, and in practice the header or the
opening often writes "Sở Nông nghiệp và PTNT" or "UBND tỉnh" where the registry writes the name in full (or the
other way round). Both sides are expanded the same way and then compared exactly; a near name stays a proposal.
"""

from __future__ import annotations

import re

from .memory import key

# casefolded, as `memory.key` leaves them; a compound ("nn&ptnt") before the parts it contains
WORDS: dict[str, str] = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "tđkt": "thi đua - khen thưởng",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "ptnt": "phát triển nông thôn",
    "gtvt": "giao thông vận tải",
    "gd&đt": "giáo dục và đào tạo",
    "gdđt": "giáo dục và đào tạo",
    "tn&mt": "tài nguyên và môi trường",
    "tnmt": "tài nguyên và môi trường",
    "kh&cn": "khoa học và công nghệ",
    "khcn": "khoa học và công nghệ",
    "kh&đt": "kế hoạch và đầu tư",
    "khđt": "kế hoạch và đầu tư",
    "tt&tt": "thông tin và truyền thông",
    "tttt": "thông tin và truyền thông",
    "lđtb&xh": "lao động - thương binh và xã hội",
    "lđ-tb&xh": "lao động - thương binh và xã hội",
    "lđtbxh": "lao động - thương binh và xã hội",
    "vh,tt&dl": "văn hóa, thể thao và du lịch",
    "vhttdl": "văn hóa, thể thao và du lịch",
    "kt-xh": "kinh tế - xã hội",
    "ktxh": "kinh tế - xã hội",
    "tthc": "thủ tục hành chính",
    "cchc": "cải cách hành chính",
}
# old and new placement of the tone mark on "uy" (both are in use: "Uỷ ban", "Ủy ban")
OLD_TONES = {"uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy", "hoà": "hòa", "hoá": "hóa",
             "hoả": "hỏa", "thuỷ": "thủy", "khoẻ": "khỏe"}
TOKEN = re.compile(r"[^\s]+")
EDGE = ",;:()\"'"


def expand_word(word: str) -> str:
    """One casefolded word with its abbreviation written out; punctuation around it kept."""
    core = word.strip(EDGE)
    start = word.find(core) if core else 0
    full = WORDS.get(core) or OLD_TONES.get(core)
    if full is None:
        return word
    return word[:start] + full + word[start + len(core):]


def expanded(text: str) -> str:
    """`memory.key` of the text with every standard abbreviation written out ("Sở NN&PTNT" and
    "Sở Nông nghiệp và PTNT" both give "sở nông nghiệp và phát triển nông thôn")."""
    return TOKEN.sub(lambda match: expand_word(match.group()), key(text))
