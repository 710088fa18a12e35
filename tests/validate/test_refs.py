from pathlib import Path
from typing import Any

from generator.load.yamlload import LoadedFile
from generator.validate.refs import CAMPAIGN_REFS, EVERY, find_refs, known_entries, reference_problems, walk


def loaded(name: str, data: dict[str, Any]) -> LoadedFile:
    return LoadedFile(Path(name), data, {(): (1, 1)})


def test_walk_follows_lists_and_keys_and_skips_what_does_not_fit() -> None:
    data = {"targets": [{"indicator": "a"}, "not a mapping", {"other": 1}, {"indicator": ["b"]}], "x": {"targets": 1}}
    assert walk(data, ("targets", EVERY, "indicator")) == [(("targets", 0, "indicator"), "a"),
                                                           (("targets", 3, "indicator"), ["b"])]
    assert walk({"targets": {"indicator": "a"}}, ("targets", EVERY, "indicator")) == []


def test_only_values_the_schema_takes_as_ids_are_references() -> None:
    data = {"document": {"issuer": "TODO"}, "implements": ["kh-1", 2024, True, None, "Kh_2", ["kh-3"], "../x"],
            "references": "kh-4"}
    assert list(find_refs(data, CAMPAIGN_REFS)) == [("plan", "kh-1", ("implements", 0)),
                                                     ("plan", "2024", ("implements", 1))]


def test_the_first_entry_of_an_id_stands_and_reading_order_is_kept() -> None:
    first = loaded("a.yaml", {"units": [{"id": "u-1", "name": "first"}, {"id": "u-2"}], "documents": "oops"})
    second = loaded("b.yaml", {"units": [{"id": "u-0"}, {"id": "u-1", "name": "second"}]})
    plan = loaded("p.yaml", {"id": "2027-x", "document": {"issuer": "u-0"}})
    known = known_entries([first, second], [plan])
    assert list(known["unit"]) == ["u-1", "u-2", "u-0"] and known["unit"]["u-1"]["name"] == "first"
    assert "2027-x" in known["plan"] and "2027-x" in known["campaign"] and known["document"] == {}


def test_a_campaign_names_its_own_dossiers() -> None:
    plan = loaded("p.yaml", {"dossiers": [{"id": "ho-so"}], "awards": [{"dossier": "ho-so"}, {"dossier": "khac"}]})
    [problem] = reference_problems(plan, CAMPAIGN_REFS, known_entries([], [plan]))
    assert (problem.path, problem.params["id"]) == ("awards[1].dossier", "khac")
