"""Vietnamese alphabetical order (generator/base/collation.py)."""

from __future__ import annotations

from generator.base.collation import vietnamese_order


def in_order(*names: str) -> list[str]:
    return sorted(names, key=vietnamese_order)


def test_letters_with_marks_follow_their_base_letter() -> None:
    assert in_order("Ê-đê", "Đợt", "Dịch", "Bằng", "Biên", "Báo", "Ân", "Ăn", "An") == [
        "An", "Ăn", "Ân", "Báo", "Bằng", "Biên", "Dịch", "Đợt", "Ê-đê"]
    assert in_order("Ưu", "Ủy", "Ơn", "Ông", "Ổn", "Oai") == ["Oai", "Ổn", "Ông", "Ơn", "Ủy", "Ưu"]


def test_tones_count_only_where_the_letters_tie() -> None:
    assert in_order("ma", "mạ", "má", "mã", "mả", "mà") == ["ma", "mà", "mả", "mã", "má", "mạ"]  # CLDR vi
    assert in_order("Chủ tịch", "Chỉ tiêu", "Cá nhân", "Chuyển đổi số") == [
        "Cá nhân", "Chỉ tiêu", "Chủ tịch", "Chuyển đổi số"]


def test_words_compare_before_their_longer_forms_and_case_only_breaks_ties() -> None:
    assert in_order("Tỷ lệ hồ sơ", "Tỷ lệ", "Tổ", "Tờ") == ["Tổ", "Tờ", "Tỷ lệ", "Tỷ lệ hồ sơ"]
    assert in_order("Hội đồng Thi đua", "Hội đồng nhân dân", "hội đồng nhân dân") == [
        "hội đồng nhân dân", "Hội đồng nhân dân", "Hội đồng Thi đua"]


def test_decomposed_text_sorts_as_its_composed_form() -> None:
    assert vietnamese_order("Đợt")[:3] == vietnamese_order("Đo\u031b\u0323t")[:3]


def test_english_names_keep_english_order() -> None:
    names = ["Department of Transport", "Chi Lang commune", "Provincial People's Committee", "Agriculture"]
    assert in_order(*names) == sorted(names, key=str.casefold)


def test_spaces_digits_and_punctuation_come_before_letters_and_other_scripts_after() -> None:
    assert in_order("Ω", "ð", "a", "9", "(", " ", "。", "z") == [" ", "(", "9", "。", "a", "z", "ð", "Ω"]


def test_a_leading_tone_mark_or_an_empty_text_still_sorts() -> None:
    assert in_order("a", "\u0301a", "") == ["", "a", "\u0301a"]


def test_different_texts_never_tie() -> None:
    texts = ["Đà Nẵng", "Da Nang", "da nang", "Đa Năng", "Đà Nẵng ", "đà nẵng", "Ða Nang"]
    assert len({vietnamese_order(t) for t in texts}) == len(texts)
    assert in_order(*texts) == in_order(*reversed(texts))
