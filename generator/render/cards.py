"""Stage 4, render (link preview cards): the PNG a shared campaign, results or unit page shows in Zalo or Facebook,
with its title, period and next deadline, drawn with Pillow in DejaVu Sans (Debian's fonts-dejavu-core, which has
every Vietnamese letter). Same text, same bytes: no timestamps, a fixed palette, Pillow pinned; a card already drawn
for the same text is read back from the cache rather than drawn again."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PIL import Image, ImageDraw, ImageFont
from PIL import __version__ as PILLOW_VERSION

from ..base.errors import UserError
from ..compute.cards import CARD_HEIGHT, CARD_WIDTH, Card

if TYPE_CHECKING:
    from PIL._imaging import ImagingCore

Mask: TypeAlias = "tuple[ImagingCore, tuple[int, int]]"      # a line's grey mask and its offset from the pen
WIDTH, HEIGHT = CARD_WIDTH, CARD_HEIGHT
MARGIN = 32
FONT_DIR = Path(os.environ.get("THI_DUA_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONTS = {"bold": "DejaVuSans-Bold.ttf", "regular": "DejaVuSans.ttf"}
PAPER, INK, ACCENT = (255, 255, 255), (33, 33, 33), (183, 28, 28)      # the site's red (extra.css)
PAPER_LEVEL, MUTED_LEVEL, INK_LEVEL = 255, 70, 1      # grey levels: 1 is the ink, 255 the paper
ACCENT_INDEX = 0                           # the palette entry kept for the accent: text, drawn from 1, never uses it
TITLE_SIZE, LINE_SIZE, SITE_SIZE = 28, 18, 14
BAR, RULE_GAP, RULE = 8, 12, 1           # the accent bar's height; the rule's distance above the site's name, its width
TITLE_LINES = 3
PNG_LEVEL = 1       # zlib level, measured on 100 cards: 1 takes 2.0 ms and 37 KB, 3 takes 2.4 ms and 34 KB, 6 5.4 ms
LAYOUT = "4"                               # bump when the drawing changes: cached cards are then drawn again


def card_key(card: Card) -> str:
    """The cache key: the text, the layout, the fonts' and Pillow's versions."""
    text = json.dumps([asdict(card), LAYOUT, PILLOW_VERSION, fonts_digest()], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def font_file(name: str) -> Path:
    """A DejaVu font file; a message saying how to install it where it is missing."""
    path = FONT_DIR / name
    if not path.is_file():
        raise UserError(f"Không có phông chữ {path} để vẽ ảnh xem trước liên kết. Cách sửa: cài gói Debian "
                        f"fonts-dejavu-core (sudo apt-get install fonts-dejavu-core). / The font {path} for the link "
                        f"preview images is missing. To fix: install Debian's fonts-dejavu-core package "
                        f"(sudo apt-get install fonts-dejavu-core).")
    return path


@cache
def fonts_digest() -> str:
    """The fonts' SHA-256, so that a new font version draws the cards again."""
    return hashlib.sha256(b"".join(font_file(name).read_bytes() for name in sorted(FONTS.values()))).hexdigest()


@cache
def font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(FONTS[kind])), size, layout_engine=ImageFont.Layout.BASIC)


@cache
def word_length(kind: str, size: int, word: str) -> float:
    """A word's advance, measured once: with BASIC layout (no kerning) a line's length is its words' and spaces'
    sum, exactly (tests/test_cards.py checks it on Vietnamese text)."""
    return font(kind, size).getlength(word)


