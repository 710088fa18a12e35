"""Stage 3, compute (shared links and findability): each page's meta description; Open Graph and schema.org JSON-LD
for campaign, results and unit pages; the text a campaign offers for a Zalo group or the commune loudspeaker."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from typing import Any

from ..model.campaign import Campaign, Submission
from ..model.timeline import period_end
from .campaign import deadline_text, period_text, status_of, window_state_text
from .cards import card_page, card_path, image_tags, next_window, page_card
from .context import Context
from .targets import target_name, target_wording
from .urls import CAMPAIGNS_DIR, DATA_DIR, RESULTS_DIR, UNIT_PAGES_DIR
from .views import HANDWRITTEN, Page

DESCRIPTION_LENGTH = 200        # link previews show about this much
SHARED_TARGETS = 1              # the share text names the first target (a phone message stays short)
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def with_sharing(page: Page, url: str, ctx: Context) -> Page:
    """The page with its description, and for campaign, results and unit pages its Open Graph and JSON-LD."""
    kind, _, rest = page.path.partition("/")
    found = page_facts(kind, rest[: -len(".md")], ctx)
    site = ctx.lang.text(ctx.catalog.site.description)
    if found is None:
        description = site if page.template == HANDWRITTEN else f"{html.unescape(page.title)}. {site}"
        return replace(page, meta={**page.meta, "description": html.escape(shortened(description))})
    title, description, data = found
    shown = card_page(page.path, ctx)
    card = page_card(shown, ctx)
    image = image_tags(card, ctx.public_url(card_path(shown))) if card else []
    social = social_head(title, shortened(description), ctx.public_url(url), data, ctx, image)
    return replace(page, meta={**page.meta, "description": html.escape(shortened(description)), "social": social})


def page_facts(kind: str, item: str, ctx: Context) -> tuple[str, str, dict[str, Any]] | None:
    """A campaign, results or unit page's plain title, description and schema.org object; None for other pages."""
    if kind == CAMPAIGNS_DIR and item in ctx.catalog.campaigns:
        campaign = ctx.catalog.campaigns[item]
        return ctx.lang.text(campaign.theme), campaign_description(campaign, ctx), campaign_data(campaign, ctx)
    if kind == RESULTS_DIR and item in ctx.results:
        title = ctx.t("results_title", campaign=ctx.lang.text(ctx.results[item].campaign.theme))
        return title, ctx.t("share_results", campaign=ctx.lang.text(ctx.results[item].campaign.theme)), \
            dataset(title, item, ctx)
    if kind == UNIT_PAGES_DIR and item in ctx.catalog.units:
        name = ctx.unit_text(item)
        return name, ctx.t("share_unit", unit=name), {"@type": "GovernmentOrganization", "name": name}
    return None


def shortened(text: str) -> str:
    """One line, cut at a word before DESCRIPTION_LENGTH characters."""
    text = " ".join(text.replace("*", "").split())
    return text if len(text) <= DESCRIPTION_LENGTH else text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def campaign_description(campaign: Campaign, ctx: Context) -> str:
    """ "Đang diễn ra. Ủy ban nhân dân xã …: từ … đến …. Đang nhận hồ sơ: còn 5 ngày (đến hết ngày …)." """
    issuer = ctx.unit_text(campaign.document.issuer)
    text = f"{ctx.t('status_' + status_of(campaign, ctx))}. {issuer}: {period_text(campaign, ctx)}."
    window = next_window(campaign, ctx)
    if window and window.closes:
        text += f" {window_state_text(window, ctx)} ({deadline_text(window.closes, ctx)})."
    return text


def share_text(campaign: Campaign, ctx: Context) -> str:
    """The campaign told in a few lines for a Zalo group or the loudspeaker: title, targets, deadline, address, link;
    HTML-escaped, for a <pre>."""
    lines = [ctx.lang.text(campaign.theme), f"{ctx.t('col_period')}: {period_text(campaign, ctx)}"]
    lines += [f"- {ctx.lang.text(target_name(target, ctx))}: {target_wording(target, ctx)}"
              for target in campaign.targets[:SHARED_TARGETS]]
    window = next_window(campaign, ctx)
    if window and window.closes:
        lines.append(f"{ctx.t('col_until')}: {deadline_text(window.closes, ctx)}")
        lines.append(f"{ctx.t('col_where')}: {plain_where(window, ctx)}")
    lines.append(ctx.campaign_url(campaign.id))
    return html.escape("\n".join(" ".join(line.replace("*", "").split()) for line in lines))


def plain_where(s: Submission, ctx: Context) -> str:
    """The receiving unit and where to hand in, as plain text."""
    places = [ctx.lang.text(ch.place) for ch in s.channels if ch.place]
    return "; ".join([ctx.named_text(s.to_words, s.to), *places])


def campaign_data(campaign: Campaign, ctx: Context) -> dict[str, Any]:
    """A campaign as a schema.org Event: its period and the unit that runs it; a start known only to the month is
    left out rather than guessed."""
    start = campaign.period.starts or (campaign.document.issued if campaign.period.starts_at_issuance else None)
    data: dict[str, Any] = {"@type": "Event", "name": ctx.lang.text(campaign.theme),
                            "endDate": period_end(campaign).isoformat(),
                            "organizer": {"@type": "GovernmentOrganization",
                                          "name": ctx.unit_text(campaign.document.issuer)}}
    if start and start.is_full:
        data["startDate"] = start.first_day().isoformat()
    return data


def dataset(title: str, campaign_id: str, ctx: Context) -> dict[str, Any]:
    """A results page as a schema.org Dataset, with its downloads and licence."""
    data: dict[str, Any] = {
        "@type": "Dataset", "name": title,
        "creator": {"@type": "GovernmentOrganization", "name": ctx.lang.text(ctx.catalog.site.owner)},
        "distribution": [{"@type": "DataDownload", "encodingFormat": media,
                          "contentUrl": ctx.public_url(f"{DATA_DIR}/{RESULTS_DIR}/{campaign_id}.{kind}")}
                         for kind, media in (("csv", "text/csv"), ("json", "application/json"))]}
    if ctx.catalog.site.data_licence:
        data["license"] = ctx.catalog.site.data_licence.url
    return data


def social_head(title: str, description: str, url: str, data: dict[str, Any], ctx: Context,
                image: list[tuple[str, str]] | None = None) -> str:
    """Open Graph tags (with the image card's, if any) and a JSON-LD script for the page's <head>, escaped."""
    other = [code for code in OG_LOCALES if code != ctx.lang.code]
    tags = {"og:type": "website", "og:site_name": ctx.lang.text(ctx.catalog.site.name), "og:title": title,
            "og:description": description, "og:url": url, "og:locale": OG_LOCALES[ctx.lang.code], **dict(image or [])}
    head = [f'<meta property="{key}" content="{html.escape(value)}">' for key, value in tags.items()]
    head += [f'<meta property="og:locale:alternate" content="{OG_LOCALES[code]}">' for code in other]
    linked = {"@context": "https://schema.org", **data, "url": url, "description": description,
              "inLanguage": ctx.lang.code}
    script = json.dumps(linked, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    head.append(f'<script type="application/ld+json">{script}</script>')
    return "\n".join(head)
