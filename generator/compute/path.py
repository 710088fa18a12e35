"""Stage 3, compute (the nominee's path): prepare the dossier, submit it, forwarding, decision; each step with its
dates and its state today, as GOV.UK's step-by-step pattern does. Also the open windows the home page leads with."""

from __future__ import annotations

import datetime as dt

from ..base.markup import cell
from ..base.slugs import slugify
from ..model.campaign import Campaign, Submission
from ..model.timeline import last_day, window_status
from .awards import dossier_anchor
from .campaign import deadline_text, forwarding_line, window_state_text, window_text
from .context import Context
from .urls import CAMPAIGNS_DIR
from .views import Link, WindowRow
from .views_campaign import PathStep

OPEN_STATES = ("open", "closes_today")


def path_anchor(ctx: Context) -> str:
    """The id of the path's heading on a campaign page (the heading's own slug)."""
    return slugify(ctx.t("path_title"))


def nominee_path(campaign: Campaign, ctx: Context) -> list[PathStep]:
    """The four steps of a campaign that takes nominations; none for one without a submission window."""
    if not campaign.submissions:
        return []
    steps = (prepare_step, submit_step, forwarding_step, decision_step)
    return [step(campaign, ctx) for step in steps]


def closing_days(campaign: Campaign) -> list[dt.date]:
    return [last_day(s.closes) for s in campaign.submissions if s.closes]


def prepare_step(campaign: Campaign, ctx: Context) -> PathStep:
    """Prepare the dossier: its parts, linked to the checklist below; ready before the window closes."""
    closes = closing_days(campaign)
    state = "unknown" if not closes else ("done" if ctx.today > max(closes) else "now")
    lines = [f"[{ctx.text(d.name) or d.id}](#{dossier_anchor(d.id)})"
             + (f": {ctx.lang.plural('path_sets', d.sets, sets=d.sets)}" if d.sets else "")
             for d in campaign.dossiers]
    return PathStep(ctx.t("path_prepare"), state, ctx.t(f"path_prepare_{state}"), lines)


def submit_step(campaign: Campaign, ctx: Context) -> PathStep:
    """Submit: to whom, where and how, until when, and whether the window is open today."""
    states = [window_status(s, ctx.today) for s in campaign.submissions]
    if all(s == "no_deadline" for s in states):
        state = "unknown"
    elif any(s in OPEN_STATES for s in states):
        state = "now"
    else:
        state = "todo" if "not_open" in states else "done"
    lines: list[str] = []
    for submission in campaign.submissions:
        window = window_text(submission.opens, submission.closes, ctx)
        lines.append(f"**{window_state_text(submission, ctx)}.** {window}")
        lines.append(f"{ctx.t('submission_to')}: {where(submission, ctx)}")
    return PathStep(ctx.t("path_submit"), state, ctx.t(f"path_submit_{state}"), lines)


def where(s: Submission, ctx: Context) -> str:
    """The receiving unit, the person who receives, and each way to hand in: "Văn phòng (…); trực tiếp: …"."""
    text = ctx.named(s.to_words, s.to) + (f" ({ctx.text(s.to_note)})" if s.to_note else "")
    for channel in s.channels:
        place = ctx.text(channel.place or channel.name)
        url = f" <{channel.url}>" if channel.url else ""
        text += f"; {ctx.t(f'channel_{channel.kind}')}{': ' + place if place else ''}{url}"
    return text


def forwarding_step(campaign: Campaign, ctx: Context) -> PathStep:
    """What happens to the dossier after: who forwards it where, by when."""
    if not campaign.forwarding:
        return PathStep(ctx.t("path_forwarding"), "unknown", ctx.t("path_forwarding_unknown"), [])
    closes = closing_days(campaign)
    if ctx.today > max(last_day(f.deadline) for f in campaign.forwarding):
        state = "done"
    else:
        state = "now" if closes and ctx.today > max(closes) else "todo"
    return PathStep(ctx.t("path_forwarding"), state, ctx.t(f"path_forwarding_{state}"),
                    [forwarding_line(f, ctx) for f in campaign.forwarding])


def decision_step(campaign: Campaign, ctx: Context) -> PathStep:
    """The decision: the real commendation decisions on record (illustrative ones never sit on a real plan's
    page), or that none is yet."""
    decisions = [a for a in ctx.catalog.decisions_by_campaign.get(campaign.id, [])
                 if a.decision.date.first_day() <= ctx.today and not a.illustrative]
    if not decisions:
        return PathStep(ctx.t("path_decision"), "todo", ctx.t("path_decision_todo"), [])
    lines = [ctx.t("honour_decision", number=a.decision.number, date=ctx.lang.date(a.decision.date),
                   issuer=ctx.unit_text(a.decision.issuer)) for a in decisions]
    return PathStep(ctx.t("path_decision"), "done", ctx.t("path_decision_done"), lines)


def window_rows(campaigns: list[Campaign], ctx: Context) -> list[WindowRow]:
    """Windows open today and those not open yet, soonest deadline first; links written from the docs folder."""
    found = []
    for campaign in campaigns:
        link = Link(ctx.cell(campaign.theme), f"{CAMPAIGNS_DIR}/{campaign.id}.md#{path_anchor(ctx)}")
        for submission in campaign.submissions:
            state = window_status(submission, ctx.today)
            if submission.closes and state in (*OPEN_STATES, "not_open"):
                row = WindowRow(link, one_line(where(submission, ctx)), cell(deadline_text(submission.closes, ctx)),
                                cell(window_state_text(submission, ctx)), state in OPEN_STATES)
                found.append((not row.open, last_day(submission.closes), campaign.id, submission.id, row))
    return [row for *_, row in sorted(found, key=lambda item: item[:4])]


def one_line(markdown: str) -> str:
    """Escaped Markdown (its texts went through `ctx.text`) for one table cell: on one line, pipes kept literal."""
    return " ".join(markdown.split()).replace("|", "\\|")
