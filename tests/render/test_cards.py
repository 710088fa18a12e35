"""Link preview cards: a PNG per campaign, results and unit page in both languages, small, the same bytes for the
same text, every Vietnamese letter drawn from the font (none as a missing-glyph box), named in Open Graph."""

from __future__ import annotations

import hashlib
import html
import io
import os
import re
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from generator.base.errors import UserError
from generator.build import build
from generator.compute.cards import CARD_HEIGHT, CARD_WIDTH, Card
from generator.render import cards as render_cards
from generator.render.cards import (
    BAR,
    LINE_SIZE,
    MARGIN,
    RULE,
    RULE_GAP,
    SITE_SIZE,
    TITLE_SIZE,
    card_key,
    card_png,
    draw_card,
    font,
    prune_cards,
    word_length,
    wrapped,
)
from tests.conftest import TODAY, copy_project

OG_IMAGE = re.compile(r'<meta property="og:image(?::(\w+))?" content="([^"]*)">')
SHARED_KINDS = ("phong-trao", "ket-qua", "don-vi")
VIETNAMESE = ("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ")
LARGEST = 60_000


def shared_pages(site: Path) -> list[Path]:
    """The campaign, results and unit pages of both languages."""
    return [page for root in (site, site / "en") for kind in SHARED_KINDS
            for page in sorted((root / kind).glob("*/index.html"))]


def test_every_shared_page_names_its_card_with_size_and_alt_and_the_card_is_there(built_site: Path) -> None:
    found = shared_pages(built_site)
    assert len(found) >= 2 * (5 + 2 + 10)
    for page in found:
        tags = dict(OG_IMAGE.findall(page.read_text(encoding="utf-8")))
        assert tags.get("width") == str(CARD_WIDTH) and tags.get("height") == str(CARD_HEIGHT), page
        assert tags.get("type") == "image/png" and (CARD_WIDTH, CARD_HEIGHT) == (600, 315), page
        assert len(html.unescape(tags.get("alt", ""))) > 10, page
        url = tags[""]
        assert url.startswith("https://thi-dua.example.org/") and url.endswith(".png"), url
        card = built_site / url.removeprefix("https://thi-dua.example.org/")
        png = card.read_bytes()
        assert len(png) < LARGEST, card
        with Image.open(io.BytesIO(png)) as image:
            assert image.format == "PNG" and image.size == (CARD_WIDTH, CARD_HEIGHT), card


@pytest.mark.parametrize("language", ["", "en/"])
def test_the_card_says_the_pages_title_in_its_language(built_site: Path, language: str) -> None:
    text = (built_site / language / "phong-trao/2024-lang-son-hien-dai-hoa-mot-cua/index.html").read_text("utf-8")
    alt = html.unescape(dict(OG_IMAGE.findall(text))["alt"])
    title = html.unescape(re.search(r'<meta property="og:title" content="([^"]*)">', text)[1])  # type: ignore[index]
    assert alt.startswith(title)
    assert ("Campaign period" in alt) == (language == "en/") and ("Thời gian thi đua" in alt) == (language == "")
    assert len(alt) <= 200 and (alt.endswith("…") or ("27/09/2024" if language == "" else "27 September 2024") in alt)


def test_same_text_same_bytes_and_other_text_other_bytes() -> None:
    card = Card("Phong trào thi đua “Đẩy mạnh chuyển đổi số” năm 2026", ("Thời gian thi đua: năm 2026",), "Thi đua")
    assert draw_card(card) == draw_card(card)
    assert draw_card(card) != draw_card(Card(card.title + " xã Chi Lăng", card.lines, card.site))


