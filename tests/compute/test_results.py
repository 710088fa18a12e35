"""The results stage of compute: honour roll entries."""

from __future__ import annotations

import dataclasses
import re

from generator.compute.results import honour_entries
from generator.model.campaign import Text
from generator.validate.catalog import Catalog
from tests.conftest import context


def test_an_honour_starts_with_a_capital_and_says_illustrative_of_its_decision_too(shipped_catalog: Catalog) -> None:
    for code, label in (("vi", "(minh họa)"), ("en", "(illustrative)")):
        entries = honour_entries(shipped_catalog.decisions, context(shipped_catalog, code))
        assert entries, "the shipped illustrative decisions give no honours: this test proves nothing"
        for entry in entries:
            assert re.sub(r"<[^>]+>", "", entry.recipient)[0].isupper(), entry.recipient   # lang="vi" marks a name
            assert entry.recipient.endswith(label) and entry.decision.endswith(label), entry
            assert entry.decision.count(label) == 1, entry.decision       # not also in the number as typed


def test_an_honour_escapes_a_unit_name_once(shipped_catalog: Catalog) -> None:
    unit_id = next(r.unit for a in shipped_catalog.decisions for r in a.decision.recipients if r.kind == "collective")
    renamed = shipped_catalog.units[unit_id].model_copy(update={"name": Text(vi="Tổ A & B", en="Team A & B")})
    catalog = dataclasses.replace(shipped_catalog, units={**shipped_catalog.units, unit_id: renamed})
    recipients = [e.recipient for e in honour_entries(catalog.decisions, context(catalog, "en"))]
    assert any(r.startswith("Team A &amp; B") for r in recipients), recipients
    assert not any("&amp;amp;" in r for r in recipients)
