"""The results stage of compute: honour roll entries and the names of units in result tables."""

from __future__ import annotations

from generator.compute_results import honour_entries
from generator.i18n import sentence_start
from generator.validate import Catalog

from .conftest import context


def test_sentence_start_capitalises_only_the_first_letter() -> None:
    assert sentence_start("reception and results section of the Khánh Khê Commune") == (
        "Reception and results section of the Khánh Khê Commune")
    assert sentence_start("đội thi đua") == "Đội thi đua"
    assert sentence_start("") == ""


def test_an_honour_starts_with_a_capital_and_says_illustrative_of_its_decision_too(shipped_catalog: Catalog) -> None:
    for code, label in (("vi", "(minh họa)"), ("en", "(illustrative)")):
        entries = honour_entries(shipped_catalog.decisions, context(shipped_catalog, code))
        assert entries, "the shipped illustrative decisions give no honours: this test proves nothing"
        for entry in entries:
            assert entry.recipient[0].isupper(), entry.recipient
            assert entry.recipient.endswith(label) and entry.decision.endswith(label), entry
            assert entry.decision.count(label) == 1, entry.decision       # not also in the number as typed
