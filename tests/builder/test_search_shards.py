"""The sharded search index: what each file holds, and that a query's words find their shard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.builder import search_shards as render_search
from generator.builder.search_shards import file_name, page_starts, plain_entries, postings, shard_keys, write_shards

ENTRIES = [
    {"location": "", "title": "Trang chủ", "text": "<p>Thanh toán trực tuyến &amp; đăng ký</p>"},
    {"location": "#muc", "title": "Thanh toán", "text": "<p>Toàn dân</p>"},
    {"location": "khoi/", "title": "Khối", "text": "<p>Thanh toan</p>"},
]
CONFIG = {"lang": ["vi"], "separator": "[\\s\\-]+", "pipeline": []}


def decoded(gaps: list[int]) -> list[tuple[int, bool]]:
    """[7, 8] -> [(3, True), (7, False)]: the entries a word's postings name, and whether it is in their title."""
    found, number = [], 0
    for code in gaps:
        number += code >> 1
        found.append((number, bool(code & 1)))
    return found


def test_each_word_lists_its_entries_and_whether_it_is_in_their_title() -> None:
    index = postings(plain_entries(ENTRIES))
    assert decoded(index["thanh"]) == [(0, False), (1, True), (2, False)]
    assert decoded(index["toán"]) == [(0, False), (1, True)]
    assert decoded(index["toan"]) == [(2, False)] and decoded(index["toàn"]) == [(1, False)]
    assert "amp" not in index and "p" not in index                    # the text, not its markup


def test_words_with_and_without_accents_share_a_shard() -> None:
    shards = shard_keys(postings(plain_entries(ENTRIES)))
    assert set(shards["to"]) == {"toán", "toan", "toàn"}
    assert set(shards["da"]) == {"dân", "đăng"}                       # đ folds to d


def test_a_shard_too_big_is_split_by_one_more_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    many = [{"location": f"p{number}/", "title": f"thanh{number:03} thao", "text": ""} for number in range(300)]
    index = postings(plain_entries(many))
    monkeypatch.setattr(render_search, "MAX_SHARD_BYTES", 2_000)
    shards = shard_keys(index)
    assert "th" not in shards and "thao" in shards
    assert all(len(json.dumps(shard)) <= 2_000 or len(key) == render_search.MAX_KEY_LETTERS
               for key, shard in shards.items())
    assert sorted(word for shard in shards.values() for word in shard) == sorted(index)


def test_a_key_of_other_letters_gets_a_plain_file_name() -> None:
    assert file_name("th") == "th" and file_name("日本") == "u65e5-672c"


def test_pages_start_where_an_address_has_no_anchor() -> None:
    assert page_starts(plain_entries(ENTRIES)) == [0, 2]


def test_the_folder_holds_a_manifest_shards_and_blocks_and_keeps_unchanged_files(tmp_path: Path) -> None:
    folder = tmp_path / "search"
    write_shards(folder, CONFIG, ENTRIES)
    manifest = json.loads((folder / "search_index.json").read_bytes())
    assert manifest["docs"] == [] and manifest["config"]["lang"] == ["vi"]
    ours = manifest["config"]["shards"]
    assert ours["entries"] == 3 and ours["pages"] == [0, 2] and ours["block"] == render_search.BLOCK
    assert {f"t/{name}.json" for name in ours["keys"].values()} == {
        str(path.relative_to(folder)) for path in (folder / "t").glob("*.json")}
    assert json.loads((folder / "d" / "0.json").read_bytes())[0] == ["", "Trang chủ",
                                                                      "Thanh toán trực tuyến &amp; đăng ký"]
    stamps = {path: path.stat().st_mtime_ns for path in folder.rglob("*.json")}
    (folder / "t" / "stale.json").write_text("{}")
    write_shards(folder, CONFIG, ENTRIES[:2] + [ENTRIES[2] | {"title": "Khối mới"}])
    assert not (folder / "t" / "stale.json").exists()
    changed = {str(path.relative_to(folder)) for path in folder.rglob("*.json")
               if path.stat().st_mtime_ns != stamps.get(path)}
    assert changed == {"search_index.json", "t/mo.json", "d/0.json"}  # "mới" is new; the other shards are kept
