"""The folded Vietnamese search index: accents optional for readers, exact matches still first."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.builder.hooks import on_post_build
from generator.builder.search_fold import FOLDED_FIELDS, fold_entry, fold_index_file, fold_search_index, folded_words

CAMPAIGN = "phong-trao/2024-khanh-khe-thanh-toan-truc-tuyen/"
SEPARATOR = r"[\s\-]+"  # Material's search.config.separator for both languages


def material_index(lang: str, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """An index shaped as Material's search plugin writes it."""
    fields = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}
    config = {"lang": [lang], "separator": SEPARATOR, "pipeline": ["stopWordFilter"], "fields": fields}
    return {"config": config, "docs": docs}


PAYMENT = {"location": "a/", "title": "Thanh toán trực tuyến", "text": "<p>Người dân đăng ký &amp; thanh toán.</p>"}


def found(entry: dict[str, Any], fields: list[str], query: str) -> bool:
    """A model of Material's matching: every query term starts some token of one of the fields."""
    tokens = [t for f in fields for t in re.split(SEPARATOR, re.sub("<[^>]*>", " ", str(entry.get(f, ""))).lower())]
    return all(any(token.startswith(term) for token in tokens) for term in query.lower().split())


def test_folded_words_are_the_accented_words_without_accents() -> None:
    assert folded_words("<p>Ký, đăng ký ngay; Đạt TTHC</p>") == "dang dat ky"


def test_folded_words_skip_markup_entities_and_plain_words() -> None:
    assert folded_words("<li>Sở &amp; Phòng</li> <sup>1</sup> thanh tra") == "phong so"
    assert folded_words("<p>Status as of 22 November 2026.</p>") == ""


def test_entry_keeps_its_fields_and_gains_folded_ones() -> None:
    entry = {**PAYMENT, "tags": ["x"], "boost": 2}
    folded = fold_entry(entry)
    assert {key: folded[key] for key in entry} == entry
    assert folded["title_folded"] == "toan truc tuyen"
    assert folded["text_folded"] == "dan dang ky nguoi toan"


def test_entry_without_accents_gains_nothing() -> None:
    entry = {"location": "en/", "title": "Running now", "text": "<p>See all 5 campaigns</p>"}
    assert fold_entry(entry) == entry


@pytest.mark.parametrize("query", ["thanh toan truc tuyen", "truc tuyen", "toan", "THANH TOÁN", "dang ky"])
def test_queries_with_or_without_accents_find_the_entry(query: str) -> None:
    fields = ["title", "text"] + [name for name, _ in FOLDED_FIELDS.values()]
    assert found(fold_entry(PAYMENT), fields, query)


@pytest.mark.parametrize("query", ["thanh toan truc tuyen", "truc tuyen", "toan", "dang ky"])
def test_without_folding_queries_without_accents_find_nothing(query: str) -> None:
    assert not found(PAYMENT, ["title", "text"], query)


def test_index_declares_the_folded_fields_below_the_exact_ones() -> None:
    exact = material_index("vi", [PAYMENT])["config"]["fields"]
    fields = fold_search_index(material_index("vi", [PAYMENT]))["config"]["fields"]
    assert {name: spec for name, spec in fields.items() if name in exact} == exact
    title_folded, text_folded = fields["title_folded"]["boost"], fields["text_folded"]["boost"]
    assert text_folded < title_folded < fields["text"]["boost"], "an exact match must outweigh any folded one"


def test_index_keeps_entries_in_order_and_its_input_intact() -> None:
    index = material_index("vi", [PAYMENT, {"location": "a/#b", "title": "Hạn nộp", "text": ""}])
    before = copy.deepcopy(index)
    folded = fold_search_index(index)
    assert index == before
    assert [doc["location"] for doc in folded["docs"]] == ["a/", "a/#b"]
    assert folded["docs"][1] == {"location": "a/#b", "title": "Hạn nộp", "text": "", "title_folded": "han nop"}


def test_folding_twice_changes_nothing() -> None:
    once = fold_search_index(material_index("vi", [PAYMENT]))
    assert fold_search_index(once) == once


def write_index(directory: Path, index: dict[str, Any]) -> Path:
    path = directory / "search" / "search_index.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    return path


def test_vietnamese_index_file_is_rewritten_in_plain_utf8(tmp_path: Path) -> None:
    path = write_index(tmp_path, material_index("vi", [PAYMENT]))
    assert fold_index_file(path)
    raw = path.read_bytes()
    assert "Thanh toán".encode() in raw and b"\\u" not in raw
    assert json.loads(raw) == fold_search_index(material_index("vi", [PAYMENT]))


def test_english_index_file_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = write_index(tmp_path, material_index("en", [PAYMENT]))
    before = path.read_bytes()
    assert not fold_index_file(path)
    assert path.read_bytes() == before


def test_missing_index_file_is_not_an_error(tmp_path: Path) -> None:
    assert not fold_index_file(tmp_path / "search" / "search_index.json")


def test_post_build_hook_folds_the_built_vietnamese_index(tmp_path: Path) -> None:
    path = write_index(tmp_path, material_index("vi", [PAYMENT]))
    on_post_build({"site_dir": str(tmp_path)})
    assert json.loads(path.read_bytes())["docs"][0]["title_folded"] == "toan truc tuyen"


def load_index(site: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((site / "search" / "search_index.json").read_bytes())
    return loaded


def test_built_site_folds_the_vietnamese_index_only(built_site: Path) -> None:
    vi, en = load_index(built_site), load_index(built_site / "en")
    campaign = next(doc for doc in vi["docs"] if doc["location"] == CAMPAIGN)
    assert {"toan", "truc", "tuyen"} <= set(campaign["title_folded"].split())
    assert "title_folded" in vi["config"]["fields"]
    assert "title_folded" not in en["config"]["fields"]
    assert not any("title_folded" in doc or "text_folded" in doc for doc in en["docs"])
