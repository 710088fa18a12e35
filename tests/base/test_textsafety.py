"""Text from the data is shown to a terminal with every control and invisible character made visible."""

from __future__ import annotations

import pytest

from generator.base.textsafety import first_unsafe, terminal_safe


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\r", "\x9b", "\x7f", "\u202e", "\u2066", "\u200b", "\ufeff"])
def test_every_control_and_invisible_character_is_shown_by_its_code(char: str) -> None:
    shown = terminal_safe(f"Xã {char}Chi Lăng")
    assert char not in shown and f"<U+{ord(char):04X}>" in shown
    assert first_unsafe(f"a{char}") is not None


def test_vietnamese_text_tabs_and_newlines_are_left_as_they_are() -> None:
    text = "Ủy ban nhân dân xã Chi Lăng\n\t“trên 45%” – đạt"
    assert terminal_safe(text) == text and first_unsafe(text) is None
