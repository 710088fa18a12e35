"""Heading anchors that keep Vietnamese readable: accents dropped, đ folded to d."""

from __future__ import annotations

import functools
import re
import unicodedata

EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D"})


@functools.lru_cache(maxsize=1 << 16)      # the same headings, names and words come back on page after page
def fold(text: str) -> str:
    """ "Thanh toán trực tuyến, đăng ký" -> "Thanh toan truc tuyen, dang ky"."""
    decomposed = unicodedata.normalize("NFD", text.translate(EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 14)
def slugify(value: str, separator: str = "-") -> str:
    """A Markdown `toc` slugify: "Đối tượng thi đua" -> "doi-tuong-thi-dua"."""
    words = re.findall(r"[a-z0-9]+", fold(value).lower())
    return separator.join(words)
