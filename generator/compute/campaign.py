"""Stage 3, compute (one campaign): its page view in one language."""

from __future__ import annotations

from collections.abc import Iterable

from ..base.markup import block, cell
from ..model.campaign import Campaign, Deadline, Forwarding, Submission, Unknown
from ..model.dates import PartialDate
from ..model.timeline import campaign_status, days_left, last_day, window_status
from ..validate.catalog import Catalog
from .awards import award_view, dossier_anchor
from .context import Context
from .language import sentence_start
from .schedule import timeline_view
from .targets import editor_notes, target_view
from .urls import CAMPAIGNS_DIR, IMPLEMENTING_DIR, PRINT_DIR
from .views import Link, Row
from .views_campaign import CampaignView, DossierView, DutyView, FootnoteView, Section, SubmissionView

# What residents search for; the other long sections stay out of the index every visitor downloads.
SEARCHED_TEXTS = ("purposes", "contents")
# A campaign page lists this many siblings and children; the rest are on the plan's own list page. Three keep a
# campaign page under 60 KB of HTML at province scale.
RELATED_SHOWN = 3


def compute_campaign(campaign: Campaign, ctx: Context) -> CampaignView:
    """Everything the campaign page shows, final and escaped."""
    return CampaignView(
        id=campaign.id,
        title=ctx.text(campaign.theme),
        status=ctx.t(f"status_{status_of(campaign, ctx)}"),
        summary=summary_rows(campaign, ctx),
        document=document_rows(campaign, ctx),
        related=related_sections(campaign, ctx),
        texts=[Section(ctx.t(f"section_{name}"), ctx.texts(getattr(campaign, name)), name in SEARCHED_TEXTS)
               for name in ("preamble", "purposes", "requirements", "contents", "solutions")],
        targets=[target_view(t, ctx) for t in campaign.targets],
        timeline=timeline_view(campaign, ctx),
        period=period_rows(campaign, ctx),
        participants=[Section(ctx.t(f"participants_{name}"), ctx.texts(getattr(campaign.participants, name)))
                      for name in ("collective", "individual", "general")],
        awards=[award_view(a, campaign, ctx) for a in campaign.awards],
        dossiers=[DossierView(dossier_anchor(dossier.id), ctx.text(dossier.name),
                              ctx.lang.plural("dossier_sets", dossier.sets, sets=dossier.sets) if dossier.sets
                              else ctx.t("dossier_components"), [ctx.text(part.text) for part in dossier.components])
                  for dossier in campaign.dossiers],
        submissions=[submission_view(s, campaign, ctx) for s in campaign.submissions],
        forwarding=[forwarding_line(f, ctx) for f in campaign.forwarding],
        duties=[DutyView(ctx.text(r.who) or ctx.unit(r.unit), ctx.texts(r.duties)) for r in campaign.responsibilities],
        reporting=reporting_rows(campaign, ctx),
        reporting_notes=ctx.texts(campaign.reporting.note) if campaign.reporting else [],
        closing=ctx.texts(campaign.closing),
        references=[ctx.document(d, campaign) for d in sorted(set(campaign.references) | cited_in_footnotes(campaign))],
        signature=signature_lines(campaign, ctx),
        recipients=ctx.texts(list(campaign.document.recipients)),
        notes=ctx.texts(campaign.notes) + editor_notes(campaign.targets, ctx),
        footnotes=[FootnoteView(n.number, ctx.text(n.text), ctx.t("footnote_back", number=n.number))
                   for n in sorted(campaign.footnotes, key=lambda n: n.number)],
        print_link=Link(ctx.t("print_link"), f"../{PRINT_DIR}/{campaign.id}.md"),
    )


def status_of(campaign: Campaign, ctx: Context) -> str:
    """upcoming, running, ended, or results_published once an ended campaign has results or decisions."""
    status = campaign_status(campaign, ctx.today)
    return "results_published" if status == "ended" and ctx.published(campaign.id) else status


def cited_in_footnotes(campaign: Campaign) -> set[str]:
    return {doc for note in campaign.footnotes for doc in note.documents}


def number_text(campaign: Campaign, ctx: Context) -> str:
    """ "Số: 185/KH-UBND", "27-CT/TU" for a Party committee, a number left blank, or one the copy lacks."""
    doc = campaign.document
    if isinstance(doc.number, Unknown):
        return sentence_start(ctx.unknown(doc.number))
    if doc.number is None:
        return ctx.t("number_blank", symbol=doc.symbol)
    return ctx.t("number_party" if doc.party else "number_full", number=doc.number, symbol=doc.symbol)


def summary_rows(campaign: Campaign, ctx: Context) -> list[Row]:
    """The few facts a resident wants first."""
    return [
        Row(ctx.t("col_status"), ctx.t(f"status_{status_of(campaign, ctx)}")),
        Row(ctx.t("doc_issuer"), ctx.unit(campaign.document.issuer)),
        Row(ctx.t("col_period"), period_text(campaign, ctx)),
    ] + [Row(ctx.t("section_submissions"),
             f"{window_state_text(s, ctx)}. {window_text(s.opens, s.closes, ctx)} – {ctx.named(s.to_words, s.to)}")
         for s in campaign.submissions]


