"""A page per unit: its figures against each target (met or not, and the trend), its campaigns, its commendations."""

from __future__ import annotations

from generator.compute.units import home_units, unit_view, units_with_pages
from generator.validate.catalog import Catalog
from tests.conftest import context

CHI_LANG = "ubnd-xa-chi-lang"


def test_every_unit_with_figures_commendations_or_campaigns_has_a_page(shipped_catalog: Catalog) -> None:
    units = set(units_with_pages(context(shipped_catalog)))
    assert {row.unit for rows in shipped_catalog.results.values() for row in rows} <= units
    assert {c.document.issuer for c in shipped_catalog.campaigns.values()} <= units


def test_a_units_figures_say_met_or_not_in_words_and_how_they_moved(shipped_catalog: Catalog) -> None:
    view = unit_view(CHI_LANG, context(shipped_catalog, "en"))
    figures = {f.indicator: f for r in view.results for f in r.figures}
    online = figures["Rate of dossiers processed online"] if "Rate of dossiers processed online" in figures else \
        next(f for f in figures.values() if "99.2%" in f.latest)
    assert online.verdict == "✗ Not met" and not online.met
    assert online.trend.startswith("Up: ") and "→ 99.2% (Q3 2026)" in online.trend
    assert view.illustrative


def test_the_home_page_lists_units_only_while_they_are_few(shipped_catalog: Catalog) -> None:
    ctx = context(shipped_catalog)
    assert CHI_LANG in [link.href.split("/")[-1][:-3] for link in home_units(ctx, 100)]
    assert home_units(ctx, 1) == []
