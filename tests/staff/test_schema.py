import json
from pathlib import Path
from typing import Any

from generator.staff.schema import SCHEMAS, schema_text
from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "campaigns" / "_schema"


def test_committed_schemas_are_current() -> None:
    for name, model in SCHEMAS.items():
        assert (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8") == schema_text(model), (
            "run: python -m generator schema")


def properties(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = [("<root>", k, v) for k, v in schema.get("properties", {}).items()]
    for name, definition in schema.get("$defs", {}).items():
        found += [(name, k, v) for k, v in definition.get("properties", {}).items()]
    return found


def test_every_field_has_a_description_and_unknown_keys_are_refused() -> None:
    for path in SCHEMA_DIR.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert [f"{m}.{k}" for m, k, v in properties(schema) if "description" not in v] == []
        for definition in [schema, *schema.get("$defs", {}).values()]:
            if "properties" in definition:
                assert definition.get("additionalProperties") is False


def test_every_yaml_file_points_editors_at_its_schema() -> None:
    expected = {"plans": "../_schema/campaign.schema.json", "registry": "../_schema/registry.schema.json"}
    for folder, schema in expected.items():
        for path in (ROOT / "campaigns" / folder).glob("*.yaml"):
            assert path.read_text(encoding="utf-8").startswith(f"# yaml-language-server: $schema={schema}"), path
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["campaigns/_schema/campaign.schema.json"] == "campaigns/plans/*.yaml"
    assert all((ROOT / p).is_file() for p in settings["yaml.schemas"])


def test_comparison_words_are_offered_for_completion() -> None:
    schema = json.loads((SCHEMA_DIR / "campaign.schema.json").read_text(encoding="utf-8"))
    assert "trên" in schema["$defs"]["Target"]["properties"]["comparison"]["enum"]


def test_schema_dir_is_not_read_as_content() -> None:
    assert not list(Path(SCHEMA_DIR).glob("*.yaml"))