def document_rows(campaign: Campaign, ctx: Context) -> list[Row]:
    doc = campaign.document
    rows = [
        Row(ctx.t("doc_kind"), ctx.kind(doc.kind)),
        Row(ctx.t("doc_number"), number_text(campaign, ctx)),
        Row(ctx.t("doc_date"), ctx.lang.date(doc.date) if isinstance(doc.date, PartialDate) else gap(doc.date, ctx)),
        Row(ctx.t("doc_place"), ctx.known_text(doc.place) if doc.place else ""),
        Row(ctx.t("doc_issuer"), ctx.unit(doc.issuer)),
        Row(ctx.t("doc_subject"), ctx.text(doc.subject or doc.title)),
    ]
    if doc.addressees:
        rows.append(Row(ctx.t("doc_addressees"), "; ".join(cell(ctx.lang.text(a)) for a in doc.addressees)))
    rows.append(Row(ctx.t("doc_signatory"), cell(" – ".join(signature_lines(campaign, ctx)))))
    return [Row(r.label, cell(r.value)) for r in rows if r.value]


def gap(value: Unknown | None, ctx: Context) -> str:
    """What the record says of a fact it lacks; nothing where it says nothing (nothing is claimed)."""
    return ctx.unknown(value) if value else ""


def campaign_link(campaign: Campaign, ctx: Context) -> Link:
    """A link to a campaign's page, written from the docs folder."""
    return Link(ctx.cell(campaign.theme), f"{CAMPAIGNS_DIR}/{campaign.id}.md")


def related_sections(campaign: Campaign, ctx: Context) -> list[Section]:
    """The plan this implements, its siblings and its children; long lists end with a link to all of them."""
    campaigns, by_parent = ctx.catalog.campaigns, ctx.catalog.implemented_by
    parents = [ctx.document(p, campaign) + ("" if p in campaigns else " " + ctx.t("not_on_site"))
               for p in campaign.implements]
    siblings = sorted({o for p in campaign.implements for o in by_parent.get(p, [])} - {campaign.id})
    return [Section(ctx.t("section_implements"), parents),
            Section(ctx.t("section_siblings"), capped(siblings, campaign.implements, ctx)),
            Section(ctx.t("section_children"), capped(by_parent.get(campaign.id, []), [campaign.id], ctx))]


def capped(ids: list[str], plans: list[str], ctx: Context) -> list[str]:
    """Links to the first RELATED_SHOWN of these campaigns, then to the page listing all of each plan's."""
    return [ctx.document(o) for o in ids[:RELATED_SHOWN]] + [
        f"[{ctx.t('implementing_all', count=len(ctx.catalog.implemented_by[p]))}](../{page})"
        for p in plans if (page := implementing_page(p, ctx.catalog))]


def implementing_page(plan: str, catalog: Catalog) -> str | None:
    """The page listing every campaign implementing `plan`, when there are more than a campaign page lists."""
    return f"{IMPLEMENTING_DIR}/{plan}.md" if len(catalog.implemented_by.get(plan, ())) > RELATED_SHOWN else None


def period_text(campaign: Campaign, ctx: Context) -> str:
    """ "Từ ngày 20/04/2024 đến hết ngày 20/09/2024", as the documents word it."""
    p = campaign.period
    start = ctx.lang.date_phrase(p.starts) if p.starts else ctx.t("period_issuance_phrase")
    return ctx.t("period_span", start=start, end=ctx.lang.date_phrase(p.ends))


def period_rows(campaign: Campaign, ctx: Context) -> list[Row]:
    p = campaign.period
    if p.starts:
        start = ctx.lang.date(p.starts)
    elif campaign.document.issued and campaign.document.issued.is_full:
        start = ctx.t("period_from_issuance_known", date=ctx.lang.date(campaign.document.issued))
    else:
        start = ctx.t("period_from_issuance")
    end_key = "period_through_day" if p.ends.is_full else "period_through_month"
    rows = [Row(ctx.t("period_from"), start), Row(ctx.t("period_to"), ctx.t(end_key, date=ctx.lang.date(p.ends)))]
    if p.stated_days:
        rows.append(Row(ctx.t("period_stated_days"), ctx.t("period_days", days=p.stated_days)))
    return rows


def deadline_text(deadline: Deadline, ctx: Context) -> str:
    """ "Đến hết ngày 03/01/2025" / "Until the end of 3 January 2025 (ICT, UTC+7)"."""
    key = "window_through" if deadline.rule == "through" else "window_before"
    return ctx.t(key, closes=ctx.lang.date(deadline.date), last=ctx.lang.day(last_day(deadline)))


