"""A cited document shows the issuer the citing document gives; the registry links and translates, never rewords."""

from pathlib import Path

import pytest

from generator.compute.campaign import compute_campaign
from generator.validate.catalog import Catalog
from tests.conftest import context
from tests.validate.test_catalog import check_edited, line_of, located

GTVT = "2024-so-gtvt-lang-son-thanh-toan-truc-tuyen"


def cited_lines(campaign_id: str, catalog: Catalog, code: str) -> list[str]:
    """Every line of a campaign page that names a cited document: references, parents, criteria by reference."""
    view = compute_campaign(catalog.campaigns[campaign_id], context(catalog, code))
    parents = [line for section in view.related for line in section.paragraphs]
    return view.references + parents + [a.criteria_from for a in view.awards if a.criteria_from]


@pytest.mark.parametrize("code", ["vi", "en"])
def test_every_citation_shows_its_own_issuer_wording(shipped_catalog: Catalog, code: str) -> None:
    """Over every shipped plan: each document the record words is cited with those words, and nowhere with the
    registry's name for its issuer where that differs."""
    checked = 0
    for campaign in shipped_catalog.campaigns.values():
        lines = cited_lines(campaign.id, shipped_catalog, code)
        for citation in campaign.citations:
            doc = shipped_catalog.documents[citation.document]
            naming = [line for line in lines if str(doc.number) in line]
            worded, registry = getattr(citation.issuer, code), getattr(shipped_catalog.units[doc.issuer].name, code)
            assert naming and all(f" {worded} " in line for line in naming), (campaign.id, naming)
            assert registry == worded or not any(registry in line for line in naming), (campaign.id, naming)
            checked += 1
    assert checked >= 12


@pytest.mark.parametrize(("code", "signed"), [
    ("vi", "Quyết định số 497/QĐ-UBND ngày 15/03/2024 của Chủ tịch UBND tỉnh về"),
    ("en", "Decision No. 497/QĐ-UBND of 15 March 2024 of the Chairperson of the provincial People's Committee on"),
])
def test_the_transport_notice_credits_decision_497_as_it_does(shipped_catalog: Catalog, code: str,
                                                               signed: str) -> None:
    """The notice says "của Chủ tịch UBND tỉnh"; the registry's issuer is the Provincial People's Committee."""
    assert any(line.startswith(signed) for line in cited_lines(GTVT, shipped_catalog, code))


def test_a_document_without_its_own_wording_is_named_by_the_registry(shipped_catalog: Catalog) -> None:
    """Decree 98/2023 is cited "của Chính phủ" as the registry names it, so no citation entry is needed."""
    assert any("98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ" in line
               for line in cited_lines(GTVT, shipped_catalog, "vi"))


def test_a_citation_of_a_document_not_cited_or_worded_twice_is_an_error(tmp_path: Path) -> None:
    entry = "  - document: qd-497-2024-lang-son    # mục II.1\n"
    issuer = "    issuer: {vi: UBND tỉnh, en: the provincial People's Committee}\n"
    uncited = entry.replace("qd-497-2024-lang-son    # mục II.1", "qd-1495-2021-lang-son") + issuer
    errors, lines = check_edited(tmp_path, f"plans/{GTVT}.yaml",
                                 (entry, uncited + entry.replace("mục II.1", "lần đầu") + issuer + entry))
    name = f"{GTVT}.yaml"
    assert located(errors) == {(name, "citation_uncited", line_of(lines, "document: qd-1495-2021-lang-son")),
                               (name, "citation_twice", line_of(lines, "# mục II.1"))}
