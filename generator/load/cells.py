"""Reading one number from a table cell: one reading only, or a reason why not.

Spreadsheets in Viet Nam write "1.234,5"; in English "1,234.5"; pandas writes counts as "845.0".
A cell is read when every convention gives it the same value. "12.000" is 12 in one and 12000 in the
other, so it is refused with a reason rather than guessed. What a number means (a percentage, a count
of applications, km, VND) is not decided here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
NUMBER = re.compile(r"^[+-]?[0-9][0-9.,']*$")
GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:(?P<sep>[.,'])[0-9]{3})(?:(?P=sep)[0-9]{3})*$")   # 1.234.567, 12,000
AMBIGUOUS = re.compile(r"^[1-9][0-9]{0,2}[.,][0-9]{3}$")       # 12.000: twelve, or twelve thousand

# Why a cell is not read, as the catalogue's codes.
NOT_A_NUMBER, AMBIGUOUS_NUMBER, NOT_WHOLE, NEGATIVE_COUNT = (
    "results_number", "results_number_ambiguous", "results_count", "results_count_negative")


def read_decimal(text: str, decimal_mark: str | None = None) -> tuple[Decimal | None, str | None]:
    """ "98,5", "98.5", "98,5 %", "1.234,5", "1,234.5", "0,965": the value, or why it has none.

    With the file's `decimal_mark` known, "12.000" and "12,000" read one way only."""
    cleaned = SPACES.sub("", text)
    cleaned = cleaned[:-1] if cleaned.endswith("%") else cleaned
    sign, digits = split_sign(cleaned)
    if not NUMBER.match(digits or "x"):
        return None, NOT_A_NUMBER
    if AMBIGUOUS.match(digits):
        if decimal_mark is None:
            return None, AMBIGUOUS_NUMBER
        whole, _, fraction = digits.replace(decimal_mark, "#").replace(".", "").replace(",", "").partition("#")
        return Decimal(f"{sign}{whole}.{fraction}" if fraction else sign + whole), None
    plain = plain_digits(digits)
    if plain is None:
        return None, NOT_A_NUMBER
    try:
        return Decimal(sign + plain), None
    except InvalidOperation:
        return None, NOT_A_NUMBER


def read_count(text: str, decimal_mark: str | None = None) -> tuple[int | None, str | None]:
    """A whole number of things, at least 0: "1.234", "1,234", "1 234", "845.0" (as pandas writes it)."""
    if "%" in text:
        return None, NOT_WHOLE
    digits = SPACES.sub("", text).lstrip("+")
    if digits.startswith("-") and NUMBER.match(digits[1:] or "x") and digits.strip("-0.,"):
        return None, NEGATIVE_COUNT
    if decimal_mark is None and AMBIGUOUS.match(digits) and not digits.endswith("000"):
        return int(re.sub(r"[.,]", "", digits)), None      # 1.234: only one reading is a whole number
    value, problem = read_decimal(text, decimal_mark)
    if value is None:
        return None, NOT_WHOLE if problem == NOT_A_NUMBER else problem
    if value < 0:
        return None, NEGATIVE_COUNT
    if value != value.to_integral_value():
        return None, NOT_WHOLE
    return int(value), None


def split_sign(text: str) -> tuple[str, str]:
    if text.startswith(("+", "-")):
        return ("-" if text[0] == "-" else ""), text[1:]
    return "", text


def plain_digits(digits: str) -> str | None:
    """ "1.234,5" -> "1234.5": the last separator is the decimal one unless every separator groups thousands."""
    if digits.isdigit():
        return digits
    if GROUPED.match(digits):
        return re.sub(r"[.,']", "", digits)
    last = max(digits.rfind("."), digits.rfind(","), digits.rfind("'"))
    whole, fraction = digits[:last], digits[last + 1:]
    if digits[last] == "'" or not fraction or (whole and not valid_whole(whole, digits[last])):
        return None
    return re.sub(r"[.,']", "", whole or "0") + "." + fraction


def valid_whole(whole: str, decimal_mark: str) -> bool:
    """The part before the decimal mark: plain digits, or thousands grouped with another mark."""
    if whole.isdigit():
        return True
    match = GROUPED.match(whole)
    return match is not None and match.group("sep") != decimal_mark