def window_text(opens: PartialDate | None, closes: Deadline | None, ctx: Context) -> str:
    """ "Từ ngày 02/01/2025 đến hết ngày 03/01/2025", worded so it cannot be misread."""
    if closes is None:
        return ctx.t("window_unknown")
    if opens is None:
        return deadline_text(closes, ctx)
    key = "window_from_through" if closes.rule == "through" else "window_from_before"
    return ctx.t(key, opens=ctx.lang.date(opens), closes=ctx.lang.date(closes.date),
                 last=ctx.lang.day(last_day(closes)))


def window_state_text(s: Submission, ctx: Context) -> str:
    """ "Đang nhận hồ sơ: còn 5 ngày", "Hôm nay là ngày cuối nhận hồ sơ", "Đã hết hạn nộp hồ sơ"..."""
    state = window_status(s, ctx.today)
    opens = ctx.lang.day(s.opens.first_day()) if s.opens else ""
    return ctx.lang.plural(f"window_{state}", days_left(s, ctx.today), days=days_left(s, ctx.today), opens=opens)


def submission_view(s: Submission, campaign: Campaign, ctx: Context, linked: bool = True) -> SubmissionView:
    to = ctx.named(s.to_words, s.to) + (f" ({ctx.text(s.to_note)})" if s.to_note else "")
    names = {d.id: ctx.text(d.name) or d.id for d in campaign.dossiers}
    rows = [Row(ctx.t("submission_to"), to), Row(ctx.t("submission_window"), window_text(s.opens, s.closes, ctx)),
            Row(ctx.t("col_status"), window_state_text(s, ctx))]
    if s.purpose:
        rows.append(Row(ctx.t("submission_purpose"), ctx.text(s.purpose)))
    if s.dossiers:
        shown = [f"[{names[d]}](#{dossier_anchor(d)})" if linked else names[d] for d in s.dossiers]
        rows.append(Row(ctx.t("submission_dossiers"), "; ".join(shown)))
    channels = []
    for channel in s.channels:
        label = ctx.t(f"channel_{channel.kind}")
        where = ctx.text(channel.place or channel.name)
        url = f" <{channel.url}>" if channel.url else ""
        channels.append(f"{label}: {where}{url}" if where else f"{label}{url}")
    return SubmissionView([Row(r.label, cell(r.value)) for r in rows], channels, ctx.text(s.note))


def forwarding_line(f: Forwarding, ctx: Context) -> str:
    """ "Văn phòng - Thống kê gửi hồ sơ về UBND huyện (qua Phòng Nội vụ): trước ngày 05/01/2025." """
    via = ctx.t("forwarding_via", unit=ctx.named(f.via_words, f.via)) if f.via else ""
    deadline = deadline_text(f.deadline, ctx)
    return ctx.t("forwarding_line", by=ctx.named(f.by_words, f.by), to=ctx.named(f.to_words, f.to),
                 via=via, deadline=deadline)


def report_kinds(kinds: Iterable[str], ctx: Context) -> str:
    """Kinds of report, worded: "quý, năm" / "quarterly, annual"."""
    return ", ".join(ctx.t(f"cadence_{k}") for k in kinds)


def reporting_rows(campaign: Campaign, ctx: Context) -> list[Row]:
    """Who reports, how often and to whom, each under its label."""
    if campaign.reporting is None:
        return []
    reporting = campaign.reporting
    rows = [Row(ctx.t("reporting_by"), ctx.text(reporting.by))] if reporting.by else []
    rows.append(Row(ctx.t("reporting_cadence"), sentence_start(report_kinds(reporting.cadence, ctx))))
    if reporting.to:
        rows.append(Row(ctx.t("reporting_to"), ctx.named(reporting.to_words, reporting.to)))
    if reporting.due:
        rows.append(Row(ctx.t("reporting_due"), "; ".join(deadline_text(d, ctx) for d in reporting.due)))
    return rows


def signature_lines(campaign: Campaign, ctx: Context) -> list[str]:
    """ "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name", as signed; gaps said as gaps."""
    signatory = campaign.document.signatory
    if isinstance(signatory, Unknown):
        return [ctx.unknown(signatory)]
    lines: list[tuple[str, bool]] = []          # (line, written in capitals on a Vietnamese page)
    if signatory.on_behalf_of:
        lines.append((f"{ctx.t('signature_on_behalf')} {ctx.text(signatory.on_behalf_of)}", True))
    if signatory.signed_for:
        lines.append((f"{ctx.t('signature_signed_for')} {ctx.text(signatory.signed_for)}", True))
    lines.append((ctx.known_text(signatory.position), not isinstance(signatory.position, Unknown)))
    lines.append((ctx.unknown(signatory.name) if isinstance(signatory.name, Unknown) else block(signatory.name), False))
    return [line.upper() if capitals and ctx.lang.code == "vi" else line for line, capitals in lines]
