"""The registry as the importer needs it: names of units, indicators and award forms, and cited documents."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .abbrev import expanded
from .citations import registry_documents
from .memory import LOADER, key

LEVELS = {"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "sở"}


def near_note(near: list[str]) -> str:
    """What a TODO says of the registry's entries near a name: them (proposals, never chosen), or that it has none."""
    return f"gần giống / near: {', '.join(near)}" if near else "không thấy trong danh mục / not in the registry"


@dataclass
class Registry:
    """Name (compared as `memory.key`) -> id, for each kind of entry the importer matches."""

    units: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, str] = field(default_factory=dict)
    award_forms: dict[str, str] = field(default_factory=dict)
    documents: dict[tuple[str, str], str] = field(default_factory=dict)
    full_names: set[str] = field(default_factory=set)        # units' full names, not their short ones
    parents: dict[str, str] = field(default_factory=dict)    # unit id -> its parent's id
    named: dict[str, list[str]] = field(default_factory=dict)    # unit id -> its name and short name (keys)

    def unit(self, name: str) -> str | None:
        """The unit with exactly this name or short name, abbreviations written out on both sides (`abbrev`)."""
        return self.units.get(key(name)) or self.units.get(expanded(name))

    def full_name(self, ident: str) -> str:
        """A unit's full name (as `memory.key`), the name the site shows for it; "" if it has none."""
        known = self.named.get(ident) or [""]
        return known[0] if known[0] in self.full_names else ""

    def near_units(self, name: str) -> list[str]:
        """Up to 3 units whose name looks like `name`: proposals, never chosen."""
        return sorted({self.units[n] for n in difflib.get_close_matches(key(name), list(self.units), 3, 0.6)})

    def near_note(self, name: str) -> str:
        """What a TODO says of the units whose name looks like `name`: them, or that the registry has none."""
        return near_note(self.near_units(name))

    def unit_at_start(self, text: str) -> tuple[str, str] | None:
        """The longest unit name the text begins with, and that name as the text writes it."""
        wanted = key(text)
        hits = [(len(name), ident) for name, ident in self.units.items() if wanted.startswith(name + " ")]
        if not hits:
            return None
        size, ident = max(hits)
        return ident, " ".join(text.split())[:size]

    def own_unit(self, name: str, issuer: str | None) -> str | None:
        """The issuer itself or one of its own units, named as a body names its own (Decree 30/2020 writes the
        place once, in the header): by its name or short name, or by its name without the trailing words it shares
        with the issuer ("Công an xã" in a plan of UBND xã Chi Lăng: Công an xã Chi Lăng). Only one may fit."""
        if not issuer:
            return None
        wanted, home = key(name), f" {(self.named.get(issuer) or [''])[0]} "
        found = set()
        for ident in [issuer] + [unit for unit, parent in self.parents.items() if parent == issuer]:
            for known in self.named.get(ident, []):
                rest = known[len(wanted):].strip() if known.startswith(wanted + " ") else ""
                if known == wanted or (rest and f" {rest} " in home):
                    found.add(ident)
        if not found and wanted.rsplit(" ", 1)[-1] in LEVELS:          # "UBND huyện": the district above it
            found = {ident for ident in self.above(issuer)
                     if any(known.startswith(wanted + " ") for known in self.named.get(ident, []))}
        return found.pop() if len(found) == 1 else None

    def above(self, unit: str) -> list[str]:
        """The units above `unit`, nearest first."""
        chain: list[str] = []
        while (unit := self.parents.get(unit, "")) and unit not in chain:
            chain.append(unit)
        return chain


def names(entries: list[Any], table: dict[str, str]) -> None:
    """Add each entry's vi name and short name."""
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        for part in ("name", "short"):
            text = entry.get(part)
            if isinstance(text, dict) and isinstance(text.get("vi"), str):
                table.setdefault(key(text["vi"]), entry["id"])


def own(units: list[Any], registry: Registry) -> None:
    """Each unit's parent and its names, for `Registry.own_unit`."""
    for unit in units:
        if isinstance(unit, dict) and isinstance(unit.get("id"), str):
            if isinstance(unit.get("parent"), str):
                registry.parents[unit["id"]] = unit["parent"]
            registry.named[unit["id"]] = [key(unit[part]["vi"]) for part in ("name", "short")
                                          if isinstance(unit.get(part), dict) and isinstance(unit[part].get("vi"), str)]


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
        own(data.get("units") or [], registry)
        registry.full_names |= {key(u["name"]["vi"]) for u in data.get("units") or []
                                if isinstance(u, dict) and isinstance(u.get("name"), dict)
                                and isinstance(u["name"].get("vi"), str)}
        names(data.get("indicators") or [], registry.indicators)
        names(data.get("award_forms") or [], registry.award_forms)
        registry.documents.update(registry_documents(data.get("documents") or []))
    for table in (registry.units, registry.indicators, registry.award_forms):
        aliases(table)
    return registry


def aliases(table: dict[str, str]) -> None:
    """Each name with its abbreviations written out, as a name of its own; not where two entries would share
    one, nor where it is already a name."""
    found: dict[str, set[str]] = {}
    for name, ident in table.items():
        found.setdefault(expanded(name), set()).add(ident)
    for name, idents in found.items():
        if len(idents) == 1 and name not in table:
            table[name] = idents.pop()
