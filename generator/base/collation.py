"""Alphabetical order as Vietnamese dictionaries keep it: a ă â b c d đ e ê …, tones after letters.

Python's `sorted` compares code points, which puts "Biên bản" before "Báo cáo", "Đợt" after "Z"
and "Ủy ban" after "Y". This is the Vietnamese tailoring of the Unicode Collation Algorithm
(CLDR `vi`) at the levels a list of names needs:

1. letters, where ă, â, đ, ê, ô, ơ and ư are letters of their own, each after its base letter;
   spaces, digits and punctuation come before every letter, other scripts' letters after;
2. tones, only where the letters tie: none, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute),
   nặng (dot below), CLDR's order;
3. case, lower before upper; then the text itself, so that no two texts tie.

English words sort as they do in English, as their letters are a subset.
"""

from __future__ import annotations

import functools
import unicodedata

LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
VIETNAMESE = 0x110000           # above every code point: letters rank after spaces, digits and punctuation
OTHER_LETTERS = VIETNAMESE + len(LETTERS)
VOWEL_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền, hỏi, ngã, sắc, nặng
MARKED = {("a", "breve"): "ă", ("a", "circumflex"): "â", ("e", "circumflex"): "ê", ("o", "circumflex"): "ô",
          ("o", "horn"): "ơ", ("u", "horn"): "ư"}
RANK = {letter: VIETNAMESE + number for number, letter in enumerate(LETTERS)}


@functools.lru_cache(maxsize=1 << 14)
def vietnamese_order(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str, str]:
    """A sort key: `sorted(names, key=vietnamese_order)` lists names as a Vietnamese reader expects."""
    letters: list[str] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if char in TONES:
            if tones:
                tones[-1] = TONES[char]
        elif char in VOWEL_MARKS and letters:
            base = letters[-1]
            letters[-1] = MARKED.get((base, VOWEL_MARKS[char]), base)
        elif not unicodedata.combining(char):
            letters.append(char)
            tones.append(0)
    primary = tuple(map(primary_weight, letters))
    cases = "".join("1" if char.isupper() else "0" for char in text if char.isalpha())
    return primary, tuple(tones), cases, text


def primary_weight(letter: str) -> int:
    """Where a letter (after its vowel marks) sorts: Vietnamese letters in their order, other letters after them,
    everything else before them by code point."""
    if letter in RANK:
        return RANK[letter]
    return OTHER_LETTERS + ord(letter) if letter.isalpha() else ord(letter)
