"""Whose site it is (Decree 42/2022/NĐ-CP): contact facts on every page, honest gaps, the monitoring setting,
the open data's licence and the personal-data setting."""

from __future__ import annotations

import dataclasses
import html
import json
from pathlib import Path

from generator.builder.csp import add_policy
from generator.compute.contact import contact_view, footer_extra
from generator.compute.language import load_languages
from generator.load.records import Sources
from generator.model.registry import Contact, Site
from generator.render.data import render_data_files
from generator.validate.catalog import Catalog
from generator.validate.site import contact_gaps
from tests.conftest import context

FILLED = Contact.model_validate({"address": {"vi": "Số 1, thôn A", "en": "No. 1, A village"},
                                 "phone": "0205 3123 456", "email": "vanphong@xa.gov.vn",
                                 "responsible": {"vi": "Bà B, Chánh Văn phòng", "en": "Ms B, Head of the Office"}})

LANGUAGES = load_languages()


def with_site(catalog: Catalog, **changes: object) -> Catalog:
    return dataclasses.replace(catalog, site=catalog.site.model_copy(update=changes))


def test_the_contact_facts_not_provided_are_one_warning_not_an_error(shipped_sources: Sources) -> None:
    problems = contact_gaps(shipped_sources.site)
    assert [(p.path, p.severity) for p in problems] == [("contact", "warning")]
    assert "site.yaml:" in str(problems[0].location)
    vi, en = problems[0].format().split("\n")[1:3]
    assert "địa chỉ, số điện thoại, thư điện tử, người chịu trách nhiệm" in vi
    assert "contact.address, contact.phone, contact.email, contact.responsible" in en


def test_a_fact_not_provided_says_so_in_both_languages(shipped_catalog: Catalog) -> None:
    for code, missing in (("vi", "Chưa cung cấp"), ("en", "Not yet provided")):
        items = footer_extra(context(shipped_catalog, code), LANGUAGES)["contact"]
        assert items[0]["value"] == html.escape(context(shipped_catalog, code).lang.text(shipped_catalog.site.owner))
        assert [item["value"] for item in items[1:]] == [missing] * 4


def test_provided_facts_show_with_phone_and_e_mail_as_links(shipped_catalog: Catalog) -> None:
    ctx = context(with_site(shipped_catalog, contact=FILLED), "en")
    items = footer_extra(ctx, LANGUAGES)["contact"]
    assert [item["value"] for item in items[1:]] == ["No. 1, A village", "0205 3123 456", "vanphong@xa.gov.vn",
                                                     "Ms B, Head of the Office"]
    assert items[2]["href"] == "tel:02053123456" and items[3]["href"] == "mailto:vanphong@xa.gov.vn"
    assert "[0205 3123 456](tel:02053123456)" in [row.value for row in contact_view(ctx).rows]


def test_monitoring_is_off_by_default_and_only_its_origin_joins_the_policy(shipped_catalog: Catalog) -> None:
    assert footer_extra(context(shipped_catalog), LANGUAGES)["monitoring_origin"] == ""
    site = Site.model_validate({**shipped_catalog.site.model_dump(), "monitoring_script": "https://emc.example.vn/a/b.js"})
    extra = footer_extra(context(dataclasses.replace(shipped_catalog, site=site)), LANGUAGES)
    assert extra["monitoring_origin"] == "https://emc.example.vn"
    policy = add_policy("<head></head>", extra["monitoring_origin"])
    assert "script-src 'self' https://emc.example.vn " in policy
    assert "connect-src 'self' https://emc.example.vn;" in policy
    assert "emc.example.vn" not in add_policy("<head></head>")


def test_the_open_data_declares_its_licence(shipped_catalog: Catalog) -> None:
    package = json.loads(render_data_files(shipped_catalog)["du-lieu/datapackage.json"])
    assert package["licenses"] == [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                                    "title": "Creative Commons Attribution 4.0 International"}]


def test_individuals_names_are_left_out_of_downloads_unless_the_site_allows_it(shipped_catalog: Catalog) -> None:
    def names(catalog: Catalog) -> list[str]:
        records = json.loads(render_data_files(catalog)["du-lieu/khen-thuong.json"])["records"]
        return [r["name"] for r in records if r["kind"] in ("individual", "household")]

    assert names(shipped_catalog) and set(names(shipped_catalog)) == {None}
    assert None not in names(with_site(shipped_catalog, publish_individual_names=True))


def test_every_page_names_its_managing_agency_and_links_the_contact_page(built_site: Path) -> None:
    for page in [*built_site.glob("*/index.html"), *built_site.glob("en/*/index.html"), built_site / "index.html"]:
        text = page.read_text(encoding="utf-8")
        assert 'class="md-copyright tds-contact"' in text, page
        assert "lien-he/" in text, page