def wrapped(text: str, kind: str, size: int, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width`, at most `most` of them, the last cut with "…" if it goes on."""
    lines: list[str] = []
    lengths: list[float] = []
    space = word_length(kind, size, " ")
    for word in text.split():
        length = word_length(kind, size, word)
        if lines and lengths[-1] + space + length <= width:
            lines[-1] = f"{lines[-1]} {word}"
            lengths[-1] += space + length
        else:
            lines.append(word)
            lengths.append(length)
    if len(lines) > most:
        face = font(kind, size)
        lines = lines[:most]
        while lines[-1] and face.getlength(lines[-1] + " …") > width:
            lines[-1] = lines[-1].rsplit(" ", 1)[0] if " " in lines[-1] else lines[-1][:-1]
        lines[-1] += " …"
    return lines


def line_mask(kind: str, size: int, line: str) -> Mask:
    """The line's grey mask, rendered by FreeType, and where it goes from the pen: what ImageDraw.text draws."""
    return font(kind, size).getmask2(line, "L", start=(0.0, 0.0))


cached_line_mask = lru_cache(maxsize=256)(line_mask)      # facts repeat ("Thời gian thi đua: năm 2026"); ~35 KB each


def put_line(pen: ImageDraw.ImageDraw, xy: tuple[int, int], mask: Mask,
             level: int) -> None:
    """The mask drawn at `xy` in grey `level`, blended with what is under it as ImageDraw.text does."""
    bitmap, (dx, dy) = mask
    pen.draw.draw_bitmap((xy[0] + dx, xy[1] + dy), bitmap, level)


@cache
def template(site: str) -> Image.Image:
    """What every card of a site shares, drawn once: the paper, the accent bar, the rule and the site's name."""
    image = Image.new("P", (WIDTH, HEIGHT), PAPER_LEVEL)      # the grey levels are the palette's entries
    image.putpalette(PALETTE)
    pen = ImageDraw.Draw(image)
    line = wrapped(site, "regular", SITE_SIZE, WIDTH - 2 * MARGIN, 1)[0]
    put_line(pen, (MARGIN, HEIGHT - MARGIN - SITE_SIZE), line_mask("regular", SITE_SIZE, line), MUTED_LEVEL)
    pen.rectangle((0, 0, WIDTH, BAR), fill=ACCENT_INDEX)
    rule = HEIGHT - MARGIN - SITE_SIZE - RULE_GAP
    pen.rectangle((MARGIN, rule, WIDTH - MARGIN, rule + RULE), fill=ACCENT_INDEX)
    return image


def draw_card(card: Card) -> bytes:
    """The card as PNG bytes, 600×315: text drawn in grey levels (anti-aliased) straight into a palette image whose
    entries run from the ink to the paper, with one entry kept for the accent: a small file, drawn fast."""
    image = template(card.site).copy()
    pen = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    y = MARGIN
    for line in wrapped(card.title, "bold", TITLE_SIZE, width, TITLE_LINES):
        put_line(pen, (MARGIN, y), line_mask("bold", TITLE_SIZE, line), INK_LEVEL)
        y += TITLE_SIZE * 5 // 4
    y += LINE_SIZE // 2
    for fact in card.lines:
        for line in wrapped(fact, "regular", LINE_SIZE, width, 2):
            put_line(pen, (MARGIN, y), cached_line_mask("regular", LINE_SIZE, line), INK_LEVEL)
            y += LINE_SIZE * 5 // 4
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=PNG_LEVEL)
    return out.getvalue()


def palette() -> list[int]:
    """Entry i: the ink blended with the paper by i/255; entry ACCENT_INDEX: the accent."""
    entries = [round(ink + (paper - ink) * i / 255) for i in range(256) for ink, paper in zip(INK, PAPER, strict=True)]
    entries[3 * ACCENT_INDEX: 3 * ACCENT_INDEX + 3] = ACCENT
    return entries


PALETTE = palette()


@dataclass
class CardWork:
    """What this process's cards cost: drawn or read back, and the seconds spent (wall, CPU) getting them."""

    drawn: int = 0
    kept: int = 0
    seconds: float = 0.0
    cpu: float = 0.0


WORK = CardWork()      # read by the benchmark (tests/benchmarks/stages.py), in each language's process
KEPT_NAME = re.compile(r"[0-9a-f]{64}\.png")            # a card the cache wrote: its key, .png
TEMPORARY_NAME = re.compile(r"[0-9a-f]{64}\.[0-9]+\.tmp")
STALE_TEMPORARY = 3600.0      # seconds: a temporary file this old was left by a process that died while writing it
CLOCK_SLACK = 2.0             # seconds: file systems whose times are coarser still keep a card read just now


def card_png(card: Card, cache_dir: Path | None) -> bytes:
    """The card's PNG: from `cache_dir` when drawn before for the same text, else drawn (and kept there). A card
    read back is touched, so that `prune_cards` knows this build used it."""
    started, cpu = time.perf_counter(), time.process_time()
    try:
        return kept_or_drawn(card, cache_dir)
    finally:
        WORK.seconds += time.perf_counter() - started
        WORK.cpu += time.process_time() - cpu


def kept_or_drawn(card: Card, cache_dir: Path | None) -> bytes:
    """The card from the cache, touched, or else drawn and kept."""
    if cache_dir is None:
        WORK.drawn += 1
        return draw_card(card)
    kept = cache_dir / f"{card_key(card)}.png"
    with contextlib.suppress(FileNotFoundError):      # gone: another build's pruning removed it just now
        os.utime(kept)
        png = kept.read_bytes()
        WORK.kept += 1
        return png
    WORK.drawn += 1
    png = draw_card(card)
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = kept.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(png)
    temporary.replace(kept)
    return png


def prune_cards(cache_dir: Path, since: float) -> int:
    """Remove the cards in `cache_dir` not written or read since `since` (a build's start, as time.time()): the
    cards no page of that build uses. Only the cache's own files, by their names; each removal is one unlink, and
    a card a preview reads meanwhile is touched (kept) or, if removed first, drawn again. How many were removed."""
    removed = 0
    for entry in os.scandir(cache_dir) if cache_dir.is_dir() else ():
        old = since - CLOCK_SLACK if KEPT_NAME.fullmatch(entry.name) else (
            since - STALE_TEMPORARY if TEMPORARY_NAME.fullmatch(entry.name) else None)
        with contextlib.suppress(FileNotFoundError):
            if old is not None and entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < old:
                os.unlink(entry.path)
                removed += 1
    return removed


def card_files(cards: Mapping[str, Card], cache_dir: Path | None) -> dict[str, bytes]:
    """Each card's PNG by its path in the language's site."""
    return {path: card_png(card, cache_dir) for path, card in cards.items()}