def reference_pixels(card: Card) -> bytes:
    """The card drawn the plain way (ImageDraw.text on a grey image, measured line by line, the fixed parts drawn
    on each card): the pixels the faster drawing must give."""
    grey = Image.new("L", (CARD_WIDTH, CARD_HEIGHT), 255)
    pen = ImageDraw.Draw(grey)

    def lines(text: str, face: ImageFont.FreeTypeFont, most: int) -> list[str]:
        found: list[str] = []
        for word in text.split():
            if found and face.getlength(f"{found[-1]} {word}") <= CARD_WIDTH - 2 * MARGIN:
                found[-1] += f" {word}"
            else:
                found.append(word)
        assert len(found) <= most
        return found

    y = MARGIN
    for line in lines(card.title, font("bold", TITLE_SIZE), 3):
        pen.text((MARGIN, y), line, font=font("bold", TITLE_SIZE), fill=1)
        y += TITLE_SIZE * 5 // 4
    y += LINE_SIZE // 2
    for fact in card.lines:
        for line in lines(fact, font("regular", LINE_SIZE), 2):
            pen.text((MARGIN, y), line, font=font("regular", LINE_SIZE), fill=1)
            y += LINE_SIZE * 5 // 4
    pen.text((MARGIN, CARD_HEIGHT - MARGIN - SITE_SIZE), card.site, font=font("regular", SITE_SIZE), fill=70)
    pen.rectangle((0, 0, CARD_WIDTH, BAR), fill=0)
    rule = CARD_HEIGHT - MARGIN - SITE_SIZE - RULE_GAP
    pen.rectangle((MARGIN, rule, CARD_WIDTH - MARGIN, rule + RULE), fill=0)
    return grey.tobytes()


@pytest.mark.parametrize("card", [
    Card("Phong trào thi đua “Đẩy mạnh chuyển đổi số, cải cách hành chính” năm 2026 xã Chi Lăng",
         ("Thời gian thi đua: từ 01/01/2026 đến 31/12/2026", "Hạn nộp: đến hết ngày 15/12/2026"),
         "Thi đua – Khen thưởng"),
    Card("Kết quả: Ấy Ỹ ữ ỵ", ("Đơn vị, phòng ban",), "Emulation and commendation"),
])
def test_the_fast_drawing_gives_the_pixels_of_the_plain_drawing(card: Card) -> None:
    for _ in range(2):      # the second time from the cached masks and template
        with Image.open(io.BytesIO(draw_card(card))) as image:
            assert image.mode == "P" and image.tobytes() == reference_pixels(card)


@pytest.mark.parametrize(("kind", "size"), [("bold", 56), ("regular", 36), ("regular", 28)])
def test_a_lines_length_is_the_sum_of_its_words_and_spaces(kind: str, size: int) -> None:
    """What lets `wrapped` measure each word once: BASIC layout, no kerning between words."""
    face = font(kind, size)
    words = ("Phong trào thi đua “Đẩy mạnh” năm 2026: Ủy ban nhân dân xã Chi Lăng, huyện Lạng Sơn; hạn nộp "
             "15/12/2026 — AVATAR Tỷ Ỵ ữ ờ (đợt 1) " + VIETNAMESE + " " + VIETNAMESE.upper()).split()
    for start in range(len(words)):
        line = words[start: start + 4]
        expected = face.getlength(" ".join(line))
        spaces = (len(line) - 1) * word_length(kind, size, " ")
        assert sum(word_length(kind, size, w) for w in line) + spaces == expected


def test_a_long_title_is_cut_with_an_ellipsis_within_the_width() -> None:
    lines = wrapped("Thi đua " * 80, "bold", 56, 1072, 3)
    assert len(lines) == 3 and lines[-1].endswith(" …")
    assert all(font("bold", 56).getlength(line) <= 1072 for line in lines)


def test_a_card_drawn_before_is_read_back_from_the_cache(tmp_path: Path) -> None:
    card = Card("Kết quả: phong trào", ("Hạn nộp: đến hết ngày 15/12/2026",), "Thi đua")
    first = card_png(card, tmp_path)
    kept = list(tmp_path.glob("*.png"))
    assert len(kept) == 1 and kept[0].read_bytes() == first
    kept[0].write_bytes(b"cached")
    assert card_png(card, tmp_path) == b"cached"


