"""Vietnamese search without diacritics: a folded copy of every search entry, added at build time.

Material's search (lunr) matches the words as typed: "toan" or "truc tuyen" find nothing on a page
that says "thanh toán trực tuyến", yet many residents type without accents. Material's search
worker indexes every field listed in the index's `config.fields`, each with its own boost, and
reads each field from the entry of the same name. So each entry gets two more fields holding the
folded forms (accents dropped, đ → d) of the words of its title and text that folding changes;
words without accents are already found through `title` and `text`. Each folded word is listed
once, in lower case and sorted: the index is downloaded on every first visit, and this is the
smallest form that gzip compresses best (lunr lowercases tokens anyway; a folded field is never
displayed, so neither word order nor repeats matter beyond lunr's small term-frequency bonus).

The folded fields weigh less than `text`, so a word typed exactly as written outweighs a folded
one: "thanh toán" ranks pages saying "thanh toán" above pages saying only "thành". A word typed
with accents never matches a folded field (folded words have none), so accents stay exact.
Results still show the original `title` and `text`; the folded fields are never displayed.
"""

from __future__ import annotations

import functools
import html
import json
import re
from pathlib import Path
from typing import Any

from ..base.slugs import fold

# Original field -> (folded field, its boost). Material's defaults: title 1000, text 1, tags 1e6.
FOLDED_FIELDS: dict[str, tuple[str, float]] = {
    "title": ("title_folded", 0.8),
    "text": ("text_folded", 0.2),
}
FOLDED_LANGUAGES = frozenset({"vi"})
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """One word folded; the same few thousand words recur on every page of a site."""
    return fold(word)


def folded_words(markup: str) -> str:
    """The words of `markup` that folding changes, folded: "<p>Ký, đăng ký ngay</p>" -> "dang ky"."""
    text = html.unescape(TAG.sub(" ", markup))
    return " ".join(sorted({folded.lower() for word in WORD.findall(text) if (folded := fold_word(word)) != word}))


def fold_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """One search entry with the folded fields added (recomputed, so folding twice changes nothing)."""
    folded = {target: folded_words(str(entry.get(source, ""))) for source, (target, _) in FOLDED_FIELDS.items()}
    kept = {key: value for key, value in entry.items() if key not in folded}
    return kept | {key: value for key, value in folded.items() if value}


def wants_folding(index: dict[str, Any]) -> bool:
    """Only the Vietnamese index: English pages are searched as written."""
    return bool(FOLDED_LANGUAGES.intersection(index.get("config", {}).get("lang", [])))


def fold_search_index(index: dict[str, Any]) -> dict[str, Any]:
    """Material's search index with folded fields declared in its config and filled in every entry."""
    config = index["config"]
    fields = dict(config.get("fields", {})) | {target: {"boost": boost} for target, boost in FOLDED_FIELDS.values()}
    return index | {"config": config | {"fields": fields}, "docs": [fold_entry(doc) for doc in index["docs"]]}


def dump_index(index: dict[str, Any]) -> bytes:
    """Compact JSON as Material writes it, but in plain UTF-8: a third smaller than \\u escapes (an eighth gzipped)."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def fold_index_file(path: Path) -> bool:
    """Rewrite the index at `path` if its language wants folding; say whether it did."""
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    if not wants_folding(index):
        return False
    path.write_bytes(dump_index(fold_search_index(index)))
    return True
