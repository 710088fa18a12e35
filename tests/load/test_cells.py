"""One number from a table cell: read one way only, or refused with the reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.load.cells import read_count, read_decimal


@pytest.mark.parametrize("text, value", [
    ("98,5", "98.5"), ("98.5", "98.5"), ("98,5 %", "98.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
    ("0,965", "0.965"), ("1.234.567", "1234567"), ("1.234.567,25", "1234567.25"), ("-3", "-3"), ("100", "100"),
    ("845.0", "845.0"), ("1 234", "1234"),
])
def test_a_number_with_one_reading_is_read(text: str, value: str) -> None:
    assert read_decimal(text) == (Decimal(value), None)


@pytest.mark.parametrize("text", ["12.000", "96,500", "100.000", "1.234"])
def test_a_number_that_reads_two_ways_is_refused_not_guessed(text: str) -> None:
    assert read_decimal(text) == (None, "results_number_ambiguous")


@pytest.mark.parametrize("text, value", [("12.000", "12000"), ("96,500", "96.5"), ("1.000", "1000")])
def test_a_semicolon_export_names_its_decimal_mark(text: str, value: str) -> None:
    assert read_decimal(text, ",") == (Decimal(value), None)


@pytest.mark.parametrize("text", ["1E+2", "1e5", "NaN", "Infinity", "1.2.3", ".5", "5.", "1,23,4", "", "abc",
                                  "1.234,5.6", "0x10", "١٢"])
def test_text_that_is_no_plain_number_is_refused(text: str) -> None:
    assert read_decimal(text) == (None, "results_number")


@pytest.mark.parametrize("text, count", [
    ("845.0", 845), ("845,00", 845), ("1.234", 1234), ("1,234", 1234), ("1 234", 1234), ("1.234.000", 1234000),
    ("1,000.00", 1000), ("0", 0), ("+5", 5),
])
def test_counts_as_spreadsheets_and_pandas_write_them(text: str, count: int) -> None:
    assert read_count(text) == (count, None)


@pytest.mark.parametrize("text, problem", [
    ("-5", "results_count_negative"), ("-1.234", "results_count_negative"), ("845.5", "results_count"),
    ("96.5%", "results_count"), ("12.000", "results_number_ambiguous"), ("2,000", "results_number_ambiguous"),
    ("1.5x", "results_count"),
])
def test_counts_that_are_negative_partial_or_unclear_are_refused(text: str, problem: str) -> None:
    assert read_count(text) == (None, problem)
