"""Stage 3, compute (print): a campaign's notice for a village board or a one-stop shop, with a QR code."""

from __future__ import annotations

import functools

import segno

from .compute_campaign import CAMPAIGNS_DIR, Context, number_text, period_text, submission_view, target_wording
from .markup import attribute
from .model import Campaign, Dossier
from .views import Link, PrintAward, PrintView, Row

PRINT_DIR = "in"


QR_MASK = 2


@functools.lru_cache(maxsize=1 << 12)
def qr_svg(url: str, label: str) -> str:
    """An inline SVG QR code (error correction M), named for screen readers.

    The mask pattern is fixed: every reader decodes all eight, and letting segno draw and score
    all eight for each code was two thirds of the generator's time at province scale (BENCHMARKS.md).
    Kept once drawn, so a long-running preview draws only the codes of new addresses.
    """
    svg = segno.make(url, error="m", micro=False, mask=QR_MASK).svg_inline(scale=3, border=2, title=label)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{attribute(label)}" class="tds-qr" ', 1)


def issuer_heading(unit: str, ctx: Context) -> str:
    """The issuer as Vietnamese documents head it, in capitals; as written in English."""
    name = ctx.unit(unit)
    return name.upper() if ctx.lang.code == "vi" else name


def print_award(forms: list[str], dossier: Dossier, ctx: Context) -> PrintAward:
    """One dossier as a checklist, once, with every award form that asks for it."""
    return PrintAward(
        name="; ".join(ctx.text(ctx.catalog.award_forms[form].name) for form in forms),
        dossier=ctx.text(dossier.name),
        sets=ctx.t("dossier_sets", sets=dossier.sets) if dossier.sets else ctx.t("dossier_components"),
        components=[ctx.text(part.text) for part in dossier.components],
    )


def print_view(c: Campaign, ctx: Context) -> PrintView:
    url = ctx.campaign_url(c.id)      # what the QR code opens
    doc = c.document
    return PrintView(
        nation=ctx.t("print_nation"), motto=ctx.t("print_motto"),
        issuer=issuer_heading(doc.issuer, ctx),
        document=f"{ctx.t(f'kind_{doc.kind}')}, {number_text(c, ctx)}"
                 + (f", {ctx.lang.date(doc.date)}" if doc.date else ""),
        title=ctx.text(c.theme),
        targets=[Row(ctx.text(ctx.catalog.indicators[t.indicator].name), target_wording(t, ctx))
                 for t in c.targets],
        period=period_text(c, ctx),
        submissions=[submission_view(s, c, ctx, linked=False) for s in c.submissions],
        awards=[print_award([a.form for a in c.awards if a.dossier == d.id], d, ctx) for d in c.dossiers
                if any(a.dossier == d.id for a in c.awards)],
        qr=qr_svg(url, ctx.t("print_qr_label", url=url)),
        url=url,
        back=Link(ctx.t("print_back"), f"../{CAMPAIGNS_DIR}/{c.id}.md"),
    )
