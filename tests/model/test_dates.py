import datetime as dt

import pytest
from pydantic_core import PydanticCustomError

from generator.model.dates import PartialDate, parse_full_date, parse_partial_date


@pytest.mark.parametrize("text, expected", [
    ("2024", PartialDate(2024)),
    ("2024-06", PartialDate(2024, 6)),
    ("2024-06-12", PartialDate(2024, 6, 12)),
])
def test_reads_each_precision(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected
    assert str(expected) == text


@pytest.mark.parametrize("text, code", [
    ("31/02/2024", "date_format"), ("2024-6-5", "date_format"), ("12 June 2024", "date_format"),
    ("2024-02-31", "date_invalid"), ("2024-13", "date_invalid"),
])
def test_refuses_what_a_person_would_not_mean(text: str, code: str) -> None:
    with pytest.raises(PydanticCustomError) as caught:
        parse_partial_date(text)
    assert caught.value.type == code


def test_a_month_spans_its_whole_month() -> None:
    june = PartialDate(2026, 6)
    assert june.first_day() == dt.date(2026, 6, 1)
    assert june.last_day() == dt.date(2026, 6, 30)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)


def test_a_deadline_needs_a_day() -> None:
    with pytest.raises(PydanticCustomError) as caught:
        parse_full_date("2024-12")
    assert caught.value.type == "date_needs_day"
