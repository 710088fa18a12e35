"""Open data: every download matches the data package descriptor that describes it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.render.data import to_csv
from tests.conftest import TODAY, copy_project


def parses_as(kind: str, text: str) -> bool:
    if text == "":
        return True                          # a missing value
    readers: dict[str, Callable[[str], object]] = {
        "string": str, "integer": int, "number": Decimal, "date": dt.date.fromisoformat,
        "boolean": {"true": True, "false": False}.__getitem__}
    try:
        readers[kind](text)
    except (ValueError, KeyError, ArithmeticError):
        return False
    return True


def resources(site: Path) -> tuple[Path, list[dict[str, Any]]]:
    folder = site / "du-lieu"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "data-package" and package["name"] == "thi-dua"
    return folder, package["resources"]


def test_descriptor_matches_every_file(built_site: Path) -> None:
    folder, described = resources(built_site)
    assert {r["name"] for r in described} >= {"khen-thuong", "chi-tieu", "phong-trao",
                                             "ket-qua-2024-lang-son-hien-dai-hoa-mot-cua"}
    for resource in described:
        path = folder / resource["path"]
        assert path.is_file(), path
        if resource["format"] != "csv":
            json.loads(path.read_text(encoding="utf-8"))
            continue
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        fields = resource["schema"]["fields"]
        assert rows[0] == [f["name"] for f in fields], path
        assert all(f.get("description") for f in fields)
        for line in rows[1:]:
            assert len(line) == len(fields)
            for f, value in zip(fields, line, strict=True):
                assert parses_as(f["type"], value), (path, f["name"], value)


def test_every_data_file_is_described(built_site: Path) -> None:
    folder, described = resources(built_site)
    paths = {r["path"] for r in described} | {"datapackage.json"}
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert {p for p in on_disk if not p.endswith(".json") or p in paths} <= paths
    assert {p.replace(".json", ".csv") for p in on_disk if p.startswith("ket-qua/")} <= paths


def test_illustrative_data_says_so_in_every_download(built_site: Path) -> None:
    folder, _ = resources(built_site)
    document = json.loads((folder / "ket-qua" / "2024-lang-son-hien-dai-hoa-mot-cua.json").read_text(encoding="utf-8"))
    assert document["illustrative"] is True and "Illustrative data" in document["note"]
    assert all(record["illustrative"] for record in document["records"])
    honours = list(csv.DictReader(io.StringIO((folder / "khen-thuong.csv").read_text(encoding="utf-8-sig"))))
    assert honours and all(h["illustrative"] == "true" for h in honours)


def test_exact_boundary_figure_in_the_download(built_site: Path) -> None:
    folder, _ = resources(built_site)
    rows = list(csv.DictReader(io.StringIO(
        (folder / "ket-qua" / "2024-lang-son-hien-dai-hoa-mot-cua.csv").read_text(encoding="utf-8-sig"))))
    van_quan = [r for r in rows if r["unit"] == "ubnd-huyen-van-quan" and r["period"] == "2024-09-20"
                and r["indicator"] == "ty-le-thanh-toan-truc-tuyen"]
    assert [(r["value"], r["numerator"], r["denominator"]) for r in van_quan] == [("45", "450", "1000")]


@pytest.mark.parametrize("path", ["du-lieu/datapackage.json", "du-lieu/khen-thuong.csv"])
def test_downloads_exist_in_both_language_roots(built_site: Path, path: str) -> None:
    assert (built_site / path).read_bytes() == (built_site / "en" / path).read_bytes()


def test_one_line_removes_the_illustrative_data(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    site_file = project.content_dir / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace("illustrative_data: true",
                                                                      "illustrative_data: false"), encoding="utf-8")
    build(project, TODAY)
    assert not (project.site_dir / "ket-qua" / "2024-lang-son-hien-dai-hoa-mot-cua").exists()
    for page in project.site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Dữ liệu minh họa" not in text and "Illustrative data" not in text, page


@pytest.mark.parametrize("text, written", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "' =1"), ("\r=1", "' =1"), ("Sở\x1b[2JTT", "Sở [2JTT"),
    ("Hệ thống (minh họa)", "Hệ thống (minh họa)"),
])
def test_text_cells_a_spreadsheet_would_run_are_neutralised(text: str, written: str) -> None:
    data = to_csv([("source", "string", "")], [{"source": text}]).decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(data[data.index("\n") + 1:]))) == [written]


@pytest.mark.parametrize("value, written", [("1E+2", "100"), ("96.50", "96.5"), ("0.0001", "0.0001"), ("45", "45")])
def test_numbers_are_plain_decimals(value: str, written: str) -> None:
    data = to_csv([("value", "number", "")], [{"value": Decimal(value)}]).decode("utf-8-sig")
    assert data.splitlines()[1] == written


def test_a_full_rate_is_written_100_in_the_download(built_site: Path) -> None:
    values = [row["value"] for folder in (built_site / "du-lieu" / "ket-qua").iterdir() if folder.suffix == ".csv"
              for row in csv.DictReader(io.StringIO(folder.read_text(encoding="utf-8-sig")))]
    assert "100" in values and not [v for v in values if "E" in v or "e" in v]
