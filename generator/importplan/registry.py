"""The registry as the importer needs it: names of units, indicators and award forms, and cited documents."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .citations import registry_documents
from .memory import LOADER, key


@dataclass
class Registry:
    """Name (compared as `memory.key`) -> id, for each kind of entry the importer matches."""

    units: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, str] = field(default_factory=dict)
    award_forms: dict[str, str] = field(default_factory=dict)
    documents: dict[tuple[str, str], str] = field(default_factory=dict)
    full_names: set[str] = field(default_factory=set)        # units' full names, not their short ones

    def unit(self, name: str) -> str | None:
        """The unit with exactly this name or short name."""
        return self.units.get(key(name))

    def near_units(self, name: str) -> list[str]:
        """Up to 3 units whose name looks like `name`: proposals, never chosen."""
        return sorted({self.units[n] for n in difflib.get_close_matches(key(name), list(self.units), 3, 0.6)})

    def unit_at_start(self, text: str) -> tuple[str, str] | None:
        """The longest unit name the text begins with, and that name as the text writes it."""
        wanted = key(text)
        hits = [(len(name), ident) for name, ident in self.units.items() if wanted.startswith(name + " ")]
        if not hits:
            return None
        size, ident = max(hits)
        return ident, " ".join(text.split())[:size]


def names(entries: list[Any], table: dict[str, str]) -> None:
    """Add each entry's vi name and short name."""
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        for part in ("name", "short"):
            text = entry.get(part)
            if isinstance(text, dict) and isinstance(text.get("vi"), str):
                table.setdefault(key(text["vi"]), entry["id"])


def load_registry(registry_dir: Path) -> Registry:
    """Every registry file that can be read; one that cannot adds nothing (`check` says why)."""
    registry = Registry()
    for path in sorted(registry_dir.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        names(data.get("units") or [], registry.units)
        registry.full_names |= {key(u["name"]["vi"]) for u in data.get("units") or []
                                if isinstance(u, dict) and isinstance(u.get("name"), dict)
                                and isinstance(u["name"].get("vi"), str)}
        names(data.get("indicators") or [], registry.indicators)
        names(data.get("award_forms") or [], registry.award_forms)
        registry.documents.update(registry_documents(data.get("documents") or []))
    return registry
