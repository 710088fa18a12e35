"""Stage 3, compute (print): a campaign's notice for a village board or a one-stop shop, with a QR code."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

import zxingcpp

from ..base.markup import attribute
from ..model.campaign import Campaign, CampaignAward, Dossier, Target, Unknown
from ..model.dates import PartialDate
from .campaign import number_text, period_text, submission_view
from .context import Context
from .targets import target_name, target_wording
from .urls import CAMPAIGNS_DIR
from .views import Link, Row
from .views_campaign import PrintAward, PrintView

QR_SCALE = 3                    # pixels per module at the SVG's own size; the notice's CSS may scale it
QR_MARGIN = 2                   # light modules around the code, inside the notice's white page
DARK_RUN = re.compile(rb"\x00+")  # zxing-cpp's image: 0 for a dark module, 255 for a light one


@functools.lru_cache(maxsize=1 << 12)
def qr_svg(url: str, label: str) -> str:
    """An inline SVG QR code (error correction M), named for screen readers.

    zxing-cpp encodes it in C++, and picks the mask pattern as the standard says; segno, in Python,
    took 1.4 s per language for the province's 1,121 notices (BENCHMARKS.md). Kept once drawn, so a
    long-running preview draws only the codes of new addresses.
    """
    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    modules = memoryview(image).tobytes()  # type: ignore[arg-type]  # a buffer; the stub does not say so
    side = size + 2 * QR_MARGIN
    return (f'<svg role="img" aria-label="{attribute(label)}" class="tds-qr" width="{side * QR_SCALE}" '
            f'height="{side * QR_SCALE}" viewBox="0 0 {side} {side}" shape-rendering="crispEdges">'
            f'<title>{html.escape(label, quote=False)}</title>'
            f'<path stroke="#000" d="{dark_runs_path(modules, size)}"/></svg>')


def dark_runs_path(modules: bytes, size: int) -> str:
    """SVG path data: a one-module-thick horizontal line through each run of dark modules, row by row."""
    steps = []
    for y in range(size):
        row = modules[y * size:(y + 1) * size]
        steps += [f"M{QR_MARGIN + run.start()} {QR_MARGIN + y}.5h{run.end() - run.start()}"
                  for run in DARK_RUN.finditer(row)]
    return "".join(steps)


def issuer_heading(unit: str, ctx: Context) -> str:
    """The issuer as Vietnamese documents head it, in capitals; as written in English."""
    name = ctx.unit(unit)
    return name.upper() if ctx.lang.code == "vi" else name


def print_award(awards: list[CampaignAward], dossier: Dossier, ctx: Context) -> PrintAward:
    """One dossier as a checklist, once, with every award form that asks for it."""
    return PrintAward(
        name="; ".join(ctx.text(a.name) or ctx.text(ctx.catalog.award_forms[a.form].name) for a in awards),
        dossier=ctx.text(dossier.name),
        sets=(ctx.lang.plural("dossier_sets", dossier.sets, sets=dossier.sets) if dossier.sets
              else ctx.t("dossier_components")),
        components=[ctx.text(part.text) for part in dossier.components],
    )


def print_document_line(campaign: Campaign, ctx: Context) -> str:
    """ "Kế hoạch, Số: 185/KH-UBND, 12/06/2024"; a number or date the record lacks says how it is unknown."""
    doc = campaign.document
    number = (ctx.t(f"number_unknown_{doc.number.unknown}") if isinstance(doc.number, Unknown)
              else number_text(campaign, ctx))
    date = (ctx.lang.date(doc.date) if isinstance(doc.date, PartialDate)
            else ctx.t(f"date_unknown_{doc.date.unknown}") if isinstance(doc.date, Unknown) else "")
    return ", ".join(part for part in (ctx.kind(doc.kind), number, date) if part)


@dataclass(frozen=True)
class PrintTarget(Row):
    """A target's line on the notice, with the note that explains a wording the site would not write itself."""

    note: str = ""


def print_target(target: Target, ctx: Context) -> PrintTarget:
    """A target as the campaign page states it: its indicator, its wording, and whom it applies to; where it is
    written as signed ("đạt 100" without %), the note that says why, as on the campaign page."""
    name = ctx.text(target_name(target, ctx))
    if target.applies_to:
        name = ctx.t("print_target_applies", target=name, applies_to=ctx.text(target.applies_to))
    explanation = target.editor_note or target.note     # why the wording is kept as signed, wherever staff wrote it
    return PrintTarget(name, target_wording(target, ctx),
                       ctx.text(explanation) if target.as_written and explanation else "")


def print_view(campaign: Campaign, ctx: Context) -> PrintView:
    url = ctx.campaign_url(campaign.id)      # what the QR code opens
    doc = campaign.document
    return PrintView(
        nation=ctx.t("print_nation"), motto=ctx.t("print_motto"),
        issuer=issuer_heading(doc.issuer, ctx),
        document=print_document_line(campaign, ctx),
        title=ctx.text(campaign.theme),
        targets=[print_target(t, ctx) for t in campaign.targets],
        period=period_text(campaign, ctx),
        submissions=[submission_view(s, campaign, ctx, linked=False) for s in campaign.submissions],
        awards=[print_award([a for a in campaign.awards if a.dossier == d.id], d, ctx) for d in campaign.dossiers
                if any(a.dossier == d.id for a in campaign.awards)],
        qr=qr_svg(url, ctx.t("print_qr_label", url=url)),
        url=url,
        back=Link(ctx.t("print_back"), f"../{CAMPAIGNS_DIR}/{campaign.id}.md"),
    )