@pytest.mark.parametrize("kind", ["bold", "regular"])
def test_every_vietnamese_letter_has_its_own_glyph_in_the_font(kind: str) -> None:
    """A letter the font lacks is drawn as its missing-glyph box: every Vietnamese letter, both cases, must differ
    from that box (a private-use code point the font has no glyph for)."""
    face = font(kind, 40)

    def drawn(text: str) -> Image.Image:
        image = Image.new("L", (80, 80), 0)
        ImageDraw.Draw(image).text((10, 10), text, font=face, fill=255)
        return image

    missing = drawn("\ue000")
    for letter in VIETNAMESE + VIETNAMESE.upper():
        assert ImageChops.difference(drawn(letter), missing).getbbox() is not None, letter


def test_a_missing_font_says_which_package_to_install_in_both_languages(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    monkeypatch.setattr(render_cards, "FONT_DIR", tmp_path)
    with pytest.raises(UserError) as raised:
        render_cards.font_file("DejaVuSans.ttf")
    message = str(raised.value)
    assert "Cách sửa: cài gói Debian fonts-dejavu-core" in message
    assert "To fix: install Debian's fonts-dejavu-core" in message


def aged(path: Path, seconds: float) -> Path:
    """`path`, its times set `seconds` in the past."""
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_pruning_keeps_the_cards_a_build_used_and_only_removes_the_caches_own_files(tmp_path: Path) -> None:
    used, unused = Card("Phong trào A", ("Hạn nộp: 15/12/2026",), "Thi đua"), Card("Phong trào B", (), "Thi đua")
    for card in (used, unused):
        card_png(card, tmp_path)
    for path in tmp_path.iterdir():
        aged(path, 600)                                              # drawn by an earlier build
    foreign = [tmp_path / name for name in ("README.md", "logo.png", "0" * 64 + ".PNG")]
    for path in foreign:
        path.write_bytes(b"not the cache's")
        aged(path, 600)
    stale = tmp_path / f"{'a' * 64}.123.tmp"                        # left by a process that died writing it
    stale.write_bytes(b"")
    aged(stale, 7200)
    writing = tmp_path / f"{'b' * 64}.456.tmp"                       # another process is writing it now
    writing.write_bytes(b"")
    started = time.time()
    card_png(used, tmp_path)                                         # this build reads it back
    assert prune_cards(tmp_path, started) == 2
    left = sorted(path.name for path in tmp_path.iterdir())
    assert left == sorted([f"{card_key(used)}.png", *(path.name for path in foreign), writing.name])
    assert card_png(used, tmp_path) == draw_card(used)


def test_a_build_removes_the_cards_it_did_not_use(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    project.cards_dir.mkdir(parents=True)
    old_card = project.cards_dir / f"{'c' * 64}.png"
    old_card.write_bytes(b"a card of a campaign since removed")
    aged(old_card, 600)
    build(project, TODAY)
    kept = {hashlib.sha256(path.read_bytes()).digest() for path in project.cards_dir.iterdir()}
    shown = {hashlib.sha256(path.read_bytes()).digest() for path in project.site_dir.rglob("anh/**/*.png")}
    assert not old_card.exists() and kept == shown and len(shown) >= 2 * (5 + 2 + 10)


@pytest.mark.parametrize("language", ["", "en/"])
def test_a_results_page_shows_its_campaigns_card_drawn_once(built_site: Path, language: str) -> None:
    """The results page of a campaign has the campaign's title, period and deadline: it shows that card, not a copy."""
    results = sorted((built_site / language / "ket-qua").glob("*/index.html"))
    assert results
    for page in results:
        campaign = built_site / language / "phong-trao" / page.parent.name / "index.html"
        shown = dict(OG_IMAGE.findall(page.read_text(encoding="utf-8")))[""]
        assert shown == dict(OG_IMAGE.findall(campaign.read_text(encoding="utf-8")))[""], page
        assert f"/{language}anh/phong-trao/" in shown
    assert not (built_site / language / "anh" / "ket-qua").exists()
