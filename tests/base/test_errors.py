from pathlib import Path

from generator.base.errors import InputProblems, Location, Problem, format_problems


def test_problem_quotes_its_line_with_a_caret(tmp_path: Path) -> None:
    source = tmp_path / "x.yaml"
    source.write_text("a: 1\n  value: 145\n", encoding="utf-8")
    problem = Problem(Location(source, 2, 3), "targets[1].value", "percent_range", {"got": 145})
    text = format_problems([problem])
    assert text.splitlines()[0] == f"{source}:2:3: lỗi/error: targets[1].value"
    assert "  vi: Tỷ lệ 145% nằm ngoài khoảng 0-100." in text
    assert "  en: The percentage 145% is outside 0-100." in text
    assert text.splitlines()[-2:] == ["      2 |   value: 145", "        |   ^"]


def test_warnings_are_not_errors(tmp_path: Path) -> None:
    warning = Problem(Location(tmp_path / "a"), "", "duration_mismatch", {}, "warning")
    error = Problem(Location(tmp_path / "b"), "", "yaml_empty")
    assert InputProblems([warning, error]).errors == [error]
    assert "cảnh báo/warning" in warning.format()
