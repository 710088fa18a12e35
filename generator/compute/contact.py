"""Stage 3, compute (whose site it is): the managing agency's contact facts, the open data's licence and the
personal-data setting, for the contact page and every page's footer (Decree 42/2022/NĐ-CP)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..model.campaign import Text
from ..validate.site import CONTACT_FIELDS
from .context import Context
from .language import Language
from .urls import DATA_DIR
from .views import Link, Row


@dataclass(frozen=True)
class ContactView:
    """The contact page: who runs the site, how to reach them, and the terms of its open data."""

    title: str
    intro: str
    rows: list[Row]
    licence: Link | None
    data_links: list[Link]
    personal_data: str


def contact_values(ctx: Context) -> list[tuple[str, str, str]]:
    """(label, plain value, link or "") for the agency and each contact field; "not yet provided" where missing."""
    contact = ctx.catalog.site.contact
    found: list[tuple[str, str, str]] = [(ctx.t("contact_agency"), ctx.lang.text(ctx.catalog.site.owner), "")]
    for name in CONTACT_FIELDS:
        value = getattr(contact, name)
        plain = ctx.lang.text(value) if isinstance(value, Text) else (value or ctx.t("contact_not_provided"))
        link = {"phone": f"tel:{''.join(plain.split())}", "email": f"mailto:{plain}"}.get(name, "") if value else ""
        found.append((ctx.t(f"contact_{name}"), plain, link))
    return found


def contact_rows(ctx: Context) -> list[Row]:
    """The contact facts as escaped Markdown, a phone number and an e-mail address as links."""
    return [Row(label, f"[{html.escape(value)}]({link})" if link else html.escape(value))
            for label, value, link in contact_values(ctx)]


def licence_link(ctx: Context) -> Link | None:
    licence = ctx.catalog.site.data_licence
    return Link(ctx.lang.text(licence.title), licence.url) if licence else None


def contact_view(ctx: Context) -> ContactView:
    """The contact page's view; links written from the docs folder."""
    names = "names" if ctx.catalog.site.publish_individual_names else "no_names"
    return ContactView(
        title=ctx.t("contact_title"),
        intro=ctx.t("contact_intro"),
        rows=contact_rows(ctx),
        licence=licence_link(ctx),
        data_links=[Link(ctx.t("contact_data_catalogue"), f"{DATA_DIR}/datapackage.json"),
                    Link(ctx.t("contact_data_targets"), f"{DATA_DIR}/chi-tieu.csv"),
                    Link(ctx.t("contact_data_honours"), f"{DATA_DIR}/khen-thuong.csv")],
        personal_data=ctx.t(f"contact_personal_{names}"),
    )


def footer_extra(ctx: Context, languages: Mapping[str, Language]) -> dict[str, Any]:
    """What every page shows besides its own content, escaped for the theme: in the footer the contact facts and a
    link to the contact page; in the head the feed's title, the site's description and the monitoring script, if
    site.yaml sets one, with the origin the page's policy allows."""
    script = ctx.catalog.site.monitoring_script
    return {
        "contact": [{"label": html.escape(label), "value": html.escape(value), "href": html.escape(link)}
                    for label, value, link in contact_values(ctx)],
        "contact_link": {"text": html.escape(ctx.t("contact_footer_link")), "href": "lien-he/"},
        "feed_title": html.escape(ctx.t("feed_title")),
        "asset_root": "../" * ctx.lang.prefix.count("/"),
        "language_root": ctx.lang.prefix,      # where this language's own files are (its search index)
        "permalink_title": ctx.t("permalink_title"),
        "footnote_backref": ctx.t("footnote_backref"),
        "site_description": html.escape(ctx.lang.text(ctx.catalog.site.description)),
        "monitoring_script": html.escape(script or ""),
        "monitoring_origin": origin_of(script) if script else "",
        "not_found_others": [not_found_in(lang, ctx.catalog.site.url) for code, lang in languages.items()
                             if code != ctx.lang.code],
    }


def not_found_in(lang: Language, site_url: str) -> dict[str, str]:
    """The 404 page's words in another language, with that language's home page: a host with one root 404 page
    shows it for every address, English ones too."""
    return {"lang": lang.code, "title": html.escape(lang.t("not_found_title")),
            "text": html.escape(lang.t("not_found_text")), "home": html.escape(lang.t("not_found_home")),
            "href": html.escape(lang.url(site_url))}


def origin_of(url: str) -> str:
    """ "https://host:port" of an address: what a Content-Security-Policy allows."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
