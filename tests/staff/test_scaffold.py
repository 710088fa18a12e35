import re
from pathlib import Path

import pytest

from generator.base.errors import InputProblems, Problem
from generator.build import check
from generator.commands.cli import main
from tests.conftest import copy_project

FILLED = [
    (r"date: TODO", "date: 2027-01-15"), (r"starts: TODO", "starts: 2027-02-01"), (r"ends: TODO", "ends: 2027-12-31"),
    (r"published: TODO", "published: 2027-01-20"), (r"name: TODO họ tên", "name: Nguyễn Văn A"),
    (r"kind: TODO", "kind: plan"), (r"number: TODO", 'number: "12"'), (r"symbol: TODO", "symbol: KH-UBND"),
    (r"indicator: TODO", "indicator: ty-le-thanh-toan-truc-tuyen"), (r"comparison: TODO", "comparison: trên"),
    (r"value: TODO", "value: 45"), (r"unit: TODO", "unit: ubnd-xa-chi-lang"),
    (r"vi: TODO ([^,}\n]*)", r"vi: \1"), (r"en: TODO ([^,}\n]*)", r"en: \1"),
]
NEW = ["new", "2027-thu-nghiem", "--issuer", "ubnd-xa-chi-lang"]


def scaffold_and_check(tmp_path: Path) -> tuple[Path, list[str], list[Problem]]:
    """`new` in a copy of the project, then `check`: the record, its lines, and what check found."""
    project = copy_project(tmp_path)
    assert main(["--root", str(tmp_path), *NEW]) == 0
    path = project.content_dir / "plans" / "2027-thu-nghiem.yaml"
    with pytest.raises(InputProblems) as caught:
        check(project)
    return path, path.read_text(encoding="utf-8").splitlines(), caught.value.problems


def test_new_scaffolds_a_record_whose_todos_are_listed_by_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, lines, problems = scaffold_and_check(tmp_path)
    todos = [p for p in problems if p.code == "todo_left"]
    assert len(todos) == sum(1 for line in lines if "TODO" in line.split("#")[0])
    assert all("TODO" in lines[p.location.line - 1] for p in todos)
    assert main(["--root", str(tmp_path), "new", "2027-thu-nghiem", "--issuer", "x"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_filled_in_scaffold_passes(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    main(["--root", str(tmp_path), "new", "2027-thu-nghiem", "--issuer", "ubnd-xa-chi-lang"])
    path = project.content_dir / "plans" / "2027-thu-nghiem.yaml"
    text = path.read_text(encoding="utf-8")
    for pattern, replacement in FILLED:
        text = re.sub(pattern, replacement, text)
    path.write_text(text, encoding="utf-8")
    catalog, _ = check(project)
    assert "2027-thu-nghiem" in catalog.campaigns


def test_a_fresh_scaffold_fails_check_with_a_todo_at_each_sample(tmp_path: Path) -> None:
    """No sample value can pass: the target's indicator, word and figure, the document's kind, number and symbol."""
    path, lines, problems = scaffold_and_check(tmp_path)
    errors = [p for p in problems if p.severity == "error" and p.location.file == path]
    assert {p.code for p in errors} == {"todo_left"}                 # nothing else: no noise from the TODO values
    flagged = {lines[p.location.line - 1].split(":")[0].strip(" -") for p in errors}
    assert {"kind", "number", "symbol", "indicator", "comparison", "value", "unit"} <= flagged
    value_line = next(i for i, line in enumerate(lines, start=1) if line.strip().startswith("value:"))
    value_at = (value_line, lines[value_line - 1].index("TODO") + 1, "targets[0].value")
    assert value_at in {(p.location.line, p.location.column, p.path) for p in errors}


def files_under(root: Path) -> set[Path]:
    return set(root.rglob("*"))


def test_new_refuses_an_issuer_the_registry_does_not_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    before = files_under(tmp_path)
    assert main(["--root", str(tmp_path), "new", "2027-thu-nghiem", "--issuer", "ubnd-xa-chi-lan"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and files_under(tmp_path) == before
    assert "vi: Không có đơn vị \"ubnd-xa-chi-lan\"" in err and "en: There is no unit \"ubnd-xa-chi-lan\"" in err
    assert err.count("campaigns/registry/units.yaml") == 2 and "Cách sửa" in err and "To fix" in err
    assert "ubnd-xa-chi-lang" in err                                    # the id that was probably meant


@pytest.mark.parametrize("bad", ["../x", "../../x", "a/b", "..", ".", "x/../../y", "/ABSOLUTE", "a\\b", "X-Hoa",
                                 "a b", "", "2027-xa-chủ-đề", "-x", "a--b", "x.yaml"])
def test_new_refuses_an_id_that_is_not_a_slug(bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    copy_project(root)
    campaign_id = str(tmp_path / "outside") if bad == "/ABSOLUTE" else bad
    before = files_under(tmp_path)
    assert main(["--root", str(root), "new", "--issuer", "ubnd-xa-chi-lang", "--", campaign_id]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and files_under(tmp_path) == before
    assert "vi: Mã phong trào" in err and "en: The campaign id" in err and "nothing was written" in err
