import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from generator.yamlload import format_path, load_yaml


def load(tmp_path: Path, text: str | bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / "x.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return load_yaml(path)


def codes(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.code for p in problems]


def test_yaml_11_surprises_are_not_applied(tmp_path: Path) -> None:
    loaded, problems = load(tmp_path, "a: no\nb: yes\nc: 2024-06-12\nd: true\ne: 45.5\nf: 7\ng: on\n")
    assert problems == []
    assert loaded.data == {"a": "no", "b": "yes", "c": "2024-06-12", "d": True, "e": Decimal("45.5"),
                           "f": 7, "g": "on"}


def test_leading_zero_is_refused_not_read_as_octal(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "sets: 010\n")
    assert codes(problems) == ["yaml_leading_zero"]
    assert (problems[0].location.line, problems[0].location.column) == (1, 7)
    assert problems[0].params["fixed"] == "10"


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert codes(problems) == ["yaml_duplicate_key"]
    assert problems[0].location.line == 3
    assert problems[0].params["first"] == 1


def test_tab_indent_is_located(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a:\n\tb: 1\n")
    assert codes(problems) == ["yaml_tab"]
    assert problems[0].location.line == 2


def test_syntax_error_is_located(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a: [1, 2\nb: 3\n")
    assert codes(problems) == ["yaml_syntax"]
    assert problems[0].location.line >= 2


def test_not_utf8_points_at_the_byte(tmp_path: Path) -> None:
    _, problems = load(tmp_path, b"a: ok\nb: caf\xe9\n")
    assert codes(problems) == ["not_utf8"]
    assert (problems[0].location.line, problems[0].location.column) == (2, 7)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    loaded, problems = load(tmp_path, "\ufeffa: 1\n".encode())
    assert problems == [] and loaded.data == {"a": 1}


def test_text_is_normalised_to_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Khánh Khê")
    loaded, _ = load(tmp_path, f"name: {decomposed}\n")
    assert loaded.data["name"] == unicodedata.normalize("NFC", "Khánh Khê")


def test_python_tags_are_refused(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a: !!python/name:os.system\n")
    assert codes(problems) == ["yaml_tag"]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    _, problems = load(tmp_path, "\n".join(lines) + "\n")
    assert codes(problems) == ["yaml_too_big"]


def test_positions_of_nested_items(tmp_path: Path) -> None:
    loaded, _ = load(tmp_path, "targets:\n  - value: 1\n  - value: 145\n")
    location = loaded.locate(("targets", 1, "value"))
    assert (location.line, location.column) == (3, 5)
    assert loaded.locate(("targets", 1, "missing")).line == 3


@pytest.mark.parametrize("path, text", [
    (("targets", 1, "value"), "targets[1].value"), ((), ""), (("a",), "a"),
])
def test_format_path(path: tuple, text: str) -> None:  # type: ignore[type-arg]
    assert format_path(path) == text
