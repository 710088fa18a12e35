"""Stage 3, compute (link preview cards): what the image card of a campaign or unit page says (its title, period and
next deadline) and where the card is (a results page shows its campaign's); render/cards.py draws it."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.campaign import Campaign, Submission
from ..model.timeline import last_day, window_status
from .campaign import deadline_text, period_text
from .context import Context
from .urls import CAMPAIGNS_DIR, RESULTS_DIR, UNIT_PAGES_DIR

CARDS_DIR = "anh"                       # the cards of a language, beside its pages: anh/phong-trao/<id>.png
# Open Graph's 1.91:1 at the size Facebook and Zalo still show as a large image: a quarter of the pixels of 1200×630,
# so a build with no saved cards draws each in about a quarter of the time (BENCHMARKS.md).
CARD_WIDTH, CARD_HEIGHT = 600, 315
ALT_LENGTH = 200                        # the card's text for screen readers, cut as a page's description is


@dataclass(frozen=True)
class Card:
    """What a page's card says: its title, up to two facts (period, next deadline), and the site's name."""

    title: str
    lines: tuple[str, ...]
    site: str

    @property
    def alt(self) -> str:
        """The card's text, for `og:image:alt`."""
        text = ". ".join(line.rstrip(".") for line in (self.title, *self.lines)) + "."
        return text if len(text) <= ALT_LENGTH else text[: ALT_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def plain(text: str) -> str:
    """One line without Markdown emphasis."""
    return " ".join(text.replace("*", "").split())


def card_path(page_path: str) -> str:
    """ "phong-trao/x.md" -> "anh/phong-trao/x.png": the card's path in the language's site."""
    return f"{CARDS_DIR}/{page_path.removesuffix('.md')}.png"


def campaign_lines(campaign: Campaign, ctx: Context) -> tuple[str, ...]:
    """ "Thời gian thi đua: …" and the next submission window's deadline, where there is one. Not "N days left": a
    card that changed every day would be drawn again at every build."""
    lines = [f"{ctx.t('col_period')}: {plain(period_text(campaign, ctx))}"]
    window = next_window(campaign, ctx)
    if window is not None and window.closes:
        lines.append(f"{ctx.t('col_until')}: {plain(deadline_text(window.closes, ctx))}")
    return tuple(lines)


def next_window(campaign: Campaign, ctx: Context) -> Submission | None:
    """The window open now, or else the next to open, or else the last that closed."""
    dated = sorted((s for s in campaign.submissions if s.closes),
                   key=lambda s: last_day(s.closes) if s.closes else ctx.today)
    coming = [s for s in dated if window_status(s, ctx.today) != "closed"]
    found = coming or dated[-1:]
    return found[0] if found else None


def card_page(page_path: str, ctx: Context) -> str:
    """The page whose card a page shows: its own, or a results page its campaign's (the same title, period and
    deadline: one card, drawn once)."""
    kind, _, rest = page_path.partition("/")
    item = rest.removesuffix(".md")
    return f"{CAMPAIGNS_DIR}/{item}.md" if kind == RESULTS_DIR and item in ctx.results else page_path


def page_card(page_path: str, ctx: Context) -> Card | None:
    """The card a campaign or unit page draws; None for other pages (a results page shows its campaign's)."""
    kind, _, rest = page_path.partition("/")
    item = rest.removesuffix(".md")
    site = ctx.lang.text(ctx.catalog.site.name)
    if kind == CAMPAIGNS_DIR and item in ctx.catalog.campaigns:
        campaign = ctx.catalog.campaigns[item]
        return Card(plain(ctx.lang.text(campaign.theme)), campaign_lines(campaign, ctx), site)
    if kind == UNIT_PAGES_DIR and item in ctx.catalog.units:
        return Card(plain(ctx.unit_text(item)), (ctx.t("card_unit"),), site)
    return None


def image_tags(card: Card, url: str) -> list[tuple[str, str]]:
    """Open Graph's image properties: the card's address, size and text."""
    return [("og:image", url), ("og:image:type", "image/png"), ("og:image:width", str(CARD_WIDTH)),
            ("og:image:height", str(CARD_HEIGHT)), ("og:image:alt", card.alt)]
