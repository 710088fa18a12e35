"""A search index a phone can afford at province scale: small files, of which a query downloads only the few it needs.

Material's search downloads one index of every entry (1 MB gzipped at the large size) and builds it in the
phone's browser before the first result. This writes, from the same entries (`location`, `title`, `text`, in
page order; an entry's id is its place in that order), into the language's `search/` folder:

- `search_index.json`, the manifest Material's search box fetches and hands to the search worker: Material's
  `config`, with ours under `config.shards` (the shard keys, where each page's entries start, the size of a
  block); it lists no entry;
- `t/<key>.json`, the shards: each word of the entries, lower-cased, with its postings, keyed by the first
  letters of its folded form (accents dropped, đ → d), two letters, or more where a shard would be too big, so
  that "toan" and "toán" are in the same shard and a query fetches one shard per word. A word's postings are
  the ids of the entries holding it, each as the gap from the one before, times 2, plus 1 where the word is in
  the entry's title;
- `d/<n>.json`, the blocks: what a result shows (address, title, the text's first words) for `BLOCK` entries in
  a row; a query fetches the blocks of the results it shows.

The worker (`theme/assets/javascripts/search-worker.js`) reads them; how it ranks is said there.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..base.slugs import fold

BLOCK = 32                      # entries per block of what results show
KEY_LETTERS = 2                 # a shard's key: the first letters of its words' folded forms ...
MAX_SHARD_BYTES = 24_000        # ... more of them where a shard's JSON would be bigger than this
MAX_KEY_LETTERS = 5
TEASER_CHARACTERS = 160         # Material shows two lines of a result's text
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"\w+")
SAFE_KEY = re.compile(r"[a-z0-9]+")
Postings = dict[str, list[int]]
Entry = tuple[str, str, str]            # an entry's address, and its title and text as plain text


def plain(markup: str) -> str:
    """The text of an entry's HTML, its spaces collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", markup)).split())


def words(text: str) -> set[str]:
    """The words of `text`, lower-cased."""
    return set(WORD.findall(text.lower()))


@functools.lru_cache(maxsize=1 << 16)
def folded(word: str) -> str:
    """A word without accents, as a query typed without them: "tuyến" -> "tuyen"."""
    return fold(word).lower()


def postings(entries: Iterable[Entry]) -> Postings:
    """Each word's entries, each as its gap from the one before times 2, plus 1 where the word is in its title:
    entries 3 (in the title) and 7 -> [7, 8]."""
    found: dict[str, list[int]] = {}
    last: dict[str, int] = {}
    for number, (_, title, text) in enumerate(entries):
        in_title = words(plain(title))
        for word in in_title | words(text):
            found.setdefault(word, []).append((number - last.get(word, 0)) * 2 + (word in in_title))
            last[word] = number
    return dict(sorted(found.items()))


def size(shard: Postings) -> int:
    return len(dump(shard))


def shard_keys(index: Postings) -> dict[str, Postings]:
    """The words by shard key: the first `KEY_LETTERS` folded letters, more where a shard is too big."""
    shards: dict[str, Postings] = {}
    pending = [(prefix, group) for prefix, group in grouped(index, KEY_LETTERS).items()]
    while pending:
        key, shard = pending.pop()
        if size(shard) <= MAX_SHARD_BYTES or len(key) >= MAX_KEY_LETTERS:
            shards[key] = shard
            continue
        split = grouped(shard, len(key) + 1)
        if len(split) == 1 and key in split:          # every word is as short as the key: it cannot split
            shards[key] = shard
            continue
        pending.extend(split.items())
    return dict(sorted(shards.items()))


def grouped(index: Postings, letters: int) -> dict[str, Postings]:
    """The words of `index` by the first `letters` letters of their folded form."""
    found: dict[str, Postings] = defaultdict(dict)
    for word, hits in index.items():
        found[folded(word)[:letters]][word] = hits
    return found


def file_name(key: str) -> str:
    """A shard's file name: its key, or the key's code points where it is not plain ASCII letters and digits."""
    return key if SAFE_KEY.fullmatch(key) else "u" + "-".join(f"{ord(char):x}" for char in key)


def teaser(text: str) -> str:
    """The first words of an entry's plain text, escaped for the result list, cut at a word."""
    if len(text) > TEASER_CHARACTERS:
        text = text[:TEASER_CHARACTERS].rsplit(" ", 1)[0] + " …"
    return html.escape(text, quote=False)


def blocks(entries: list[Entry]) -> list[list[list[str]]]:
    """What results show, `BLOCK` entries to a block: [address, title, teaser]."""
    shown = [[location, title, teaser(text)] for location, title, text in entries]
    return [shown[start:start + BLOCK] for start in range(0, len(shown), BLOCK)]


def plain_entries(entries: Iterable[Mapping[str, Any]]) -> list[Entry]:
    """Material's entries as (address, title, text), the title as Material shows it, the text without markup."""
    return [(str(entry["location"]), str(entry.get("title", "")), plain(str(entry.get("text", ""))))
            for entry in entries]


def page_starts(entries: list[Entry]) -> list[int]:
    """The id of each page's first entry (its address has no #), as gaps: results are grouped by page."""
    starts = [number for number, (location, _, _) in enumerate(entries) if "#" not in location]
    return [number - last for number, last in zip(starts, [0, *starts], strict=False)]


def manifest(config: Mapping[str, Any], entries: list[Entry], shards: Iterable[str]) -> dict[str, Any]:
    """What the search box fetches first: Material's config, and where the worker finds the rest."""
    ours = {"entries": len(entries), "block": BLOCK,
            "pages": page_starts(entries), "keys": {key: file_name(key) for key in shards}}
    return {"config": dict(config) | {"shards": ours}, "docs": []}    # Material hands the worker these two only


def dump(data: Any) -> bytes:
    """Compact JSON in plain UTF-8."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_shards(folder: Path, config: Mapping[str, Any], material_entries: Sequence[Mapping[str, Any]]) -> None:
    """The manifest, shards and blocks of one language's entries into its `search/` folder; a file whose bytes
    are already there is left alone (a preview's save changes a few), one no longer wanted is removed."""
    entries = plain_entries(material_entries)
    shards = shard_keys(postings(entries))
    wanted = {f"t/{file_name(key)}.json": dump(shard) for key, shard in shards.items()}
    wanted |= {f"d/{number}.json": dump(block) for number, block in enumerate(blocks(entries))}
    wanted["search_index.json"] = dump(manifest(config, entries, shards))
    for sub in ("t", "d"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for old in (folder / sub).glob("*.json"):
            if f"{sub}/{old.name}" not in wanted:
                old.unlink()
    for name, content in wanted.items():
        write_if_changed(folder / name, content)


def write_if_changed(path: Path, content: bytes) -> None:
    """`content` into `path`, unless it holds those bytes already."""
    if not path.is_file() or path.read_bytes() != content:
        path.write_bytes(content)


def shard_index_file(path: Path) -> bool:
    """Replace Material's index at `path` (`search/search_index.json`) by the manifest, shards and blocks."""
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    write_shards(path.parent, index["config"], index["docs"])
    return True


def shown_entries(folder: Path) -> list[list[str]]:
    """What results show of each entry, [address, title, teaser], in id order, read back from a `search/` folder."""
    count = len(list((folder / "d").glob("*.json")))
    return [entry for number in range(count) for entry in json.loads((folder / "d" / f"{number}.json").read_bytes())]
