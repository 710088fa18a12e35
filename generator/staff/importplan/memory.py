"""The project's own translation memory: every vi/en pair already published (records, registry, glossary)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when present: 10x faster

QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def key(text: str) -> str:
    """How two sentences are compared: NFC, quotes and dashes plain, spaces single, case and end marks ignored."""
    text = unicodedata.normalize("NFC", text).translate(QUOTES)
    text = re.sub(r"\s+", " ", text).strip().rstrip(";.,:/ ").casefold()
    return text


@dataclass
class Memory:
    """vi -> en from what the project has published; `vi` keeps each Vietnamese text as first written."""

    en: dict[str, str] = field(default_factory=dict)
    vi: dict[str, str] = field(default_factory=dict)

    def add(self, vi: str, en: str) -> None:
        """Keep the first pair met for a Vietnamese text."""
        self.en.setdefault(key(vi), en)
        self.vi.setdefault(key(vi), vi)

    def english(self, vi: str) -> str | None:
        """The published English for exactly this Vietnamese text, if there is one."""
        return self.en.get(key(vi))

    def written(self, vi: str) -> str | None:
        """How the project writes this Vietnamese text (e.g. "Phó Chủ tịch" for "PHÓ CHỦ TỊCH")."""
        return self.vi.get(key(vi))


def pairs(data: Any, memory: Memory) -> None:
    """Add every {vi, en} mapping found anywhere in `data`."""
    if isinstance(data, dict):
        vi, en = data.get("vi"), data.get("en")
        if isinstance(vi, str) and isinstance(en, str) and "TODO" not in vi + en:
            memory.add(vi, en)
        for value in data.values():
            pairs(value, memory)
    elif isinstance(data, list):
        for item in data:
            pairs(item, memory)


def load_memory(content_dir: Path, skip: Path | None = None) -> Memory:
    """The memory of a project's records, registry and glossary (`skip`: a record left out, e.g. the one made)."""
    memory = Memory()
    files = sorted(content_dir.glob("plans/*.yaml")) + sorted(content_dir.glob("registry/*.yaml"))
    for path in [*files, content_dir / "glossary.yaml"]:
        if skip is not None and path.resolve() == skip.resolve():
            continue
        try:
            pairs(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER), memory)
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue                 # a file that cannot be read gives nothing; `check` says why
    return memory
