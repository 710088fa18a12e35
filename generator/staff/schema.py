"""The schema as JSON Schema, so editors complete and check the YAML while staff type."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ..model.campaign import Campaign, DecisionFile, Glossary, Registry, Site

SCHEMAS: dict[str, type[BaseModel]] = {
    "campaign": Campaign,
    "registry": Registry,
    "glossary": Glossary,
    "site": Site,
    "decisions": DecisionFile,
}


def schema_text(model: type[BaseModel]) -> str:
    """One model's JSON Schema, as stable text."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write `<name>.schema.json` for every record kind; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = out_dir / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
