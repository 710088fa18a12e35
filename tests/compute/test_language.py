import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.base.errors import InputProblems
from generator.compute.language import LOCALES_DIR, load_languages, sentence_start
from generator.model.dates import PartialDate


def test_both_catalogues_have_the_same_keys() -> None:
    vi, en = load_languages().values()
    assert set(vi.strings) == set(en.strings)


def test_a_missing_translation_is_an_error(tmp_path: Path) -> None:
    for code in ("vi", "en"):
        (tmp_path / f"{code}.yaml").write_text((LOCALES_DIR / f"{code}.yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    with (tmp_path / "vi.yaml").open("a", encoding="utf-8") as f:
        f.write("only_in_vietnamese: Chỉ có tiếng Việt\n")
    with pytest.raises(InputProblems) as caught:
        load_languages(tmp_path)
    [problem] = caught.value.problems
    assert problem.code == "missing_translation" and problem.params == {"key": "only_in_vietnamese", "language": "en"}


@pytest.mark.parametrize("date, vi, en", [
    (PartialDate(2024, 6, 12), "12/06/2024", "12 June 2024"),
    (PartialDate(2024, 6), "tháng 6/2024", "June 2024"),
    (PartialDate(2024), "năm 2024", "2024"),
])
def test_dates_at_their_precision(date: PartialDate, vi: str, en: str) -> None:
    languages = load_languages()
    assert languages["vi"].date(date) == vi
    assert languages["en"].date(date) == en


def test_numbers_the_local_way() -> None:
    languages = load_languages()
    assert languages["vi"].number(Decimal("98.5")) == "98,5"
    assert languages["en"].number(Decimal("98.5")) == "98.5"
    assert languages["vi"].number(Decimal("45.0")) == "45"


def test_figures_formatted_once_read_as_babel_writes_them() -> None:
    from babel.numbers import format_decimal

    languages = load_languages()
    for code in ("vi", "en"):
        for text in ("98.5", "98.50", "98.500", "45", "45.0", "0.05"):
            expected = format_decimal(Decimal(text).normalize() if Decimal(text) == Decimal(text).to_integral_value()
                                      else Decimal(text), locale=code, decimal_quantization=False)
            assert languages[code].number(Decimal(text)) == expected, (code, text)


def test_a_chart_axis_day_is_short_in_english_and_dd_mm_yyyy_in_vietnamese() -> None:
    languages = load_languages()
    assert languages["vi"].short_day(dt.date(2024, 9, 20)) == "20/09/2024"
    assert languages["en"].short_day(dt.date(2024, 9, 20)) == "20 Sep 2024"


def test_sentence_start_capitalises_only_the_first_letter() -> None:
    assert sentence_start("reception and results section of the Khánh Khê Commune") == (
        "Reception and results section of the Khánh Khê Commune")
    assert sentence_start("đội thi đua") == "Đội thi đua"
    assert sentence_start("") == ""
