import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from generator.load.yamlload import format_path, load_yaml


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
    assert (problems[0].location.line, problems[0].location.column) == (1, 4)     # the bracket left open


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


@pytest.mark.parametrize("text", ["a: !!int Phong trào\n", "a: !!float x\n", "a: !!bool maybe\n"])
def test_a_type_tag_on_a_value_not_of_that_type_is_refused_not_a_crash(tmp_path: Path, text: str) -> None:
    _, problems = load(tmp_path, text)
    assert codes(problems) == ["yaml_tag"] and (problems[0].location.line, problems[0].location.column) == (1, 4)


def test_type_tags_on_values_of_their_type_are_read(tmp_path: Path) -> None:
    loaded, problems = load(tmp_path, "a: !!int '7'\nb: !!str 7\nc: !!float 5\n")
    assert problems == [] and loaded.data == {"a": 7, "b": "7", "c": Decimal(5)}


def test_aliases_are_copies_located_where_they_are_used(tmp_path: Path) -> None:
    loaded, problems = load(tmp_path, "a: &x\n  - v: 1\nb: *x\n")
    assert problems == [] and loaded.data == {"a": [{"v": 1}], "b": [{"v": 1}]}
    assert loaded.data["a"] is not loaded.data["b"]
    assert loaded.locate(("b",)).line == 3
    assert loaded.locate(("b", 0, "v")).line == 2          # inside the alias: where the anchored text is


@pytest.mark.parametrize("text, problem, line", [
    ("a: *nowhere\n", "found undefined alias *nowhere", 1),
    ("a: &x 1\nb: &x 2\n", "found duplicate anchor &x; first occurrence at line 1", 2),
    ("a: 1\n---\nb: 2\n", "expected a single document in the stream but found another document", 2),
])
def test_what_libyaml_composer_refused_is_still_refused_and_located(tmp_path: Path, text: str, problem: str,
                                                                    line: int) -> None:
    _, problems = load(tmp_path, text)
    assert [(p.code, p.params["problem"], p.location.line) for p in problems] == [("yaml_syntax", problem, line)]


@pytest.mark.parametrize("text, code", [("", "yaml_empty"), ("# only a comment\n", "yaml_empty"),
                                        ("---\n", "yaml_not_mapping"), ("- a\n", "yaml_not_mapping")])
def test_empty_and_non_mapping_files(tmp_path: Path, text: str, code: str) -> None:
    _, problems = load(tmp_path, text)
    assert codes(problems) == [code]


def test_an_alias_of_itself_is_a_loop_not_a_hang(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a: &x [1, *x]\n")
    assert codes(problems) == ["yaml_alias_loop"]


def test_a_key_that_is_a_list_is_refused_and_reading_goes_on(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "? [a]\n: 1\nb: 01\n")
    assert codes(problems) == ["yaml_syntax", "yaml_leading_zero"]


def test_aliases_of_anchors_in_dropped_values_cannot_nest_past_the_limit(tmp_path: Path) -> None:
    """A duplicate key's value is dropped but its anchor kept: its depth must still count for its aliases."""
    lines = ["k: 1", "k: &m0 " + "[" * 55 + "x" + "]" * 55]
    lines += [f"k: &m{i} " + "[" * 55 + f"*m{i - 1}" + "]" * 55 for i in range(1, 30)]
    _, problems = load(tmp_path, "\n".join(lines) + "\ny: *m29\n")
    assert "yaml_too_big" in codes(problems)


@pytest.mark.parametrize("text, where", [
    ('id: zz\ntheme: {vi: "Nâng cao\n  en: x\n', (2, 13)),           # the quote that is never closed
    ("id: zz\ntargets: [a, b\nnotes: x\n", (2, 10)),                   # the bracket, not line 3 it ran into
    ("id: zz\ntheme: {vi: x\n", (2, 8)),                                # the brace that is never closed
    ("id: zz\ntargets: [a, b}\n", (2, 15)),                              # on one line: where PyYAML stopped
    ('id: zz\ntheme: "Nâng cao\n  tỷ lệ \\q"\n', (3, 9)),               # a bad escape inside: the escape
    ('id: zz\ntheme: "Nâng cao\n---\n', (2, 8)),                        # a document marker inside: the quote
])
def test_an_unclosed_quote_or_bracket_is_located_where_it_opens(tmp_path: Path, text: str,
                                                                 where: tuple[int, int]) -> None:
    _, problems = load(tmp_path, text)
    assert codes(problems) == ["yaml_syntax"]
    assert (problems[0].location.line, problems[0].location.column) == where


@pytest.mark.parametrize("char", ["\u202e", "\u202d", "\u2067", "\u200f", "\u200b", "\u2060", "\ufeff", "\u00ad",
                                  "\u061c"])
def test_invisible_and_direction_characters_are_refused_where_they_are(tmp_path: Path, char: str) -> None:
    data, problems = load(tmp_path, f"title:\n  vi: Hạn nộp {char}2026-12-31\n")
    assert data is None and codes(problems) == ["invisible_character"]
    assert (problems[0].location.line, problems[0].location.column) == (2, 15)
    assert f"U+{ord(char):04X}" in problems[0].format() and char not in problems[0].format()


def test_a_terminal_escape_in_a_record_never_reaches_the_terminal_raw(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "title: \"\\e]0;owned\\a\\e[2J\"\nx: [\n")
    shown = "\n".join(problem.format(source_line="title: \x1b]0;owned\x07") for problem in problems)
    assert "\x1b" not in shown and "\x07" not in shown
